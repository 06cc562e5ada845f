#include "Fixtures.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace acq;
using namespace acq::test;

namespace {

bool contains(const std::vector<std::string>& lines, const std::string& line)
{
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

// The level must fail with exactly this one diagnostic.
void requireOnly(const LoadResult& result, const std::string& line)
{
    INFO(joined(result.lines));
    CHECK_FALSE(result.level);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines.front() == line);
}

const PointTarget& point(const Level& level, const std::string& code)
{
    const auto& points = level.placement()->points;
    const auto it = std::find_if(points.begin(), points.end(), [&](const PointTarget& p) { return p.code == code; });
    REQUIRE(it != points.end());
    return *it;
}

const char* const kMatching = R"(<level format="1" id="causes" kind="matching" title="Causes" order="20">
  <intro>Match   each cause
    to what it is.</intro>
  <scoring pair="5" wrong="1"/>
  <pair id="disc">
    <prompt>Herniated disc</prompt>
    <answer>The soft core of a disc pushes out.</answer>
    <explain>It may press on a nerve root.</explain>
  </pair>
  <pair id="facet">
    <prompt>Facet joint</prompt>
    <answer>A small joint of the spine is inflamed.</answer>
  </pair>
  <distractor>A muscle in the thigh.</distractor>
</level>
)";

} // namespace

TEST_CASE("[loader] a valid placement level loads with its spots")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, R"(<?xml version="1.0" encoding="UTF-8"?>
<level format="1" id="lower-back" kind="placement" title="  Lower
    back " order="10">
  <intro>Spinal levels are found from the pelvis.</intro>
  <source>WHO Standard Acupuncture Point Locations, 2008.</source>
  <source>The article.</source>
  <map src="../assets/maps/back.map.xml" frame="80 330 240 240"/>
  <scoring tolerance="0.25" falloff="0.6" points="50"/>
  <point code="BL23" name="Shènshū" region="lower-back" landmark="L2" lateral="1.5" bilateral="true">
    <location>Level with the lower border of L2,
      1.5 cun lateral to the midline.</location>
    <caution>The kidney lies deep.</caution>
    <alias>UB23</alias>
    <alias>V23</alias>
  </point>
  <point code="GV4" name="Mìngmén" region="lower-back" landmark="L2" bilateral="false">
    <location>Below L2.</location>
  </point>
  <point code="BL40" name="Wěizhōng" region="leg" landmark="popliteal-crease" bilateral="true">
    <location>At the midpoint of the popliteal crease.</location>
  </point>
  <point code="X1" name="Free" region="leg" x="100.5" y="600">
    <location>Anywhere.</location>
  </point>
</level>
)");
    INFO(joined(result.lines));
    REQUIRE(result.level);
    CHECK(result.lines.empty());
    const Level& level = *result.level;
    CHECK(level.id == "lower-back");
    CHECK(level.title == "Lower back");
    CHECK(level.order == 10.0);
    CHECK(level.kind() == LevelKind::Placement);
    CHECK(level.intro == "Spinal levels are found from the pelvis.");
    CHECK(level.sources.size() == 2);
    CHECK(level.file == "levels/test.xml");
    const PlacementLevel& p = *level.placement();
    REQUIRE(p.maps.size() == 1);
    REQUIRE(p.maps[0].map);
    CHECK(p.maps[0].map->id == "back");
    CHECK(p.maps[0].id == "back");
    REQUIRE(p.maps[0].frame);
    CHECK(p.maps[0].frame->x == 80.0);
    CHECK(p.maps[0].frame->height == 240.0);
    CHECK(p.scoring.toleranceCun == 0.25);
    CHECK(p.scoring.falloffCun == 0.6);
    CHECK(p.scoring.maxPoints == 50.0);
    REQUIRE(p.points.size() == 4);

    const PointTarget& bl23 = point(level, "BL23");
    CHECK(bl23.name == "Shènshū");
    CHECK(bl23.regionId == "lower-back");
    CHECK(bl23.location == "Level with the lower border of L2, 1.5 cun lateral to the midline.");
    CHECK(bl23.caution == "The kidney lies deep.");
    CHECK(bl23.aliases == std::vector<std::string>{"UB23", "V23"});
    CHECK(bl23.line == 9);
    CHECK(bl23.landmarks == std::vector<std::string>{"L2"});
    // 1.5 cun at 20 units per cun; from behind, the patient's left has the smaller x.
    CHECK(bl23.spots == std::vector<Vec2>{{170.0, 400.0}, {230.0, 400.0}});

    CHECK(point(level, "GV4").spots == std::vector<Vec2>{{200.0, 400.0}});
    const PointTarget& bl40 = point(level, "BL40");
    CHECK(bl40.landmarks == std::vector<std::string>{"popliteal-crease.L", "popliteal-crease.R"});
    CHECK(bl40.spots == std::vector<Vec2>{{150.0, 700.0}, {250.0, 700.0}});
    CHECK(point(level, "X1").spots == std::vector<Vec2>{{100.5, 600.0}});
    CHECK(point(level, "X1").landmarks.empty());
}

