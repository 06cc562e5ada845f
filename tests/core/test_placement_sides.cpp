#include "Fixtures.h"
#include "core/PlacementRound.h"

#include <doctest/doctest.h>

using namespace acq;

// BL23 in the fixture has spots at x 185 and 215 on a back view with the midline at 200: seen
// from behind, the patient's left is the viewer's left (x 185).

TEST_CASE("[placement] with sides either, a bilateral point is scored on the nearer spot")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    CHECK(round.askedSide() == SideChoice::Either);
    REQUIRE(round.place({215, 415}, 1.0));
    CHECK(round.lastScored()[0].spot == Vec2{215, 415});
    CHECK(round.lastScored()[0].points == doctest::Approx(100));
}

TEST_CASE("[placement] with sides left, only the patient's left spot counts")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    round.setSides(SideChoice::Left);
    CHECK(round.askedSide() == SideChoice::Left);
    REQUIRE(round.openSpots() == std::vector<Vec2>{{185, 415}});
    REQUIRE(round.place({215, 415}, 1.0)); // on the right spot: 3 cun from the left one
    CHECK(round.lastScored()[0].spot == Vec2{185, 415});
    CHECK(round.lastScored()[0].distanceCun == doctest::Approx(3.0));
    CHECK(round.lastScored()[0].points == doctest::Approx(0));
}

TEST_CASE("[placement] with sides right, the other spot; a front view mirrors the sides")
{
    SUBCASE("back view")
    {
        const Level level = test::placementLevel();
        PlacementRound round(level, 0.0);
        round.setSides(SideChoice::Right);
        CHECK(round.openSpots() == std::vector<Vec2>{{215, 415}});
    }
    SUBCASE("front view: the patient's right is on the viewer's left")
    {
        auto map = test::backMap();
        map->view = MapView::Front;
        const Level level = test::placementLevel(map);
        PlacementRound round(level, 0.0);
        round.setSides(SideChoice::Right);
        CHECK(round.openSpots() == std::vector<Vec2>{{185, 415}});
    }
}

TEST_CASE("[placement] a point on the midline is asked where it is, whatever the side")
{
    const Level level = test::placementLevel();
    PlacementRound round(level, 0.0);
    round.setSides(SideChoice::Left);
    REQUIRE(round.skip(1.0));
    round.next(1.0);
    REQUIRE(round.current().code == "GV4");
    CHECK(round.askedSide() == SideChoice::Either);
    REQUIRE(round.place({200, 415}, 2.0));
    CHECK(round.lastScored()[0].points == doctest::Approx(100));
}

TEST_CASE("[placement] a point that asks for every spot ignores the side setting")
{
    Level level = test::placementLevel();
    std::get<PlacementLevel>(level.content).points[0].placeAll = true;
    PlacementRound round(level, 0.0);
    round.setSides(SideChoice::Left);
    CHECK(round.askedSide() == SideChoice::Either);
    CHECK(round.openSpots().size() == 2);
}
