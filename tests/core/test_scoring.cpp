#include "Fixtures.h"
#include "core/PlacementRound.h"
#include "core/Scoring.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace acq;

TEST_CASE("[scoring] full marks up to and exactly on the tolerance")
{
    const PlacementScoring rule{0.5, 2.0, 100.0};
    CHECK(placementPoints(0.0, rule) == doctest::Approx(100));
    CHECK(placementPoints(0.3, rule) == doctest::Approx(100));
    CHECK(placementPoints(0.5, rule) == doctest::Approx(100));
}

TEST_CASE("[scoring] a click 1.5 cun away scores half with tolerance 0.5 and fall-off 2")
{
    CHECK(placementPoints(1.5, {0.5, 2.0, 100.0}) == doctest::Approx(50));
    CHECK(placementPoints(1.5, {0.5, 2.0, 10.0}) == doctest::Approx(5));
}

TEST_CASE("[scoring] the fall-off is smooth and reaches zero at tolerance plus fall-off")
{
    const PlacementScoring rule{0.5, 2.0, 100.0};
    CHECK(placementPoints(0.5001, rule) == doctest::Approx(100).epsilon(0.001));
    CHECK(placementPoints(2.5, rule) == doctest::Approx(0));
    CHECK(placementPoints(7.0, rule) == 0.0);
    double previous = 100.0;
    for (double d = 0.5; d <= 2.5; d += 0.05) {
        const double p = placementPoints(d, rule);
        CHECK(p <= previous);
        CHECK(previous - p < 6.0); // no cliff: at most ~pi/2*100/40 per step
        previous = p;
    }
}

TEST_CASE("[scoring] negative and NaN distances score nothing")
{
    const PlacementScoring rule{0.5, 2.0, 100.0};
    CHECK(placementPoints(-1.0, rule) == 0.0);
    CHECK(placementPoints(std::nan(""), rule) == 0.0);
}

TEST_CASE("[scoring] distance in cun uses the region's scale")
{
    CHECK(distanceInCun({0, 0}, {30, 40}, CunScale::uniform(10.0)) == doctest::Approx(5.0));
    CHECK(distanceInCun({0, 0}, {30, 40}, CunScale::uniform(25.0)) == doctest::Approx(2.0));
}

TEST_CASE("[scoring] a bilateral point is scored against the nearer side")
{
    const Level level = test::placementLevel();
    const PointTarget& bl23 = level.placement()->points[0];
    CHECK(nearestSpot(bl23, {180, 400}) == Vec2{185, 415});
    CHECK(nearestSpot(bl23, {230, 430}) == Vec2{215, 415});
}

TEST_CASE("[scoring] misses are described in anatomical terms")
{
    auto map = test::backMap();
    SUBCASE("lateral and inferior on the patient's left of a back view")
    {
        CHECK(describeMiss({173, 419}, {185, 415}, CunScale::uniform(10.0), *map) == "1.2 cun too lateral, 0.4 cun too inferior");
    }
    SUBCASE("medial and superior on the right")
    {
        CHECK(describeMiss({210, 405}, {215, 415}, CunScale::uniform(10.0), *map) == "0.5 cun too medial, 1.0 cun too superior");
    }
    SUBCASE("on the midline the patient's side is named, mirrored between views")
    {
        CHECK(describeMiss({190, 415}, {200, 415}, CunScale::uniform(10.0), *map) == "1.0 cun toward the patient's left");
        map->view = MapView::Front;
        CHECK(describeMiss({190, 415}, {200, 415}, CunScale::uniform(10.0), *map) == "1.0 cun toward the patient's right");
    }
    SUBCASE("tiny offsets are left out")
    {
        CHECK(describeMiss({185.5, 415.5}, {185, 415}, CunScale::uniform(10.0), *map) == "right on the spot");
        CHECK(describeMiss({185.5, 425}, {185, 415}, CunScale::uniform(10.0), *map) == "1.0 cun too inferior");
    }
}

TEST_CASE("[scoring] a close-up tells misses in the directions it declares")
{
    auto map = test::backMap();
    map->view = MapView::Other;
    SUBCASE("without declared directions: up, down, left, right")
    {
        CHECK(describeMiss({90, 395}, {100, 400}, CunScale::uniform(10.0), *map) == "1.0 cun too far left, 0.5 cun too far up");
    }
    SUBCASE("the back of a hand drawn fingers up, thumb on the left")
    {
        map->upTerm = "distal";
        map->leftTerm = "radial";
        CHECK(describeMiss({90, 395}, {100, 400}, CunScale::uniform(10.0), *map) == "1.0 cun too radial, 0.5 cun too distal");
        CHECK(describeMiss({110, 410}, {100, 400}, CunScale::uniform(10.0), *map) == "1.0 cun too ulnar, 1.0 cun too proximal");
    }
    CHECK(oppositeDirection("anterior") == "posterior");
    CHECK(oppositeDirection("lateral") == "medial");
    CHECK(oppositeDirection("sideways").empty());
}

