#include "Fixtures.h"

#include <doctest/doctest.h>

using namespace acq;
using namespace acq::test;

namespace {

struct MapResult {
    std::shared_ptr<const BodyMap> map;
    std::vector<std::string> lines;
};

MapResult loadMap(const DataTree& tree, const std::string& name)
{
    Diagnostics diag;
    MapResult result;
    result.map = loadBodyMap(tree.assets / "maps" / name, tree.roots(), diag);
    result.lines = formatted(diag);
    return result;
}

// Writes test.map.xml (one region from a.L to a.R, 4 cun) over the given SVG, and loads it.
MapResult loadWithSvg(const DataTree& tree, const std::string& svg, const std::string& view = "back")
{
    tree.dir.write("data/assets/maps/test.svg", svg);
    tree.dir.write("data/assets/maps/test.map.xml", "<bodymap format=\"1\" id=\"t\" view=\"" + view + R"(" art="test.svg" title="T">
  <region id="r" name="R" from="a.L" to="a.R" cun="4"/>
</bodymap>
)");
    return loadMap(tree, "test.map.xml");
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

void requireOnly(const MapResult& result, const std::string& line)
{
    INFO(joined(result.lines));
    CHECK_FALSE(result.map);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines.front() == line);
}

} // namespace

TEST_CASE("[map] the viewBox, landmarks and region scales are read")
{
    DataTree tree;
    const MapResult result = loadMap(tree, "back.map.xml");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.lines.empty());
    const BodyMap& map = *result.map;
    CHECK(map.id == "back");
    CHECK(map.title == "Back view");
    CHECK(map.view == MapView::Back);
    CHECK(map.bounds.x == 0.0);
    CHECK(map.bounds.y == 0.0);
    CHECK(map.bounds.width == 400.0);
    CHECK(map.bounds.height == 800.0);
    CHECK(map.midlineX == 200.0);
    CHECK(map.landmarks.size() == 7);
    CHECK(map.landmark("L2") == Vec2{200.0, 400.0});
    CHECK(map.landmark("popliteal-crease.R") == Vec2{250.0, 700.0});
    REQUIRE(map.findRegion("lower-back"));
    CHECK(map.findRegion("lower-back")->name == "Lower back");
    CHECK(map.findRegion("lower-back")->scale.x == doctest::Approx(20.0));
    CHECK(map.findRegion("lower-back")->scale.y == doctest::Approx(20.0));
    CHECK(map.findRegion("leg")->scale.y == doctest::Approx(10.0));
    CHECK(map.artPath == (tree.assets / "maps" / "back.svg").string());
}

TEST_CASE("[map] a viewBox may use commas and an offset origin")
{
    DataTree tree;
    const MapResult result = loadWithSvg(tree, R"(<svg viewBox="-50,10, 200 300"><g id="landmarks">
<circle id="a.L" cx="0" cy="100"/><circle id="a.R" cx="100" cy="100"/></g></svg>)");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.map->bounds.x == -50.0);
    CHECK(result.map->bounds.y == 10.0);
    CHECK(result.map->bounds.width == 200.0);
    CHECK(result.map->bounds.height == 300.0);
    CHECK(result.map->midlineX == 50.0);
    CHECK(result.map->findRegion("r")->scale.y == doctest::Approx(25.0));
}

TEST_CASE("[map] a landmark named midline sets the midline")
{
    DataTree tree;
    const MapResult result = loadWithSvg(tree, R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="midline" cx="190" cy="0"/><circle id="a.L" cx="150" cy="100"/><circle id="a.R" cx="230" cy="100"/></g></svg>)");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.map->midlineX == 190.0);
}

TEST_CASE("[map] landmarks are found in nested groups anywhere in the art")
{
    DataTree tree;
    const MapResult result = loadWithSvg(tree, R"(<svg viewBox="0 0 400 800">
  <g id="layer1"><g id="landmarks"><g><circle id="a.L" cx="100" cy="100"/></g><circle id="a.R" cx="300" cy="100"/><text>label</text></g></g>
  <circle id="not-a-landmark" cx="1000" cy="1000"/>
</svg>)");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.map->landmarks.size() == 2);
}

TEST_CASE("[map] a region naming a missing landmark is an error")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/test.map.xml", R"(<bodymap format="1" id="t" view="back" art="back.svg" title="T">
  <region id="r" name="R" from="L2" to="scapula-medial-bordr.R" cun="4"/>
</bodymap>
)");
    requireOnly(loadMap(tree, "test.map.xml"),
                tree.mapFile("test.map.xml") + ":2: <region id=\"r\">: landmark \"scapula-medial-bordr.R\" is not in the art (" +
                    tree.mapFile("back.svg") + "); did you mean \"scapula-medial-border.R\"?");
}

