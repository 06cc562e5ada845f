// Loader tests for the ways a point's place can be written: spots, place="all", several maps,
// ids and labels; and for regions with a scale given directly. The geometry of toward/fraction,
// sides and dx/dy is tested in core (tests/core/test_spot_resolution.cpp).
#include "Fixtures.h"
#include "core/PointSuggestion.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace acq;
using namespace acq::test;

namespace doctest {
template <> struct StringMaker<acq::Vec2> {
    static String convert(const acq::Vec2& v) { return ("(" + std::to_string(v.x) + ", " + std::to_string(v.y) + ")").c_str(); }
};
} // namespace doctest

namespace {

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

const PointTarget& only(const LoadResult& result)
{
    INFO(joined(result.lines));
    REQUIRE(result.level);
    REQUIRE(result.level->placement()->points.size() == 1);
    return result.level->placement()->points.front();
}

void requireOnly(const LoadResult& result, const std::string& line)
{
    INFO(joined(result.lines));
    CHECK_FALSE(result.level);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines.front() == line);
}

// A side map with a scale given directly (no span of landmarks in view).
const char* const kCloseUpSvg = R"(<svg viewBox="0 0 600 700">
  <g id="landmarks">
    <circle id="gap23-proximal" cx="250" cy="500"/>
    <circle id="gap23-distal" cx="250" cy="300"/>
    <circle id="gap45-proximal" cx="350" cy="500"/>
    <circle id="gap45-distal" cx="350" cy="300"/>
  </g>
</svg>
)";
const char* const kCloseUpMap = R"(<bodymap format="1" id="hand" view="other" art="hand.svg" title="Hand">
  <region id="hand" name="Hand" units-per-cun="50" basis="drawn at 5x the whole figure"/>
</bodymap>
)";

struct CloseUpTree : DataTree {
    CloseUpTree() { addMap("hand", kCloseUpSvg, kCloseUpMap); }
};

} // namespace

TEST_CASE("[points] author mode's suggested element, pasted into a level, lies where the author clicked")
{
    DataTree tree;
    Diagnostics diag;
    const auto map = loadBodyMap(tree.assets / "maps" / "back.map.xml", tree.roots(), diag);
    REQUIRE(map);
    const Vec2 click{170, 430};
    for (const std::string& landmark : landmarksNear(*map, click, 3)) {
        CAPTURE(landmark);
        const PointSuggestion s = suggestPoint(*map, *map->findRegion("lower-back"), click, landmark);
        const LoadResult result = loadLevel(tree, placement("  " + pointElement(s) + "\n"));
        const PointTarget& p = only(result);
        const bool found = std::any_of(p.spots.begin(), p.spots.end(),
                                       [&](Vec2 spot) { return distance(spot, click) < 1.5; }); // 0.05 cun each way
        CHECK(found);
    }
}

TEST_CASE("[points] a location message names the fix, not a false cause")
{
    DataTree tree;
    SUBCASE("toward one side with bilateral: name the landmark without its side")
    {
        requireOnly(loadLevel(tree, placement(
                        R"(  <point code="GB21" name="n" region="lower-back" landmark="L2" toward="scapula-medial-border.L" bilateral="true">
    <location>x</location>
  </point>
)")),
                    "levels/test.xml:3: <point code=\"GB21\">: \"toward\" names one side (\"scapula-medial-border.L\"), so "
                    "bilateral=\"true\" cannot place the other; use toward=\"scapula-medial-border\" with "
                    "bilateral=\"true\" for a point on each side");
    }
    SUBCASE("toward both sides without bilateral: name one, or ask for both")
    {
        requireOnly(loadLevel(tree, placement(
                        R"(  <point code="GB21" name="n" region="lower-back" landmark="L2" toward="scapula-medial-border">
    <location>x</location>
  </point>
)")),
                    "levels/test.xml:3: <point code=\"GB21\">: landmark \"scapula-medial-border\" has two sides: name one "
                    "(\"scapula-medial-border.L\" or \"scapula-medial-border.R\"), or set bilateral=\"true\" for a point on "
                    "each side");
    }
}

TEST_CASE("[points] a fraction without toward is refused with its line")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P" name="n" region="lower-back" landmark="L2" fraction="0.5">
    <location>x</location>
  </point>
)")),
                "levels/test.xml:3: <point code=\"P\">: attribute \"fraction\" needs \"toward\" (the landmark it is a share of the way to)");
}

