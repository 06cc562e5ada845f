#include "Fixtures.h"
#include "core/Attempt.h"
#include "core/PlacementRound.h"
#include "core/Scoring.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>

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

namespace {

// Six points on one figure, far enough apart that no rule but distance scores them.
Level sixPoints()
{
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points.clear();
    for (int i = 0; i < 6; ++i)
        content.points.push_back(test::point("P" + std::to_string(i), {{50.0 + 60.0 * i, 100.0 + 120.0 * i}}));
    return level;
}

} // namespace

TEST_CASE("[placement] points are asked in an order shuffled from the seed")
{
    const Level level = sixPoints();
    auto orderOf = [&](std::uint64_t seed) { return PlacementRound(level, seed, 0.0).order(); };
    const std::vector<std::size_t> fileOrder{0, 1, 2, 3, 4, 5};
    CHECK(orderOf(1) == orderOf(1));
    CHECK(orderOf(1) != fileOrder);
    CHECK(orderOf(1) != orderOf(2));
    const std::vector<std::size_t> shuffled = orderOf(1);
    CHECK(std::set<std::size_t>(shuffled.begin(), shuffled.end()).size() == 6);
    CHECK(PlacementRound(level, 0.0).order() == fileOrder);
    // current() follows the order, and each answer is kept under the point that was asked.
    PlacementRound round(level, 7, 0.0);
    for (std::size_t i = 0; i < round.count(); ++i) {
        CHECK(round.current().id == level.placement()->points.at(round.order()[i]).id);
        round.place(round.current().spots.front(), 1.0);
        CHECK(round.lastScored()[0].id == round.current().id);
        CHECK(round.lastScored()[0].verdict == Verdict::Right);
        round.next(1.0);
    }
    CHECK(round.score() == doctest::Approx(600));
}

TEST_CASE("[placement] a recorded round replays to the same answers, and only with its seed")
{
    // Record: a round played with seed 11, each point answered off its spot by an amount of its
    // own (so that answering the wrong point would show), one skipped, one with a hint.
    const Level level = sixPoints();
    struct Input {
        std::optional<Vec2> click;
        bool hint;
        double at;
    };
    std::vector<Input> inputs;
    PlacementRound recorded(level, 11, 0.0);
    for (std::size_t i = 0; i < recorded.count(); ++i) {
        const Vec2 spot = recorded.current().spots.front();
        Input input{spot + Vec2{3.0 * static_cast<double>(i), 4.0}, i == 2, 1.0 + static_cast<double>(i)};
        if (i == 4)
            input.click.reset();
        if (input.hint)
            recorded.useHint();
        if (input.click)
            recorded.place(*input.click, input.at);
        else
            recorded.skip(input.at);
        recorded.next(input.at);
        inputs.push_back(input);
    }
    auto replay = [&](std::uint64_t seed) {
        PlacementRound round(level, seed, 0.0);
        for (const Input& input : inputs) {
            if (input.hint)
                round.useHint();
            if (input.click)
                round.place(*input.click, input.at);
            else
                round.skip(input.at);
            round.next(input.at);
        }
        return attemptFrom(round, "lvl", "t", 9.0);
    };
    const Attempt original = attemptFrom(recorded, "lvl", "t", 9.0);
    auto same = [](const Attempt& a, const Attempt& b) {
        if (a.items.size() != b.items.size() || a.score != b.score)
            return false;
        for (std::size_t i = 0; i < a.items.size(); ++i)
            if (a.items[i].id != b.items[i].id || a.items[i].points != b.items[i].points ||
                a.items[i].correct != b.items[i].correct || a.items[i].distanceCun != b.items[i].distanceCun)
                return false;
        return true;
    };
    CHECK(same(replay(11), original));
    CHECK_FALSE(same(replay(12), original)); // another order: the clicks answer other points
    CHECK(original.items.size() == 6);
    CHECK(original.score > 0.0);
}

