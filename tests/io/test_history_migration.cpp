#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistorySchema.h"
#include "io/history/HistoryStore.h"

#include <doctest/doctest.h>

#include <map>
#include <vector>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(ACUQUEST_SOURCE_DIR) / "tests" / "io" / "fixtures";

using Columns = std::map<std::string, std::string>; // table -> its columns, comma-separated

// Every row of every table, the given columns as text, in order: what must survive a
// migration (a later version may add columns, never drop or change one).
std::map<std::string, std::vector<std::string>> contents(Database& db, const Columns& tables)
{
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& [table, columns] : tables) {
        DbError error;
        Statement rows = db.prepare("SELECT " + columns + " FROM \"" + table + "\" ORDER BY " + columns, error);
        REQUIRE_MESSAGE(!error, error.message);
        while (rows.step() == SQLITE_ROW) {
            std::string line;
            for (int c = 0; c < rows.columnCount(); ++c)
                line += (rows.isNull(c) ? std::string("NULL") : rows.text(c)) + "|";
            out[table].push_back(line);
        }
    }
    return out;
}

Columns tablesOf(Database& db)
{
    Columns out;
    DbError error;
    Statement stmt = db.prepare("SELECT m.name, group_concat(p.name, ', ') FROM sqlite_master m, "
                                "pragma_table_info(m.name) p WHERE m.type = 'table' GROUP BY m.name ORDER BY m.name",
                                error);
    REQUIRE_MESSAGE(!error, error.message);
    while (stmt.step() == SQLITE_ROW)
        out[stmt.text(0)] = stmt.text(1);
    return out;
}

} // namespace

TEST_CASE("[history-migration] a database of every earlier version opens with nothing lost")
{
    for (int version = 1; version < kHistorySchemaVersion; ++version) {
        CAPTURE(version);
        const fs::path fixture = kFixtures / ("history-v" + std::to_string(version) + ".sql");
        // A new schema version needs a fixture of the one before it.
        REQUIRE_MESSAGE(fs::exists(fixture), "no fixture for version ", version);
        TempDir dir;
        Columns tables;
        std::map<std::string, std::vector<std::string>> before;
        {
            DbError error;
            auto db = Database::open(historyFile(dir.path()).string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
            REQUIRE(db);
            REQUIRE(!db->exec(TempDir::read(fixture)));
            REQUIRE(test::count(*db, "PRAGMA user_version") == version);
            tables = tablesOf(*db);
            before = contents(*db, tables);
            REQUIRE(before["answers"].size() > 0);
        }
        OpenedHistory h = openHistory(dir.path(), 0);
        REQUIRE(h.mode == OpenedHistory::Mode::OnDisk);
        CHECK(h.notice.empty());
        CHECK(test::count(*h.db, "PRAGMA user_version") == kHistorySchemaVersion);
        CHECK(contents(*h.db, tables) == before);
        closeHistory(h);
    }
}

TEST_CASE("[history-migration] from version 1: each level's record is computed from the attempts kept")
{
    TempDir dir;
    {
        DbError error;
        auto db = Database::open(historyFile(dir.path()).string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
        REQUIRE(!db->exec(TempDir::read(kFixtures / "history-v1.sql")));
    }
    OpenedHistory h = openHistory(dir.path(), 0);
    HistoryStore store(*h.db);
    std::int64_t profile = 0, other = 0;
    REQUIRE(!store.profileId("default", "t", profile));
    REQUIRE(!store.profileId("Zoë, \"the\" tester", "t", other));
    CHECK(profile == 1);
    CHECK(other == 2);
    LevelRecords records, others;
    REQUIRE(!store.levelRecords(profile, records));
    REQUIRE(!store.levelRecords(other, others));
    CHECK(records.attemptCount("lower-back") == 3);
    CHECK(records.best("lower-back") == 455.0); // 490 was abandoned
    CHECK(records.bestMax("lower-back") == 500.0);
    CHECK(records.attemptCount("causes") == 1);
    CHECK_FALSE(records.best("causes")); // never finished
    CHECK(others.best("lower-back#name") == 300.0);
    CHECK(records.size() == 2);
    closeHistory(h);
}

TEST_CASE("[history-migration] the schema is built step by step: each earlier version is reachable")
{
    TempDir dir;
    DbError error;
    auto db = Database::open(":memory:", SQLITE_OPEN_READWRITE, error);
    REQUIRE(db);
    for (int version = 1; version <= kHistorySchemaVersion; ++version) {
        const MigrationOutcome step = migrateHistory(*db, version);
        REQUIRE_MESSAGE(!step.error, step.error.message);
        CHECK(step.foundVersion == version - 1);
        CHECK(test::count(*db, "PRAGMA user_version") == version);
    }
    const MigrationOutcome again = migrateHistory(*db);
    CHECK(again.foundVersion == kHistorySchemaVersion); // up to date: nothing to do
    REQUIRE(!db->exec("PRAGMA user_version = 99"));
    const MigrationOutcome newer = migrateHistory(*db);
    CHECK(newer.tooNew());
    CHECK(test::count(*db, "PRAGMA user_version") == 99);
}
