// The menu's groups (core/MenuGroups.h): placement by region, matching by kind, broken last.
#include "core/MenuGroups.h"

#include "Fixtures.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[menu] a placement level's group is the region most of its points lie in, by its name")
{
    auto map = test::backMap();
    map->regions.push_back({"hand", "Hand", CunScale::uniform(10.0)});
    Level level = test::placementLevel(map);
    CHECK(menuGroupOf(&level).heading == "Back");
    CHECK(menuGroupOf(&level).rank == 0);
    auto& points = std::get<PlacementLevel>(level.content).points;
    points.push_back(test::point("LI4", {{100, 900}}));
    points.back().regionId = "hand";
    CHECK(mainRegion(std::get<PlacementLevel>(level.content)) == "Back"); // 2 of 3
    points.push_back(test::point("SI3", {{110, 900}}));
    points.back().regionId = "hand";
    CHECK(mainRegion(std::get<PlacementLevel>(level.content)) == "Several regions"); // 2 and 2
}

TEST_CASE("[menu] matching levels are grouped by kind, and a file that did not load as such")
{
    const Level matching = test::matchingLevel();
    CHECK(menuGroupOf(&matching).heading == "Matching");
    CHECK(menuGroupOf(&matching).rank == 1);
    CHECK(menuGroupOf(nullptr).rank == 2);
}

TEST_CASE("[menu] groups follow their first level within their rank, each level once, after its heading")
{
    // The catalog's order: a matching level among placement ones, a broken file, the region of
    // the first level again later.
    const std::vector<MenuGroup> groups = {{0, "Lower back"}, {0, "Hand"},  {1, "Matching"},
                                           {2, "Could not be loaded"}, {0, "Lower back"}, {1, "Matching"}};
    const std::vector<MenuItem> items = groupMenu(groups);
    REQUIRE(items.size() == 10);
    CHECK(items[0].heading);
    CHECK(items[0].text == "Lower back");
    CHECK((!items[1].heading && items[1].level == 0));
    CHECK((!items[2].heading && items[2].level == 4));
    CHECK(items[3].text == "Hand");
    CHECK(items[4].level == 1);
    CHECK(items[5].text == "Matching");
    CHECK(items[6].level == 2);
    CHECK(items[7].level == 5);
    CHECK(items[8].text == "Could not be loaded");
    CHECK(items[9].level == 3);
    CHECK(groupMenu({}).empty());
    CHECK(menuOrder(groups) == std::vector<std::size_t>{0, 4, 1, 2, 5, 3});
}

TEST_CASE("[menu] PgUp/PgDn move the focus a page of lines, past headings, and stop at the ends")
{
    // Practice, then two groups of three rows and one of one, each under its heading.
    const std::vector<bool> headings = {false, true, false, false, false, true, false, false, false, true, false};
    SUBCASE("a page down lands on a row, or past the heading it would land on")
    {
        CHECK(pageFocusLine(headings, 0, 3, 1) == 3);
        CHECK(pageFocusLine(headings, 2, 3, 1) == 6); // line 5 is a heading: its first row
        CHECK(pageFocusLine(headings, 6, 3, 1) == 10);
    }
    SUBCASE("a page up skips a heading upwards, as Up does")
    {
        CHECK(pageFocusLine(headings, 8, 3, -1) == 4); // line 5 is a heading: the row above it
        CHECK(pageFocusLine(headings, 4, 3, -1) == 0); // line 1 is a heading
    }
    SUBCASE("at an end the focus stops there and does not go round")
    {
        CHECK(pageFocusLine(headings, 8, 5, 1) == 10);
        CHECK(pageFocusLine(headings, 10, 5, 1) == 10);
        CHECK(pageFocusLine(headings, 2, 5, -1) == 0);
        CHECK(pageFocusLine(headings, 0, 5, -1) == 0);
    }
    SUBCASE("a column that starts with a heading: a page up stops on its first row")
    {
        const std::vector<bool> second = {true, false, false, true, false};
        CHECK(pageFocusLine(second, 4, 9, -1) == 1);
        CHECK(pageFocusLine(second, 1, 2, 1) == 4);
    }
    CHECK(pageFocusLine({}, 0, 3, 1) == 0);
}
