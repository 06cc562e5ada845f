#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/ProgressXml.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"
#include "io/history/OldSaveImport.h"

#include <doctest/doctest.h>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A first-release save: a placement level (one attempt with a skip), a matching level, naming.
Progress firstReleaseSave()
{
    Progress p;
    Attempt placement = test::placementAttempt("lower-back", "2024-05-01T10:00:00Z", 2, 190.0);
    placement.items[1].click.reset(); // skipped: the first release kept no mark and no distance
    placement.items[1].distanceCun.reset();
    placement.items[1].points = 0;
    for (ItemResult& item : placement.items)
        item.hinted.reset();
    p.add(placement);
    Attempt better = test::placementAttempt("lower-back", "2024-05-02T10:00:00Z", 2, 195.0);
    p.add(better);
    Attempt matching;
    matching.levelId = "causes";
    matching.startedAt = "2024-05-03T10:00:00Z";
    matching.seconds = 61.4;
    matching.score = 17;
    matching.maxScore = 20;
    ItemResult pair;
    pair.id = "herniated-disc";
    pair.points = 10;
    pair.maxPoints = 10;
    pair.mistakes = 1;
    matching.items.push_back(pair);
    p.add(matching);
    Attempt naming = test::placementAttempt("lower-back#name", "2024-05-04T10:00:00Z", 1, 100.0);
    naming.items[0].click.reset();
    naming.items[0].distanceCun.reset();
    p.add(naming);
    return p;
}

struct Imported {
    std::int64_t attempts, answers;
};

Imported countsIn(Database& db)
{
    return {test::count(db, "SELECT COUNT(*) FROM attempts"), test::count(db, "SELECT COUNT(*) FROM answers")};
}

} // namespace

TEST_CASE("[import] a first-release save is imported whole, then renamed, never deleted")
{
    TempDir dir;
    const std::string xml = progressToXml(firstReleaseSave());
    dir.write("profiles/default/progress.xml", xml);
    OpenedHistory h = openHistory(dir.path(), 0);
    const ImportOutcome outcome = importOldSaves(*h.db, dir.path(), "2026-12-06T00:00:00Z", false);
    CHECK(outcome.filesImported == 1);
    CHECK(outcome.notice.empty());
    CHECK_FALSE(fs::exists(dir.path() / "profiles/default/progress.xml"));
    CHECK(TempDir::read(dir.path() / "profiles/default/progress.xml.imported") == xml);

    const Imported n = countsIn(*h.db);
    CHECK(n.attempts == 4);
    CHECK(n.answers == 6);
    HistoryStore store(*h.db);
    std::int64_t profile = 0;
    REQUIRE(!store.profileId("default", "t", profile));
    LevelRecords records;
    REQUIRE(!store.levelRecords(profile, records));
    CHECK(records.best("lower-back") == 195.0);
    CHECK(records.attemptCount("lower-back") == 2);
    CHECK(records.best("causes") == 17.0);
    CHECK(records.best("lower-back#name") == 100.0);

    std::vector<HistoryStore::AnswerRow> rows;
    REQUIRE(!store.forEachAnswer("default", [&](const HistoryStore::AnswerRow& r) { rows.push_back(r); }));
    REQUIRE(rows.size() == 6);
    // No time per answer, no hint flag, skips as zero-point answers (docs/saves.md).
    CHECK(rows[0].answeredAt == "2024-05-01T10:00:00Z");
    CHECK_FALSE(rows[0].hint);
    CHECK(rows[0].kind == "placement");
    CHECK(rows[1].skipped);
    CHECK(rows[1].points == 0.0);
    CHECK(rows[4].kind == "matching");
    CHECK(rows[4].mistakes == 1);
    CHECK(rows[5].kind == "naming");
    CHECK_FALSE(rows[5].skipped);
    closeHistory(h);
}

TEST_CASE("[import] killed between the commit and the rename: the next start only renames")
{
    TempDir dir;
    const std::string xml = progressToXml(firstReleaseSave());
    dir.write("profiles/default/progress.xml", xml);
    OpenedHistory h = openHistory(dir.path(), 0);
    importOldSaves(*h.db, dir.path(), "t", false);
    // As if the rename had never happened.
    fs::rename(dir.path() / "profiles/default/progress.xml.imported", dir.path() / "profiles/default/progress.xml");
    const ImportOutcome again = importOldSaves(*h.db, dir.path(), "t", false);
    CHECK(again.filesImported == 1);
    CHECK(countsIn(*h.db).attempts == 4); // not twice
    CHECK(fs::exists(dir.path() / "profiles/default/progress.xml.imported"));
    CHECK_FALSE(fs::exists(dir.path() / "profiles/default/progress.xml"));
    closeHistory(h);
}

TEST_CASE("[import] an import that fails leaves the file and imports it whole next time")
{
    TempDir dir;
    dir.write("profiles/default/progress.xml", progressToXml(firstReleaseSave()));
    OpenedHistory h = openHistory(dir.path(), 0);
    // Another program holds the write lock (as a copy of the game in a long write would).
    DbError error;
    auto other = Database::open(historyFile(dir.path()).string(), SQLITE_OPEN_READWRITE, error);
    REQUIRE(!other->exec("BEGIN IMMEDIATE"));
    sqlite3_busy_timeout(h.db->handle(), 50);
    const ImportOutcome failed = importOldSaves(*h.db, dir.path(), "t", false);
    CHECK(failed.filesImported == 0);
    CHECK(failed.notice.find("could not be imported") != std::string::npos);
    CHECK(fs::exists(dir.path() / "profiles/default/progress.xml"));
    REQUIRE(!other->exec("ROLLBACK"));
    const ImportOutcome later = importOldSaves(*h.db, dir.path(), "t", false);
    CHECK(later.filesImported == 1);
    CHECK(countsIn(*h.db).attempts == 4);
    closeHistory(h);
}

TEST_CASE("[import] a damaged save is kept aside, its backup imported, and the player told")
{
    TempDir dir;
    dir.write("profiles/anna/progress.xml", "<acuquest-progress format=\"1\"><attempt");
    dir.write("profiles/anna/progress.xml.bak", progressToXml(firstReleaseSave()));
    OpenedHistory h = openHistory(dir.path(), 0);
    const ImportOutcome outcome = importOldSaves(*h.db, dir.path(), "t", false);
    CHECK(outcome.filesImported == 1);
    CHECK(outcome.notice.find("was damaged (progress.xml:1: not well-formed XML") != std::string::npos);
    CHECK(outcome.notice.find("it was kept as progress.xml.corrupt-1 and its backup progress.xml.bak was imported "
                              "instead.") != std::string::npos);
    CHECK(TempDir::read(dir.path() / "profiles/anna/progress.xml.corrupt-1") == "<acuquest-progress format=\"1\"><attempt");
    CHECK(fs::exists(dir.path() / "profiles/anna/progress.xml.bak.imported"));
    CHECK(countsIn(*h.db).attempts == 4);
    closeHistory(h);
}

TEST_CASE("[import] into a history that is not kept, the files stay as they are")
{
    TempDir dir;
    dir.write("profiles/default/progress.xml", progressToXml(firstReleaseSave()));
    OpenedHistory h = openHistory(dir.path(), 0);
    const ImportOutcome outcome = importOldSaves(*h.db, dir.path(), "t", true);
    CHECK(outcome.filesImported == 1);
    CHECK(fs::exists(dir.path() / "profiles/default/progress.xml"));
    closeHistory(h);
}
