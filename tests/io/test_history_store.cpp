#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"

#include <doctest/doctest.h>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct OpenStore {
    TempDir dir;
    OpenedHistory history = openHistory(dir.path(), 0);
    HistoryStore store{*history.db};
    std::int64_t profile = 0;
    OpenStore() { REQUIRE(!store.profileId("anna", "2026-01-01T00:00:00Z", profile)); }
    ~OpenStore() { closeHistory(history); }
};

// Plays an attempt into the store as the game does: begin, each answer, finish.
LevelRecord play(HistoryStore& store, std::int64_t profile, const Attempt& a)
{
    std::int64_t id = 0;
    REQUIRE(!store.beginAttempt(profile, a, id));
    for (const ItemResult& item : a.items)
        REQUIRE(!store.addAnswer(profile, id, item, "2026-01-01T00:00:01Z"));
    LevelRecord record;
    REQUIRE(!store.finishAttempt(profile, id, a, "2026-01-01T00:00:09Z", record));
    return record;
}

} // namespace

TEST_CASE("[history] each answer is kept with every field, and the export reads them back in order")
{
    OpenStore s;
    REQUIRE(s.history.mode == OpenedHistory::Mode::OnDisk);
    Attempt a = test::placementAttempt("lower-back", "2026-01-01T00:00:00Z", 3, 270.0);
    a.items[2].skipped = true;
    a.items[2].click.reset();
    a.items[2].distanceCun.reset();
    play(s.store, s.profile, a);

    std::vector<HistoryStore::AnswerRow> rows;
    REQUIRE(!s.store.forEachAnswer(std::nullopt, [&](const HistoryStore::AnswerRow& r) { rows.push_back(r); }));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].profile == "anna");
    CHECK(rows[0].level == "lower-back");
    CHECK(rows[0].kind == "placement");
    CHECK(rows[0].item == "P0");
    CHECK(rows[0].points == 100.0);
    CHECK(rows[0].correct);
    CHECK(rows[0].distanceCun == 0.0);
    CHECK(rows[0].mapX == 100.0);
    CHECK(rows[0].mapY == 200.5);
    CHECK(rows[0].hint == 0);
    CHECK(rows[1].hint == 1);
    CHECK(rows[1].points == 90.0);
    CHECK(rows[1].distanceCun == 0.25);
    CHECK(rows[2].skipped);
    CHECK_FALSE(rows[2].mapX);
    CHECK_FALSE(rows[2].distanceCun);
    CHECK(rows[2].answeredAt == "2026-01-01T00:00:01Z");
}

TEST_CASE("[history] a level's record: every attempt counted, the best of the completed ones")
{
    OpenStore s;
    LevelRecord r = play(s.store, s.profile, test::placementAttempt("knee", "t1", 2, 150.0));
    CHECK(r.attempts == 1);
    CHECK(r.best == 150.0);
    CHECK(r.bestMax == 200.0);

    Attempt abandoned = test::placementAttempt("knee", "t2", 2, 190.0);
    abandoned.completed = false;
    r = play(s.store, s.profile, abandoned);
    CHECK(r.attempts == 2);
    CHECK(r.best == 150.0); // an abandoned attempt is no best, however high

    Attempt better = test::placementAttempt("knee", "t3", 3, 260.0);
    r = play(s.store, s.profile, better);
    CHECK(r.attempts == 3);
    CHECK(r.best == 260.0);
    CHECK(r.bestMax == 300.0);

    // An attempt the game never finished (it was killed) is counted, and is no best.
    std::int64_t id = 0;
    REQUIRE(!s.store.beginAttempt(s.profile, test::placementAttempt("knee", "t4", 1, 999.0), id));
    LevelRecords records;
    REQUIRE(!s.store.levelRecords(s.profile, records));
    CHECK(records.attemptCount("knee") == 4);
    CHECK(records.best("knee") == 260.0);
    CHECK_FALSE(records.best("hand"));
}