TEST_CASE("[placement] a click on another point of the level names it and scores nothing")
{
    // BL23 at 185/215, GV4 at 200 (1.5 cun apart), both with a 0.5 cun ring.
    Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    round.skip(0.0);
    round.next(0.0);
    REQUIRE(round.current().code == "GV4");
    SUBCASE("on BL23: named, 0 points, saved as not right")
    {
        round.place({186, 415}, 1.0);
        const Placement& p = round.lastScored()[0];
        CHECK(p.verdict == Verdict::NamedOther);
        REQUIRE(p.named.has_value());
        CHECK(level.placement()->points.at(*p.named).code == "BL23");
        CHECK(p.points == 0.0);
        CHECK(p.distanceCun == doctest::Approx(1.4)); // still measured to the asked point
        round.next(1.0);
        const Attempt attempt = attemptFrom(round, "lvl", "t", 1.0);
        CHECK_FALSE(attempt.items[1].correct);
        CHECK(attempt.items[1].points == 0.0);
    }
    SUBCASE("nearer BL23 but outside its ring: scored by distance to GV4")
    {
        round.place({191.5, 415}, 1.0); // 0.65 cun from BL23, 0.85 from GV4
        const Placement& p = round.lastScored()[0];
        CHECK_FALSE(p.named.has_value());
        CHECK(p.verdict == Verdict::Partial);
        CHECK(p.points == std::round(placementPoints(0.85, level.placement()->scoring)));
    }
    SUBCASE("inside GV4's own ring nothing else is named, however near BL23")
    {
        std::get<PlacementLevel>(level.content).points[1].toleranceCun = 1.2;
        round.place({188, 415}, 1.0); // 1.2 cun from GV4, 0.3 from BL23
        CHECK(round.lastScored()[0].verdict == Verdict::Right);
        CHECK_FALSE(round.lastScored()[0].named.has_value());
    }
}

TEST_CASE("[placement] the saved correct flag is the verdict shown, for every kind of answer")
{
    const Level level = test::placementLevel();
    // Clicks for BL23 from its right spot outwards, then off the figure, then a skip.
    for (double dx : {0.0, 4.9, 5.1, 9.0, 14.0, 24.9, 25.1, 40.0, -1.0}) {
        CAPTURE(dx);
        PlacementRound round(level, 0.0);
        if (dx < 0)
            round.skip(1.0);
        else
            round.place({215.0 + dx, 415.0}, 1.0);
        const Placement p = round.lastScored()[0];
        round.next(1.0);
        round.skip(2.0);
        round.next(2.0);
        const Attempt attempt = attemptFrom(round, "lvl", "t", 2.0);
        CHECK(attempt.items[0].correct == (p.verdict == Verdict::Right));
        CHECK(attempt.items[0].points == p.points);
        CHECK(p.points == std::round(p.points)); // whole points, rounded once
        // Full marks only when right, and right only with full marks (no hint here).
        CHECK((p.points == level.placement()->scoring.maxPoints) == (p.verdict == Verdict::Right));
        CHECK((p.points == 0.0) == (p.verdict == Verdict::Wrong || p.verdict == Verdict::Skipped));
    }
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

TEST_CASE("[placement] a hint costs its share of the point, and inside the ring it is still right")
{
    Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    round.useHint();
    CHECK(round.hintUsed());
    round.place({185, 415}, 1.0);
    CHECK(round.lastScored()[0].points == doctest::Approx(75));
    CHECK(round.lastScored()[0].hinted);
    CHECK(round.lastScored()[0].verdict == Verdict::Right);
    round.next(1.0);
    CHECK_FALSE(round.hintUsed()); // hints are per point
    round.useHint();
    round.place({200, 425}, 2.0); // 1 cun off GV4, after a hint
    CHECK(round.lastScored()[0].verdict == Verdict::Partial);
    round.next(2.0);
    const Attempt attempt = attemptFrom(round, "lvl", "t", 2.0);
    CHECK(attempt.items[0].correct);
    CHECK(attempt.items[0].points == doctest::Approx(75));
    CHECK_FALSE(attempt.items[1].correct);
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
    CHECK(round.lastScored()[0].points == std::round(placementPoints(0.4, content.scoringOf(content.points[1]))));
    CHECK(round.lastScored()[0].verdict == Verdict::Partial);
}
