// Spot resolution (core/SpotResolution): a landmark plus cun offsets, toward and fraction, sides
// and the midline, as geometry on a map built in code; each refusal as its typed problem (the
// loader's words for them are tested in tests/io/test_location_messages.cpp).
#include "core/SpotResolution.h"

#include <doctest/doctest.h>

using namespace acq;

namespace doctest {
template <> struct StringMaker<acq::Vec2> {
    static String convert(const acq::Vec2& v)
    {
        return ("(" + std::to_string(v.x) + ", " + std::to_string(v.y) + ")").c_str();
    }
};
} // namespace doctest

namespace {

// The loader tests' back map (tests/io/Fixtures.h): 400 x 800, midline x = 200, seen from
// behind; lower-back 20 units per cun, leg 10.
BodyMap backMap()
{
    BodyMap map;
    map.id = "back";
    map.view = MapView::Back;
    map.bounds = {0, 0, 400, 800};
    map.midlineX = 200;
    map.landmarks = {{"L2", {200, 400}},
                     {"L4", {200, 460}},
                     {"scapula-medial-border.L", {140, 250}},
                     {"scapula-medial-border.R", {260, 250}},
                     {"popliteal-crease.L", {150, 700}},
                     {"popliteal-crease.R", {250, 700}},
                     {"iliac-top", {120, 440}}};
    map.regions = {{"lower-back", "Lower back", CunScale::uniform(20.0)}, {"leg", "Leg", CunScale::uniform(10.0)}};
    return map;
}

// A close-up with no midline: 600 x 700, 50 units per cun.
BodyMap handMap()
{
    BodyMap map;
    map.id = "hand";
    map.view = MapView::Other;
    map.bounds = {0, 0, 600, 700};
    map.landmarks = {{"gap23-distal", {250, 300}}, {"gap23-proximal", {250, 500}}};
    map.regions = {{"hand", "Hand", CunScale::uniform(50.0)}};
    return map;
}

PointLocation at(const std::string& landmark, const std::string& region = "lower-back")
{
    PointLocation where;
    where.regionId = region;
    where.landmark = landmark;
    return where;
}

// The problem of a location that cannot be placed (none when it can: an empty one fails the check).
SpotProblem problemOf(const PointLocation& where, const BodyMap& map)
{
    const SpotResult result = resolveSpots(where, map);
    CHECK(result.problem);
    CHECK(result.spots.empty());
    return result.problem.value_or(SpotProblem{});
}

} // namespace

TEST_CASE("[spots] toward and fraction start part of the way to a second landmark")
{
    PointLocation where = at("L2");
    where.toward = "L4";
    where.fraction = 0.25;
    const SpotResult result = resolveSpots(where, backMap());
    REQUIRE_FALSE(result.problem);
    REQUIRE(result.spots.size() == 1);
    CHECK(result.spots[0] == Vec2{200, 415});
    CHECK(result.landmarks == std::vector<std::string>{"L2", "L4"});
}

TEST_CASE("[spots] toward pairs the sides of a sided landmark with a midline landmark")
{
    PointLocation where = at("popliteal-crease", "leg");
    where.toward = "L4";
    where.bilateral = true;
    const SpotResult result = resolveSpots(where, backMap());
    REQUIRE(result.spots.size() == 2);
    CHECK(result.spots[0] == Vec2{175, 580});
    CHECK(result.spots[1] == Vec2{225, 580});
}

TEST_CASE("[spots] from a midline landmark toward a sided one, bilateral gives one spot on each side (GB21)")
{
    PointLocation where = at("L2");
    where.toward = "scapula-medial-border";
    where.bilateral = true;
    const SpotResult result = resolveSpots(where, backMap());
    REQUIRE(result.spots.size() == 2);
    CHECK(result.spots[0] == Vec2{170, 325});
    CHECK(result.spots[1] == Vec2{230, 325});
    CHECK(result.landmarks ==
          std::vector<std::string>{"L2", "scapula-medial-border.L", "scapula-medial-border.R"});
}

TEST_CASE("[spots] toward one side without bilateral is one spot, on that side")
{
    PointLocation where = at("L2");
    where.toward = "scapula-medial-border.R";
    const SpotResult result = resolveSpots(where, backMap());
    REQUIRE(result.spots.size() == 1);
    CHECK(result.spots[0] == Vec2{230, 325});
}

TEST_CASE("[spots] lateral moves away from the midline on each side, in the region's cun")
{
    PointLocation where = at("L4");
    where.lateral = 0.5;
    where.bilateral = true;
    const SpotResult result = resolveSpots(where, backMap());
    REQUIRE(result.spots.size() == 2);
    CHECK(result.spots[0] == Vec2{190, 460}); // the patient's left first: the viewer's left from behind
    CHECK(result.spots[1] == Vec2{210, 460});
}

