#include "core/ProgressLayout.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[progress layout] the sections stand side by side as far as the width allows, the chosen one always shown")
{
    SUBCASE("room for all three: no tabs")
    {
        const SectionsShown s = sectionsShown(900, 10, 250, 2);
        CHECK(s.count == 3);
        CHECK(s.first == 0);
        CHECK_FALSE(s.tabs());
    }
    SUBCASE("room for two: the levels with the first list, or both lists")
    {
        CHECK(sectionsShown(520, 10, 250, 0).first == 0);
        CHECK(sectionsShown(520, 10, 250, 0).count == 2);
        CHECK(sectionsShown(520, 10, 250, 1).first == 1);
        CHECK(sectionsShown(520, 10, 250, 2).first == 1);
        CHECK(sectionsShown(520, 10, 250, 2).tabs());
    }
    SUBCASE("room for one, or less: the chosen one alone")
    {
        for (std::size_t active = 0; active < kProgressSections; ++active) {
            const SectionsShown s = sectionsShown(300, 10, 250, active);
            CHECK(s.count == 1);
            CHECK(s.first == active);
            CHECK(s.shows(active));
        }
        CHECK(sectionsShown(100, 10, 250, 1).count == 1);
        CHECK(sectionsShown(100, 10, 250, 7).first == 2); // clamped
    }
}

TEST_CASE("[progress layout] a list is shown a page at a time, the page clamped to the last")
{
    ListPage p = listPage(8, 3, 0);
    CHECK(p.first == 0);
    CHECK(p.count == 3);
    CHECK(p.pages == 3);
    CHECK_FALSE(p.hasPrevious());
    CHECK(p.hasNext());
    CHECK(pageIndicator(p) == "1-3 of 8");
    p = listPage(8, 3, 2);
    CHECK(p.first == 6);
    CHECK(p.count == 2);
    CHECK_FALSE(p.hasNext());
    CHECK(pageIndicator(p) == "7-8 of 8");
    CHECK(listPage(8, 3, 99).page == 2);
    CHECK(pageIndicator(listPage(7, 3, 2)) == "7 of 7");
    SUBCASE("one page: no indicator")
    {
        CHECK(pageIndicator(listPage(3, 3, 0)).empty());
        CHECK(listPage(0, 3, 1).pages == 1);
        CHECK(listPage(0, 3, 1).count == 0);
        CHECK(listPage(5, 0, 0).count == 1); // at least one row a page
    }
}

TEST_CASE("[progress layout] rows that fit leave room for the page indicator only when they do not all fit")
{
    CHECK(rowsThatFit(100, 20, 5, 15) == 5);  // all five fit: no indicator needed
    CHECK(rowsThatFit(100, 20, 6, 15) == 4);  // 85 px left under the indicator
    CHECK(rowsThatFit(10, 20, 6, 15) == 1);   // never none
    CHECK(rowsThatFit(100, 0, 6, 15) == 6);
}
