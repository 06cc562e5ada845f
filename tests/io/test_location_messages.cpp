// Every message the loader gives about where a point lies, one row each: a tiny level that
// triggers it, the line it must name, what is wrong, and the fix the message must name (issue 20,
// section 4: "landmark C7 is off the midline" sent an author the wrong way four times).
#include "Fixtures.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace acq;
using namespace acq::test;

namespace {

// A back view that has only the left side of one landmark.
const char* const kOneSideSvg = R"(<svg viewBox="0 0 400 800">
  <g id="landmarks">
    <circle id="L2" cx="200" cy="400"/>
    <circle id="scapula-medial-border.L" cx="140" cy="250"/>
    <circle id="scapula-medial-border.R" cx="260" cy="250"/>
    <circle id="popliteal-crease.L" cx="150" cy="700"/>
  </g>
</svg>
)";
const char* const kOneSideMap = R"(<bodymap format="1" id="oneside" view="back" art="oneside.svg" title="One side">
  <region id="lower-back" name="Lower back" from="scapula-medial-border.L" to="scapula-medial-border.R" cun="6"/>
</bodymap>
)";

struct Row {
    const char* what;
    const char* map;     // the file under assets/maps
    const char* point;   // the <point> on line 4, without its <location>
    const char* problem; // what the message says is wrong ...
    const char* fix;     // ... and, right after it, what to write instead
};

// A valid point on line 3 so that the line of the row's point is not the first one's by chance.
const char* okPoint(const std::string& map)
{
    return map == "side.map.xml" ? R"(  <point code="OK" name="n" region="leg" landmark="knee"><location>x</location></point>)"
                                 : R"(  <point code="OK" name="n" region="lower-back" landmark="L2"><location>x</location></point>)";
}

