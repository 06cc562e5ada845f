#include "FuzzTargets.h"

#include "core/Script.h"
#include "io/LevelLoader.h"
#include "io/MapLoader.h"
#include "io/ProgressXml.h"
#include "io/history/HistorySchema.h"
#include "io/history/HistoryStore.h"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

#ifndef ACUQUEST_SOURCE_DIR
#error "ACUQUEST_SOURCE_DIR must name the source tree (its levels/ and assets/ are used)"
#endif

namespace fs = std::filesystem;

namespace acq::fuzz {
namespace {

// Longer messages than this would mean a loader echoes input without shortening it.
constexpr std::size_t kMaxMessageBytes = 2000;

bool validUtf8(const std::string& s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size())
            return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += len;
    }
    return true;
}

// What every load must give: errors exactly when nothing was loaded, and messages a player can
// be shown (a line >= 0, bounded, valid UTF-8, no NUL).
std::string checkDiagnostics(const Diagnostics& diag, bool loaded)
{
    if (loaded && diag.hasErrors())
        return "a level or map was returned together with errors";
    if (!loaded && !diag.hasErrors())
        return "nothing was returned, yet no error says why";
    for (const Diagnostic& d : diag.all()) {
        if (d.line < 0)
            return "negative line in: " + d.format();
        if (d.message.empty())
            return "an empty message";
        if (d.message.size() > kMaxMessageBytes)
            return "a message of " + std::to_string(d.message.size()) + " bytes";
        if (d.message.find('\0') != std::string::npos || !validUtf8(d.message))
            return "a message that is not clean UTF-8: " + d.format();
    }
    return {};
}

// A private data tree: levels/ and assets/maps/ with copies of the shipped art and maps.
struct Tree {
    fs::path root;
    fs::path levels;
    fs::path maps;

