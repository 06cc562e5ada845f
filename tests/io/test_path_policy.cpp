#include "TempDir.h"
#include "io/PathPolicy.h"

#include <doctest/doctest.h>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

struct Tree {
    TempDir dir;
    fs::path levels, assets, outside;
    Tree()
    {
        levels = dir.mkdir("data/levels");
        assets = dir.mkdir("data/assets");
        outside = dir.mkdir("elsewhere");
        dir.write("data/assets/maps/back.map.xml", "<bodymap/>");
        dir.write("elsewhere/secret.xml", "secret");
    }
    std::vector<fs::path> roots() const { return {levels, assets}; }
    ResolvedPath resolve(const std::string& reference) const { return resolveDataPath(levels, reference, roots()); }
};

} // namespace

TEST_CASE("[paths] a relative path inside a root resolves to its canonical form")
{
    Tree tree;
    const ResolvedPath r = tree.resolve("../assets/maps/./back.map.xml");
    CHECK(r.problem == "");
    REQUIRE(r.path);
    CHECK(*r.path == tree.assets / "maps" / "back.map.xml");
}

TEST_CASE("[paths] a path leading outside every root is refused")
{
    Tree tree;
    const ResolvedPath r = tree.resolve("../../elsewhere/secret.xml");
    CHECK_FALSE(r.path);
    CHECK(r.problem == "the path \"../../elsewhere/secret.xml\" leads outside the game's data folders");
}

TEST_CASE("[paths] a missing file outside the roots is refused as outside, not as missing")
{
    Tree tree;
    CHECK(tree.resolve("../../../../etc/none").problem == "the path \"../../../../etc/none\" leads outside the game's data folders");
}

TEST_CASE("[paths] absolute paths are refused")
{
    Tree tree;
    const std::string absolute = (tree.assets / "maps" / "back.map.xml").string();
    const ResolvedPath r = tree.resolve(absolute);
    CHECK_FALSE(r.path);
    CHECK(r.problem == "absolute paths are not allowed: \"" + absolute + "\"");
}

TEST_CASE("[paths] empty, backslash and NUL are refused")
{
    Tree tree;
    CHECK(tree.resolve("").problem == "the path is empty");
    CHECK(tree.resolve("..\\assets\\maps\\back.map.xml").problem ==
          "the path \"..\\assets\\maps\\back.map.xml\" contains a backslash; use \"/\"");
    CHECK(tree.resolve(std::string("../assets/maps/back.map.xml\0.png", 32)).problem == "the path contains a NUL character");
}

TEST_CASE("[paths] a missing file inside a root is reported as not found")
{
    Tree tree;
    const ResolvedPath r = tree.resolve("../assets/maps/front.map.xml");
    CHECK_FALSE(r.path);
    CHECK(r.problem == "file not found: \"../assets/maps/front.map.xml\"");
}

TEST_CASE("[paths] a folder is not a regular file")
{
    Tree tree;
    CHECK(tree.resolve("../assets/maps").problem == "not a regular file: \"../assets/maps\"");
}

TEST_CASE("[paths] a symlink inside a root leading outside is refused")
{
    Tree tree;
    fs::create_symlink(tree.outside / "secret.xml", tree.assets / "maps" / "escape.map.xml");
    const ResolvedPath r = tree.resolve("../assets/maps/escape.map.xml");
    CHECK_FALSE(r.path);
    CHECK(r.problem == "the path \"../assets/maps/escape.map.xml\" leads outside the game's data folders");
}

TEST_CASE("[paths] a symlinked folder leading outside is refused")
{
    Tree tree;
    fs::create_directory_symlink(tree.outside, tree.assets / "linked");
    CHECK(tree.resolve("../assets/linked/secret.xml").problem ==
          "the path \"../assets/linked/secret.xml\" leads outside the game's data folders");
}

TEST_CASE("[paths] a symlink between roots is allowed")
{
    Tree tree;
    fs::create_symlink(tree.assets / "maps" / "back.map.xml", tree.levels / "back.map.xml");
    const ResolvedPath r = tree.resolve("back.map.xml");
    REQUIRE(r.path);
    CHECK(*r.path == tree.assets / "maps" / "back.map.xml");
}