TEST_CASE("[loader] a valid matching level loads")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, kMatching);
    INFO(joined(result.lines));
    REQUIRE(result.level);
    CHECK(result.lines.empty());
    const Level& level = *result.level;
    CHECK(level.kind() == LevelKind::Matching);
    CHECK(level.intro == "Match each cause to what it is.");
    const MatchingLevel& m = *level.matching();
    CHECK(m.scoring.pairPoints == 5);
    CHECK(m.scoring.wrongPenalty == 1);
    REQUIRE(m.pairs.size() == 2);
    CHECK(m.pairs[0].id == "disc");
    CHECK(m.pairs[0].prompt == "Herniated disc");
    CHECK(m.pairs[0].answer == "The soft core of a disc pushes out.");
    CHECK(m.pairs[0].explain == "It may press on a nerve root.");
    CHECK(m.pairs[1].explain.empty());
    CHECK(m.distractors == std::vector<std::string>{"A muscle in the thigh."});
}

TEST_CASE("[loader] default scoring applies when <scoring> is left out")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" x="10" y="10"><location>L</location></point>
)"));
    REQUIRE(result.level);
    CHECK(result.level->placement()->scoring.toleranceCun == 0.5);
    CHECK(result.level->placement()->scoring.falloffCun == 2.0);
    CHECK(result.level->placement()->scoring.maxPoints == 100.0);
    CHECK(result.level->order == 100.0);
    CHECK_FALSE(result.level->placement()->maps.at(0).frame);
}

TEST_CASE("[loader] bilateral spots lie mirrored about the midline at lateral times the region scale")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <point code="BL52" name="N" region="lower-back" landmark="L4" lateral="3" inferior="0.5" bilateral="true"><location>L</location></point>
  <point code="SIDE" name="N" region="leg" landmark="popliteal-crease" lateral="1" bilateral="true"><location>L</location></point>
  <point code="ONE" name="N" region="leg" landmark="popliteal-crease.R" lateral="1" inferior="-2"><location>L</location></point>
  <point code="OFF" name="N" region="lower-back" landmark="iliac-top" lateral="1"><location>L</location></point>
  <point code="MED" name="N" region="leg" landmark="popliteal-crease.L" lateral="-1"><location>L</location></point>
  <point code="XY" name="N" region="leg" x="180" y="300" bilateral="true"><location>L</location></point>
)"));
    INFO(joined(result.lines));
    REQUIRE(result.level);
    const Level& level = *result.level;

    const PointTarget& bl52 = point(level, "BL52");
    REQUIRE(bl52.spots.size() == 2);
    const double midline = level.placement()->maps.at(0).map->midlineX;
    CHECK(midline == 200.0);
    CHECK((bl52.spots[0].x + bl52.spots[1].x) / 2.0 == doctest::Approx(midline));
    CHECK(bl52.spots[0] == Vec2{140.0, 470.0}); // 3 cun × 20 to the patient's left, 0.5 cun × 20 down
    CHECK(bl52.spots[1] == Vec2{260.0, 470.0});

    // A sided landmark moves away from the midline on each side, in the region's own scale.
    CHECK(point(level, "SIDE").spots == std::vector<Vec2>{{140.0, 700.0}, {260.0, 700.0}});
    CHECK(point(level, "ONE").spots == std::vector<Vec2>{{260.0, 680.0}});
    CHECK(point(level, "ONE").landmarks == std::vector<std::string>{"popliteal-crease.R"});
    CHECK(point(level, "OFF").spots == std::vector<Vec2>{{100.0, 440.0}});
    CHECK(point(level, "MED").spots == std::vector<Vec2>{{160.0, 700.0}}); // negative: toward the midline
    CHECK(point(level, "XY").spots == std::vector<Vec2>{{180.0, 300.0}, {220.0, 300.0}});
}

