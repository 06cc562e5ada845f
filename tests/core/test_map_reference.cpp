#include "core/MapReference.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

BodyMap backMap()
{
    BodyMap map;
    map.id = "back";
    map.title = "Back view";
    map.view = MapView::Back;
    map.bounds = {0, 0, 400, 1100};
    map.landmarks = {{"L2", {200, 425}}, {"psis.L", {181, 485}}, {"psis.R", {219, 485}}, {"odd", {1, 2}}};
    map.landmarkNames = {{"L2", "L2 spinous process"}, {"psis", "PSIS"}};
    BodyRegion back{"lower-back", "Lower back", CunScale::uniform(13.5), {"scapula.L", "scapula.R", 6, ""}, {}};
    BodyRegion belly{"stomach", "Abdomen", {12.5, 16}, {"umbilicus", "pubis", 5, ""}, CunBasis{"nipple.L", "nipple.R", 8, ""}};
    BodyRegion hand{"hand", "Hand", CunScale::uniform(67.5), {"", "", 0, "drawn at 5x | the figure"}, {}};
    map.regions = {back, belly, hand};
    return map;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

TEST_CASE("[map reference] a map's regions say where each axis's cun comes from")
{
    const BodyMap map = backMap();
    const std::string page = describeMaps({{"assets:maps/back.map.xml", &map}});
    CHECK(contains(page, "## Back view\n"));
    CHECK(contains(page, "`<map src=\"assets:maps/back.map.xml\"/>`; map id `back`"));
    CHECK(contains(page, "| `lower-back` | Lower back | `scapula.L` to `scapula.R` is 6 cun (13.5 units a cun) | the same cun |"));
    CHECK(contains(page, "| `stomach` | Abdomen | `umbilicus` to `pubis` is 5 cun (16 units a cun) | `nipple.L` to `nipple.R` is 8 cun (12.5 units a cun) |"));
    // A scale given directly carries its reasoning, with the table's separator escaped.
    CHECK(contains(page, "| `hand` | Hand | 67.5 units a cun, given directly: drawn at 5x \\| the figure | the same cun |"));
}

TEST_CASE("[map reference] a landmark with sides is listed once, named in words, with both sides")
{
    const BodyMap map = backMap();
    const std::string page = describeMaps({{"assets:maps/back.map.xml", &map}});
    CHECK(contains(page, "| `psis` | PSIS | `psis.L` left, `psis.R` right | 181, 485; 219, 485 |"));
    CHECK(contains(page, "| `L2` | L2 spinous process | none | 200, 425 |"));
    CHECK(contains(page, "| `odd` | (no name given) | none | 1, 2 |"));
    CHECK_FALSE(contains(page, "`psis.L` |"));
}

TEST_CASE("[map reference] a close-up says how misses are told")
{
    BodyMap map = backMap();
    map.view = MapView::Other;
    map.upTerm = "distal";
    map.leftTerm = "radial";
    const std::string page = describeMaps({{"assets:maps/hand.map.xml", &map}});
    CHECK(contains(page, "a close-up: offsets as `dx` (to the right) and `dy` (down) in cun"));
    CHECK(contains(page, "(up is distal, left is radial)"));
}
