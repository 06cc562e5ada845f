#include "io/LevelCatalog.h"

#include <fstream>
#include <sstream>

#include "io/LevelLoader.h"
#include "io/MapLoader.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <system_error>
#include <unordered_map>

namespace fs = std::filesystem;

namespace acq {
namespace {

// A file with more problems than this (a 20 MB file of unknown elements) shows the first ones
// and a count of the rest: thousands of lines help nobody and slow the start of the game.
constexpr std::size_t kMaxDiagnosticsPerFile = 100;

struct Loaded {
    LevelEntry entry;
    int rootLine = 0;
    bool isMap = false; // a body map named to --check, or found beside levels: checked, never played
};

// Body maps are named `*.map.xml`: an author keeps one beside the levels that use it, and
// `--check` checks it as a map rather than refusing it as a level.
bool isMapFile(const fs::path& path)
{
    const std::string name = path.filename().string();
    constexpr std::string_view suffix = ".map.xml";
    return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The files named by one argument: the file itself, or a folder's *.xml sorted by name.
// Problems with the argument itself become an entry of their own, so they are reported.
void collect(const fs::path& arg, std::vector<std::pair<fs::path, std::string>>& files, std::vector<Loaded>& out)
{
    auto broken = [&](const std::string& message) {
        Loaded loaded;
        loaded.entry.displayName = arg.string();
        loaded.entry.title = arg.filename().string();
        loaded.entry.diagnostics.error(arg.string(), 0, message);
        out.push_back(std::move(loaded));
    };
    std::error_code ec;
    const fs::file_status st = fs::status(arg, ec);
    if (st.type() == fs::file_type::not_found) {
        broken("no such file or folder");
        return;
    }
    if (ec) {
        broken("cannot read: " + ec.message());
        return;
    }
    if (st.type() != fs::file_type::directory) {
        files.emplace_back(arg, arg.string()); // named explicitly: loaded whatever its extension
        return;
    }
    std::vector<fs::path> found;
    fs::directory_iterator it(arg, ec);
    if (ec) {
        broken("cannot list the folder: " + ec.message());
        return;
    }
    // Not recursive, so no loop can form; an entry that cannot be examined is still listed,
    // and loading it reports why.
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec)
            break;
        const fs::path& path = it->path();
        if (path.extension() == ".xml")
            found.push_back(path);
    }
    if (ec)
        broken("cannot list the folder: " + ec.message());
    std::sort(found.begin(), found.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
    for (const fs::path& path : found)
        files.emplace_back(path, path.string());
}

// Keeps the first kMaxDiagnosticsPerFile problems and counts the rest in one last line, an error
// when any of those left out is one, so that a broken file stays broken.
void capDiagnostics(LevelEntry& entry)
{
    const std::vector<Diagnostic>& all = entry.diagnostics.all();
    if (all.size() <= kMaxDiagnosticsPerFile)
        return;
    Diagnostics kept;
    std::size_t errors = 0, warnings = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Diagnostic& d = all[i];
        if (i < kMaxDiagnosticsPerFile) {
            if (d.severity == Severity::Error)
                kept.error(d.file, d.line, d.message);
            else
                kept.warning(d.file, d.line, d.message);
        } else {
            (d.severity == Severity::Error ? errors : warnings) += 1;
        }
    }
    const std::string message = std::to_string(errors + warnings) + " more problems are not shown (" +
                                std::to_string(errors) + (errors == 1 ? " error, " : " errors, ") +
                                std::to_string(warnings) + (warnings == 1 ? " warning)" : " warnings)");
    if (errors > 0)
        kept.error(entry.displayName, 0, message);
    else
        kept.warning(entry.displayName, 0, message);
    entry.diagnostics = std::move(kept);
    entry.hiddenErrors = errors;
    entry.hiddenWarnings = warnings;
}

// Every entry in the order given (files of a folder sorted by name), cross-checked.
std::vector<Loaded> loadInOrder(const std::vector<fs::path>& filesAndFolders, const DataRoots& roots)
{
    std::vector<Loaded> loaded;
    MapCache maps(roots);
    std::set<fs::path> done; // a file named twice (as itself and in its folder) is loaded once
    for (const fs::path& arg : filesAndFolders) {
        std::vector<std::pair<fs::path, std::string>> files;
        collect(arg, files, loaded);
        for (const auto& [path, displayName] : files) {
            std::error_code ec;
            const fs::path canonical = fs::canonical(path, ec);
            if (!ec && !done.insert(canonical).second)
                continue;
            Loaded item;
            item.entry.displayName = displayName;
            item.entry.sourceRoot = arg;
            item.entry.title = path.filename().string();
            if (isMapFile(path)) {
                item.isMap = true;
                // Diagnostics name the file as given, as a level's do.
                (void)loadBodyMap(ec ? path : canonical, roots, item.entry.diagnostics);
                capDiagnostics(item.entry);
                loaded.push_back(std::move(item));
                continue;
            }
            item.entry.level = loadLevelFile(path, displayName, maps, item.entry.diagnostics, item.rootLine);
            if (item.entry.level)
                item.entry.title = item.entry.level->title;
            capDiagnostics(item.entry);
            loaded.push_back(std::move(item));
        }
    }

    // Progress is saved under the level id: two playable levels with one id would share it.
    std::map<std::string, std::vector<std::size_t>> byId;
    for (std::size_t i = 0; i < loaded.size(); ++i)
        if (loaded[i].entry.level)
            byId[loaded[i].entry.level->id].push_back(i);
    for (const auto& [id, indices] : byId) {
        if (indices.size() < 2)
            continue;
        for (std::size_t i : indices) {
            std::string others;
            for (std::size_t j : indices)
                if (j != i)
                    others += (others.empty() ? "" : ", ") + loaded[j].entry.displayName;
            LevelEntry& entry = loaded[i].entry;
            entry.diagnostics.error(entry.displayName, loaded[i].rootLine,
                                    "<level id=\"" + id + "\">: the level id \"" + id + "\" is also used by " + others);
        }
    }
    for (const auto& [id, indices] : byId)
        if (indices.size() > 1)
            for (std::size_t i : indices) {
                LevelEntry& entry = loaded[i].entry;
                entry.level.reset();
                // The titles may be the same too: the file name tells the player which is which.
                entry.title += " (" + fs::path(entry.displayName).filename().string() + ")";
            }
    return loaded;
}

std::string plural(std::size_t n, const char* word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

LevelCatalog loadCatalog(const std::vector<fs::path>& filesAndFolders, const DataRoots& roots)
{
    LevelCatalog catalog;
    for (Loaded& item : loadInOrder(filesAndFolders, roots))
        if (!item.isMap)
            catalog.entries.push_back(std::move(item.entry));
    std::stable_sort(catalog.entries.begin(), catalog.entries.end(), [](const LevelEntry& a, const LevelEntry& b) {
        if (a.playable() != b.playable())
            return a.playable();
        if (!a.playable())
            return false; // broken ones keep the order they were found in
        if (a.level->order != b.level->order)
            return a.level->order < b.level->order;
        return a.level->title < b.level->title;
    });
    return catalog;
}

int checkLevels(const std::vector<fs::path>& filesAndFolders, const DataRoots& roots, std::ostream& out,
                const CanDraw& canDraw)
{
    const std::vector<Loaded> loaded = loadInOrder(filesAndFolders, roots);
    std::size_t levels = 0, maps = 0, playable = 0, broken = 0, errors = 0, warnings = 0;
    // A map shared by several levels repeats its diagnostics in each level's list; print once.
    std::set<std::string> printed;
    // Each character is asked of the fonts once for the whole check: a pack of levels repeats
    // the same few dozen, and FreeType's lookups of every one of them were a fifth of the time
    // --check took for a thousand levels (bench/RESULTS.md).
    std::unordered_map<char32_t, bool> drawable;
    const CanDraw askedOnce = [&](char32_t c) {
        const auto [known, added] = drawable.try_emplace(c, false);
        if (added)
            known->second = canDraw(c);
        return known->second;
    };
    for (const Loaded& item : loaded) {
        const bool good = item.isMap ? !item.entry.diagnostics.hasErrors() : item.entry.playable();
        (item.isMap ? maps : levels) += 1;
        (good ? playable : broken) += 1;
        const std::vector<Diagnostic>& all = item.entry.diagnostics.all();
        for (std::size_t i = 0; i < all.size(); ++i) {
            const Diagnostic& d = all[i];
            const std::string line = d.format();
            if (!printed.insert(line).second)
                continue;
            out << line << '\n';
            // The line that counts the problems not shown is not a problem of its own.
            if (item.entry.capped() && i + 1 == all.size())
                continue;
            (d.severity == Severity::Error ? errors : warnings) += 1;
        }
        if (canDraw && item.entry.playable()) {
            // A playable file was read whole and is valid UTF-8: read it again for its characters.
            std::ifstream in(item.entry.level->file, std::ios::binary);
            std::stringstream text;
            text << in.rdbuf();
            Diagnostics glyphs;
            reportUndrawable(item.entry.displayName, text.str(), askedOnce, glyphs);
            for (const Diagnostic& d : glyphs.all()) {
                out << d.format() << '\n';
                ++warnings;
            }
        }
        errors += item.entry.hiddenErrors;
        warnings += item.entry.hiddenWarnings;
    }
    if (loaded.empty()) {
        out << "checked 0 levels: no level files found\n";
        return 1;
    }
    out << "checked " << plural(levels, "level") << (maps > 0 ? " and " + plural(maps, "map") : std::string()) << ": "
        << playable << (maps > 0 ? " usable, " : " playable, ") << broken << " broken; " << plural(errors, "error")
        << ", " << plural(warnings, "warning") << '\n';
    return broken > 0 || errors > 0 ? 1 : 0;
}

} // namespace acq