TEST_CASE("[spots] x and y with bilateral are mirrored about the midline")
{
    PointLocation where;
    where.regionId = "lower-back";
    where.xy = Vec2{150, 300};
    where.bilateral = true;
    const SpotResult result = resolveSpots(where, backMap());
    REQUIRE(result.spots.size() == 2);
    CHECK(result.spots[1] == Vec2{250, 300});
}

TEST_CASE("[spots] dx and dy move along the map axes in the region's cun")
{
    PointLocation where = at("gap23-distal", "hand");
    where.dx = -1;
    where.dy = 0.5;
    const SpotResult result = resolveSpots(where, handMap());
    REQUIRE(result.spots.size() == 1);
    CHECK(result.spots[0] == Vec2{200, 325});
}

TEST_CASE("[spots] each location that cannot be placed is its own problem")
{
    const BodyMap back = backMap();
    PointLocation where = at("L2");
    SUBCASE("an unknown region")
    {
        where.regionId = "lower-bak";
        CHECK(problemOf(where, back).kind == SpotProblemKind::UnknownRegion);
    }
    SUBCASE("lateral on a close-up")
    {
        PointLocation hand = at("gap23-distal", "hand");
        hand.hasLateral = true;
        CHECK(problemOf(hand, handMap()).kind == SpotProblemKind::LateralNeedsSidedView);
    }
    SUBCASE("x and y mirrored on a close-up")
    {
        PointLocation hand;
        hand.regionId = "hand";
        hand.xy = Vec2{100, 100};
        hand.bilateral = true;
        CHECK(problemOf(hand, handMap()).kind == SpotProblemKind::BilateralNeedsSidedView);
    }
    SUBCASE("bilateral on the midline")
    {
        where.bilateral = true;
        CHECK(problemOf(where, back).kind == SpotProblemKind::BilateralOnMidline);
    }
    SUBCASE("an unknown toward")
    {
        where.toward = "L44";
        CHECK(problemOf(where, back).kind == SpotProblemKind::UnknownToward);
    }
    SUBCASE("toward a landmark with two sides, neither named")
    {
        where.toward = "scapula-medial-border";
        const SpotProblem problem = problemOf(where, back);
        CHECK(problem.kind == SpotProblemKind::TowardHasTwoSides);
        CHECK(problem.fromMidline);
    }
    SUBCASE("toward one side with bilateral")
    {
        where.toward = "scapula-medial-border.L";
        where.bilateral = true;
        CHECK(problemOf(where, back).kind == SpotProblemKind::TowardOneSideWithBilateral);
    }
    SUBCASE("a landmark's one side with bilateral")
    {
        PointLocation sided = at("popliteal-crease.L", "leg");
        sided.bilateral = true;
        CHECK(problemOf(sided, back).kind == SpotProblemKind::LandmarkOneSideWithBilateral);
    }
    SUBCASE("a midline landmark, to one side, without bilateral")
    {
        where.lateral = 1.5;
        const SpotProblem problem = problemOf(where, back);
        CHECK(problem.kind == SpotProblemKind::MidlineLateralNeedsBilateral);
        CHECK(problem.lateral == 1.5);
    }
    SUBCASE("bilateral from a landmark off the midline without sides")
    {
        PointLocation off = at("iliac-top");
        off.bilateral = true;
        const SpotProblem problem = problemOf(off, back);
        CHECK(problem.kind == SpotProblemKind::NoSidesForBilateral);
        CHECK_FALSE(problem.toward);
    }
    SUBCASE("bilateral from a midline landmark moved off it toward one without sides")
    {
        where.toward = "iliac-top";
        where.bilateral = true;
        const SpotProblem problem = problemOf(where, back);
        CHECK(problem.kind == SpotProblemKind::NoSidesForBilateral);
        CHECK(problem.toward == std::optional<std::string>("iliac-top"));
    }
    SUBCASE("a landmark with two sides, neither named")
    {
        CHECK(problemOf(at("popliteal-crease", "leg"), back).kind == SpotProblemKind::LandmarkHasTwoSides);
    }
    SUBCASE("an unknown landmark, and one the map has on one side only")
    {
        CHECK(problemOf(at("L22"), back).kind == SpotProblemKind::UnknownLandmark);
        BodyMap oneSide = back;
        oneSide.landmarks.erase("popliteal-crease.R");
        CHECK(problemOf(at("popliteal-crease", "leg"), oneSide).onlySide == "popliteal-crease.L");
    }
    SUBCASE("dx on two spots")
    {
        where.lateral = 1;
        where.bilateral = true;
        where.dx = 1;
        CHECK(problemOf(where, back).kind == SpotProblemKind::AxesOffsetsOnBilateral);
    }
    SUBCASE("a spot outside the map")
    {
        where.inferior = 30;
        const SpotProblem problem = problemOf(where, back);
        CHECK(problem.kind == SpotProblemKind::OutsideMap);
        CHECK(problem.spot == Vec2{200, 1000});
    }
}
