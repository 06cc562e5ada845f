#include "Fixtures.h"
#include "core/CrosshairStart.h"
#include "core/Neighbours.h"
#include "core/Scoring.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

// Two points `gapCun` apart on the fixture's back map (10 units per cun).
Level twoPoints(double gapCun, std::optional<double> tolerance = std::nullopt, std::optional<double> falloff = std::nullopt)
{
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points = {test::point("A", {{100, 500}}), test::point("B", {{100 + 10 * gapCun, 500}})};
    for (PointTarget& p : content.points) {
        p.toleranceCun = tolerance;
        p.falloffCun = falloff;
    }
    return level;
}

// The most a click strictly nearer B than A earns for A, searched over a fine grid.
double searchedBest(const PlacementLevel& level)
{
    const PointTarget& a = level.points[0];
    const PointTarget& b = level.points[1];
    double best = 0.0;
    for (double x = 0; x <= 400; x += 0.02)
        for (double y = 480; y <= 520; y += 0.5) {
            const Vec2 click{x, y};
            if (distance(click, b.spots[0]) >= distance(click, a.spots[0]))
                continue;
            best = std::max(best, placementPoints(distance(click, a.spots[0]) / 10.0, level.scoringOf(a)));
        }
    return best;
}

} // namespace

TEST_CASE("[neighbours] two points 0.6 cun apart cannot both keep a 0.5 cun tolerance")
{
    const Level level = twoPoints(0.6);
    const auto problems = neighbourProblems(*level.placement());
    REQUIRE(problems.size() == 2); // each against the other
    CHECK(problems[0].points == doctest::Approx(100));
    CHECK(problems[0].halfGapCun == doctest::Approx(0.3));
    // Tightened so that tolerance + 2/3 x fall-off stays within half the gap: no problem left.
    CHECK(neighbourProblems(*twoPoints(0.6, 0.1, 0.25).placement()).empty());
}

TEST_CASE("[neighbours] the best score nearer a neighbour is what a search over clicks finds")
{
    for (double gap : {0.6, 1.5, 3.0}) {
        CAPTURE(gap);
        const Level level = twoPoints(gap, 0.2, 0.9);
        const double computed = bestScoreNearer(*level.placement(), 0, 1);
        const double searched = searchedBest(*level.placement());
        CHECK(searched <= computed + 1e-9); // never more than the bound...
        CHECK(searched == doctest::Approx(computed).epsilon(0.02)); // ...and it is reached
    }
}

TEST_CASE("[neighbours] a quarter of the points is the limit, at tolerance + 2/3 of the fall-off")
{
    // Half the gap 0.75 cun: 0.25 + 2/3 x 0.75 = 0.75 earns exactly a quarter.
    CHECK(bestScoreNearer(*twoPoints(1.5, 0.25, 0.75).placement(), 0, 1) == doctest::Approx(25));
    CHECK(neighbourProblems(*twoPoints(1.5, 0.25, 0.74).placement()).empty());
    CHECK(neighbourProblems(*twoPoints(1.5, 0.25, 0.8).placement()).size() == 2);
}

TEST_CASE("[neighbours] points on different maps never name each other")
{
    Level level = twoPoints(0.2);
    auto& content = std::get<PlacementLevel>(level.content);
    content.maps.push_back({"other", test::backMap(), std::nullopt});
    content.points[1].map = 1;
    CHECK(neighbourProblems(content).empty());
    CHECK_FALSE(namedNeighbour(content, 0, {102, 500}, {100, 500}).has_value());
}

TEST_CASE("[neighbours] a click inside the other point's ring names the nearest such point")
{
    Level level = twoPoints(2.0);
    auto& content = std::get<PlacementLevel>(level.content);
    content.points.push_back(test::point("C", {{130, 500}}));
    // Asked A (100): a click at 126 is inside B's ring (120, 0.6 cun: outside) and C's (0.4 cun).
    CHECK(namedNeighbour(content, 0, {126, 500}, {100, 500}) == std::optional<std::size_t>(2));
    CHECK(namedNeighbour(content, 0, {122, 500}, {100, 500}) == std::optional<std::size_t>(1));
    CHECK_FALSE(namedNeighbour(content, 0, {104, 500}, {100, 500}).has_value()); // inside A's own
    CHECK_FALSE(namedNeighbour(content, 0, {112, 500}, {100, 500}).has_value()); // nearer B, outside its ring
}

TEST_CASE("[crosshair] the keyboard cross-hair starts where a placement earns nothing")
{
    // A figure with a point in the middle of the view, as BL40 was on "Back of the knee".
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points = {test::point("MID", {{200, 550}})};
    MapCamera camera({100, 450, 200, 200}, content.maps[0].map->bounds);
    camera.setViewport({0, 56, 920, 700});
    const Vec2 middle = camera.toMap(camera.viewport().centre());
    CHECK(distance(middle, {200, 550}) < 1.0); // the old start: on the point, full marks
    const Vec2 start = crosshairStart(camera, content, 0);
    const PlacementScore there = scorePlacement(distanceInCun(start, {200, 550}, CunScale::uniform(10.0)), content.scoringOf(content.points[0]), false);
    CHECK(there.verdict == Verdict::Wrong);
    CHECK(there.points == 0.0);
    // In view and within the map.
    const Vec2 s = camera.toScreen(start);
    CHECK(s.x >= 0.0);
    CHECK(s.x <= 920.0);
    CHECK(s.y >= 56.0);
    CHECK(s.y <= 756.0);
}
