#include "e2e/GameRunner.h"

#include "core/MenuGroups.h"
#include "core/PlacementRound.h"
#include "io/LevelCatalog.h"
#include "io/LevelLoader.h"
#include "io/history/Database.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace acq::e2e {

namespace fs = std::filesystem;

TempFolder::TempFolder()
{
    std::string pattern = (fs::temp_directory_path() / "acuquest-e2e-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        FAIL("cannot make a temporary folder");
    m_path = pattern;
}

TempFolder::~TempFolder()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

ExportFolders setUpExportInUtc(const TempFolder& temp)
{
    setenv("TZ", "UTC", 1);
    ExportFolders folders{temp.path() / "data", configHome(temp.path() / "data"), temp.path() / "docs"};
    fs::create_directories(folders.config);
    std::ofstream(folders.config / "user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"" << folders.documents.string() << "\"\n";
    return folders;
}

namespace {
std::string quoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
} // namespace

fs::path configHome(const fs::path& dataHome) { return dataHome.parent_path() / "config"; }

GameRun runGame(const fs::path& dataHome, const std::string& script, const std::string& extraArgs)
{
    static int counter = 0;
    const fs::path scriptFile = dataHome.parent_path() / ("script-" + std::to_string(++counter) + ".txt");
    const fs::path logFile = dataHome.parent_path() / ("log-" + std::to_string(counter) + ".txt");
    {
        std::ofstream out(scriptFile, std::ios::binary);
        out << script;
    }
    // The settings too live beside the data, never in the real ~/.config of whoever runs the tests.
    const std::string command = "XDG_DATA_HOME=" + quoted(dataHome.string()) + " XDG_CONFIG_HOME=" +
                                quoted(configHome(dataHome).string()) + " " + quoted(ACUQUEST_BINARY) +
                                " --script " + quoted(scriptFile.string()) + " " + extraArgs + " 2>" +
                                quoted(logFile.string());
    const int status = std::system(command.c_str());
    GameRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.log = readFile(logFile);
    return run;
}

std::string menuKeysTo(const std::string& levelId)
{
    const fs::path root = ACUQUEST_SOURCE_DIR;
    static const LevelCatalog catalog =
        loadCatalog({root / "levels"}, DataRoots({root / "levels", root / "assets"}, root / "assets"));
    std::vector<MenuGroup> groups;
    for (const LevelEntry& entry : catalog.entries)
        groups.push_back(menuGroupOf(entry.playable() ? &*entry.level : nullptr));
    std::string keys = "key Home\n"; // the practice row; the keyboard passes headings by
    for (const std::size_t index : menuOrder(groups)) {
        keys += "key Down\n";
        const LevelEntry& entry = catalog.entries.at(index);
        if (entry.level && entry.level->id == levelId)
            return keys;
    }
    FAIL("no shipped level " << levelId);
    return keys;
}

std::shared_ptr<const Level> loadShippedLevel(const std::string& fileName)
{
    const fs::path root = ACUQUEST_SOURCE_DIR;
    MapCache maps(DataRoots({root / "levels", root / "assets"}, root / "assets")); // "assets:" names too
    Diagnostics diag;
    auto level = loadLevelFile(root / "levels" / fileName, fileName, maps, diag);
    for (const Diagnostic& d : diag.all())
        MESSAGE(d.format());
    REQUIRE(level.has_value());
    return std::make_shared<const Level>(std::move(*level));
}

Progress loadSavedProgress(const fs::path& dataHome, const std::string& profile)
{
    // Read as another program would, straight from the tables (docs/saves.md).
    const fs::path file = dataHome / "acuquest" / "history.sqlite";
    INFO("history: " << file.string());
    REQUIRE(fs::exists(file));
    DbError error;
    auto db = Database::open(file.string(), SQLITE_OPEN_READONLY, error);
    REQUIRE_MESSAGE(db, error.message);
    sqlite3_busy_timeout(db->handle(), 5000);
    Statement attempts = db->prepare(
        "SELECT a.id, a.kind, a.level, a.started_at, a.seconds, a.score, a.max_score, a.completed FROM attempts a "
        "JOIN profiles p ON p.id = a.profile_id WHERE p.name = ?1 ORDER BY a.id",
        error);
    REQUIRE_MESSAGE(!error, error.message);
    Statement answers = db->prepare("SELECT item, points, max_points, correct, distance_cun, map_x, map_y, hint, "
                                    "skipped, mistakes FROM answers WHERE attempt_id = ?1 ORDER BY id",
                                    error);
    REQUIRE_MESSAGE(!error, error.message);
    attempts.bind(1, profile);
    Progress progress;
    while (attempts.step() == SQLITE_ROW) {
        Attempt a;
        const std::string kind = attempts.text(1);
        a.kind = kind == "matching" ? AttemptKind::Matching : kind == "naming" ? AttemptKind::Naming : AttemptKind::Placement;
        a.levelId = attempts.text(2);
        a.startedAt = attempts.text(3);
        a.seconds = attempts.real(4);
        a.score = attempts.real(5);
        a.maxScore = attempts.real(6);
        a.completed = attempts.integer(7) != 0;
        answers.bind(1, attempts.integer(0));
        while (answers.step() == SQLITE_ROW) {
            ItemResult item;
            item.id = answers.text(0);
            item.points = answers.real(1);
            item.maxPoints = answers.real(2);
            item.correct = answers.integer(3) != 0;
            item.distanceCun = answers.optionalReal(4);
            if (!answers.isNull(5))
                item.click = Vec2{answers.real(5), answers.real(6)};
            if (!answers.isNull(7))
                item.hinted = answers.integer(7) != 0;
            item.skipped = answers.integer(8) != 0;
            item.mistakes = static_cast<int>(answers.integer(9));
            a.items.push_back(item);
        }
        answers.reset();
        progress.add(std::move(a));
    }
    return progress;
}

const Attempt* lastAttempt(const Progress& progress, const std::string& levelId)
{
    const Attempt* found = nullptr;
    for (const Attempt& a : progress.attempts())
        if (a.levelId == levelId)
            found = &a;
    return found;
}

int answeredItems(const Attempt& attempt)
{
    int answered = 0;
    for (const ItemResult& item : attempt.items)
        answered += item.answered ? 1 : 0;
    return answered;
}

std::string playMissing(const Level& level, const std::string& missed)
{
    std::string script = "expect-scene menu\nclick-on " + level.id + "\nclick-on start\nwait 0.5\nexpect-scene placement\n";
    const PlacementRound round(level, std::uint64_t{1}, 0.0);
    for (std::size_t i : round.order()) {
        const std::string& id = level.placement()->points.at(i).id;
        script += "expect-text " + id + "\n";
        script += id == missed ? "click-answer 2.5 0\nwait 0.5\nexpect-text \"0 of 100\"\n" : "click-answer\nwait 0.5\n";
        script += "click-on next\nwait 0.2\n";
    }
    return script + "expect-scene results\n";
}

} // namespace acq::e2e