TEST_CASE("[points] an unknown toward landmark suggests the near miss")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P" name="n" region="lower-back" landmark="L2" toward="L44">
    <location>x</location>
  </point>
)")),
                "levels/test.xml:3: <point code=\"P\">: landmark \"L44\" (in \"toward\") is not in the map \"back\"; did you mean \"L4\"?");
}

TEST_CASE("[points] dx on a bilateral point is refused because it cannot mirror")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P" name="n" region="lower-back" landmark="L2" lateral="1" dx="1" bilateral="true">
    <location>x</location>
  </point>
)")),
                "levels/test.xml:3: <point code=\"P\">: \"dx\" and \"dy\" move along the map's axes, which would not "
                "mirror both sides; use \"lateral\" and \"inferior\" with bilateral=\"true\"");
}

TEST_CASE("[points] spots and place all give a point with several places to place")
{
    CloseUpTree tree;
    const LoadResult result = loadLevel(tree,
        "<level format=\"1\" id=\"t\" kind=\"placement\" title=\"T\">\n"
        "  <map src=\"../assets/maps/hand.map.xml\"/>\n"
        "  <point code=\"EX-UE7\" name=\"Yāotòngdiǎn\" region=\"hand\" place=\"all\">\n"
        "    <spot landmark=\"gap23-proximal\" toward=\"gap23-distal\"/>\n"
        "    <spot landmark=\"gap45-proximal\" toward=\"gap45-distal\" fraction=\"0.5\"/>\n"
        "    <location>two spots on the back of the hand</location>\n"
        "  </point>\n"
        "</level>\n");
    const PointTarget& p = only(result);
    CHECK(p.placeAll);
    CHECK(p.placements() == 2);
    REQUIRE(p.spots.size() == 2);
    CHECK(p.spots[0] == Vec2{250, 400});
    CHECK(p.spots[1] == Vec2{350, 400});
    CHECK(p.landmarks.size() == 4);
}

TEST_CASE("[points] location on both the point and its spots is refused")
{
    CloseUpTree tree;
    const LoadResult result = loadLevel(tree,
        "<level format=\"1\" id=\"t\" kind=\"placement\" title=\"T\">\n"
        "  <map src=\"../assets/maps/hand.map.xml\"/>\n"
        "  <point code=\"P\" name=\"n\" region=\"hand\" landmark=\"gap23-distal\">\n"
        "    <spot landmark=\"gap45-distal\"/>\n"
        "    <location>x</location>\n"
        "  </point>\n"
        "</level>\n");
    requireOnly(result, "levels/test.xml:3: <point code=\"P\">: attribute \"landmark\": give the location either on "
                        "<point> or in its <spot> elements, not both");
}

TEST_CASE("[points] place all on a point with one spot is refused")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P" name="n" region="lower-back" landmark="L2" place="all">
    <location>x</location>
  </point>
)")),
                "levels/test.xml:3: <point code=\"P\">: place=\"all\" asks for every spot, but the point has only one; give it two or more <spot> elements, or leave out place=\"all\"");
}

