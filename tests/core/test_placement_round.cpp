#include "Fixtures.h"
#include "core/Attempt.h"
#include "core/PlacementRound.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[placement] a round asks each point in turn and totals the points")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 10.0);
    REQUIRE(round.phase() == PlacementRound::Phase::Asking);
    CHECK(round.current().code == "BL23");

    const Placement* first = round.place({215, 430}, 12.5); // 1.5 cun below the right spot
    REQUIRE(first != nullptr);
    CHECK(first->spot == Vec2{215, 415});
    CHECK(first->distanceCun == doctest::Approx(1.5));
    CHECK(first->points == doctest::Approx(50));
    CHECK(first->seconds == doctest::Approx(2.5));
    CHECK(round.phase() == PlacementRound::Phase::Feedback);

    CHECK(round.place({0, 0}, 13.0) == nullptr); // no second placement while showing feedback
    round.next(13.0);
    CHECK(round.current().code == "GV4");
    const Placement* second = round.place({200, 417}, 14.0);
    REQUIRE(second != nullptr);
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
    const Placement* skipped = round.skip(3.0);
    REQUIRE(skipped != nullptr);
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
    const Placement* p = round.place({-5000, 9000}, 1.0);
    REQUIRE(p != nullptr);
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
