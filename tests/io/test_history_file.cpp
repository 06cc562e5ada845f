#include "HistoryFixtures.h"
#include "TempDir.h"
#include "core/Sha256.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistorySchema.h"
#include "io/history/HistoryStore.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/time.h>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr std::time_t kNow = 1796584137; // 2026-12-06T19:08:57Z

// A history with one finished attempt at "knee" scoring `score`, closed cleanly.
void makeHistory(const fs::path& folder, double score)
{
    OpenedHistory h = openHistory(folder, kNow);
    REQUIRE(h.mode == OpenedHistory::Mode::OnDisk);
    HistoryStore store(*h.db);
    std::int64_t profile = 0, id = 0;
    REQUIRE(!store.profileId("default", "t", profile));
    const Attempt a = test::placementAttempt("knee", "t", 1, score);
    REQUIRE(!store.beginAttempt(profile, a, id));
    REQUIRE(!store.addAnswer(profile, id, a.items[0], "t"));
    LevelRecord r;
    REQUIRE(!store.finishAttempt(profile, id, a, "t", r));
    closeHistory(h);
}

std::optional<double> bestKnee(OpenedHistory& h)
{
    HistoryStore store(*h.db);
    std::int64_t profile = 0;
    REQUIRE(!store.profileId("default", "t", profile));
    LevelRecords records;
    REQUIRE(!store.levelRecords(profile, records));
    return records.best("knee");
}

// Opened and checked page by page, as the save thread does before it writes.
OpenedHistory openChecked(const fs::path& folder)
{
    OpenedHistory h = openHistory(folder, kNow);
    checkHistory(h, folder, kNow);
    return h;
}

void setModified(const fs::path& file, std::time_t when)
{
    const struct timeval times[2] = {{when, 0}, {when, 0}};
    REQUIRE(::utimes(file.c_str(), times) == 0);
}

} // namespace

TEST_CASE("[history-file] a new folder gets a WAL database at the current version, closed cleanly")
{
    TempDir dir;
    const fs::path folder = dir.path() / "deep" / "acuquest";
    makeHistory(folder, 10.0);
    CHECK(fs::is_regular_file(historyFile(folder)));
    CHECK_FALSE(fs::exists(historyFile(folder).string() + "-wal")); // closed cleanly: one file
    auto db = test::peek(historyFile(folder));
    CHECK(test::count(*db, "PRAGMA user_version") == kHistorySchemaVersion);
    DbError error;
    auto mode = db->prepare("PRAGMA journal_mode", error);
    REQUIRE(mode.step() == SQLITE_ROW);
    CHECK(mode.text(0) == "wal");
}

TEST_CASE("[history-file] a damaged file is kept aside, never deleted, and a new history starts")
{
    TempDir dir;
    std::string damage;
    SUBCASE("garbage") { damage = std::string(5000, 'x'); }
    SUBCASE("cut in half")
    {
        makeHistory(dir.path(), 10.0);
        const std::string whole = TempDir::read(historyFile(dir.path()));
        damage = whole.substr(0, whole.size() / 2);
        fs::remove(historyFile(dir.path()));
    }
    SUBCASE("a header that lies")
    {
        makeHistory(dir.path(), 10.0);
        damage = TempDir::read(historyFile(dir.path()));
        for (std::size_t i = 100; i < damage.size(); i += 7)
            damage[i] = static_cast<char>(damage[i] ^ 0x5a);
        fs::remove(historyFile(dir.path()));
    }
    dir.write("history.sqlite", damage);
    OpenedHistory h = openChecked(dir.path());
    CHECK(h.mode == OpenedHistory::Mode::OnDisk);
    CHECK(h.notice == "Your history was damaged; it was kept as history.sqlite.corrupt-1. "
                      "There was no backup; a new history was started.");
    CHECK(TempDir::read(dir.path() / "history.sqlite.corrupt-1") == damage);
    CHECK_FALSE(bestKnee(h));
    closeHistory(h);
}

TEST_CASE("[history-file] a folder in place of the database is moved aside")
{
    TempDir dir;
    dir.write("history.sqlite/inside.txt", "keep me");
    OpenedHistory h = openHistory(dir.path(), kNow);
    CHECK(h.mode == OpenedHistory::Mode::OnDisk);
    CHECK(TempDir::read(dir.path() / "history.sqlite.corrupt-1" / "inside.txt") == "keep me");
    CHECK(h.notice.find("kept as history.sqlite.corrupt-1") != std::string::npos);
    closeHistory(h);
}

TEST_CASE("[history-file] damaged files kept aside never replace one another")
{
    TempDir dir;
    dir.write("history.sqlite", "first damage, not a database at all............................");
    OpenedHistory h = openHistory(dir.path(), kNow);
    closeHistory(h);
    fs::remove(historyFile(dir.path()));
    dir.write("history.sqlite", "second damage, not a database either...........................");
    h = openHistory(dir.path(), kNow);
    CHECK(h.notice.find("kept as history.sqlite.corrupt-2") != std::string::npos);
    CHECK(TempDir::read(dir.path() / "history.sqlite.corrupt-1").starts_with("first damage"));
    CHECK(TempDir::read(dir.path() / "history.sqlite.corrupt-2").starts_with("second damage"));
    closeHistory(h);
}

