#include "core/LabelLayout.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

const Rect kArea{0, 0, 400, 300};

bool inside(const Rect& box, const Rect& area)
{
    return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width &&
           box.y + box.height <= area.y + area.height;
}

// No label over another label or over any mark, and every label in the area.
void checkClear(const std::vector<LabelRequest>& labels, const std::vector<PlacedLabel>& placed, const Rect& area,
                double markRadius = 7.0)
{
    REQUIRE(placed.size() == labels.size());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        INFO("label " << i << " at " << placed[i].box.x << ", " << placed[i].box.y);
        CHECK(placed[i].free);
        CHECK(inside(placed[i].box, area));
        for (std::size_t j = 0; j < placed.size(); ++j) {
            if (j != i)
                CHECK_FALSE(overlaps(placed[i].box, placed[j].box));
            const Vec2 a = labels[j].anchor;
            CHECK_FALSE(overlaps(placed[i].box, {a.x - markRadius, a.y - markRadius, 2 * markRadius, 2 * markRadius}));
        }
    }
}

} // namespace

TEST_CASE("[labels] a lone label sits right of its mark, centred on it")
{
    const auto placed = layoutLabels({{{100, 100}, {60, 16}}}, kArea);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].box.x == doctest::Approx(100 + 7 + 6));
    CHECK(placed[0].box.y == doctest::Approx(92));
    CHECK(placed[0].free);
}

TEST_CASE("[labels] a label that would leave the area on the right goes left of its mark")
{
    const auto placed = layoutLabels({{{380, 100}, {60, 16}}}, kArea);
    CHECK(placed[0].box.x + placed[0].box.width == doctest::Approx(380 - 7 - 6));
    CHECK(inside(placed[0].box, kArea));
}

TEST_CASE("[labels] a row of marks close together gets labels that neither overlap nor cover a mark")
{
    // Like the 4th sacral foramina beside the median sacral crest: four marks 24 pixels apart.
    const std::vector<LabelRequest> row = {{{150, 150}, {130, 16}},
                                           {{174, 150}, {70, 16}},
                                           {{198, 150}, {150, 16}},
                                           {{222, 150}, {130, 16}}};
    checkClear(row, layoutLabels(row, kArea), kArea);
}

TEST_CASE("[labels] marks in a corner and on top of one another still get clear labels")
{
    const std::vector<LabelRequest> crowd = {{{395, 295}, {90, 16}}, {{390, 290}, {90, 16}}, {{5, 5}, {90, 16}},
                                             {{5, 5}, {90, 16}},     {{200, 2}, {90, 16}}};
    checkClear(crowd, layoutLabels(crowd, kArea), kArea);
}

TEST_CASE("[labels] when nothing is free the label still stays in the area, marked as crowded")
{
    const Rect tiny{0, 0, 100, 40};
    const std::vector<LabelRequest> many = {{{50, 20}, {90, 16}}, {{50, 20}, {90, 16}}, {{50, 20}, {90, 16}}};
    const auto placed = layoutLabels(many, tiny);
    CHECK_FALSE(placed[2].free);
    for (const PlacedLabel& p : placed)
        CHECK(inside(p.box, tiny));
}

TEST_CASE("[labels] a label keeps clear of the boxes it is told to (a true spot's ring)")
{
    const Rect ring{110, 85, 40, 30}; // right of the mark, where the label would go first
    const auto placed = layoutLabels({{{100, 100}, {60, 16}}}, kArea, {}, {ring});
    CHECK(placed[0].free);
    CHECK_FALSE(overlaps(placed[0].box, ring));
    CHECK(placed[0].box.x + placed[0].box.width == doctest::Approx(100 - 7 - 6)); // so it goes left
}

TEST_CASE("[labels] the line tying a pushed-away label to its mark ends at the label's nearest point")
{
    const Rect box{100, 50, 40, 12};
    CHECK(nearestPointOf(box, {90, 56}) == Vec2{100, 56});  // left of it: its left edge, level with the mark
    CHECK(nearestPointOf(box, {160, 80}) == Vec2{140, 62}); // below right: its corner
    CHECK(nearestPointOf(box, {120, 10}) == Vec2{120, 50}); // above: its top edge
    CHECK(nearestPointOf(box, {110, 55}) == Vec2{110, 55}); // inside: the mark itself
}