TEST_CASE("[loader] a front view puts the patient's left on the viewer's right")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/front.svg", R"(<svg viewBox="0 0 400 800"><g id="landmarks">
<circle id="navel" cx="200" cy="400"/><circle id="nipple.L" cx="280" cy="250"/><circle id="nipple.R" cx="120" cy="250"/>
</g></svg>)");
    tree.dir.write("data/assets/maps/front.map.xml", R"(<bodymap format="1" id="front" view="front" art="front.svg" title="Front">
<region id="chest" name="Chest" from="nipple.L" to="nipple.R" cun="8"/></bodymap>)");
    const LoadResult result = loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/front.map.xml"/>
  <point code="ST25" name="Tiānshū" region="chest" landmark="navel" lateral="2" bilateral="true"><location>L</location></point>
</level>)");
    INFO(joined(result.lines));
    REQUIRE(result.level);
    CHECK(point(*result.level, "ST25").spots == std::vector<Vec2>{{240.0, 400.0}, {160.0, 400.0}});
}

// One malformed case per test, each with its exact diagnostic.

TEST_CASE("[loader] a point without a name reports missing attribute at its line")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="BL23" region="lower-back" landmark="L2">
    <location>L</location>
  </point>
)")),
                "levels/test.xml:3: <point code=\"BL23\">: missing attribute \"name\"");
}

TEST_CASE("[loader] a point with y but no x reports the line")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" y="10"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: has \"y\" but no \"x\": add \"x\", or give a \"landmark\" instead of \"y\"");
}

TEST_CASE("[loader] a point with neither landmark nor x and y is refused")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: needs attribute \"landmark\" or both \"x\" and \"y\"");
}

TEST_CASE("[loader] a number with trailing text is not a number")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="BL23" name="N" region="leg"
         x="1.5abc" y="3"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"BL23\">: attribute \"x\" is not a number: \"1.5abc\"");
}

TEST_CASE("[loader] nan is not a number")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="BL23" name="N" region="leg" landmark="L2" inferior="nan"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"BL23\">: attribute \"inferior\" is not a number: \"nan\"");
}

TEST_CASE("[loader] a number out of range names the range")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <scoring tolerance="512"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
)")),
                "levels/test.xml:3: <scoring>: attribute \"tolerance\" must be between 0 and 100, not 512");
}

TEST_CASE("[loader] falloff must be greater than zero")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <scoring falloff="0"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
)")),
                "levels/test.xml:3: <scoring>: attribute \"falloff\" must be greater than 0 and at most 100, not 0");
}

TEST_CASE("[loader] a point's own fall-off must be greater than zero")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" x="1" y="1" falloff="0"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: attribute \"falloff\" must be greater than 0 and at most 100, not 0");
}

TEST_CASE("[loader] a point's own fall-off is a plain number")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" x="1" y="1" falloff="0.5cun"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: attribute \"falloff\" is not a number: \"0.5cun\"");
}

TEST_CASE("[loader] a point's own tolerance and fall-off replace the level's")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <scoring tolerance="0.4" falloff="1"/>
  <point code="P1" name="N" region="leg" x="100" y="600" tolerance="0.2" falloff="0.5"><location>L</location></point>
  <point code="P2" name="N" region="leg" x="300" y="700"><location>L</location></point>
)"));
    INFO(joined(result.lines));
    REQUIRE(result.level);
    CHECK(result.lines.empty());
    const PlacementLevel& level = *result.level->placement();
    CHECK(level.scoringOf(level.points[0]).toleranceCun == 0.2);
    CHECK(level.scoringOf(level.points[0]).falloffCun == 0.5);
    CHECK(level.scoringOf(level.points[1]).toleranceCun == 0.4);
    CHECK(level.scoringOf(level.points[1]).falloffCun == 1.0);
}

