// Profiles managed in the game: listed, renamed, deleted with their answers kept, brought back.
#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/history/CsvExport.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace acq;
using acq::test::TempDir;

namespace {

struct Store {
    TempDir dir;
    OpenedHistory history = openHistory(dir.path(), 0);
    HistoryStore store{*history.db};
    ~Store() { closeHistory(history); }

    std::int64_t play(const std::string& profile, const std::string& startedAt)
    {
        std::int64_t id = 0, attempt = 0;
        REQUIRE(!store.profileId(profile, "2026-01-01T00:00:00Z", id));
        const Attempt a = test::placementAttempt("lower-back", startedAt, 2, 190.0);
        REQUIRE(!store.beginAttempt(id, a, attempt));
        for (const ItemResult& item : a.items)
            REQUIRE(!store.addAnswer(id, attempt, item, startedAt));
        LevelRecord record;
        REQUIRE(!store.finishAttempt(id, attempt, a, startedAt, record));
        return id;
    }
    std::vector<std::string> names()
    {
        std::vector<HistoryStore::ProfileRow> rows;
        REQUIRE(!store.profiles(rows));
        std::vector<std::string> out;
        for (const auto& r : rows)
            out.push_back(r.name);
        return out;
    }
};

const std::string kAwkward = "Zoë 'Lu' 李";

} // namespace

TEST_CASE("[profiles] the list: every profile by name, with its attempts and its last start")
{
    Store s;
    s.play(kAwkward, "2026-01-02T10:00:00Z");
    s.play(kAwkward, "2026-01-03T10:00:00Z");
    std::int64_t id = 0;
    REQUIRE(!s.store.profileId("anna", "2026-01-01T00:00:00Z", id)); // never played
    std::vector<HistoryStore::ProfileRow> rows;
    REQUIRE(!s.store.profiles(rows));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == "anna");
    CHECK(rows[0].attempts == 0);
    CHECK(rows[0].lastPlayed.empty());
    CHECK(rows[1].name == kAwkward);
    CHECK(rows[1].attempts == 2);
    CHECK(rows[1].lastPlayed == "2026-01-03T10:00:00Z");
}

TEST_CASE("[profiles] a rename keeps the answers under the new name, and refuses a name in use")
{
    Store s;
    const std::int64_t id = s.play("anna", "2026-01-02T10:00:00Z");
    s.play("ben", "2026-01-02T11:00:00Z");
    bool taken = false;
    REQUIRE(!s.store.renameProfile("anna", kAwkward, "t", taken));
    CHECK_FALSE(taken);
    CHECK(s.names() == std::vector<std::string>{"ben", kAwkward});
    std::int64_t same = 0;
    REQUIRE(!s.store.profileId(kAwkward, "t", same));
    CHECK(same == id); // the same row: its attempts and cards go with it
    const DbError refused = s.store.renameProfile(kAwkward, "ben", "t", taken);
    CHECK(refused);
    CHECK(taken);
    CHECK(s.names() == std::vector<std::string>{"ben", kAwkward});
    REQUIRE(!s.store.renameProfile("carl", "dora", "t", taken)); // not made yet: made under the new name
    CHECK(s.names() == std::vector<std::string>{"ben", "dora", kAwkward});
}

TEST_CASE("[profiles] a deleted profile leaves the list, keeps every answer, and comes back when named")
{
    Store s;
    const std::int64_t id = s.play(kAwkward, "2026-01-02T10:00:00Z");
    s.play("ben", "2026-01-02T11:00:00Z");
    std::string keptAs;
    REQUIRE(!s.store.deleteProfile(kAwkward, "2026-01-05T08:00:00Z", keptAs));
    CHECK(keptAs == kAwkward + " (deleted 2026-01-05T08:00:00Z)");
    CHECK(s.names() == std::vector<std::string>{"ben"});
    CHECK(test::count(*s.history.db, "SELECT COUNT(*) FROM answers") == 4); // nothing removed

    // The name is free again: a new profile of that name starts empty.
    std::int64_t fresh = 0;
    REQUIRE(!s.store.profileId(kAwkward, "t", fresh));
    CHECK(fresh != id);
    // Deleted again in the same second: kept under a numbered name.
    std::string second;
    REQUIRE(!s.store.deleteProfile(kAwkward, "2026-01-05T08:00:00Z", second));
    CHECK(second == kAwkward + " (deleted 2026-01-05T08:00:00Z, 2)");

    // Named as it is kept, it is restored with its answers.
    std::int64_t back = 0;
    REQUIRE(!s.store.profileId(keptAs, "t", back));
    CHECK(back == id);
    CHECK(s.names() == std::vector<std::string>{"ben", keptAs});

    std::string none;
    REQUIRE(!s.store.deleteProfile("nobody", "t", none));
    CHECK(none.empty());
}

TEST_CASE("[profiles] the export of a profile with spaces, quotes and non-ASCII letters names it intact")
{
    Store s;
    s.play(kAwkward, "2026-01-02T10:00:00Z");
    s.play("say \"hi\", ben", "2026-01-02T11:00:00Z");
    std::ostringstream out;
    std::size_t rows = 0;
    REQUIRE(!writeAnswersCsv(s.store, kAwkward, out, rows));
    CHECK(rows == 2);
    CHECK(out.str().find("\r\nZoë 'Lu' 李,2026-01-02T10:00:00Z,lower-back,") != std::string::npos);
    std::ostringstream other;
    REQUIRE(!writeAnswersCsv(s.store, std::string("say \"hi\", ben"), other, rows));
    CHECK(rows == 2);
    CHECK(other.str().find("\r\n\"say \"\"hi\"\", ben\",") != std::string::npos);
}
