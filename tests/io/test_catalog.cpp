#include "Fixtures.h"
#include "io/LevelCatalog.h"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

using namespace acq;
using namespace acq::test;
namespace fs = std::filesystem;

namespace {

std::string matchingLevel(const std::string& id, const std::string& title, const std::string& order = "100")
{
    return "<level format=\"1\" id=\"" + id + "\" kind=\"matching\" title=\"" + title + "\" order=\"" + order + R"(">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>
)";
}

std::vector<std::string> outputLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("[catalog] a folder gives its xml files: playable first, broken last")
{
    DataTree tree;
    tree.dir.write("data/levels/b-second.xml", matchingLevel("second", "Second", "20"));
    tree.dir.write("data/levels/a-first.xml", matchingLevel("first", "First", "10"));
    tree.dir.write("data/levels/c-broken.xml", "<level format=\"1\" id=\"broken\" kind=\"matching\" title=\"B\"/>\n");
    tree.dir.write("data/levels/notes.txt", "not a level");
    tree.dir.mkdir("data/levels/x.xml");
    tree.dir.mkdir("data/levels/sub");
    tree.dir.write("data/levels/sub/deep.xml", matchingLevel("deep", "Deep")); // not recursive

    const LevelCatalog catalog = loadCatalog({tree.levels}, tree.roots());
    REQUIRE(catalog.entries.size() == 4);
    CHECK(catalog.entries[0].title == "First");
    CHECK(catalog.entries[0].playable());
    CHECK(catalog.entries[0].displayName == (tree.levels / "a-first.xml").string());
    CHECK(catalog.entries[1].title == "Second");
    CHECK_FALSE(catalog.entries[2].playable());
    CHECK(catalog.entries[2].title == "c-broken.xml");
    CHECK(catalog.entries[2].diagnostics.hasErrors());
    CHECK_FALSE(catalog.entries[3].playable());
    CHECK(catalog.entries[3].title == "x.xml");
    REQUIRE(catalog.entries[3].diagnostics.all().size() == 1);
    CHECK(catalog.entries[3].diagnostics.all()[0].format() == (tree.levels / "x.xml").string() + ":0: not a regular file");
}

TEST_CASE("[catalog] equal order sorts by title")
{
    DataTree tree;
    tree.dir.write("data/levels/1.xml", matchingLevel("z", "Zebra"));
    tree.dir.write("data/levels/2.xml", matchingLevel("a", "Apple"));
    const LevelCatalog catalog = loadCatalog({tree.levels}, tree.roots());
    REQUIRE(catalog.entries.size() == 2);
    CHECK(catalog.entries[0].title == "Apple");
    CHECK(catalog.entries[1].title == "Zebra");
}

TEST_CASE("[catalog] a level id used by two files breaks both")
{
    DataTree tree;
    const fs::path one = tree.dir.write("data/levels/one.xml", matchingLevel("same", "One"));
    const fs::path two = tree.dir.write("data/levels/two.xml", "<?xml version=\"1.0\"?>\n" + matchingLevel("same", "Two"));
    const LevelCatalog catalog = loadCatalog({tree.levels}, tree.roots());
    REQUIRE(catalog.entries.size() == 2);
    for (const LevelEntry& entry : catalog.entries)
        CHECK_FALSE(entry.playable());
    REQUIRE(catalog.entries[0].diagnostics.all().size() == 1);
    CHECK(catalog.entries[0].diagnostics.all()[0].format() ==
          one.string() + ":1: <level id=\"same\">: the level id \"same\" is also used by " + two.string());
    CHECK(catalog.entries[1].diagnostics.all()[0].format() ==
          two.string() + ":2: <level id=\"same\">: the level id \"same\" is also used by " + one.string());
}

TEST_CASE("[catalog] a file named on its own is loaded whatever its extension")
{
    DataTree tree;
    const fs::path file = tree.dir.write("draft.level", matchingLevel("draft", "Draft"));
    const LevelCatalog catalog = loadCatalog({file}, tree.roots());
    REQUIRE(catalog.entries.size() == 1);
    CHECK(catalog.entries[0].playable());
    CHECK(catalog.entries[0].displayName == file.string());
}

TEST_CASE("[catalog] a file named twice is loaded once")
{
    DataTree tree;
    const fs::path file = tree.dir.write("data/levels/a.xml", matchingLevel("a", "A"));
    const LevelCatalog catalog = loadCatalog({tree.levels, file}, tree.roots());
    REQUIRE(catalog.entries.size() == 1);
    CHECK(catalog.entries[0].playable());
}

