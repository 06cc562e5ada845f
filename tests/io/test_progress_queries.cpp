// The progress screen's read queries on a real database, the worker's reads, the migration's
// derived card counts, and the documents folder the export goes to.
#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/DocumentsFolder.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistorySchema.h"
#include "io/history/HistoryStore.h"
#include "io/history/HistoryWorker.h"

#include <doctest/doctest.h>

#include <fstream>
#include <future>
#include <string>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct OpenStore {
    TempDir dir;
    OpenedHistory history = openHistory(dir.path(), 0);
    HistoryStore store{*history.db};
    std::int64_t profile = 0;
    std::int64_t other = 0;
    OpenStore()
    {
        REQUIRE(!store.profileId("anna", "2026-01-01T00:00:00Z", profile));
        REQUIRE(!store.profileId("ben", "2026-01-01T00:00:00Z", other));
    }
    ~OpenStore() { closeHistory(history); }
};

ItemResult answer(const std::string& id, Grade grade, const std::string& named = "")
{
    ItemResult item;
    item.id = id;
    item.maxPoints = 100.0;
    item.points = grade == Grade::Again ? 0.0 : 100.0;
    item.correct = grade != Grade::Again;
    item.card = "shipped|point|" + id;
    item.grade = grade;
    item.namedPoint = named;
    return item;
}

// One attempt of `items` on `day`, finished with `score`.
void play(HistoryStore& store, std::int64_t profile, const std::vector<ItemResult>& items, std::int64_t day,
          double score = 100.0, const std::string& level = "lower-back")
{
    Attempt a = test::placementAttempt(level, "2026-01-01T00:00:00Z", 0, score);
    a.maxScore = 500.0;
    std::int64_t id = 0;
    REQUIRE(!store.beginAttempt(profile, a, id));
    for (const ItemResult& item : items)
        REQUIRE(!store.addAnswer(profile, id, item, "2026-01-01T00:00:01Z", day));
    LevelRecord record;
    REQUIRE(!store.finishAttempt(profile, id, a, "2026-01-0" + std::to_string(day % 9 + 1) + "T00:00:09Z", record));
}

} // namespace

TEST_CASE("[progress] the cards missed most count every answer graded Again, the profile's own")
{
    OpenStore s;
    play(s.store, s.profile, {answer("BL23", Grade::Good), answer("BL52", Grade::Again), answer("GV4", Grade::Again)}, 1);
    play(s.store, s.profile, {answer("BL52", Grade::Again), answer("BL52", Grade::Again)}, 2); // the same day twice
    play(s.store, s.other, {answer("BL23", Grade::Again)}, 1);
    std::vector<HistoryStore::MissedCard> missed;
    REQUIRE(!s.store.missedMost(s.profile, 10, missed));
    REQUIRE(missed.size() == 2);
    CHECK(missed[0].card == "shipped|point|BL52");
    CHECK(missed[0].missed == 3);
    CHECK(missed[0].asked == 3);
    CHECK(missed[1].card == "shipped|point|GV4");
    CHECK(missed[1].missed == 1);
    REQUIRE(!s.store.missedMost(s.profile, 1, missed));
    CHECK(missed.size() == 1);
    REQUIRE(!s.store.missedMost(s.other, 10, missed));
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].card == "shipped|point|BL23");
}

TEST_CASE("[progress] the named wrong points: the point placed when another was asked, most often first")
{
    OpenStore s;
    play(s.store, s.profile,
         {answer("BL25", Grade::Again, "BL23"), answer("BL52", Grade::Again, "BL23"), answer("GV4", Grade::Again)}, 1);
    play(s.store, s.profile, {answer("BL25", Grade::Again, "BL23")}, 2);
    play(s.store, s.other, {answer("LI4", Grade::Again, "SI3")}, 1);
    std::vector<HistoryStore::NamedInstead> named;
    REQUIRE(!s.store.namedInstead(s.profile, 10, named));
    REQUIRE(named.size() == 2);
    CHECK(named[0].asked == "BL25");
    CHECK(named[0].named == "BL23");
    CHECK(named[0].times == 2);
    CHECK(named[1].asked == "BL52");
    CHECK(named[1].times == 1);
    CHECK(test::count(*s.history.db, "SELECT COUNT(*) FROM answers WHERE named IS NULL") == 1); // the raw fact too
    CHECK(test::count(*s.history.db, "SELECT COUNT(*) FROM answers WHERE named = 'BL23'") == 3);
}

