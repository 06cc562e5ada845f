#include "Fixtures.h"
#include "core/Attempt.h"
#include "core/PlacementRound.h"
#include "core/Scoring.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[placement] a round asks each point in turn and totals the points")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 10.0);
    REQUIRE(round.phase() == PlacementRound::Phase::Asking);
    CHECK(round.current().code == "BL23");

    REQUIRE(round.place({215, 430}, 12.5)); // 1.5 cun below the right spot
    REQUIRE(round.lastScored().size() == 1);
    const Placement* first = &round.lastScored()[0];
    CHECK(first->spot == Vec2{215, 415});
    CHECK(first->distanceCun == doctest::Approx(1.5));
    CHECK(first->points == doctest::Approx(50));
    CHECK(first->seconds == doctest::Approx(2.5));
    CHECK(round.phase() == PlacementRound::Phase::Feedback);

    CHECK_FALSE(round.place({0, 0}, 13.0)); // no second placement while showing feedback
    round.next(13.0);
    CHECK(round.current().code == "GV4");
    REQUIRE(round.place({200, 417}, 14.0));
    const Placement* second = &round.lastScored()[0];
    CHECK(second->points == doctest::Approx(100));
    CHECK(second->seconds == doctest::Approx(1.0));
    round.next(15.0);
    CHECK(round.phase() == PlacementRound::Phase::Finished);
    CHECK(round.score() == doctest::Approx(150));
    CHECK(round.maxScore() == doctest::Approx(200));
}

TEST_CASE("[placement] a skipped point scores nothing and keeps no click")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    REQUIRE(round.skip(3.0));
    const Placement* skipped = &round.lastScored()[0];
    CHECK_FALSE(skipped->click.has_value());
    CHECK(skipped->points == 0.0);
    round.next(3.0);
    round.place({200, 415}, 4.0);
    round.next(4.0);
    const Attempt attempt = attemptFrom(round, "lvl", "2026-01-01T00:00:00Z", 4.0);
    REQUIRE(attempt.items.size() == 2);
    CHECK_FALSE(attempt.items[0].correct);
    CHECK_FALSE(attempt.items[0].click.has_value());
    CHECK(attempt.items[1].correct);
    CHECK(attempt.items[1].distanceCun.value() == doctest::Approx(0.0));
    CHECK(attempt.score == doctest::Approx(100));
    CHECK(attempt.completed);
}

TEST_CASE("[placement] a click far outside the figure scores zero without failing")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    REQUIRE(round.place({-5000, 9000}, 1.0));
    const Placement* p = &round.lastScored()[0];
    CHECK(p->points == 0.0);
}

TEST_CASE("[placement] recorded inputs replay to the same score")
{
    const Level level = test::placementLevel();
    auto play = [&] {
        PlacementRound round(level, 0.0);
        round.place({188, 421}, 1.0);
        round.next(1.5);
        round.place({203, 409}, 2.0);
        round.next(2.5);
        return round.score();
    };
    CHECK(play() == play());
}

TEST_CASE("[placement] a point asking for every spot matches each placement to its own spot")
{
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points = {test::point("EX-UE7", {{100, 500}, {140, 500}}, true)};
    PlacementRound round(level, 0.0);
    SUBCASE("in either order")
    {
        REQUIRE(round.place({141, 500}, 1.0));
        CHECK(round.phase() == PlacementRound::Phase::Asking); // one more to place
        CHECK(round.pending().size() == 1);
        REQUIRE(round.place({100, 505}, 2.0));
        REQUIRE(round.phase() == PlacementRound::Phase::Feedback);
        const auto scored = round.lastScored();
        REQUIRE(scored.size() == 2);
        CHECK(scored[0].spot == Vec2{140, 500});
        CHECK(scored[1].spot == Vec2{100, 500});
        CHECK(scored[1].distanceCun == doctest::Approx(0.5));
        CHECK(round.score() == doctest::Approx(200));
        CHECK(round.maxScore() == doctest::Approx(200));
    }
    SUBCASE("two clicks near one spot do not both score it")
    {
        round.place({100, 500}, 1.0);
        round.place({101, 500}, 1.0);
        const auto scored = round.lastScored();
        CHECK(scored[0].spot != scored[1].spot);
        CHECK(round.score() < 150);
    }
    SUBCASE("skipping after one placement scores the missing spot as zero")
    {
        round.place({100, 500}, 1.0);
        round.skip(2.0);
        const auto scored = round.lastScored();
        REQUIRE(scored.size() == 2);
        CHECK(scored[0].points == doctest::Approx(100));
        CHECK_FALSE(scored[1].click.has_value());
        CHECK(scored[1].points == 0.0);
    }
}

TEST_CASE("[placement] a hint costs its share of the point and is not counted as right")
{
    Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    round.useHint();
    CHECK(round.hintUsed());
    round.place({185, 415}, 1.0);
    CHECK(round.lastScored()[0].points == doctest::Approx(75));
    CHECK(round.lastScored()[0].hinted);
    round.next(1.0);
    CHECK_FALSE(round.hintUsed()); // hints are per point
    round.place({200, 415}, 2.0);
    round.next(2.0);
    const Attempt attempt = attemptFrom(round, "lvl", "t", 2.0);
    CHECK_FALSE(attempt.items[0].correct);
    CHECK(attempt.items[1].correct);
}

TEST_CASE("[placement] a point's own tolerance replaces the level's")
{
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points[1].toleranceCun = 0.25;
    PlacementRound round(level, 0.0);
    round.place({185, 419}, 1.0); // 0.4 cun: full marks with the level's 0.5
    CHECK(round.lastScored()[0].points == doctest::Approx(100));
    round.next(1.0);
    round.place({200, 419}, 2.0); // 0.4 cun: beyond GV4's own 0.25
    CHECK(round.lastScored()[0].points < 100);
    CHECK(round.lastScored()[0].points == doctest::Approx(placementPoints(0.4, content.scoringOf(content.points[1]))));
}
