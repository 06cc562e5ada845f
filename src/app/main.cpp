// acuquest: the game, its level checker (--check) and its scripted player (--script).
#include "app/Game.h"
#include "app/text/FontFace.h"
#include "core/ProfileName.h"
#include "core/Script.h"
#include "core/Timestamp.h"
#include "io/DataPaths.h"
#include "io/FontFiles.h"
#include "io/LastProfile.h"
#include "io/LevelCatalog.h"
#include "io/ShippedMaps.h"
#include "io/history/CsvExport.h"

#include <malloc.h>

#include <charconv>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

const char* kUsage =
    "Usage: acuquest [OPTIONS]\n"
    "       acuquest --check [PATH...]\n"
    "       acuquest --export-csv FILE [--profile NAME]\n"
    "       acuquest --describe-maps\n"
    "\n"
    "  (no option)          play\n"
    "  --check [PATH...]    check level files or folders (default: every level the game loads);\n"
    "                       prints each problem as file:line: message, exits 1 on any error\n"
    "  --script FILE        play the inputs of FILE through the game (see docs/scripting.md)\n"
    "  --author LEVEL       show every point of a placement level on its maps, labelled, and\n"
    "                       print the map coordinates of each click (checking art against content)\n"
    "  --describe-maps      print the reference of the shipped body maps (docs/maps.md): their\n"
    "                       regions, cun and landmarks, for level authors\n"
    "  --levels DIR         also load the levels in DIR (may be repeated)\n"
    "  --profile NAME       keep progress under this profile name (default: the one last chosen\n"
    "                       in the game, else default); it is not remembered for the next start\n"
    "  --export-csv FILE    write every answer of the history (of --profile NAME, else of every\n"
    "                       profile) to FILE as CSV, without opening a window (docs/saves.md)\n"
    "  --seed N             shuffle with seed N (scripts default to 1)\n"
    "  --now TIME           the time the game believes it is, ISO 8601 (UTC unless TIME gives an\n"
    "                       offset): due dates, answer times, practice (for tests and demos)\n"
    "  --bench-log FILE     write frame timings to FILE (for bench/; see docs/scripting.md)\n"
    "  --help, --version\n";

// The level sources the game loads when none are named: shipped levels, then the player's.
std::vector<std::filesystem::path> defaultLevelSources(const acq::DataPaths& paths)
{
    std::vector<std::filesystem::path> sources{paths.levelsDir};
    std::error_code ec;
    if (std::filesystem::is_directory(paths.userLevelsDir(), ec))
        sources.push_back(paths.userLevelsDir());
    return sources;
}

} // namespace