TEST_CASE("[progress] scores over time: the level's finished attempts, the last ones, oldest first")
{
    OpenStore s;
    for (int day = 1; day <= 4; ++day)
        play(s.store, s.profile, {answer("BL23", Grade::Good)}, day, 100.0 * day);
    play(s.store, s.profile, {answer("LI4", Grade::Good)}, 5, 50.0, "hand");
    std::vector<HistoryStore::ScoreAt> scores;
    REQUIRE(!s.store.scoresOverTime(s.profile, "lower-back", 3, scores));
    REQUIRE(scores.size() == 3);
    CHECK(scores[0].score == 200.0);
    CHECK(scores[2].score == 400.0);
    CHECK(scores[2].max == 500.0);
    CHECK(scores[2].finishedAt == "2026-01-05T00:00:09Z");
}

namespace {
ItemResult placed(const std::string& id, double x, double y, double cun)
{
    ItemResult item = answer(id, cun <= 0.5 ? Grade::Good : Grade::Again);
    item.click = Vec2{x, y};
    item.distanceCun = cun;
    return item;
}
} // namespace

TEST_CASE("[progress] a point's placements: the profile's marks for it, the last ones, oldest first")
{
    OpenStore s;
    play(s.store, s.profile, {placed("BL23", 10, 20, 2.0), placed("BL52", 50, 50, 0.1)}, 1);
    ItemResult skipped = answer("BL23", Grade::Again);
    skipped.skipped = true; // nothing placed: no mark to draw
    play(s.store, s.profile, {skipped, placed("BL23", 11, 21, 1.0)}, 2, 100.0, "lower-back-closeup");
    play(s.store, s.other, {placed("BL23", 99, 99, 3.0)}, 2);
    play(s.store, s.profile, {placed("BL23", 12, 22, 0.5)}, 3, 100.0, "practice");

    std::vector<HistoryStore::Placement> marks;
    REQUIRE(!s.store.placementsOf(s.profile, "BL23", 10, marks));
    REQUIRE(marks.size() == 3);
    CHECK(marks[0].mark.x == 10.0);
    CHECK(marks[0].mark.y == 20.0);
    CHECK(marks[0].level == "lower-back");
    CHECK(marks[0].distanceCun == doctest::Approx(2.0));
    CHECK(marks[1].level == "lower-back-closeup");
    CHECK(marks[2].level == "practice");
    CHECK(marks[2].card == "shipped|point|BL23");
    CHECK(marks[2].answeredAt == "2026-01-01T00:00:01Z");

    REQUIRE(!s.store.placementsOf(s.profile, "BL23", 2, marks)); // the last two
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].mark.x == 11.0);
    CHECK(marks[1].mark.x == 12.0);
    REQUIRE(!s.store.placementsOf(s.other, "BL23", 10, marks));
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].mark.x == 99.0);
    REQUIRE(!s.store.placementsOf(s.profile, "GV4", 10, marks));
    CHECK(marks.empty());
}

TEST_CASE("[progress] the queries read the derived rows by their keys, not every answer")
{
    OpenStore s;
    const auto plan = [&](const std::string& sql) {
        DbError error;
        Statement stmt = s.history.db->prepare("EXPLAIN QUERY PLAN " + sql, error);
        REQUIRE_MESSAGE(!error, error.message);
        std::string text;
        while (stmt.step() == SQLITE_ROW)
            text += stmt.text(3) + "; ";
        return text;
    };
    const std::string named = plan("SELECT item, named, times FROM named_points WHERE profile_id = 1 ORDER BY times DESC");
    CAPTURE(named);
    CHECK(named.find("SEARCH named_points USING PRIMARY KEY (profile_id=?)") != std::string::npos);
    const std::string missed = plan("SELECT card, missed, asked FROM cards WHERE profile_id = 1 AND missed > 0");
    CAPTURE(missed);
    CHECK(missed.find("SCAN") == std::string::npos);
    const std::string marks = plan("SELECT a.level FROM answers n JOIN attempts a ON a.id = n.attempt_id WHERE n.item = "
                                   "'BL23' AND a.profile_id = 1 AND n.map_x IS NOT NULL ORDER BY n.attempt_id DESC, "
                                   "n.id DESC LIMIT 10");
    CAPTURE(marks);
    CHECK(marks.find("SEARCH n USING INDEX answers_by_item (item=?)") != std::string::npos);
    CHECK(marks.find("TEMP B-TREE") == std::string::npos); // in index order: the scan stops at the limit
}

