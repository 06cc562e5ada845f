// End-to-end: the results say "New best!" only when a best is beaten, and the study deck ends
// with a button that starts the round (issue 19, section 1).
#include "e2e/GameRunner.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace acq;
using namespace acq::e2e;

TEST_CASE("[e2e] the results say New best! when the level's best is beaten, not on a first or a worse round")
{
    TempFolder temp;
    const auto level = loadShippedLevel("lower-back.xml");
    const auto data = temp.path() / "data";
    // A first round, every mark 0.6 cun off its spot: no best to beat. The round is played to
    // its end, then the check fails on its own line (the last).
    std::string first = "expect-scene menu\nclick-on lower-back\nclick-on start\nwait 0.5\nexpect-scene placement\n";
    for (std::size_t i = 0; i < level->placement()->points.size(); ++i)
        first += "click-answer 0.6 0\nwait 0.5\nclick-on next\nwait 0.2\n";
    first += "expect-scene results\nexpect-text \"New best!\"\n";
    GameRun run = runGame(data, first);
    INFO(run.log);
    CHECK(run.exitCode == 3);
    CHECK(run.log.find(":" + std::to_string(std::count(first.begin(), first.end(), '\n')) + ": expected text") !=
          std::string::npos);
    // Every point right: better than the first.
    run = runGame(data, playMissing(*level, "") + "expect-text \"New best!\"\nclose\n");
    INFO(run.log);
    CHECK(run.exitCode == 0);
    // The same again is no new best.
    const std::string same = playMissing(*level, "") + "expect-text \"New best!\"\n";
    run = runGame(data, same);
    CHECK(run.exitCode == 3);
    CHECK(run.log.find(":" + std::to_string(std::count(same.begin(), same.end(), '\n')) + ": expected text") !=
          std::string::npos);
}

TEST_CASE("[e2e] the study deck ends: the last card offers Start, which starts the round")
{
    TempFolder temp;
    const auto causes = loadShippedLevel("causes.xml");
    std::string script = "click-on causes\nclick-on study\nwait 0.2\nexpect-scene study\n";
    // No wrapping back: the first card has no Previous, Left there stays.
    script += "key Left\nexpect-text \"Card 1 of\"\n";
    for (std::size_t i = 1; i < causes->matching()->pairs.size(); ++i)
        script += "click-on next\n";
    script += "expect-text \"Card " + std::to_string(causes->matching()->pairs.size()) + " of\"\n";
    script += "expect-text \"Start the round\"\nclick-on start\nwait 0.3\nexpect-scene matching\nclose\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    CHECK(run.exitCode == 0);
    // Before the end there is no Start: the script fails when it looks for one.
    const GameRun early = runGame(temp.path() / "data2", "click-on causes\nclick-on study\nwait 0.2\nclick-on start\n");
    CHECK(early.exitCode == 3);
}