TEST_CASE("[loader] points so close that a click nearer one scores well for the other are warned about")
{
    // 12 units apart on the lower back (20 units per cun): 0.6 cun, the gap of LI4 and EX-UE7.
    DataTree tree;
    const std::string close = R"(  <point code="P1" name="N" region="lower-back" x="100" y="400"><location>L</location></point>
  <point code="P2" name="N" region="lower-back" x="112" y="400"%s><location>L</location></point>
  <point code="P3" name="N" region="lower-back" x="300" y="400"><location>L</location></point>
)";
    auto with = [&](const std::string& extra) {
        std::string body = close;
        body.replace(body.find("%s"), 2, extra);
        return loadLevel(tree, placement(body));
    };
    const LoadResult loose = with("");
    INFO(joined(loose.lines));
    REQUIRE(loose.level); // a warning: the level still plays
    CHECK(loose.lines ==
          std::vector<std::string>{
              "levels/test.xml:3: warning: <point code=\"P1\">: a click nearer to P2 (line 4, 0.6 cun away) still earns "
              "up to 100 of 100 points, more than a quarter: keep tolerance + 2/3 x falloff within 0.3 cun (now 0.5 + 2/3 x 2)",
              "levels/test.xml:4: warning: <point code=\"P2\">: a click nearer to P1 (line 3, 0.6 cun away) still earns "
              "up to 100 of 100 points, more than a quarter: keep tolerance + 2/3 x falloff within 0.3 cun (now 0.5 + 2/3 x 2)",
          });
    // Tightening only P2 leaves P1 warned about; P3, 9 cun off, never is.
    const LoadResult half = with(R"( tolerance="0.1" falloff="0.25")");
    REQUIRE(half.lines.size() == 1);
    CHECK(half.lines[0].rfind("levels/test.xml:3: warning: <point code=\"P1\">", 0) == 0);
}

TEST_CASE("[loader] an unknown attribute is a warning with a suggestion")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T" ordr="3">
  <map src="../assets/maps/back.map.xml"/>
  <point code="P1" name="N" region="lower-back" landmark="L2" bilaterl="false"><location>L</location></point>
</level>)");
    INFO(joined(result.lines));
    CHECK(result.level); // warnings alone do not break a level
    CHECK(result.lines == std::vector<std::string>{
                              "levels/test.xml:1: warning: <level id=\"t\">: unknown attribute \"ordr\" (did you mean \"order\"?)",
                              "levels/test.xml:3: warning: <point code=\"P1\">: unknown attribute \"bilaterl\" (did you mean \"bilateral\"?)",
                          });
}

TEST_CASE("[loader] an unknown attribute far from every known one gets no suggestion")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" x="1" y="1" colour="red"><location>L</location></point>
)"));
    CHECK(result.level);
    CHECK(result.lines == std::vector<std::string>{"levels/test.xml:3: warning: <point code=\"P1\">: unknown attribute \"colour\""});
}

TEST_CASE("[loader] an unknown element is a warning with a suggestion")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" x="1" y="1">
    <locaton>Typo.</locaton>
  </point>
)"));
    INFO(joined(result.lines));
    CHECK_FALSE(result.level);
    CHECK(result.lines == std::vector<std::string>{
                              "levels/test.xml:4: warning: <point code=\"P1\">: unknown element <locaton> (did you mean <location>?)",
                              "levels/test.xml:3: <point code=\"P1\">: missing <location>",
                          });
}

TEST_CASE("[loader] an unknown child of the level is a warning")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <pont code="P1"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
)"));
    CHECK(result.level);
    CHECK(result.lines == std::vector<std::string>{"levels/test.xml:3: warning: <level id=\"t\">: unknown element <pont> (did you mean <point>?)"});
}

TEST_CASE("[loader] an element of the other kind of level is ignored with a warning")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <pair id="x"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
)"));
    CHECK(result.level);
    CHECK(result.lines == std::vector<std::string>{"levels/test.xml:3: warning: <level id=\"t\">: <pair> belongs in a matching level; it is ignored here"});
}

TEST_CASE("[loader] a duplicate point code names the first")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
  <point code="P2" name="N" region="leg" x="1" y="1"><location>L</location></point>
  <point code="P1" name="M" region="leg" x="2" y="2"><location>L</location></point>
)")),
                "levels/test.xml:5: <point code=\"P1\">: duplicate code \"P1\" (first at line 3); give each an id of its own");
}

TEST_CASE("[loader] an unknown region is reported with a suggestion")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="lower-bak" landmark="L2"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: region \"lower-bak\" is not in the map \"back\"; did you mean \"lower-back\"?");
}