TEST_CASE("[progress] a read on the save thread sees the answers queued before it")
{
    TempDir dir;
    HistoryWorker worker(dir.path(), "anna", [] { return std::int64_t{1'700'000'000}; });
    Attempt a = test::placementAttempt("lower-back", "2026-01-01T00:00:00Z", 0, 0.0);
    worker.begin(1, a);
    worker.answer(1, answer("BL52", Grade::Again, "BL23"), "2026-01-01T00:00:01Z");
    auto promise = std::make_shared<std::promise<std::size_t>>();
    auto result = promise->get_future();
    worker.read([promise](HistoryStore* store, std::int64_t profile) {
        std::vector<HistoryStore::NamedInstead> named;
        if (!store || store->namedInstead(profile, 10, named))
            promise->set_value(99);
        else
            promise->set_value(named.size());
    });
    worker.waitIdle(); // reads count as work: scripted checks wait for them
    REQUIRE(result.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    CHECK(result.get() == 1);
}

TEST_CASE("[progress] the migration to version 4 counts each card's answers and misses from the history")
{
    TempDir dir;
    {
        DbError error;
        auto db = Database::open(historyFile(dir.path()).string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
        REQUIRE(!db->exec(TempDir::read(fs::path(ACUQUEST_SOURCE_DIR) / "tests/io/fixtures/history-v3.sql")));
    }
    OpenedHistory h = openHistory(dir.path(), 0);
    HistoryStore store(*h.db);
    std::vector<HistoryStore::MissedCard> missed;
    REQUIRE(!store.missedMost(1, 10, missed));
    REQUIRE(missed.size() == 2);
    CHECK(missed[0].card == "shipped|point|BL52");
    CHECK(missed[0].missed == 2);
    CHECK(missed[0].asked == 3);
    CHECK(missed[1].card == "shipped|point|GV4");
    closeHistory(h);
}

TEST_CASE("[progress] the documents folder as xdg-user-dir DOCUMENTS reads user-dirs.dirs")
{
    const fs::path home = "/home/zoë";
    CHECK(documentsDirFrom("# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n", home) ==
          home / "Dokumente");
    CHECK(documentsDirFrom("XDG_DOCUMENTS_DIR=\"/srv/docs\"\r\n", home) == fs::path("/srv/docs"));
    CHECK(documentsDirFrom("XDG_DOCUMENTS_DIR=\"$HOME/My \\\"Docs\\\"\"", home) == home / "My \"Docs\"");
    CHECK(documentsDirFrom("XDG_DOCUMENTS_DIR=\"$HOME\"", home) == home);
    CHECK_FALSE(documentsDirFrom("XDG_DESKTOP_DIR=\"$HOME/Desktop\"\n", home));
    CHECK_FALSE(documentsDirFrom("XDG_DOCUMENTS_DIR=$HOME/Documents\n", home)); // unquoted: not the format
    CHECK_FALSE(documentsDirFrom("XDG_DOCUMENTS_DIR=\"relative/docs\"", home));
    CHECK_FALSE(documentsDirFrom("", home));

    TempDir dir;
    const char* oldHome = std::getenv("HOME");
    const std::string savedHome = oldHome ? oldHome : "";
    setenv("HOME", (dir.path() / "home").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (dir.path() / "config").c_str(), 1);
    CHECK(documentsFolder() == dir.path() / "home"); // no user-dirs.dirs: $HOME
    fs::create_directories(dir.path() / "config");
    std::ofstream(dir.path() / "config" / "user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n";
    CHECK(documentsFolder() == dir.path() / "home" / "Papers");
    unsetenv("XDG_CONFIG_HOME");
    setenv("HOME", savedHome.c_str(), 1);
}