const Row kRows[] = {
    {"unknown region, near miss", "back.map.xml", R"(<point code="P" name="n" region="lower-bak" landmark="L2">)",
     R"(region "lower-bak" is not in the map "back")", R"(; did you mean "lower-back"?)"},
    {"unknown region, far from any", "back.map.xml", R"(<point code="P" name="n" region="arm" landmark="L2">)",
     R"(region "arm" is not in the map "back")", R"(; use one of "lower-back", "leg")"},
    {"lateral on a close-up", "side.map.xml", R"(<point code="P" name="n" region="leg" landmark="knee" lateral="1">)",
     R"(attribute "lateral" needs a front or back map; the map "side" has view="other")",
     R"(, so use "dx" (cun along the map's x axis) instead)"},
    {"x and y mirrored on a close-up", "side.map.xml",
     R"(<point code="P" name="n" region="leg" x="100" y="100" bilateral="true">)",
     R"(bilateral="true" needs a front or back map to mirror the point; the map "side" has view="other")",
     R"(, so give each side as a <spot> of its own instead)"},
    {"bilateral on the midline", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L2" bilateral="true">)",
     R"(bilateral="true" but the point lies on the midline)", R"(; set bilateral="false")"},
    {"unknown toward, near miss", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L2" toward="L44">)",
     R"(landmark "L44" (in "toward") is not in the map "back")", R"(; did you mean "L4"?)"},
    {"unknown toward, near miss of a landmark the art has only with sides", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" toward="scapula-medial-bordr" bilateral="true">)",
     R"(landmark "scapula-medial-bordr" (in "toward") is not in the map "back")",
     R"(; did you mean "scapula-medial-border"?)"},
    {"unknown toward, far from any", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" toward="acromion">)",
     R"(landmark "acromion" (in "toward") is not in the map "back")",
     R"(; docs/maps.md lists the landmarks of each shipped map)"},
    {"toward both sides from the midline, without bilateral", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" toward="scapula-medial-border">)",
     R"(landmark "scapula-medial-border" has two sides)",
     R"(: name one ("scapula-medial-border.L" or "scapula-medial-border.R"), or set bilateral="true" for a point on each side)"},
    {"toward both sides from one side", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="iliac-top" toward="scapula-medial-border">)",
     R"(landmark "scapula-medial-border" has two sides)",
     R"(: name one ("scapula-medial-border.L" or "scapula-medial-border.R"))"},
    {"toward one side with bilateral (GB21: C7 toward acromion.L)", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" toward="scapula-medial-border.L" bilateral="true">)",
     R"("toward" names one side ("scapula-medial-border.L"), so bilateral="true" cannot place the other)",
     R"(; use toward="scapula-medial-border" with bilateral="true" for a point on each side)"},
    {"one side of a landmark with bilateral", "back.map.xml",
     R"(<point code="P" name="n" region="leg" landmark="popliteal-crease.L" bilateral="true">)",
     R"(landmark "popliteal-crease.L" names one side)",
     R"(; use "popliteal-crease" with bilateral="true" for both sides, or leave out bilateral="true" for this side only)"},
    {"beside a midline landmark without bilateral", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" lateral="1.5">)",
     R"(landmark "L2" is on the midline: a point 1.5 cun to the side of it)",
     R"( needs bilateral="true" (or a landmark with sides))"},
    {"bilateral from a landmark off the midline without sides", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="iliac-top" bilateral="true">)",
     R"(landmark "iliac-top" is off the midline and has no sides ("iliac-top.L", "iliac-top.R"), so bilateral="true" cannot place the other side)",
     R"(; measure from a landmark with sides or on the midline, or leave out bilateral="true" for this side only)"},
    {"bilateral from the midline toward a landmark without sides", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" toward="iliac-top" bilateral="true">)",
     R"(toward="iliac-top" moves the spot off the midline, and "iliac-top" has no sides ("iliac-top.L", "iliac-top.R"), so bilateral="true" cannot place the other side)",
     R"(; name a "toward" landmark with sides, or leave out bilateral="true" for this side only)"},
    {"a landmark with two sides, neither named", "back.map.xml",
     R"(<point code="P" name="n" region="leg" landmark="popliteal-crease">)", R"(landmark "popliteal-crease" has two sides)",
     R"(: name one ("popliteal-crease.L" or "popliteal-crease.R") or set bilateral="true")"},
    {"unknown landmark, near miss", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L3">)",
     R"(landmark "L3" is not in the map "back")", R"(; did you mean "L2"?)"},
    {"unknown landmark, far from any", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="acromion">)",
     R"(landmark "acromion" is not in the map "back")", R"(; docs/maps.md lists the landmarks of each shipped map)"},
    {"a landmark the map has on one side only", "oneside.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="popliteal-crease">)",
     R"(landmark "popliteal-crease" is not in the map "oneside" (only "popliteal-crease.L" is))",
     R"(; write landmark="popliteal-crease.L")"},
    {"dx on a bilateral point", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2" lateral="1" bilateral="true" dx="1">)",
     R"("dx" and "dy" move along the map's axes, which would not mirror both sides)",
     R"(; use "lateral" and "inferior" with bilateral="true")"},
    {"offsets that leave the map", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L2" inferior="30">)",
     R"(the point lies outside the map: (200, 1000) is not within 0 0 400 800)",
     R"(; the offsets from the landmark are in cun of region "lower-back", not map units)"},
    {"x and y off the map", "back.map.xml", R"(<point code="P" name="n" region="lower-back" x="500" y="100">)",
     R"(the point lies outside the map: (500, 100) is not within 0 0 400 800)",
     R"(; "x" and "y" are map units: give a place within the map, or measure from a "landmark")"},
    {"landmark and x and y", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L2" x="1" y="2">)",
     R"(give either "landmark" or "x" and "y")", R"(, not both)"},
    {"no location at all", "back.map.xml", R"(<point code="P" name="n" region="lower-back">)", R"(needs attribute)",
     R"( "landmark" or both "x" and "y")"},
    {"x without y", "back.map.xml", R"(<point code="P" name="n" region="lower-back" x="1">)", R"(has "x" but no "y")",
     R"(: add "y", or give a "landmark" instead of "x")"},
    {"y without x", "back.map.xml", R"(<point code="P" name="n" region="lower-back" y="1">)", R"(has "y" but no "x")",
     R"(: add "x", or give a "landmark" instead of "y")"},
    {"an offset from x and y", "back.map.xml", R"(<point code="P" name="n" region="lower-back" x="1" y="2" lateral="1">)",
     R"(attribute "lateral" is measured from a landmark)", R"(: it needs "landmark", not "x" and "y")"},
    {"fraction without toward", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L2" fraction="0.5">)",
     R"(attribute "fraction" needs "toward")", R"( (the landmark it is a share of the way to))"},
    {"a location on the point and in its spots", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" landmark="L2"><spot landmark="L4"/>)", R"(attribute "landmark")",
     R"(: give the location either on <point> or in its <spot> elements, not both)"},
    {"a map the level lacks, near miss", "back.map.xml", R"(<point code="P" name="n" region="lower-back" map="bakc" landmark="L2">)",
     R"(map "bakc" is not a <map> of this level)", R"(; did you mean "back"?)"},
    {"a map the level lacks, far from any", "back.map.xml",
     R"(<point code="P" name="n" region="lower-back" map="hand" landmark="L2">)",
     R"(map "hand" is not a <map> of this level)", R"(; use one of "back")"},
    {"place all with one spot", "back.map.xml", R"(<point code="P" name="n" region="lower-back" landmark="L2" place="all">)",
     R"(place="all" asks for every spot, but the point has only one)",
     R"(; give it two or more <spot> elements, or leave out place="all")"},
};

} // namespace