TEST_CASE("[catalog] a missing path is an error at line 0")
{
    DataTree tree;
    const fs::path missing = tree.dir.path() / "nowhere";
    const LevelCatalog catalog = loadCatalog({missing}, tree.roots());
    REQUIRE(catalog.entries.size() == 1);
    CHECK_FALSE(catalog.entries[0].playable());
    REQUIRE(catalog.entries[0].diagnostics.all().size() == 1);
    CHECK(catalog.entries[0].diagnostics.all()[0].format() == missing.string() + ":0: no such file or folder");
}

TEST_CASE("[catalog] a symlink loop in a folder is a broken entry, not a hang")
{
    DataTree tree;
    fs::create_symlink(tree.levels / "b.xml", tree.levels / "a.xml");
    fs::create_symlink(tree.levels / "a.xml", tree.levels / "b.xml");
    fs::create_directory_symlink(tree.levels, tree.levels / "self"); // a folder loop: not followed
    const LevelCatalog catalog = loadCatalog({tree.levels}, tree.roots());
    REQUIRE(catalog.entries.size() == 2);
    CHECK(catalog.entries[0].diagnostics.all()[0].message == "cannot read file: Too many levels of symbolic links");
}

TEST_CASE("[catalog] check prints every diagnostic in file order and a summary")
{
    DataTree tree;
    const fs::path good = tree.dir.write("data/levels/a-good.xml", matchingLevel("good", "Good", "5"));
    const fs::path warn = tree.dir.write("data/levels/b-warn.xml", R"(<level format="1" id="warn" kind="matching" title="W" colour="red">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>
)");
    const fs::path broken = tree.dir.write("data/levels/c-broken.xml", R"(<level format="1" id="broken" kind="matching" title="B">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
</level>
)");
    tree.dir.mkdir("data/levels/x.xml");

    std::ostringstream out;
    const int code = checkLevels({tree.levels}, tree.roots(), out);
    CHECK(code == 1);
    CHECK(outputLines(out.str()) == std::vector<std::string>{
                                        warn.string() + ":1: warning: <level id=\"warn\">: unknown attribute \"colour\"",
                                        broken.string() + ":1: <level id=\"broken\">: a matching level needs 2 to 12 <pair> elements, not 1",
                                        (tree.levels / "x.xml").string() + ":0: not a regular file",
                                        "checked 4 levels: 2 playable, 2 broken; 2 errors, 1 warning",
                                    });
    (void)good;
}

TEST_CASE("[catalog] check returns 0 when there are only warnings")
{
    DataTree tree;
    tree.dir.write("data/levels/a.xml", matchingLevel("a", "A"));
    tree.dir.write("data/levels/b.xml", R"(<level format="1" id="b" kind="matching" title="B">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
  <note>x</note>
</level>
)");
    std::ostringstream out;
    CHECK(checkLevels({tree.levels}, tree.roots(), out) == 0);
    CHECK(outputLines(out.str()).back() == "checked 2 levels: 2 playable, 0 broken; 0 errors, 1 warning");
}

TEST_CASE("[catalog] check prints a shared map's problems once")
{
    DataTree tree;
    tree.dir.write("data/assets/maps/warn.map.xml", R"(<bodymap format="1" id="back" view="back" art="back.svg" title="B" colour="x">
  <region id="leg" name="Leg" from="popliteal-crease.L" to="popliteal-crease.R" cun="10"/>
</bodymap>)");
    for (const char* id : {"p1", "p2"})
        tree.dir.write(std::string("data/levels/") + id + ".xml", std::string("<level format=\"1\" id=\"") + id + R"(" kind="placement" title="T">
  <map src="../assets/maps/warn.map.xml"/>
  <point code="P1" name="N" region="leg" x="1" y="1"><location>L</location></point>
</level>)");
    std::ostringstream out;
    CHECK(checkLevels({tree.levels}, tree.roots(), out) == 0);
    CHECK(outputLines(out.str()) == std::vector<std::string>{
                                        tree.mapFile("warn.map.xml") + ":1: warning: <bodymap id=\"back\">: unknown attribute \"colour\"",
                                        "checked 2 levels: 2 playable, 0 broken; 0 errors, 1 warning",
                                    });
}

TEST_CASE("[catalog] check with nothing to check fails")
{
    DataTree tree;
    std::ostringstream out;
    CHECK(checkLevels({tree.levels}, tree.roots(), out) == 1);
    CHECK(out.str() == "checked 0 levels: no level files found\n");
}

