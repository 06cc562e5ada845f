#include "Fixtures.h"
#include "core/AskedPoints.h"
#include "core/Attempt.h"
#include "core/NamingRound.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace acq;

namespace {
Level levelWithPoints(std::vector<std::pair<std::string, std::string>> codesAndRegions)
{
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points.clear();
    for (auto& [code, region] : codesAndRegions) {
        PointTarget p = test::point(code, {{200, 400}});
        p.regionId = region;
        content.points.push_back(p);
    }
    return level;
}
} // namespace

TEST_CASE("[naming] each question offers the marked point among four different codes")
{
    const Level level = levelWithPoints({{"A", "back"}, {"B", "back"}, {"C", "back"}, {"D", "leg"}, {"E", "leg"}, {"F", "back"}});
    NamingRound round(level, 3, 0.0);
    std::set<std::size_t> asked;
    for (std::size_t q = 0; q < round.count(); ++q) {
        const auto& choices = round.choices();
        asked.insert(round.markedPoint());
        CHECK(choices.size() == NamingRound::kChoices);
        CHECK(std::count(choices.begin(), choices.end(), round.markedPoint()) == 1);
        CHECK(std::set<std::size_t>(choices.begin(), choices.end()).size() == choices.size());
        round.answer(0, 1.0);
        round.next(1.0);
    }
    CHECK(round.phase() == NamingRound::Phase::Finished);
    CHECK(asked.size() == round.count()); // every point asked once, in a shuffled order
}

TEST_CASE("[naming] wrong choices come from the same region first")
{
    const Level level = levelWithPoints({{"A", "back"}, {"B", "back"}, {"C", "back"}, {"D", "back"}, {"X", "leg"}, {"Y", "leg"}});
    NamingRound round(level, 9, 0.0);
    for (std::size_t c : round.choices())
        CHECK(level.placement()->points[c].regionId == "back");
}

TEST_CASE("[naming] a small level offers what it has, and one point is not enough")
{
    const Level two = levelWithPoints({{"A", "back"}, {"B", "back"}});
    CHECK(NamingRound::possible(two));
    NamingRound round(two, 1, 0.0);
    CHECK(round.choices().size() == 2);
    const Level one = levelWithPoints({{"A", "back"}});
    CHECK_FALSE(NamingRound::possible(one));
}

TEST_CASE("[naming] points with the same code are never offered together")
{
    const Level level = levelWithPoints({{"EX-B2", "back"}, {"EX-B2", "back"}, {"B", "back"}, {"C", "back"}, {"D", "back"}});
    NamingRound round(level, 5, 0.0);
    std::set<std::string> codes;
    for (std::size_t c : round.choices())
        codes.insert(level.placement()->points[c].code);
    CHECK(codes.size() == round.choices().size());
}

TEST_CASE("[naming] answers are scored and saved under their own progress id")
{
    const Level level = levelWithPoints({{"A", "back"}, {"B", "back"}, {"C", "back"}});
    NamingRound round(level, 2, 10.0);
    const std::size_t first = round.markedPoint();
    const auto right = static_cast<std::size_t>(std::find(round.choices().begin(), round.choices().end(), first) - round.choices().begin());
    CHECK(round.answer(right, 12.0));
    CHECK_FALSE(round.answer(0, 12.0)); // one answer per question
    round.next(12.0);
    const std::size_t second = round.markedPoint();
    CHECK(second != first);
    const auto wrong = static_cast<std::size_t>(std::find_if(round.choices().begin(), round.choices().end(), [&](std::size_t c) { return c != second; }) - round.choices().begin());
    round.answer(wrong, 15.0);
    CHECK(round.answers()[0].correct);
    CHECK(round.answers()[0].seconds == doctest::Approx(2.0));
    CHECK_FALSE(round.answers()[1].correct);
    CHECK(round.score() == doctest::Approx(100));
    CHECK(round.maxScore() == doctest::Approx(300));
    const Attempt attempt = attemptFrom(round, namingProgressId("lvl"), "t", 5.0);
    CHECK(attempt.levelId == "lvl#name");
    CHECK(attempt.items.size() == 2);
    CHECK_FALSE(attempt.completed);
}

TEST_CASE("[naming] a level that asks a few points per round names the same few a placement round would")
{
    Level level = levelWithPoints({{"A", "r"}, {"B", "r"}, {"C", "r"}, {"D", "r"}, {"E", "r"}, {"F", "r"}, {"G", "r"}});
    auto& content = std::get<PlacementLevel>(level.content);
    content.askPerRound = 3;
    NamingRound round(level, 42, 0.0);
    CHECK(round.count() == 3);
    CHECK(round.maxScore() == doctest::Approx(content.scoring.maxPoints * 3));
    std::vector<std::size_t> named;
    for (int i = 0; i < 3; ++i) {
        REQUIRE(round.phase() == NamingRound::Phase::Asking);
        named.push_back(round.markedPoint());
        round.answer(0, 1.0);
        round.next(2.0);
    }
    CHECK(round.phase() == NamingRound::Phase::Finished);
    CHECK(named == askedPoints(content, 42));
    // Without <scoring ask> every point is named.
    content.askPerRound.reset();
    CHECK(NamingRound(level, 42, 0.0).count() == 7);
}