TEST_CASE("[location messages] each says what is wrong, what to write instead, and the point's line")
{
    DataTree tree;
    tree.addMap("oneside", kOneSideSvg, kOneSideMap);
    for (const Row& row : kRows) {
        CAPTURE(row.what);
        const std::string map = row.map;
        const std::string text = "<level format=\"1\" id=\"t\" kind=\"placement\" title=\"T\">\n"
                                 "  <map src=\"../assets/maps/" +
                                 map + "\"/>\n" + okPoint(map) + "\n  " + row.point +
                                 "<location>x</location></point>\n</level>\n";
        const LoadResult result = loadLevel(tree, text);
        std::vector<std::string> levelLines; // the map's own warnings name the map's file
        std::copy_if(result.lines.begin(), result.lines.end(), std::back_inserter(levelLines),
                     [](const std::string& line) { return line.rfind("levels/test.xml:", 0) == 0; });
        INFO(text);
        CHECK_FALSE(result.level);
        REQUIRE(levelLines.size() == 1);
        CHECK(std::string(row.fix).size() > 3); // every message names a fix
        CHECK(levelLines.front() ==
              std::string("levels/test.xml:4: <point code=\"P\">: ") + row.problem + row.fix);
    }
}

TEST_CASE("[location messages] a landmark on the wrong side of the map's midline names the fix")
{
    DataTree tree;
    tree.addMap("wrong", R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="L2" cx="200" cy="400"/>
<circle id="a.L" cx="300" cy="100"/>
<circle id="a.R" cx="100" cy="100"/>
</g></svg>)",
                "<bodymap format=\"1\" id=\"wrong\" view=\"back\" art=\"wrong.svg\" title=\"W\">\n"
                "  <region id=\"r\" name=\"R\" from=\"a.L\" to=\"a.R\" cun=\"6\"/>\n</bodymap>\n");
    Diagnostics diag;
    CHECK_FALSE(loadBodyMap(tree.assets / "maps" / "wrong.map.xml", tree.roots(), diag));
    const auto lines = formatted(diag);
    INFO(lines.size());
    CHECK(std::find(lines.begin(), lines.end(),
                    tree.mapFile("wrong.svg") +
                        ":3: <circle id=\"a.L\">: landmark \"a.L\" must lie on the patient's left, which on a back view "
                        "is the viewer's left (x < 200); move it there, or name it \"a.R\" if it marks the other side, "
                        "or check the map's view=\"back\"") != lines.end());
}