TEST_CASE("[history-file] a damaged file with a backup: the backup is restored and its age told")
{
    TempDir dir;
    makeHistory(dir.path(), 42.0);
    fs::copy_file(historyFile(dir.path()), historyBackup(dir.path()));
    setModified(historyBackup(dir.path()), kNow - 3 * 86400 - 100);
    fs::remove(historyFile(dir.path()));
    SUBCASE("zeros, as a power cut may leave a file") { dir.write("history.sqlite", std::string(3000, '\0')); }
    SUBCASE("cut short by a page")
    {
        const std::string whole = TempDir::read(historyBackup(dir.path()));
        dir.write("history.sqlite", whole.substr(0, whole.size() - 4096));
    }
    SUBCASE("cut inside its last page, where SQLite would read zeros without a word")
    {
        const std::string whole = TempDir::read(historyBackup(dir.path()));
        dir.write("history.sqlite", whole.substr(0, whole.size() - 3000));
    }
    OpenedHistory h = openChecked(dir.path());
    REQUIRE(h.mode == OpenedHistory::Mode::OnDisk);
    CHECK(h.notice == "Your history was damaged; it was kept as history.sqlite.corrupt-1. Your backup from "
                      "2026-12-03, 3 days old was restored: answers given after it are only in the damaged file.");
    CHECK(bestKnee(h) == 42.0);
    CHECK(fs::exists(historyBackup(dir.path()))); // restored from a copy: the backup stays
    closeHistory(h);
}

TEST_CASE("[history-file] a damaged backup is not used: a new history starts and the backup stays")
{
    TempDir dir;
    dir.write("history.sqlite", std::string(4096, 'g'));
    dir.write("history.sqlite.backup", std::string(4096, 'b'));
    OpenedHistory h = openHistory(dir.path(), kNow);
    CHECK(h.mode == OpenedHistory::Mode::OnDisk);
    CHECK(h.notice.find("The backup could not be used either; a new history was started.") != std::string::npos);
    CHECK(TempDir::read(historyBackup(dir.path())) == std::string(4096, 'b'));
    closeHistory(h);
}

TEST_CASE("[history-file] a database of a newer version is refused and left byte for byte")
{
    TempDir dir;
    makeHistory(dir.path(), 10.0);
    {
        auto db = test::peek(historyFile(dir.path()));
        REQUIRE(!db->exec("PRAGMA user_version = " + std::to_string(kHistorySchemaVersion + 5)));
    }
    const std::string before = sha256Hex(TempDir::read(historyFile(dir.path())));
    OpenedHistory h = openHistory(dir.path(), kNow);
    CHECK(h.mode == OpenedHistory::Mode::Memory);
    CHECK(h.notice.find("was written by a newer version of AcuQuest (format " + std::to_string(kHistorySchemaVersion + 5) +
                        "; this one reads up to " + std::to_string(kHistorySchemaVersion) + "). It is left untouched") !=
          std::string::npos);
    REQUIRE(h.db); // the game plays on with a history in memory
    CHECK_FALSE(bestKnee(h));
    closeHistory(h);
    CHECK(sha256Hex(TempDir::read(historyFile(dir.path()))) == before);
    CHECK_FALSE(fs::exists(dir.path() / "history.sqlite.corrupt-1"));
}

TEST_CASE("[history-file] a data folder that is a file is never touched: the history is kept in memory")
{
    TempDir dir;
    const fs::path file = dir.write("data", "someone's file");
    OpenedHistory h = openHistory(file / "acuquest", kNow);
    CHECK(h.mode == OpenedHistory::Mode::Memory);
    REQUIRE(h.db);
    CHECK(h.notice.starts_with("Your history cannot be kept in " + (file / "acuquest").string() + " ("));
    CHECK(h.notice.ends_with("this session's answers are kept only until you close the game."));
    CHECK(TempDir::read(file) == "someone's file");
    closeHistory(h);
}

TEST_CASE("[history-file] the kept-aside name takes the -wal and -shm files along")
{
    TempDir dir;
    const fs::path file = dir.write("x.db", "main");
    dir.write("x.db-wal", "wal");
    dir.write("x.db.corrupt-1", "older");
    const fs::path aside = keepAside(file);
    CHECK(aside.filename() == "x.db.corrupt-2");
    CHECK(TempDir::read(aside) == "main");
    CHECK(TempDir::read(aside.string() + "-wal") == "wal");
    CHECK(TempDir::read(dir.path() / "x.db.corrupt-1") == "older");
    CHECK_FALSE(fs::exists(file));
}