TEST_CASE("[loader] an unknown landmark is reported with a suggestion")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="lower-back" landmark="L3"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: landmark \"L3\" is not in the map \"back\"; did you mean \"L2\"?");
}

TEST_CASE("[loader] a map path leading outside the data folders is refused")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../../etc/passwd"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
</level>)"),
                "levels/test.xml:2: <map>: attribute \"src\": the path \"../../etc/passwd\" leads outside the game's data folders");
}

TEST_CASE("[loader] an absolute map path is refused")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="/etc/passwd"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
</level>)"),
                "levels/test.xml:2: <map>: attribute \"src\": absolute paths are not allowed: \"/etc/passwd\"");
}

TEST_CASE("[loader] a missing map file is reported")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/none.map.xml"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
</level>)"),
                "levels/test.xml:2: <map>: attribute \"src\": file not found: \"../assets/maps/none.map.xml\"");
}

TEST_CASE("[loader] a map with errors is reported in its own file and by the level")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/broken.map.xml", R"(<bodymap format="1" id="broken" view="back" art="back.svg" title="B">
  <region id="r" name="R" from="L2" to="nowhere" cun="2"/>
</bodymap>)");
    const LoadResult result = loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/broken.map.xml"/>
  <point code="P1" name="N" region="r" x="1" y="1"><location>L</location></point>
</level>)");
    INFO(joined(result.lines));
    CHECK_FALSE(result.level);
    CHECK(result.lines == std::vector<std::string>{
                              tree.mapFile("broken.map.xml") + ":2: <region id=\"r\">: landmark \"nowhere\" is not in the art (" +
                                  tree.mapFile("back.svg") + ")",
                              "levels/test.xml:2: <map>: the map \"../assets/maps/broken.map.xml\" has errors (listed above), so this level cannot use it",
                          });
}

TEST_CASE("[loader] the root must be a level")
{
    DataTree tree;
    requireOnly(loadLevel(tree, "<?xml version=\"1.0\"?>\n<quiz format=\"1\"/>\n"),
                "levels/test.xml:2: <quiz>: the root element must be <level>");
}

TEST_CASE("[loader] an unsupported format stops the reading")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="2" id="t" kind="placement" title="T" future="yes">
  <hologram/>
</level>)"),
                "levels/test.xml:1: <level id=\"t\">: format 2 is not supported by this version (1)");
}

TEST_CASE("[loader] a missing format is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>)"),
                "levels/test.xml:1: <level id=\"m\">: missing attribute \"format\"");
}

TEST_CASE("[loader] an unknown kind lists the choices")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="quiz" title="T"/>)"),
                "levels/test.xml:1: <level id=\"t\">: attribute \"kind\" must be one of placement, matching; not \"quiz\"");
}

TEST_CASE("[loader] an invalid id is refused")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="lower back" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>)"),
                "levels/test.xml:1: <level id=\"lower back\">: attribute \"id\" is not a valid id: \"lower back\" (use 1 to 64 letters, digits, '-', '_' or '.')");
}

TEST_CASE("[loader] a title over 80 characters is refused")
{
    DataTree tree;
    const std::string title(81, 'x');
    requireOnly(loadLevel(tree, "<level format=\"1\" id=\"m\" kind=\"matching\" title=\"" + title + R"(">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>)"),
                "levels/test.xml:1: <level id=\"m\">: attribute \"title\" is 81 characters long; the limit is 80");
}

TEST_CASE("[loader] a matching level needs at least two pairs")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
</level>)"),
                "levels/test.xml:1: <level id=\"m\">: a matching level needs 2 to 12 <pair> elements, not 1");
}

TEST_CASE("[loader] a matching level takes at most twelve pairs")
{
    DataTree tree;
    std::string text = "<level format=\"1\" id=\"m\" kind=\"matching\" title=\"T\">\n";
    for (int i = 0; i < 13; ++i)
        text += "<pair id=\"p" + std::to_string(i) + "\"><prompt>P" + std::to_string(i) + "</prompt><answer>A" +
                std::to_string(i) + "</answer></pair>\n";
    requireOnly(loadLevel(tree, text + "</level>"),
                "levels/test.xml:1: <level id=\"m\">: a matching level needs 2 to 12 <pair> elements, not 13");
}