TEST_CASE("[scoring] inside the ring is right with full marks, after a hint too")
{
    const PlacementScoring rule{0.5, 2.0, 100.0, 0.25};
    CHECK(scorePlacement(0.0, rule, false).verdict == Verdict::Right);
    CHECK(scorePlacement(0.5, rule, false).points == 100.0);
    const PlacementScore hinted = scorePlacement(0.3, rule, true);
    CHECK(hinted.verdict == Verdict::Right);
    CHECK(hinted.points == 75.0);
}

TEST_CASE("[scoring] just outside the ring is partly right and never shown as full marks")
{
    const PlacementScoring rule{0.5, 2.0, 100.0, 0.25};
    // 0.52 cun: the curve gives 99.97, which would read "100 of 100" beside an orange mark.
    const PlacementScore near = scorePlacement(0.52, rule, false);
    CHECK(placementPoints(0.52, rule) > 99.5);
    CHECK(near.verdict == Verdict::Partial);
    CHECK(near.points == 99.0);
    CHECK(scorePlacement(0.52, rule, true).points == 74.0);
    const PlacementScore half = scorePlacement(1.5, rule, false);
    CHECK(half.verdict == Verdict::Partial);
    CHECK(half.points == 50.0);
}

TEST_CASE("[scoring] points are whole, and a placement that earns none is wrong")
{
    const PlacementScoring rule{0.5, 2.0, 100.0, 0.25};
    for (double d = 0.0; d < 3.0; d += 0.037) {
        const PlacementScore s = scorePlacement(d, rule, false);
        CAPTURE(d);
        CHECK(s.points == std::round(s.points));
        CHECK((s.points == 0.0) == (s.verdict == Verdict::Wrong));
        CHECK((s.points == 100.0) == (s.verdict == Verdict::Right));
    }
    CHECK(scorePlacement(2.49, rule, false).verdict == Verdict::Wrong); // 0.0004 points round to none
    CHECK(scorePlacement(std::nan(""), rule, false).verdict == Verdict::Wrong);
    CHECK(scorePlacement(std::nan(""), rule, false).points == 0.0);
}

// The lower abdomen as front.svg draws it: the nipples 100 units apart (8 B-cun, so 12.5 units
// per sideways cun) and the umbilicus to the pubic symphysis 80 units (5 B-cun, 16 per cun).
TEST_CASE("[scoring] a region with its own sideways cun measures each axis in its own cun")
{
    const CunScale abdomen{12.5, 16.0};
    SUBCASE("sideways and up-down apart")
    {
        CHECK(distanceInCun({200, 450}, {225, 450}, abdomen) == doctest::Approx(2.0));
        CHECK(distanceInCun({200, 450}, {200, 498}, abdomen) == doctest::Approx(3.0));
    }
    SUBCASE("a slanting miss: the root of the squares of the two cun components")
    {
        CHECK(distanceInCun({200, 450}, {237.5, 498}, abdomen) == doctest::Approx(std::hypot(3.0, 3.0)));
    }
    SUBCASE("one cun for both axes is the straight distance in it")
    {
        CHECK(distanceInCun({0, 0}, {30, 40}, CunScale{10.0, 10.0}) == doctest::Approx(5.0));
    }
}

TEST_CASE("[scoring] misses are told in the cun of their own axis")
{
    auto map = test::backMap();
    map->view = MapView::Front;
    const CunScale abdomen{12.5, 16.0};
    // 25 units sideways and 16 down from a spot 2 sideways cun off the midline.
    CHECK(describeMiss({250, 466}, {225, 450}, abdomen, *map) == "2.0 cun too lateral, 1.0 cun too inferior");
    // On the midline: 25 units toward the viewer's left is 2 sideways cun toward the patient's right.
    CHECK(describeMiss({175, 450}, {200, 450}, abdomen, *map) == "2.0 cun toward the patient's right");
}

TEST_CASE("[placement] a round scores sideways misses in the region's sideways cun")
{
    auto map = test::backMap();
    map->regions = {{"back", "Back", CunScale{5.0, 10.0}}};
    const Level level = test::placementLevel(map);
    PlacementRound round(level, 0.0);
    REQUIRE(round.current().code == "BL23");
    REQUIRE(round.place({222.5, 415}, 1.0)); // 7.5 units beside the right spot: 1.5 sideways cun
    CHECK(round.lastScored()[0].distanceCun == doctest::Approx(1.5));
    CHECK(round.lastScored()[0].miss == "1.5 cun too lateral");
    round.next(2.0);
    REQUIRE(round.place({200, 430}, 3.0)); // 15 units below GV4: 1.5 cun down
    CHECK(round.lastScored()[0].distanceCun == doctest::Approx(1.5));
    CHECK(round.lastScored()[0].miss == "1.5 cun too inferior");
}