TEST_CASE("[points] two points may share a code with ids of their own, and labels are kept")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(
        R"(  <point id="EX-B2-L2" code="EX-B2" label="EX-B2 beside L2" name="Jiájǐ" region="lower-back" landmark="L2" lateral="0.5" bilateral="true"><location>x</location></point>
  <point id="EX-B2-L4" code="EX-B2" label="EX-B2 beside L4" name="Jiájǐ" region="lower-back" landmark="L4" lateral="0.5" bilateral="true"><location>x</location></point>
)"));
    INFO(joined(result.lines));
    REQUIRE(result.level);
    const auto& points = result.level->placement()->points;
    REQUIRE(points.size() == 2);
    CHECK(points[0].id == "EX-B2-L2");
    CHECK(points[1].label == "EX-B2 beside L4");
    CHECK(points[1].spots[0] == Vec2{190, 460}); // 0.5 cun at 20 units per cun
}

TEST_CASE("[points] a level with several maps places each point on its own map")
{
    CloseUpTree tree;
    const LoadResult result = loadLevel(tree,
        "<level format=\"1\" id=\"t\" kind=\"placement\" title=\"T\">\n"
        "  <map id=\"trunk\" src=\"../assets/maps/back.map.xml\"/>\n"
        "  <map id=\"hand\" src=\"../assets/maps/hand.map.xml\" frame=\"100 200 400 400\"/>\n"
        "  <point code=\"A\" name=\"n\" region=\"lower-back\" landmark=\"L2\"><location>x</location></point>\n"
        "  <point code=\"B\" name=\"n\" region=\"hand\" map=\"hand\" landmark=\"gap23-distal\"><location>x</location></point>\n"
        "</level>\n");
    INFO(joined(result.lines));
    REQUIRE(result.level);
    const PlacementLevel& level = *result.level->placement();
    REQUIRE(level.maps.size() == 2);
    CHECK(level.points[0].map == 0);
    CHECK(level.points[1].map == 1);
    CHECK(level.mapOf(level.points[1]).map->id == "hand");
    CHECK(level.mapOf(level.points[1]).frame->width == 400.0);
}

TEST_CASE("[points] several maps without ids, and a point naming a missing map, are refused")
{
    CloseUpTree tree;
    const LoadResult result = loadLevel(tree,
        "<level format=\"1\" id=\"t\" kind=\"placement\" title=\"T\">\n"
        "  <map src=\"../assets/maps/back.map.xml\"/>\n"
        "  <map id=\"hand\" src=\"../assets/maps/hand.map.xml\"/>\n"
        "  <point code=\"B\" name=\"n\" region=\"hand\" map=\"hnad\" landmark=\"gap23-distal\"><location>x</location></point>\n"
        "</level>\n");
    INFO(joined(result.lines));
    CHECK_FALSE(result.level);
    CHECK(std::find(result.lines.begin(), result.lines.end(),
                    "levels/test.xml:2: <map>: a level with several maps needs an \"id\" on each") != result.lines.end());
    CHECK(std::find(result.lines.begin(), result.lines.end(),
                    "levels/test.xml:4: <point code=\"B\">: map \"hnad\" is not a <map> of this level; did you mean "
                    "\"hand\"?") != result.lines.end());
}

TEST_CASE("[maps] a region may give its scale directly, with a basis")
{
    CloseUpTree tree;
    MapCache maps(tree.roots());
    Diagnostics diag;
    const auto map = maps.get(std::filesystem::canonical(tree.assets / "maps" / "hand.map.xml"), diag);
    REQUIRE(map);
    REQUIRE(map->findRegion("hand"));
    CHECK(map->findRegion("hand")->scale.x == 50.0);
    CHECK(map->findRegion("hand")->scale.y == 50.0);
}

