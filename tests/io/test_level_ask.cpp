// <scoring ask>: how many points one round of a placement level asks (docs/levels.md, "A few
// points per round"), read and checked by the loader.
#include "Fixtures.h"

#include <doctest/doctest.h>

using namespace acq;
using namespace acq::test;

namespace {

// Three points of the test map, well apart, with `scoring` before them.
std::string threePoints(const std::string& scoring)
{
    return placement(scoring + R"(
  <point code="P1" name="N" region="lower-back" x="100" y="100"><location>L</location></point>
  <point code="P2" name="N" region="lower-back" x="100" y="300"><location>L</location></point>
  <point code="P3" name="N" region="lower-back" x="100" y="500"><location>L</location></point>
)");
}

} // namespace

TEST_CASE("[loader] ask gives how many points a round asks; without it every point")
{
    DataTree tree;
    const LoadResult two = loadLevel(tree, threePoints(R"(  <scoring tolerance="0.5" ask="2"/>)"));
    REQUIRE(two.level);
    CHECK(two.lines.empty());
    CHECK(two.level->placement()->askPerRound == std::optional<std::size_t>(2));
    CHECK(two.level->placement()->askedPerRound() == 2);

    const LoadResult all = loadLevel(tree, threePoints(R"(  <scoring tolerance="0.5"/>)"));
    REQUIRE(all.level);
    CHECK_FALSE(all.level->placement()->askPerRound.has_value());
    CHECK(all.level->placement()->askedPerRound() == 3);

    // As many as there are points is allowed (the same as leaving it out).
    const LoadResult three = loadLevel(tree, threePoints(R"(  <scoring ask="3"/>)"));
    REQUIRE(three.level);
    CHECK(three.lines.empty());
    CHECK(three.level->placement()->askedPerRound() == 3);
}

TEST_CASE("[loader] ask larger than the number of points is an error naming the range")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, threePoints(R"(  <scoring ask="4"/>)"));
    CHECK_FALSE(result.level);
    CHECK(result.lines == std::vector<std::string>{"levels/test.xml:3: <scoring>: ask=\"4\" asks more points than the "
                                                   "level has (3); give 1 to 3, or leave it out to ask every point"});
}

TEST_CASE("[loader] ask must be a whole number of at least 1")
{
    DataTree tree;
    SUBCASE("zero")
    {
        const LoadResult result = loadLevel(tree, threePoints(R"(  <scoring ask="0"/>)"));
        CHECK_FALSE(result.level);
        CHECK(result.lines == std::vector<std::string>{"levels/test.xml:3: <scoring>: attribute \"ask\" must be at least 1, not 0"});
    }
    SUBCASE("a fraction")
    {
        const LoadResult result = loadLevel(tree, threePoints(R"(  <scoring ask="2.5"/>)"));
        CHECK_FALSE(result.level);
        CHECK(result.lines ==
              std::vector<std::string>{"levels/test.xml:3: <scoring>: attribute \"ask\" must be a whole number, not 2.5"});
    }
    SUBCASE("not a number")
    {
        const LoadResult result = loadLevel(tree, threePoints(R"(  <scoring ask="six"/>)"));
        CHECK_FALSE(result.level);
        CHECK(result.lines ==
              std::vector<std::string>{"levels/test.xml:3: <scoring>: attribute \"ask\" is not a number: \"six\""});
    }
}

TEST_CASE("[loader] ask on a matching level is an unknown attribute there")
{
    DataTree tree;
    const LoadResult result = loadLevel(tree, R"(<level format="1" id="m" kind="matching" title="M">
  <scoring pair="5" ask="2"/>
  <pair id="a"><prompt>A</prompt><answer>One</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>Two</answer></pair>
  <distractor>Three</distractor>
</level>)");
    REQUIRE(result.level);
    REQUIRE(result.lines.size() == 1);
    CHECK(result.lines.front().rfind("levels/test.xml:2: warning: <scoring>: unknown attribute \"ask\"", 0) == 0);
}
