#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryWorker.h"

#include <doctest/doctest.h>

#include <sys/resource.h>

#include <chrono>
#include <thread>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kNow = 1796584137;
HistoryWorker::Clock fixedClock() { return [] { return kNow; }; }

void playThrough(HistoryWorker& worker, std::uint64_t id, const Attempt& a)
{
    worker.begin(id, a);
    for (const ItemResult& item : a.items)
        worker.answer(id, item, "2026-12-06T19:00:00Z");
    worker.finish(id, a, "2026-12-06T19:01:00Z");
}

std::int64_t answersIn(const fs::path& folder)
{
    auto db = test::peek(historyFile(folder));
    return test::count(*db, "SELECT COUNT(*) FROM answers");
}

} // namespace

TEST_CASE("[history-worker] it opens the history, commits each answer, and reports the level's new record")
{
    TempDir dir;
    HistoryWorker worker(dir.path(), "default", fixedClock());
    const auto loaded = worker.waitLoaded();
    REQUIRE(loaded);
    CHECK(loaded->notice.empty());
    CHECK(loaded->kept);
    CHECK(loaded->records.size() == 0);

    const Attempt a = test::placementAttempt("knee", "2026-12-06T18:59:00Z", 3, 270.0);
    worker.begin(1, a);
    worker.answer(1, a.items[0], "2026-12-06T19:00:00Z");
    worker.waitIdle();
    CHECK(answersIn(dir.path()) == 1); // on disk before the level ends
    worker.answer(1, a.items[1], "2026-12-06T19:00:01Z");
    worker.answer(1, a.items[2], "2026-12-06T19:00:02Z");
    worker.finish(1, a, "2026-12-06T19:01:00Z");
    worker.waitIdle();
    CHECK(answersIn(dir.path()) == 3);
    const auto records = worker.takeRecords();
    REQUIRE(records.size() == 1);
    CHECK(records[0].first == "knee");
    CHECK(records[0].second.best == 270.0);
    CHECK(records[0].second.attempts == 1);
    CHECK_FALSE(worker.busy());
}