TEST_CASE("[maps] a direct scale without a basis, or mixed with a span, is refused")
{
    CloseUpTree tree;
    tree.dir.write("data/assets/maps/bad.map.xml",
                   "<bodymap format=\"1\" id=\"bad\" view=\"other\" art=\"hand.svg\" title=\"Bad\">\n"
                   "  <region id=\"a\" name=\"A\" units-per-cun=\"50\"/>\n"
                   "  <region id=\"b\" name=\"B\" units-per-cun=\"50\" basis=\"x\" cun=\"6\"/>\n"
                   "</bodymap>\n");
    MapCache maps(tree.roots());
    Diagnostics diag;
    CHECK_FALSE(maps.get(std::filesystem::canonical(tree.assets / "maps" / "bad.map.xml"), diag));
    const auto lines = formatted(diag);
    INFO(joined(lines));
    const std::string file = tree.mapFile("bad.map.xml");
    CHECK(std::find(lines.begin(), lines.end(), file + ":2: <region id=\"a\">: missing attribute \"basis\"") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(),
                    file + ":3: <region id=\"b\">: give either \"units-per-cun\" or \"from\", \"to\" and \"cun\", not both (\"cun\")") !=
          lines.end());
}

TEST_CASE("[maps] a close-up may name its directions, from the anatomical terms only")
{
    CloseUpTree tree;
    tree.dir.write("data/assets/maps/named.map.xml",
                   "<bodymap format=\"1\" id=\"named\" view=\"other\" up=\"distal\" left=\"radial\" art=\"hand.svg\" title=\"N\">\n"
                   "  <region id=\"hand\" name=\"Hand\" units-per-cun=\"50\" basis=\"x\"/>\n</bodymap>\n");
    tree.dir.write("data/assets/maps/wrong.map.xml",
                   "<bodymap format=\"1\" id=\"wrong\" view=\"other\" up=\"upward\" art=\"hand.svg\" title=\"W\">\n"
                   "  <region id=\"hand\" name=\"Hand\" units-per-cun=\"50\" basis=\"x\"/>\n</bodymap>\n");
    MapCache maps(tree.roots());
    Diagnostics diag;
    const auto named = maps.get(std::filesystem::canonical(tree.assets / "maps" / "named.map.xml"), diag);
    REQUIRE(named);
    CHECK(named->upTerm == "distal");
    CHECK(named->leftTerm == "radial");
    CHECK_FALSE(maps.get(std::filesystem::canonical(tree.assets / "maps" / "wrong.map.xml"), diag));
    const auto lines = formatted(diag);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find(":1: <bodymap id=\"wrong\">: attribute \"up\" must be one of superior, inferior") != std::string::npos);
}

TEST_CASE("[points] a point's characters and meaning are read and shown with its pinyin")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(
        R"(  <point code="BL23" name="Shènshū" hanzi="肾俞" traditional="腎俞" meaning="Kidney Shu" region="lower-back" landmark="L2">
    <location>at L2</location>
  </point>
)"));
    CHECK(result.lines.empty());
    const PointTarget& p = only(result);
    CHECK(p.hanzi == "肾俞");
    CHECK(p.traditional == "腎俞");
    CHECK(p.meaning == "Kidney Shu");
    CHECK(p.fullName() == "Shènshū 肾俞 / 腎俞 \u201CKidney Shu\u201D");
    SUBCASE("the same characters in both sets are shown once")
    {
        PointTarget same = p;
        same.traditional = same.hanzi;
        CHECK(same.fullName() == "Shènshū 肾俞 \u201CKidney Shu\u201D");
    }
    SUBCASE("without them, the pinyin alone")
    {
        PointTarget bare;
        bare.name = "Hégǔ";
        CHECK(bare.fullName() == "Hégǔ");
    }
}

TEST_CASE("[points] an alias's note is shown with it")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(
        R"x(  <point code="BL54" name="Zhìbiān" region="lower-back" landmark="L2">
    <location>at L2</location>
    <alias note="in some older books B54 is Wěizhōng (BL40)">B54</alias>
    <alias>V54</alias>
  </point>
)x"));
    CHECK(result.lines.empty());
    CHECK(only(result).aliases == std::vector<std::string>{"B54 (in some older books B54 is Wěizhōng (BL40))", "V54"});
}
