#include "core/PointSuggestion.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

// Seen from behind, midline x = 200; 20 units a cun sideways, 10 up and down.
BodyMap back()
{
    BodyMap map;
    map.id = "back";
    map.view = MapView::Back;
    map.bounds = {0, 0, 400, 800};
    map.midlineX = 200;
    map.landmarks = {{"L2", {200, 400}}, {"psis.L", {180, 480}}, {"psis.R", {220, 480}}, {"trochanter", {300, 520}}};
    map.regions = {BodyRegion{"lower-back", "Lower back", {20, 10}, {}, {}}};
    return map;
}

} // namespace

TEST_CASE("[author] a click beside a midline landmark is written lateral and bilateral, in each axis's cun")
{
    const BodyMap map = back();
    const PointSuggestion s = suggestPoint(map, map.regions[0], {170, 415}, "L2");
    CHECK(s.landmark == "L2");
    CHECK(s.bilateral);
    CHECK(s.lateral == doctest::Approx(1.5));
    CHECK(s.inferior == doctest::Approx(1.5));
    CHECK(pointElement(s) == "<point code=\"CODE\" name=\"NAME\" region=\"lower-back\" landmark=\"L2\" lateral=\"1.5\" "
                             "inferior=\"1.5\" bilateral=\"true\"><location>…</location></point>");
}

TEST_CASE("[author] a landmark with both sides is written once, lateral away from the midline")
{
    const BodyMap map = back();
    // The patient's left is the viewer's left from behind: 10 units further out from psis.L.
    const PointSuggestion s = suggestPoint(map, map.regions[0], {170, 470}, "psis.L");
    CHECK(s.landmark == "psis");
    CHECK(s.bilateral);
    CHECK(s.lateral == doctest::Approx(0.5));
    CHECK(s.inferior == doctest::Approx(-1.0));
    // Toward the midline is a negative lateral.
    CHECK(suggestPoint(map, map.regions[0], {210, 480}, "psis.R").lateral == doctest::Approx(-0.5));
}

TEST_CASE("[author] a landmark off the midline without sides stays one-sided; a close-up gives dx and dy")
{
    BodyMap map = back();
    const PointSuggestion s = suggestPoint(map, map.regions[0], {320, 520}, "trochanter");
    CHECK(s.landmark == "trochanter");
    CHECK_FALSE(s.bilateral);
    CHECK(s.lateral == doctest::Approx(1.0));
    CHECK(pointElement(s).find("inferior") == std::string::npos); // no offset that rounds to 0
    map.view = MapView::Other;
    const PointSuggestion closeUp = suggestPoint(map, map.regions[0], {190, 420}, "L2");
    CHECK(closeUp.closeUp);
    CHECK(pointElement(closeUp) == "<point code=\"CODE\" name=\"NAME\" region=\"lower-back\" landmark=\"L2\" dx=\"-0.5\" "
                                   "dy=\"2\"><location>…</location></point>");
}

TEST_CASE("[author] the landmarks near a click come nearest first")
{
    const BodyMap map = back();
    CHECK(landmarksNear(map, {185, 470}, 2) == std::vector<std::string>{"psis.L", "psis.R"});
    CHECK(landmarksNear(map, {200, 390}, 10).size() == 4);
}