TEST_CASE("[history] profiles are rows: each has its own records")
{
    OpenStore s;
    std::int64_t other = 0;
    REQUIRE(!s.store.profileId("Zoë, \"the\" tester", "2026-01-01T00:00:00Z", other));
    CHECK(other != s.profile);
    std::int64_t again = 0;
    REQUIRE(!s.store.profileId("anna", "later", again));
    CHECK(again == s.profile);
    play(s.store, s.profile, test::placementAttempt("knee", "t1", 1, 50.0));
    play(s.store, other, test::placementAttempt("knee", "t1", 1, 80.0));
    LevelRecords annas, others;
    REQUIRE(!s.store.levelRecords(s.profile, annas));
    REQUIRE(!s.store.levelRecords(other, others));
    CHECK(annas.best("knee") == 50.0);
    CHECK(others.best("knee") == 80.0);
    CHECK(annas.attemptCount("knee") == 1);
}

TEST_CASE("[history] two copies of the game writing one profile in turns lose nothing and undo nothing")
{
    TempDir dir;
    OpenedHistory first = openHistory(dir.path(), 0);
    OpenedHistory second = openHistory(dir.path(), 0);
    REQUIRE(first.mode == OpenedHistory::Mode::OnDisk);
    REQUIRE(second.mode == OpenedHistory::Mode::OnDisk);
    HistoryStore a(*first.db), b(*second.db);
    std::int64_t pa = 0, pb = 0;
    REQUIRE(!a.profileId("default", "t", pa));
    REQUIRE(!b.profileId("default", "t", pb));
    CHECK(pa == pb);
    // Interleaved: each copy's record is recomputed from the rows, so the second copy's best
    // counts the first copy's attempts too.
    std::int64_t ida = 0, idb = 0;
    const Attempt high = test::placementAttempt("knee", "a", 2, 190.0);
    const Attempt low = test::placementAttempt("knee", "b", 2, 20.0);
    REQUIRE(!a.beginAttempt(pa, high, ida));
    REQUIRE(!b.beginAttempt(pb, low, idb));
    REQUIRE(!a.addAnswer(pa, ida, high.items[0], "t"));
    REQUIRE(!b.addAnswer(pb, idb, low.items[0], "t"));
    LevelRecord ra, rb;
    REQUIRE(!a.finishAttempt(pa, ida, high, "t", ra));
    REQUIRE(!b.finishAttempt(pb, idb, low, "t", rb));
    CHECK(rb.best == 190.0);
    CHECK(rb.attempts == 2);
    auto look = test::peek(historyFile(dir.path()));
    CHECK(test::count(*look, "SELECT COUNT(*) FROM answers") == 2);
    closeHistory(first);
    closeHistory(second);
}

TEST_CASE("[history] an answer that reviews a card moves its schedule once a day, from the stored row")
{
    OpenStore s;
    std::int64_t attempt = 0;
    REQUIRE(!s.store.beginAttempt(s.profile, test::placementAttempt("knee", "t", 1, 0), attempt));
    ItemResult item;
    item.id = "BL40";
    item.maxPoints = 100;
    item.card = "shipped|point|BL40";
    item.grade = Grade::Again;
    ReviewResult first;
    REQUIRE(!s.store.addAnswer(s.profile, attempt, item, "t", 100, Fsrs(), &first));
    CHECK(first.scheduled);
    CHECK(first.schedule.dueDay == 101);
    item.grade = Grade::Easy;
    ReviewResult again;
    REQUIRE(!s.store.addAnswer(s.profile, attempt, item, "t", 100, Fsrs(), &again));
    CHECK_FALSE(again.scheduled); // the same day: recorded only
    item.extra = true;
    REQUIRE(!s.store.addAnswer(s.profile, attempt, item, "t", 101, Fsrs()));
    std::map<std::string, CardSchedule> cards;
    std::size_t newToday = 0;
    REQUIRE(!s.store.cardSchedules(s.profile, 100, cards, newToday));
    REQUIRE(cards.count("shipped|point|BL40") == 1);
    CHECK(cards["shipped|point|BL40"].dueDay == 101); // neither the same-day nor the extra answer moved it
    CHECK(cards["shipped|point|BL40"].reviews == 1);
    CHECK(newToday == 1);
    CHECK(test::count(*s.history.db, "SELECT COUNT(*) FROM answers WHERE card = 'shipped|point|BL40'") == 3);
    CHECK(test::count(*s.history.db, "SELECT SUM(scheduled) FROM answers") == 1);
}