TEST_CASE("[history-worker] the next start shows the records and the history is backed up once a day")
{
    TempDir dir;
    {
        HistoryWorker worker(dir.path(), "default", fixedClock());
        playThrough(worker, 1, test::placementAttempt("knee", "t", 2, 150.0));
    }
    // The backup is made between answers and never waited for at exit: the first start that
    // stays long enough makes it.
    {
        HistoryWorker worker(dir.path(), "default", fixedClock());
        for (int i = 0; i < 500 && !fs::exists(historyBackup(dir.path())); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(fs::exists(historyBackup(dir.path())));
    {
        auto backup = test::peek(historyBackup(dir.path()));
        CHECK(test::count(*backup, "SELECT COUNT(*) FROM answers") == 2);
    }
    HistoryWorker again(dir.path(), "default", fixedClock());
    const auto loaded = again.waitLoaded();
    REQUIRE(loaded);
    CHECK(loaded->records.best("knee") == 150.0);
    CHECK(loaded->records.attemptCount("knee") == 1);
}

TEST_CASE("[history-worker] answers still queued when it stops are written before it ends")
{
    TempDir dir;
    {
        HistoryWorker worker(dir.path(), "default", fixedClock());
        for (std::uint64_t id = 1; id <= 20; ++id)
            playThrough(worker, id, test::placementAttempt("knee", "t" + std::to_string(id), 3, 10.0 * id));
    }
    auto db = test::peek(historyFile(dir.path()));
    CHECK(test::count(*db, "SELECT COUNT(*) FROM answers") == 60);
    CHECK(test::count(*db, "SELECT COUNT(*) FROM attempts WHERE finished_at IS NOT NULL") == 20);
    CHECK(test::count(*db, "SELECT best_score FROM level_stats WHERE level = 'knee'") == 200);
}

TEST_CASE("[history-worker] a write that fails is reported, kept in memory, and written once writing works")
{
    TempDir dir;
    HistoryWorker worker(dir.path(), "default", fixedClock());
    REQUIRE(worker.waitLoaded());
    const Attempt a = test::placementAttempt("knee", "t", 40, 100.0);
    worker.begin(1, a);
    worker.answer(1, a.items[0], "t");
    worker.flush();
    (void)worker.takeOutcomes();
    REQUIRE(answersIn(dir.path()) == 1);

    // A file-size limit at the WAL's present size: the next commits cannot grow it.
    const auto wal = static_cast<rlim_t>(fs::file_size(historyFile(dir.path()).string() + "-wal"));
    struct rlimit saved {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    struct rlimit limited = saved;
    limited.rlim_cur = wal;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    for (std::size_t k = 1; k < a.items.size(); ++k)
        worker.answer(1, a.items[k], "t");
    worker.waitIdle();
    const auto failed = worker.takeOutcomes();
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &saved) == 0);
    REQUIRE_FALSE(failed.empty());
    CHECK_FALSE(failed.back().ok);
    CHECK(failed.back().problem == "disk I/O error");
    CHECK(answersIn(dir.path()) < 40);
    CHECK_FALSE(worker.busy()); // nothing to wait for until writing can work again

    worker.flush(); // the limit is gone: the queued answers are written, in order
    const auto after = worker.takeOutcomes();
    REQUIRE_FALSE(after.empty());
    CHECK(after.back().ok);
    CHECK(answersIn(dir.path()) == 40);
    auto db = test::peek(historyFile(dir.path()));
    CHECK(test::count(*db, "SELECT COUNT(*) FROM answers WHERE item = 'P39'") == 1);
    DbError error;
    auto check = db->prepare("PRAGMA integrity_check", error);
    REQUIRE(check.step() == SQLITE_ROW);
    CHECK(check.text(0) == "ok");
}

TEST_CASE("[history-worker] the load's notice and a history kept only in memory are reported")
{
    TempDir dir;
    const fs::path file = dir.write("not-a-folder", "x");
    HistoryWorker worker(file / "acuquest", "default", fixedClock());
    const auto loaded = worker.waitLoaded();
    REQUIRE(loaded);
    CHECK_FALSE(loaded->kept);
    CHECK(loaded->notice.find("this session's answers are kept only until you close the game") != std::string::npos);
    const Attempt a = test::placementAttempt("knee", "t", 1, 100.0);
    playThrough(worker, 1, a);
    worker.waitIdle();
    const auto records = worker.takeRecords();
    REQUIRE(records.size() == 1); // in memory, the session still sees its new best
    CHECK(records[0].second.best == 100.0);
    CHECK(TempDir::read(file) == "x");
}

TEST_CASE("[history-worker] a finished level is in the database file itself, not only in its write-ahead log")
{
    // What a power cut would leave: the main file without the -wal (docs/saves.md, synchronous).
    TempDir dir;
    HistoryWorker worker(dir.path(), "default", fixedClock());
    REQUIRE(worker.waitLoaded());
    const auto answersWithoutWal = [&] {
        const fs::path copy = dir.path() / "copy.sqlite";
        fs::remove(copy);
        fs::copy_file(historyFile(dir.path()), copy);
        auto db = test::peek(copy);
        if (test::count(*db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'answers'") == 0)
            return std::int64_t{0}; // not even the tables are in the file yet
        return test::count(*db, "SELECT COUNT(*) FROM answers");
    };
    const Attempt a = test::placementAttempt("knee", "t", 3, 270.0);
    worker.begin(1, a);
    worker.answer(1, a.items[0], "t");
    worker.waitIdle();
    CHECK(answersIn(dir.path()) == 1);
    CHECK(answersWithoutWal() == 0); // committed, in the WAL, synced within seconds
    worker.answer(1, a.items[1], "t");
    worker.answer(1, a.items[2], "t");
    worker.finish(1, a, "t");
    worker.waitIdle();
    CHECK(answersWithoutWal() == 3); // the level's end checkpoints it into the file
}