    Tree()
    {
        std::string pattern = (fs::temp_directory_path() / "acuquest-fuzz-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            std::abort();
        root = fs::canonical(pattern);
        levels = root / "levels";
        maps = root / "assets" / "maps";
        fs::create_directories(levels);
        fs::create_directories(maps);
        const fs::path shipped = fs::path(ACUQUEST_SOURCE_DIR) / "assets" / "maps";
        for (const auto& entry : fs::directory_iterator(shipped))
            fs::copy_file(entry.path(), maps / entry.path().filename(), fs::copy_options::overwrite_existing);
    }
    ~Tree()
    {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    std::vector<fs::path> roots() const { return {levels, root / "assets"}; }
};

Tree& tree()
{
    static Tree instance;
    return instance;
}

void writeFile(const fs::path& path, const std::uint8_t* data, std::size_t size)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

std::string sameProgress(const Progress& a, const Progress& b)
{
    if (a.attempts().size() != b.attempts().size())
        return "a different number of attempts";
    for (std::size_t i = 0; i < a.attempts().size(); ++i) {
        const Attempt& x = a.attempts()[i];
        const Attempt& y = b.attempts()[i];
        if (x.levelId != y.levelId || x.startedAt != y.startedAt || x.seconds != y.seconds || x.score != y.score ||
            x.maxScore != y.maxScore || x.completed != y.completed || x.items.size() != y.items.size())
            return "attempt " + std::to_string(i) + " differs";
        for (std::size_t k = 0; k < x.items.size(); ++k) {
            const ItemResult& p = x.items[k];
            const ItemResult& q = y.items[k];
            if (p.id != q.id || p.points != q.points || p.maxPoints != q.maxPoints || p.correct != q.correct ||
                p.distanceCun != q.distanceCun || p.click.has_value() != q.click.has_value() ||
                (p.click && !(*p.click == *q.click)) || p.mistakes != q.mistakes)
                return "item " + std::to_string(k) + " of attempt " + std::to_string(i) + " differs";
        }
    }
    return {};
}

std::string finite(const Progress& p)
{
    for (const Attempt& a : p.attempts()) {
        if (!std::isfinite(a.seconds) || !std::isfinite(a.score) || !std::isfinite(a.maxScore))
            return "a number that is not finite was accepted";
        for (const ItemResult& item : a.items)
            if (!std::isfinite(item.points) || !std::isfinite(item.maxPoints) ||
                (item.distanceCun && !std::isfinite(*item.distanceCun)) ||
                (item.click && (!std::isfinite(item.click->x) || !std::isfinite(item.click->y))))
                return "a number that is not finite was accepted";
    }
    return {};
}

// One in-memory history for the whole run, emptied after each input: a first-release save is
// imported into it as the game imports one on its first start.
struct ImportTarget {
    std::unique_ptr<Database> db;
    std::int64_t profile = 0;

    ImportTarget()
    {
        DbError error;
        db = Database::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
        if (!db || migrateHistory(*db).error || db->exec("PRAGMA foreign_keys = ON") ||
            HistoryStore(*db).profileId("fuzz", "2024-01-01T00:00:00Z", profile))
            std::abort();
    }
};

ImportTarget& importTarget()
{
    static ImportTarget instance;
    return instance;
}

// Imports an accepted save into the history and reads every answer back: one row per item, in
// order, with its attempt's level and the item's values.
std::string importAndExport(const Progress& progress)
{
    ImportTarget& target = importTarget();
    HistoryStore store(*target.db);
    std::string problem;
    if (DbError e = store.importProgress(target.profile, progress, "progress.xml", "fuzz", "2024-01-01T00:00:00Z"))
        problem = "an accepted save could not be imported: " + e.message;
    std::vector<std::pair<const Attempt*, const ItemResult*>> expected;
    for (const Attempt& a : progress.attempts())
        for (const ItemResult& item : a.items)
            expected.emplace_back(&a, &item);
    std::size_t rows = 0;
    const DbError read = store.forEachAnswer(std::nullopt, [&](const HistoryStore::AnswerRow& row) {
        if (!problem.empty())
            return;
        if (rows >= expected.size()) {
            problem = "more answers read back than the save had";
            return;
        }
        const auto& [a, item] = expected[rows++];
        if (row.level != a->levelId || row.item != item->id || row.points != item->points ||
            row.max != item->maxPoints || row.correct != item->correct || row.distanceCun != item->distanceCun ||
            row.mapX.has_value() != item->click.has_value() || (item->click && (*row.mapX != item->click->x ||
                                                                                *row.mapY != item->click->y)) ||
            row.mistakes != item->mistakes || row.hint.has_value() || row.attemptStartedAt != a->startedAt)
            problem = "answer " + std::to_string(rows) + " was imported changed";
    });
    if (problem.empty() && read)
        problem = "the imported answers cannot be read back: " + read.message;
    if (problem.empty() && rows != expected.size())
        problem = std::to_string(expected.size()) + " answers in the save, " + std::to_string(rows) + " imported";
    if (target.db->exec("DELETE FROM answers; DELETE FROM level_stats; DELETE FROM attempts; "
                        "DELETE FROM imported_files"))
        std::abort();
    return problem;
}

} // namespace

std::string level(const std::uint8_t* data, std::size_t size)
{
    // One cache for the whole run: the shipped maps are read once, as in a catalog scan.
    static MapCache maps(tree().roots());
    const std::string text(reinterpret_cast<const char*>(data), size);
    Diagnostics diag;
    const std::optional<Level> loaded = loadLevelText(text, "levels/fuzz.xml", tree().levels, maps, diag);
    return checkDiagnostics(diag, loaded.has_value());
}

std::string map(const std::uint8_t* data, std::size_t size)
{
    const fs::path file = tree().maps / "fuzz.map.xml";
    writeFile(file, data, size);
    Diagnostics diag;
    const auto loaded = loadBodyMap(file, tree().roots(), diag);
    if (std::string problem = checkDiagnostics(diag, loaded != nullptr); !problem.empty())
        return problem;
    if (loaded)
        for (const BodyRegion& region : loaded->regions)
            if (!(region.scale.x > 0.0) || !std::isfinite(region.scale.x) || !(region.scale.y > 0.0) ||
                !std::isfinite(region.scale.y))
                return "region " + region.id + " has no usable scale";
    return {};
}

std::string svg(const std::uint8_t* data, std::size_t size)
{
    static const bool written = [] {
        std::ofstream(tree().maps / "fuzz-art.map.xml")
            << "<bodymap format=\"1\" id=\"fuzz\" view=\"back\" art=\"fuzz.svg\" title=\"Fuzz\">\n"
               "  <region id=\"r\" name=\"R\" from=\"a\" to=\"b\" cun=\"3\"/>\n"
               "</bodymap>\n";
        return true;
    }();
    (void)written;
    writeFile(tree().maps / "fuzz.svg", data, size);
    Diagnostics diag;
    const auto loaded = loadBodyMap(tree().maps / "fuzz-art.map.xml", tree().roots(), diag);
    if (std::string problem = checkDiagnostics(diag, loaded != nullptr); !problem.empty())
        return problem;
    if (loaded) {
        const Rect& b = loaded->bounds;
        if (!(b.width > 0.0) || !(b.height > 0.0) || !std::isfinite(b.width) || !std::isfinite(b.height))
            return "a map with an empty or infinite viewBox";
        for (const auto& [name, at] : loaded->landmarks)
            if (!b.contains(at))
                return "landmark " + name + " lies outside the viewBox";
    }
    return {};
}

std::string progress(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    Progress first;
    std::string why;
    if (!progressFromXml(text, first, why)) {
        if (why.empty())
            return "a save was refused without a reason";
        if (!first.attempts().empty())
            return "a refused save changed the output";
        return {};
    }
    if (std::string problem = finite(first); !problem.empty())
        return problem;
    // What was accepted must be written back and read again unchanged: the next save of the game
    // is exactly this.
    const std::string again = progressToXml(first);
    Progress second;
    if (!progressFromXml(again, second, why))
        return "a save written from an accepted one cannot be read: " + why;
    if (std::string problem = sameProgress(first, second); !problem.empty())
        return "the save changed on the round trip: " + problem;
    // And imported into the history (the first start after an update), nothing is lost.
    return importAndExport(first);
}

std::string script(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    Diagnostics diag;
    const Script parsed = parseScript(text, "fuzz.txt", diag);
    for (const ScriptCommand& command : parsed.commands)
        if (command.line < 1 || !std::isfinite(command.x) || !std::isfinite(command.y))
            return "a command with no line or a number that is not finite";
    for (const Diagnostic& d : diag.all())
        if (d.line < 0 || d.message.size() > kMaxMessageBytes)
            return "a bad message: " + d.format().substr(0, 200);
    return {};
}

Target targetNamed(const std::string& name)
{
    if (name == "level")
        return &level;
    if (name == "map")
        return &map;
    if (name == "svg")
        return &svg;
    if (name == "progress")
        return &progress;
    if (name == "script")
        return &script;
    return nullptr;
}

} // namespace acq::fuzz
