// End-to-end: spaced practice over simulated days (--now), as a student would meet it: a point
// missed in a level today is asked first in tomorrow's practice, one placed well comes back later.
#include "e2e/GameRunner.h"

#include "core/PlacementRound.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

using namespace acq;
using namespace acq::e2e;

namespace {


struct Row {
    std::string kind, item, card, grade, scheduled;
};

// The export's rows (the game's own CSV; no field here has a comma or a quote).
std::vector<Row> exportRows(const std::filesystem::path& data, const std::filesystem::path& file)
{
    const std::string command = "XDG_DATA_HOME='" + data.string() + "' '" + ACUQUEST_BINARY + "' --export-csv '" +
                                file.string() + "' 2>/dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    std::istringstream in(readFile(file));
    std::string line;
    std::getline(in, line); // header
    std::vector<Row> rows;
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::string field;
        std::istringstream fields(line.substr(0, line.size() - 1)); // less the CR
        while (std::getline(fields, field, ','))
            f.push_back(field);
        while (f.size() < 18)
            f.push_back("");
        rows.push_back({f[4], f[3], f[15], f[16], f[17]});
    }
    return rows;
}

} // namespace

TEST_CASE("[e2e] practice: a point missed today is asked first tomorrow, one placed well comes back later")
{
    setenv("TZ", "UTC", 1); // days run from 04:00 in the game's local time: UTC here
    TempFolder temp;
    const auto data = temp.path() / "data";
    const auto level = loadShippedLevel("lower-back.xml");

    // Day 1, 20:00: Lower back with BL52 missed.
    GameRun run = runGame(data, playMissing(*level, "BL52") + "click-on menu\nwait 0.2\nexpect-scene menu\nexpect-text \"Nothing due\"\nclose\n",
                          "--now 2026-12-07T20:00:00Z");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    // 03:00 the next night is still the same practice day: nothing due yet.
    run = runGame(data, "expect-scene menu\nexpect-text \"Nothing due\"\nclose\n", "--now 2026-12-08T03:00:00Z");
    CHECK(run.exitCode == 0);

    // Day 2, 09:00: BL52 is due, and first; BL23 (placed well) is not.
    const std::string day2 = "expect-scene menu\nexpect-text \"1 due\"\nclick-on practice\nwait 0.5\n"
                             "expect-scene practice\nexpect-text BL52\nexpect-text \"Card 1 of\"\n"
                             "click-answer\nwait 0.5\nclick-on next\nwait 0.3\n"
                             "expect-text \"It comes back\"\nkey Escape\nexpect-scene confirm\nkey Enter\nwait 0.3\n"
                             "expect-scene menu\n"
                             "expect-text \"Nothing due\"\nclose\n";
    run = runGame(data, day2, "--now 2026-12-08T09:00:00Z");
    CHECK(run.exitCode == 0);

    const auto rows = exportRows(data, temp.path() / "day2.csv");
    REQUIRE(rows.size() == 6); // five placements in the level, one practice card
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(rows[i].item);
        CHECK(rows[i].kind == "placement");
        CHECK(rows[i].card == "shipped|point|" + rows[i].item);
        CHECK(rows[i].scheduled == "1");
        if (rows[i].item == "BL52")
            CHECK(rows[i].grade == "1"); // Again
        else
            CHECK((rows[i].grade == "3" || rows[i].grade == "4")); // Good or Easy
    }
    CHECK(rows[5].kind == "practice");
    CHECK(rows[5].item == "BL52");
    CHECK(rows[5].card == "shipped|point|BL52");
    CHECK((rows[5].grade == "3" || rows[5].grade == "4"));
    CHECK(rows[5].scheduled == "1");

    // Three weeks on, every point of the level is due again: BL23 and the others placed well
    // (their first intervals are days, not weeks), BL52 after its second review.
    run = runGame(data, "expect-scene menu\nexpect-text \"5 due\"\nclick-on practice\nwait 0.5\n"
                        "expect-scene practice\nexpect-text \"Card 1 of\"\nclose\n",
                  "--now 2026-12-30T09:00:00Z");
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] practice: cards missed in a session come back once at its end, and every answer is a review")
{
    setenv("TZ", "UTC", 1);
    TempFolder temp;
    const auto data = temp.path() / "data";
    // A fresh profile: practice offers new cards in menu order, at most ten a day.
    std::string script = "expect-scene menu\nclick-on practice\nwait 0.5\nexpect-scene practice\n";
    // Ten new cards a day: the shipped placement levels come first, so all ten are points here.
    for (int i = 0; i < 10; ++i)
        script += "key S\nwait 0.3\nclick-on next\nwait 0.3\nkey Enter\nwait 0.3\n";
    // Each skipped point is missed: it comes back once at the end.
    script += "expect-scene practice\nexpect-text \"Card 11 of 20\"\nexpect-text \"once more\"\nclose\n";
    const GameRun run = runGame(data, script, "--now 2026-12-07T10:00:00Z");
    INFO(run.log);
    CHECK(run.exitCode == 0);
    const auto rows = exportRows(data, temp.path() / "skips.csv");
    REQUIRE(rows.size() == 10);
    for (const Row& row : rows) {
        CHECK(row.kind == "practice");
        CHECK(row.grade == "1");
        CHECK(row.scheduled == "1");
    }
}