TEST_CASE("[catalog] check warns of each character no font of the game can draw, at its first line")
{
    DataTree tree;
    const fs::path file = tree.dir.write("data/levels/a.xml", R"(<level format="1" id="a" kind="matching" title="A">
  <pair id="a"><prompt>BL23 腎俞</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B 腎</prompt><answer>2</answer></pair>
</level>
)");
    // Fonts that draw only ASCII: the two characters of 腎俞 are reported once each.
    const CanDraw asciiOnly = [](char32_t c) { return c < 0x80; };
    std::ostringstream out;
    CHECK(checkLevels({tree.levels}, tree.roots(), out, asciiOnly) == 0);
    const std::string tail = "): it shows as a box; install fonts-wqy-microhei for Chinese characters";
    CHECK(outputLines(out.str()) ==
          std::vector<std::string>{
              file.string() + ":2: warning: no font the game uses can draw \"腎\" (U+814E" + tail,
              file.string() + ":2: warning: no font the game uses can draw \"俞\" (U+4FDE" + tail,
              "checked 1 level: 1 playable, 0 broken; 0 errors, 2 warnings",
          });
    SUBCASE("each character is asked of the fonts once, however many levels use it")
    {
        tree.dir.write("data/levels/b.xml", R"(<level format="1" id="b" kind="matching" title="B">
  <pair id="a"><prompt>腎俞 BL23</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>A</prompt><answer>2</answer></pair>
</level>
)");
        std::map<char32_t, int> asked;
        std::ostringstream twice;
        CHECK(checkLevels({tree.levels}, tree.roots(), twice, [&](char32_t c) { return ++asked[c], c < 0x80; }) == 0);
        REQUIRE(asked.count(U'腎') == 1);
        CHECK(asked[U'腎'] == 1);
        CHECK(asked[U'<'] == 1);
        // Still reported in each level that uses it.
        CHECK(outputLines(twice.str()).size() == 5);
    }
        SUBCASE("fonts that draw them: silent")
    {
        std::ostringstream all;
        CHECK(checkLevels({tree.levels}, tree.roots(), all, [](char32_t) { return true; }) == 0);
        CHECK(outputLines(all.str()).size() == 1);
    }
}

TEST_CASE("[catalog] a level in the player's folder or a --levels folder uses a shipped map by assets:")
{
    DataTree tree;
    const fs::path user = tree.dir.mkdir("home/.local/share/acuquest/levels");
    const fs::path named = tree.dir.mkdir("work/my-levels");
    const std::string level = R"(<level format="1" id="ID" kind="placement" title="Mine">
  <map src="assets:maps/back.map.xml"/>
  <point code="BL23" name="Shenshu" region="lower-back" landmark="L2" lateral="1.5" bilateral="true">
    <location>Beside L2.</location>
  </point>
</level>
)";
    auto withId = [&](const std::string& id) {
        std::string text = level;
        text.replace(text.find("ID"), 2, id);
        return text;
    };
    tree.dir.write("home/.local/share/acuquest/levels/mine.xml", withId("mine"));
    tree.dir.write("work/my-levels/named.xml", withId("named"));
    const DataRoots roots({tree.levels, tree.assets, user, named}, tree.assets);

    const LevelCatalog catalog = loadCatalog({user, named}, roots);
    REQUIRE(catalog.entries.size() == 2);
    for (const LevelEntry& entry : catalog.entries) {
        CAPTURE(entry.displayName);
        CHECK(entry.diagnostics.all().empty());
        REQUIRE(entry.playable());
        CHECK(entry.level->placement()->maps.at(0).map->id == "back");
    }
}

TEST_CASE("[catalog] check checks a map file named to it, and a folder's maps, as maps")
{
    DataTree tree;
    std::ostringstream out;
    SUBCASE("a good map")
    {
        CHECK(checkLevels({tree.assets / "maps" / "back.map.xml"}, tree.roots(), out) == 0);
        CHECK(outputLines(out.str()) ==
              std::vector<std::string>{"checked 0 levels and 1 map: 1 usable, 0 broken; 0 errors, 0 warnings"});
    }
    SUBCASE("a map with a problem, beside a level, in a folder")
    {
        tree.dir.write("data/levels/mine.map.xml",
                       R"(<bodymap format="1" id="mine" view="side" art="../assets/maps/back.svg" title="Mine">
  <region id="r" name="R" units-per-cun="10" basis="drawn at 10 units a cun"/>
</bodymap>
)");
        tree.dir.write("data/levels/a.xml", matchingLevel("a", "A"));
        CHECK(checkLevels({tree.levels}, tree.roots(), out) == 1);
        const std::vector<std::string> lines = outputLines(out.str());
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].find("mine.map.xml:1: <bodymap id=\"mine\">: attribute \"view\"") != std::string::npos);
        CHECK(lines[1] == "checked 1 level and 1 map: 1 usable, 1 broken; 1 error, 0 warnings");
        // The game's menu lists levels only.
        const LevelCatalog catalog = loadCatalog({tree.levels}, tree.roots());
        REQUIRE(catalog.entries.size() == 1);
        CHECK(catalog.entries[0].title == "A");
    }
}