TEST_CASE("[loader] a prompt over 60 characters is refused")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b">
    <prompt>)" + std::string(30, 'x') + " " + std::string(30, 'y') + R"(</prompt>
    <answer>2</answer>
  </pair>
</level>)"),
                "levels/test.xml:4: <prompt>: the text is 61 characters long; the limit is 60");
}

TEST_CASE("[loader] lengths are counted in characters, not bytes")
{
    DataTree tree;
    std::string prompt;
    for (int i = 0; i < 60; ++i)
        prompt += "\xC3\xA8"; // è: two bytes, one character
    const LoadResult result = loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>)" + prompt + R"(</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>)");
    CHECK(result.level);
}

TEST_CASE("[loader] an empty answer is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>
  </answer></pair>
</level>)"),
                "levels/test.xml:3: <answer>: the text is empty");
}

TEST_CASE("[loader] a distractor identical to an answer is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>One  thing</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
  <distractor>One thing</distractor>
</level>)"),
                "levels/test.xml:4: <distractor>: identical to the answer of pair \"a\" (line 2)");
}

TEST_CASE("[loader] at most four distractors")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
  <distractor>3</distractor>
  <distractor>4</distractor>
  <distractor>5</distractor>
  <distractor>6</distractor>
  <distractor>7</distractor>
</level>)"),
                "levels/test.xml:8: <distractor>: a level may have at most 4 <distractor> elements");
}

TEST_CASE("[loader] a duplicate pair id names the first")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="a"><prompt>B</prompt><answer>2</answer></pair>
</level>)"),
                "levels/test.xml:3: <pair id=\"a\">: duplicate pair id \"a\" (first at line 2)");
}

TEST_CASE("[loader] two pairs with the same answer cannot be told apart")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>1</answer></pair>
</level>)"),
                "levels/test.xml:3: <pair id=\"b\">: the answer is the same as that of pair \"a\" (line 2)");
}

TEST_CASE("[loader] lateral on a map without sides is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/side.map.xml"/>
  <point code="P1" name="N" region="leg" landmark="knee" lateral="1"><location>L</location></point>
</level>)"),
                "levels/test.xml:3: <point code=\"P1\">: attribute \"lateral\" needs a front or back map; the map \"side\" has view=\"other\", so use \"dx\" (cun along the map's x axis) instead");
}

TEST_CASE("[loader] a side view still takes inferior offsets")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/side.map.xml"/>
  <point code="ST36" name="Zúsānlǐ" region="leg" landmark="knee" inferior="3"><location>L</location></point>
</level>)");
    INFO(joined(result.lines));
    REQUIRE(result.level);
    // knee to ankle: 200 units for 16 cun.
    CHECK(point(*result.level, "ST36").spots == std::vector<Vec2>{{150.0, 350.0 + 3.0 * 200.0 / 16.0}});
}

TEST_CASE("[loader] a point beside a midline landmark needs bilateral")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="lower-back" landmark="L2" lateral="1.5"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: landmark \"L2\" is on the midline: a point 1.5 cun to the side of it needs bilateral=\"true\" (or a landmark with sides)");
}

TEST_CASE("[loader] a bilateral point on the midline is contradictory")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="lower-back" landmark="L2" bilateral="true"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: bilateral=\"true\" but the point lies on the midline; set bilateral=\"false\"");
}

TEST_CASE("[loader] a landmark with two sides needs a side or bilateral")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" landmark="popliteal-crease"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: landmark \"popliteal-crease\" has two sides: name one (\"popliteal-crease.L\" or \"popliteal-crease.R\") or set bilateral=\"true\"");
}

TEST_CASE("[loader] a point outside the map is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="lower-back" landmark="L2" lateral="11" bilateral="true"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: the point lies outside the map: (-20, 400) is not within 0 0 400 800; the offsets from the landmark are in cun of region \"lower-back\", not map units");
}

TEST_CASE("[loader] landmark together with x and y is ambiguous")
{
    DataTree tree;
    requireOnly(loadLevel(tree, placement(R"(  <point code="P1" name="N" region="leg" landmark="L2" x="1" y="2"><location>L</location></point>
)")),
                "levels/test.xml:3: <point code=\"P1\">: give either \"landmark\" or \"x\" and \"y\", not both");
}

TEST_CASE("[loader] a placement level without a map is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
</level>)"),
                "levels/test.xml:1: <level id=\"t\">: a placement level needs a <map>");
}

