// The save thread: it loads the profile, saves each attempt soon after it is added, reports
// failures in order, retries once when asked and never drops what was queued.
#include "TempDir.h"
#include "io/SaveWorker.h"

#include <doctest/doctest.h>

#include <string>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

Attempt attempt(const std::string& level, double score)
{
    Attempt a;
    a.levelId = level;
    a.startedAt = "2026-11-25T10:00:00Z";
    a.seconds = 3.5;
    a.score = score;
    a.maxScore = 10.0;
    a.items.push_back({"BL23", score, 10.0, score == 10.0, 0.5, Vec2{1.0, 2.0}, 0});
    return a;
}

Progress loadedFrom(const fs::path& folder)
{
    ProgressStore store(folder);
    const LoadOutcome outcome = store.load();
    CHECK(outcome.notice.empty());
    return outcome.progress;
}

} // namespace

TEST_CASE("[save-worker] it loads the existing save, then adds each attempt to it on disk")
{
    TempDir dir;
    Progress before;
    before.add(attempt("causes", 4.0));
    REQUIRE(ProgressStore(dir.path()).save(before).ok);

    SaveWorker worker(dir.path());
    const std::optional<LoadOutcome> loaded = worker.waitLoaded();
    REQUIRE(loaded);
    REQUIRE(loaded->progress.attempts().size() == 1);
    CHECK_FALSE(worker.takeLoaded()); // taken once
    worker.add(attempt("lower-back", 7.0));
    worker.add(attempt("hand", 10.0));
    worker.waitIdle();
    CHECK_FALSE(worker.busy());
    const Progress onDisk = loadedFrom(dir.path());
    REQUIRE(onDisk.attempts().size() == 3);
    CHECK(onDisk.attempts()[0].levelId == "causes");
    CHECK(onDisk.attempts()[1].levelId == "lower-back");
    CHECK(onDisk.attempts()[2].score == 10.0);
    for (const SaveOutcome& outcome : worker.takeOutcomes())
        CHECK(outcome.ok);
    CHECK(worker.takeOutcomes().empty());
}

TEST_CASE("[save-worker] a damaged save's notice comes with the load")
{
    TempDir dir;
    dir.write("progress.xml", "<acuquest-progress format=\"1\"><attempt");
    SaveWorker worker(dir.path());
    const std::optional<LoadOutcome> loaded = worker.waitLoaded();
    REQUIRE(loaded);
    CHECK(loaded->progress.attempts().empty());
    CHECK(loaded->notice.find("Your save was damaged") == 0);
    CHECK(fs::exists(dir.path() / "progress.xml.corrupt-1"));
}

TEST_CASE("[save-worker] attempts queued when it stops are saved before it ends")
{
    TempDir dir;
    {
        SaveWorker worker(dir.path());
        for (int i = 0; i < 20; ++i)
            worker.add(attempt("level-" + std::to_string(i), i));
    } // no flush: the destructor must not drop them
    const Progress onDisk = loadedFrom(dir.path());
    REQUIRE(onDisk.attempts().size() == 20);
    CHECK(onDisk.attempts().back().levelId == "level-19");
}

TEST_CASE("[save-worker] a save that fails is reported, kept in memory and saved with the next one")
{
    TempDir dir;
    const fs::path profile = dir.path() / "profile";
    dir.write("profile", "a file where the folder should be");
    SaveWorker worker(profile);
    REQUIRE(worker.waitLoaded());
    worker.add(attempt("causes", 1.0));
    worker.waitIdle();
    std::vector<SaveOutcome> outcomes = worker.takeOutcomes();
    REQUIRE(outcomes.size() == 1);
    CHECK_FALSE(outcomes[0].ok);
    CHECK(outcomes[0].problem.find("cannot create the folder") == 0);

    // flush tries once more, and fails the same way.
    worker.flush();
    outcomes = worker.takeOutcomes();
    REQUIRE(outcomes.size() == 1);
    CHECK_FALSE(outcomes[0].ok);

    // The way clears: the next save holds the earlier attempt as well.
    fs::remove(profile);
    worker.add(attempt("hand", 2.0));
    worker.waitIdle();
    outcomes = worker.takeOutcomes();
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes[0].ok);
    const Progress onDisk = loadedFrom(profile);
    REQUIRE(onDisk.attempts().size() == 2);
    CHECK(onDisk.attempts()[0].levelId == "causes");
}

TEST_CASE("[save-worker] flush after a good save writes nothing again")
{
    TempDir dir;
    SaveWorker worker(dir.path());
    worker.add(attempt("causes", 1.0));
    worker.waitIdle();
    REQUIRE(worker.takeOutcomes().size() == 1);
    const auto written = fs::last_write_time(dir.path() / "progress.xml");
    worker.flush();
    CHECK(worker.takeOutcomes().empty());
    CHECK(fs::last_write_time(dir.path() / "progress.xml") == written);
}