TEST_CASE("[paths] a symlink loop is reported without hanging")
{
    Tree tree;
    fs::create_symlink(tree.levels / "b.xml", tree.levels / "a.xml");
    fs::create_symlink(tree.levels / "a.xml", tree.levels / "b.xml");
    const ResolvedPath r = tree.resolve("a.xml");
    CHECK_FALSE(r.path);
    CHECK(r.problem == "cannot resolve \"a.xml\": Too many levels of symbolic links");
}

TEST_CASE("[paths] a root reached through a symlink still contains its files")
{
    Tree tree;
    fs::create_directory_symlink(tree.assets, tree.dir.path() / "assets-link");
    const ResolvedPath r = resolveDataPath(tree.levels, "../assets/maps/back.map.xml", DataRoots({tree.dir.path() / "assets-link"}));
    CHECK(r.problem == "");
    CHECK(r.path);
}

TEST_CASE("[paths] inside compares whole components")
{
    Tree tree;
    CHECK(isInside(tree.assets / "maps" / "back.map.xml", tree.assets));
    CHECK(isInside(tree.assets, tree.assets));
    CHECK(isInside(tree.assets / "maps", tree.assets.string() + "/"));
    CHECK_FALSE(isInside(tree.dir.path() / "data" / "assets-extra" / "x", tree.assets));
    CHECK_FALSE(isInside(tree.outside / "secret.xml", tree.assets));
    CHECK_FALSE(isInside(tree.assets / "maps", ""));
    CHECK_FALSE(isInside("relative/path", tree.assets));
}

TEST_CASE("[paths] a root that does not exist contains nothing that exists")
{
    Tree tree;
    const ResolvedPath r = resolveDataPath(tree.levels, "../assets/maps/back.map.xml", DataRoots({tree.dir.path() / "none"}));
    CHECK(r.problem == "the path \"../assets/maps/back.map.xml\" leads outside the game's data folders");
}

TEST_CASE("[paths] assets: names a file of the shipped assets from any folder")
{
    Tree tree;
    const fs::path userLevels = tree.dir.mkdir("home/levels");
    const DataRoots roots({tree.levels, tree.assets, userLevels}, tree.assets);
    for (const fs::path& from : {userLevels, tree.levels, tree.outside}) {
        CAPTURE(from);
        const ResolvedPath r = resolveDataPath(from, "assets:maps/back.map.xml", roots);
        CHECK(r.problem == "");
        REQUIRE(r.path);
        CHECK(*r.path == tree.assets / "maps" / "back.map.xml");
    }
}

TEST_CASE("[paths] assets: leads nowhere but into the shipped assets")
{
    Tree tree;
    tree.dir.write("data/levels/mine.xml", "<level/>");
    const DataRoots roots({tree.levels, tree.assets}, tree.assets);
    SUBCASE("not out of them by ../, even into another data folder")
    {
        CHECK(resolveDataPath(tree.levels, "assets:../levels/mine.xml", roots).problem ==
              "the path \"assets:../levels/mine.xml\" leads outside the game's shipped assets");
        CHECK(resolveDataPath(tree.levels, "assets:../../elsewhere/secret.xml", roots).problem ==
              "the path \"assets:../../elsewhere/secret.xml\" leads outside the game's shipped assets");
    }
    SUBCASE("not to an absolute path")
    {
        CHECK_FALSE(resolveDataPath(tree.levels, "assets:/etc/passwd", roots).path);
    }
    SUBCASE("a missing asset is named as written")
    {
        CHECK(resolveDataPath(tree.levels, "assets:maps/none.map.xml", roots).problem ==
              "file not found: \"assets:maps/none.map.xml\"");
    }
    SUBCASE("nothing at all when no assets folder is known")
    {
        const DataRoots plain({tree.levels, tree.assets});
        CHECK(resolveDataPath(tree.levels, "assets:maps/back.map.xml", plain).problem ==
              "no shipped assets folder is known here, so \"assets:maps/back.map.xml\" names nothing");
    }
}

TEST_CASE("[paths] a relative path is not taken for an assets: one")
{
    Tree tree;
    tree.dir.write("data/levels/assets:odd.xml", "x");
    const DataRoots roots({tree.levels, tree.assets}, tree.assets);
    // Only the prefix at the very start is special; "./assets:odd.xml" is a file beside the level.
    const ResolvedPath r = resolveDataPath(tree.levels, "./assets:odd.xml", roots);
    REQUIRE(r.path);
    CHECK(r.path->filename() == "assets:odd.xml");
}