TEST_CASE("[map] two landmarks at the same place give no scale")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/test.map.xml", R"(<bodymap format="1" id="t" view="back" art="back.svg" title="T">
  <region id="r" name="R" from="L2" to="L2" cun="4"/>
</bodymap>
)");
    requireOnly(loadMap(tree, "test.map.xml"), tree.mapFile("test.map.xml") +
                                                   ":2: <region id=\"r\">: landmarks \"L2\" and \"L2\" are at the same place, so they cannot give a scale");
}

TEST_CASE("[map] cun must be greater than zero")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/test.map.xml", R"(<bodymap format="1" id="t" view="back" art="back.svg" title="T">
  <region id="r" name="R" from="L2" to="L4" cun="0"/>
</bodymap>
)");
    const MapResult result = loadMap(tree, "test.map.xml");
    CHECK_FALSE(result.map);
    REQUIRE_FALSE(result.lines.empty());
    CHECK(result.lines.front() == tree.mapFile("test.map.xml") +
                                      ":2: <region id=\"r\">: attribute \"cun\" must be greater than 0 and at most 1000, not 0");
}

TEST_CASE("[map] a viewBox of three numbers is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, "<svg\n viewBox=\"0 0 400\"><g id=\"landmarks\"/></svg>"),
                tree.mapFile("test.svg") + ":1: <svg>: attribute \"viewBox\" must be four numbers \"x y width height\", not \"0 0 400\"");
}

TEST_CASE("[map] a viewBox with junk is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, "<svg viewBox=\"0 0 400px 800\"><g id=\"landmarks\"/></svg>"),
                tree.mapFile("test.svg") + ":1: <svg>: attribute \"viewBox\" must be four numbers \"x y width height\", not \"0 0 400px 800\"");
}

TEST_CASE("[map] a viewBox without area is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, "<svg viewBox=\"0 0 0 800\"><g id=\"landmarks\"/></svg>"),
                tree.mapFile("test.svg") + ":1: <svg>: attribute \"viewBox\" must have a width and height greater than 0, not \"0 0 0 800\"");
}

TEST_CASE("[map] art without a viewBox is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, "<svg width=\"400\"><g id=\"landmarks\"/></svg>"),
                tree.mapFile("test.svg") + ":1: <svg>: missing attribute \"viewBox\"");
}

TEST_CASE("[map] art that is not SVG is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, "<html/>"), tree.mapFile("test.svg") + ":1: <html>: the root element must be <svg>");
}

TEST_CASE("[map] art without a landmarks group is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, "<svg viewBox=\"0 0 10 10\">\n<g id=\"landmark\"/></svg>"),
                tree.mapFile("test.svg") + ":1: <svg>: no element with id=\"landmarks\" (a group of one <circle id cx cy> per landmark)");
}

TEST_CASE("[map] a duplicate landmark names the first")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="100" cy="100"/>
<circle id="a.R" cx="300" cy="100"/>
<circle id="a.L" cx="110" cy="100"/>
</g></svg>)"),
                tree.mapFile("test.svg") + ":4: <circle id=\"a.L\">: duplicate landmark \"a.L\" (first at line 2)");
}

TEST_CASE("[map] a landmark outside the viewBox is an error")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="100" cy="100"/>
<circle id="a.R" cx="300" cy="100"/>
<circle id="far" cx="512" cy="100"/>
</g></svg>)"),
                tree.mapFile("test.svg") + ":4: <circle id=\"far\">: landmark \"far\" at (512, 100) lies outside the viewBox 0 0 400 800");
}

TEST_CASE("[map] a landmark coordinate must be a strict number")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="100" cy="100"/>
<circle id="a.R" cx="300px" cy="100"/>
</g></svg>)"),
                tree.mapFile("test.svg") + ":3: <circle id=\"a.R\">: attribute \"cx\" is not a number: \"300px\"");
}

TEST_CASE("[map] a transformed landmark is refused")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, R"svg(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="100" cy="100"/>
<g transform="translate(10 0)">
<circle id="a.R" cx="300" cy="100"/>
</g></g></svg>)svg"),
                tree.mapFile("test.svg") +
                    ":4: <circle id=\"a.R\">: landmarks must not be moved by a \"transform\" (on the circle or a group holding it): "
                    "cx and cy must be the landmark's place in viewBox units");
}

