// End-to-end: the upper-back level, which asks six of its seventeen points per round, played
// through in the real game; the saved attempt holds one answer per asked point.
#include "e2e/GameRunner.h"

#include "core/AskedPoints.h"
#include "core/Random.h"
#include "io/LevelCatalog.h"

#include <doctest/doctest.h>

#include <set>

using namespace acq;
using namespace acq::e2e;

namespace {

// Home, then Down to the level in the menu's order (practice first), Enter; `onIntro`, then
// Enter on the intro.
std::string openFromMenu(const std::string& levelId, const std::string& onIntro)
{
    return "expect-scene menu\n" + menuKeysTo(levelId) + "key Enter\nwait 0.1\nexpect-scene intro\n" + onIntro +
           "key Enter\nwait 0.2\n";
}

} // namespace

TEST_CASE("[e2e] the upper-back level asks its chosen few: one saved answer per asked point")
{
    TempFolder temp;
    const auto level = loadShippedLevel("upper-back.xml");
    const PlacementLevel& content = *level->placement();
    const std::size_t ask = content.askedPerRound();
    REQUIRE(ask < content.points.size()); // the level asks a few, not all

    // The introduction says how many a round asks, of how many.
    const std::string promise = "expect-text \"" + std::to_string(ask) + " of " + std::to_string(content.points.size()) +
                                " points per round\"\n";
    std::string script = openFromMenu("upper-back", promise) + "expect-scene placement\n";
    for (std::size_t i = 0; i < ask; ++i) {
        script += "click-answer\nwait 0.5\nexpect-text \"Well placed!\"\n";
        script += "click-on next\nwait 0.2\n";
    }
    script += "expect-scene results\nclick-on menu\nwait 0.2\nexpect-scene menu\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    const Progress progress = loadSavedProgress(temp.path() / "data");
    const Attempt* attempt = nullptr;
    for (const Attempt& a : progress.attempts())
        if (a.levelId == "upper-back")
            attempt = &a;
    REQUIRE(attempt != nullptr);
    CHECK(attempt->completed);
    REQUIRE(attempt->items.size() == ask);
    CHECK(attempt->maxScore == doctest::Approx(content.scoring.maxPoints * static_cast<double>(ask)));
    CHECK(attempt->score == doctest::Approx(attempt->maxScore));
    // The points the first round of a script (seed 1) chooses, in its order, each once.
    const std::vector<std::size_t> chosen = askedPoints(content, roundSeed(1, 0));
    std::set<std::string> ids;
    for (std::size_t i = 0; i < ask; ++i) {
        INFO("answer " << i);
        CHECK(attempt->items[i].id == content.points.at(chosen.at(i)).id);
        CHECK(attempt->items[i].correct);
        ids.insert(attempt->items[i].id);
    }
    CHECK(ids.size() == ask);
}