TEST_CASE("[loader] a second intro is an error")
{
    DataTree tree;
    requireOnly(loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="T">
  <intro>One.</intro>
  <intro>Two.</intro>
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>)"),
                "levels/test.xml:3: <intro>: only one <intro> is allowed (the first is at line 2)");
}

TEST_CASE("[loader] a frame outside the map is an error and a frame reaching beyond it a warning")
{
    DataTree tree;
    const std::string points = R"(  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
)";
    SUBCASE("outside")
    {
        requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/back.map.xml" frame="500 0 100 100"/>
)" + points + "</level>"),
                    "levels/test.xml:2: <map>: the frame 500 0 100 100 lies outside the map 0 0 400 800");
    }
    SUBCASE("beyond")
    {
        const LoadResult result = loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/back.map.xml" frame="350 0 100 100"/>
)" + points + "</level>");
        CHECK(result.level);
        CHECK(result.lines == std::vector<std::string>{"levels/test.xml:2: warning: <map>: the frame 350 0 100 100 reaches beyond the map 0 0 400 800"});
    }
    SUBCASE("malformed")
    {
        requireOnly(loadLevel(tree, R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/back.map.xml" frame="0 0 100"/>
)" + points + "</level>"),
                    "levels/test.xml:2: <map>: attribute \"frame\" must be four numbers \"x y width height\", not \"0 0 100\"");
    }
}

TEST_CASE("[loader] every problem of a file is reported together")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, placement(R"(  <point code="P1" region="lower-back" landmark="L2"><location>L</location></point>
  <point code="P2" name="N" region="leg" x="1.5abc" y="3"><location>L</location></point>
  <point code="P3" name="N" region="nowhere" landmark="L2"><location>L</location></point>
  <point code="P3" name="N" region="leg" x="1" y="1"/>
  <extra/>
)"));
    INFO(joined(result.lines));
    CHECK_FALSE(result.level);
    CHECK(result.errors >= 3);
    CHECK(contains(result.lines, "levels/test.xml:3: <point code=\"P1\">: missing attribute \"name\""));
    CHECK(contains(result.lines, "levels/test.xml:4: <point code=\"P2\">: attribute \"x\" is not a number: \"1.5abc\""));
    CHECK(contains(result.lines, "levels/test.xml:5: <point code=\"P3\">: region \"nowhere\" is not in the map \"back\"; use one of \"lower-back\", \"leg\""));
    CHECK(contains(result.lines, "levels/test.xml:6: <point code=\"P3\">: missing <location>"));
    CHECK(contains(result.lines, "levels/test.xml:6: <point code=\"P3\">: duplicate code \"P3\" (first at line 5); give each an id of its own"));
    CHECK(contains(result.lines, "levels/test.xml:7: warning: <level id=\"t\">: unknown element <extra>"));
}

TEST_CASE("[loader] a level file is read from disk with its folder as the base")
{
    DataTree tree;
    const auto file = tree.dir.write("data/levels/causes.xml", kMatching);
    MapCache maps(tree.roots());
    Diagnostics diag;
    const auto level = loadLevelFile(file, "levels/causes.xml", maps, diag);
    REQUIRE(level);
    CHECK(level->id == "causes");
    CHECK(level->file == file.string());
    CHECK(diag.empty());
}

TEST_CASE("[loader] a map shared by levels is loaded once and its problems repeated for each")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/warn.map.xml", R"(<bodymap format="1" id="back" view="back" art="back.svg" title="B" colour="x">
  <region id="leg" name="Leg" from="popliteal-crease.L" to="popliteal-crease.R" cun="10"/>
</bodymap>)");
    const std::string text = R"(<level format="1" id="t" kind="placement" title="T">
  <map src="../assets/maps/warn.map.xml"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
</level>)";
    MapCache maps(tree.roots());
    Diagnostics first, second;
    const auto a = loadLevelText(text, "a.xml", tree.levels, maps, first);
    const auto b = loadLevelText(text, "b.xml", tree.levels, maps, second);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->placement()->maps.at(0).map == b->placement()->maps.at(0).map);
    CHECK(first.all().size() == 1);
    CHECK(formatted(second) == formatted(first));
}