TEST_CASE("[map] a left landmark on the right of a back view is an error")
{
    DataTree tree;
    requireOnly(loadWithSvg(tree, R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="300" cy="100"/>
<circle id="a.R" cx="350" cy="100"/>
</g></svg>)"),
                tree.mapFile("test.svg") + ":2: <circle id=\"a.L\">: landmark \"a.L\" must lie on the patient's left, which on a back view is the viewer's left (x < 200); move it there, or name it \"a.R\" if it marks "
                                           "the other side, or check the map's view=\"back\"");
}

TEST_CASE("[map] on a front view the patient's left is on the viewer's right")
{
    DataTree tree;
    const MapResult result = loadWithSvg(tree, R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="300" cy="100"/>
<circle id="a.R" cx="100" cy="100"/>
</g></svg>)",
                                         "front");
    INFO(joined(result.lines));
    CHECK(result.map);
}

TEST_CASE("[map] art outside the data folders is refused")
{
    DataTree tree;
    tree.dir.write("outside.svg", kBackSvg);
    tree.dir.write("data/assets/maps/test.map.xml", R"(<bodymap format="1" id="t" view="back" art="../../../outside.svg" title="T">
  <region id="r" name="R" from="L2" to="L4" cun="4"/>
</bodymap>
)");
    requireOnly(loadMap(tree, "test.map.xml"),
                tree.mapFile("test.map.xml") + ":1: <bodymap id=\"t\">: attribute \"art\": the path \"../../../outside.svg\" leads outside the game's data folders");
}

TEST_CASE("[map] the root must be a bodymap of format 1")
{
    DataTree tree;
    SUBCASE("root")
    {
        tree.dir.write("data/assets/maps/test.map.xml", "<map/>");
        requireOnly(loadMap(tree, "test.map.xml"), tree.mapFile("test.map.xml") + ":1: <map>: the root element must be <bodymap>");
    }
    SUBCASE("format")
    {
        tree.dir.write("data/assets/maps/test.map.xml", "<bodymap format=\"3\" id=\"t\"/>");
        requireOnly(loadMap(tree, "test.map.xml"),
                    tree.mapFile("test.map.xml") + ":1: <bodymap id=\"t\">: format 3 is not supported by this version (1)");
    }
}

TEST_CASE("[map] a map needs a region")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/test.map.xml", R"(<bodymap format="1" id="t" view="back" art="back.svg" title="T"/>)");
    requireOnly(loadMap(tree, "test.map.xml"),
                tree.mapFile("test.map.xml") + ":1: <bodymap id=\"t\">: has no <region> (points are scored in a region's cun)");
}

TEST_CASE("[map] the cache loads a map once")
{
    DataTree tree;
    MapCache cache(tree.roots());
    Diagnostics diag;
    const auto file = std::filesystem::canonical(tree.assets / "maps" / "back.map.xml");
    const auto a = cache.get(file, diag);
    const auto b = cache.get(file, diag);
    REQUIRE(a);
    CHECK(a == b);
    CHECK(diag.empty());
    CHECK(cache.roots().folders == tree.roots());
}

TEST_CASE("[map] a declared proportion is read; its landmarks and region must exist")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/test.map.xml", R"(<bodymap format="1" id="t" view="back" art="back.svg" title="T">
  <region id="r" name="R" from="scapula-medial-border.L" to="scapula-medial-border.R" cun="6"/>
  <proportion from="L2" to="L4" axis="y" cun="3" within="0.1" region="r" basis="two levels"/>
</bodymap>
)");
    const MapResult good = loadMap(tree, "test.map.xml");
    REQUIRE(good.map);
    REQUIRE(good.map->proportions.size() == 1);
    const Proportion& p = good.map->proportions.front();
    CHECK(p.from == "L2");
    CHECK(p.to == "L4");
    CHECK(p.axis == 'y');
    CHECK(p.cun == doctest::Approx(3));
    CHECK(p.within == doctest::Approx(0.1));
    CHECK(p.regionId == "r");
    CHECK(p.line == 3);

    tree.dir.write("data/assets/maps/bad.map.xml", R"(<bodymap format="1" id="t" view="back" art="back.svg" title="T">
  <region id="r" name="R" from="scapula-medial-border.L" to="scapula-medial-border.R" cun="6"/>
  <proportion from="L2" to="L9" cun="3" region="q"/>
</bodymap>
)");
    const MapResult bad = loadMap(tree, "bad.map.xml");
    CHECK_FALSE(bad.map);
    CHECK(bad.lines == std::vector<std::string>{
                           tree.mapFile("bad.map.xml") + ":3: <proportion>: landmark \"L9\" is not in the art (" +
                               tree.mapFile("back.svg") + ")",
                           tree.mapFile("bad.map.xml") + ":3: <proportion>: no region \"q\" in this map",
                       });
}