int main(int argc, char** argv)
{
    // Large buffers (a decoded body picture is 16 MB) go back to the system as soon as they are
    // freed. Left to itself, glibc raises this threshold after the first such buffer is freed and
    // keeps the later ones in its heap: peak memory over a level of several body maps was
    // 177-191 MB instead of 146 MB (bench/RESULTS.md).
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    std::vector<std::string> args(argv + 1, argv + argc);
    acq::GameOptions options;
    options.paths = acq::locateDataPaths();
    options.settingsFile = acq::settingsFilePath();
    std::vector<std::filesystem::path> extraLevels;
    std::optional<std::string> scriptFile;
    std::optional<std::string> authorLevel;
    std::optional<std::uint64_t> seed;
    std::optional<std::string> exportFile;
    bool profileGiven = false;
    bool check = false;
    std::vector<std::filesystem::path> checkPaths;

    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](const char* option) -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                std::cerr << "acuquest: " << option << " needs a value\n" << kUsage;
                return std::nullopt;
            }
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--describe-maps") {
            return acq::describeShippedMaps(options.paths, std::cout, std::cerr);
        } else if (arg == "--version") {
            std::cout << "acuquest 0.1.0\n";
            return 0;
        } else if (arg == "--check") {
            check = true;
        } else if (arg == "--script") {
            scriptFile = value("--script");
            if (!scriptFile)
                return 2;
        } else if (arg == "--author") {
            authorLevel = value("--author");
            if (!authorLevel)
                return 2;
        } else if (arg == "--levels") {
            const auto dir = value("--levels");
            if (!dir)
                return 2;
            extraLevels.emplace_back(*dir);
        } else if (arg == "--profile") {
            const auto name = value("--profile");
            if (!name)
                return 2;
            if (!acq::validProfileName(*name)) {
                std::cerr << "acuquest: a profile name is 1-80 bytes of printable UTF-8\n";
                return 2;
            }
            options.profile = *name;
            profileGiven = true;
        } else if (arg == "--export-csv") {
            exportFile = value("--export-csv");
            if (!exportFile)
                return 2;
        } else if (arg == "--seed") {
            const auto text = value("--seed");
            if (!text)
                return 2;
            std::uint64_t n = 0;
            const auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
            if (ec != std::errc() || ptr != text->data() + text->size()) {
                std::cerr << "acuquest: --seed needs a whole number\n";
                return 2;
            }
            seed = n;
        } else if (arg == "--now") {
            const auto text = value("--now");
            if (!text)
                return 2;
            options.now = acq::parseInstant(*text);
            if (!options.now) {
                std::cerr << "acuquest: --now needs a time such as 2026-12-07T09:00:00Z\n";
                return 2;
            }
        } else if (arg == "--bench-log") { // bench hook: FrameStats
            const auto file = value("--bench-log");
            if (!file)
                return 2;
            options.benchLog = *file;
        } else if (check && !arg.starts_with("--")) {
            checkPaths.emplace_back(arg);
        } else {
            std::cerr << "acuquest: unknown option " << arg << "\n" << kUsage;
            return 2;
        }
    }

    if (exportFile)
        return acq::exportHistoryCsv(options.paths.userDir, *exportFile,
                                     profileGiven ? std::optional<std::string>(options.profile) : std::nullopt,
                                     std::cerr);

    // Without --profile: the profile last chosen on the profile screen, else "default".
    if (!profileGiven)
        options.profile = acq::readLastProfile(acq::configFolder()).value_or(options.profile);

    // Folders named on the command line are data roots: their levels may use files inside them.
    for (const auto& dir : extraLevels)
        options.paths.extraRoots.push_back(dir);

    if (check) {
        std::vector<std::filesystem::path> targets = checkPaths;
        if (targets.empty()) {
            targets = defaultLevelSources(options.paths);
            targets.insert(targets.end(), extraLevels.begin(), extraLevels.end());
        }
        for (const auto& path : checkPaths) {
            std::error_code ec;
            options.paths.extraRoots.push_back(std::filesystem::is_directory(path, ec) ? path : path.parent_path());
        }
        // The fonts the game draws with (DejaVu Sans, and the CJK font for the point names'
        // characters) decide which characters --check warns of.
        std::unique_ptr<acq::FontFace> regular, cjk;
        acq::CanDraw canDraw;
        if (const auto files = acq::findFontFiles()) {
            std::string problem;
            regular = acq::FontFace::open(files->regular, problem);
            if (!files->cjk.empty())
                cjk = acq::FontFace::open(files->cjk, problem);
            if (regular) {
                regular->setFallback(cjk.get());
                canDraw = [&regular](char32_t c) { return regular->canDraw(c); };
            }
        }
        return acq::checkLevels(targets, options.paths.roots(), std::cout, canDraw);
    }

    options.levelSources = defaultLevelSources(options.paths);
    options.levelSources.insert(options.levelSources.end(), extraLevels.begin(), extraLevels.end());
    if (authorLevel) {
        options.author = true;
        options.levelSources = {*authorLevel};
        options.paths.extraRoots.push_back(std::filesystem::path(*authorLevel).parent_path());
    }

    if (scriptFile) {
        std::ifstream in(*scriptFile, std::ios::binary);
        if (!in) {
            std::cerr << *scriptFile << ":0: cannot read the script\n";
            return 2;
        }
        std::stringstream text;
        text << in.rdbuf();
        acq::Diagnostics diag;
        acq::Script script = acq::parseScript(text.str(), *scriptFile, diag);
        for (const auto& d : diag.all())
            std::cerr << d.format() << "\n";
        if (diag.hasErrors())
            return 2;
        options.script = std::move(script);
    }
    options.seed = seed.value_or(options.script ? 1u : std::random_device{}());

    acq::Game game(std::move(options));
    return game.run();
}