namespace {

// test.map.xml with the given <region> over an SVG with a.L/a.R 100 units apart sideways and
// top/bottom 50 units apart up and down.
MapResult loadWithRegion(const DataTree& tree, const std::string& region)
{
    tree.dir.write("data/assets/maps/test.svg", R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="a.L" cx="150" cy="100"/><circle id="a.R" cx="250" cy="100"/>
<circle id="top" cx="200" cy="100"/><circle id="bottom" cx="200" cy="150"/></g></svg>)");
    tree.dir.write("data/assets/maps/test.map.xml",
                   "<bodymap format=\"1\" id=\"t\" view=\"back\" art=\"test.svg\" title=\"T\">\n  " + region + "\n</bodymap>\n");
    return loadMap(tree, "test.map.xml");
}

} // namespace

TEST_CASE("[map] a region may take its sideways cun from a span of its own")
{
    DataTree tree;
    const MapResult result =
        loadWithRegion(tree, R"(<region id="r" name="R" from="top" to="bottom" cun="5" x-from="a.L" x-to="a.R" x-cun="8"/>)");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.lines.empty());
    CHECK(result.map->findRegion("r")->scale.x == doctest::Approx(12.5));
    CHECK(result.map->findRegion("r")->scale.y == doctest::Approx(10.0));
}

TEST_CASE("[map] a close-up region may give its sideways scale directly")
{
    DataTree tree;
    const MapResult result =
        loadWithRegion(tree, R"(<region id="r" name="R" units-per-cun="40" x-units-per-cun="30" basis="test"/>)");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.map->findRegion("r")->scale.x == doctest::Approx(30.0));
    CHECK(result.map->findRegion("r")->scale.y == doctest::Approx(40.0));
}

TEST_CASE("[map] a sideways span with a landmark missing from the art is an error")
{
    DataTree tree;
    const MapResult result =
        loadWithRegion(tree, R"(<region id="r" name="R" from="top" to="bottom" cun="5" x-from="a.L" x-to="a.Lx" x-cun="8"/>)");
    requireOnly(result, tree.mapFile("test.map.xml") + ":2: <region id=\"r\">: landmark \"a.Lx\" is not in the art (" +
                            tree.mapFile("test.svg") + "); did you mean \"a.L\"?");
}

TEST_CASE("[map] a sideways span needs its cun")
{
    DataTree tree;
    const MapResult result =
        loadWithRegion(tree, R"(<region id="r" name="R" from="top" to="bottom" cun="5" x-from="a.L" x-to="a.R"/>)");
    INFO(joined(result.lines));
    CHECK_FALSE(result.map);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines.front().find("\"x-cun\"") != std::string::npos);
}

TEST_CASE("[map] landmarks are named for the player, one name for both sides")
{
    DataTree tree;
    const MapResult result = loadWithRegion(tree, R"(<region id="r" name="R" from="top" to="bottom" cun="5"/>
  <landmark id="a" name="knuckle"/>
  <landmark id="top" name="top of the span"/>)");
    INFO(joined(result.lines));
    REQUIRE(result.map);
    CHECK(result.lines.empty());
    CHECK(result.map->landmarkName("a.L") == "knuckle, left");
    CHECK(result.map->landmarkName("a.R") == "knuckle, right");
    CHECK(result.map->landmarkName("top") == "top of the span");
    CHECK(result.map->landmarkName("bottom") == "bottom"); // unnamed: its id
}

TEST_CASE("[map] a name for a landmark the art lacks is a warning")
{
    DataTree tree;
    const MapResult result = loadWithRegion(tree, R"(<region id="r" name="R" from="top" to="bottom" cun="5"/>
  <landmark id="botom" name="bottom"/>)");
    REQUIRE(result.map);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines.front() == tree.mapFile("test.map.xml") + ":3: warning: <landmark id=\"botom\">: no such landmark "
                                  "in the art (" + tree.mapFile("test.svg") + "); did you mean \"bottom\"?");
}
