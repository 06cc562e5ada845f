// F5's decisions (io/LevelReload.h): the summary the player reads, and what becomes of the
// screen showing a level once its file is loaded again.
#include "Fixtures.h"
#include "io/LevelReload.h"

#include <doctest/doctest.h>

using namespace acq;
using namespace acq::test;

namespace {

std::string matchingLevel(const std::string& id, const std::string& title)
{
    return "<level format=\"1\" id=\"" + id + "\" kind=\"matching\" title=\"" + title + R"(">
  <pair id="a"><prompt>A</prompt><answer>1</answer></pair>
  <pair id="b"><prompt>B</prompt><answer>2</answer></pair>
</level>
)";
}

const char* kBroken = "<level format=\"1\" id=\"first\" kind=\"matching\" title=\"First\">\n"
                      "  <pair id=\"a\"><prompt>A</prompt></pair>\n</level>\n";

} // namespace

TEST_CASE("[reload] the summary counts the levels that play and names the first problem as file:line")
{
    DataTree tree;
    tree.dir.write("data/levels/a.xml", matchingLevel("first", "First"));
    tree.dir.write("data/levels/b.xml", matchingLevel("second", "Second"));
    CHECK(reloadSummary(loadCatalog({tree.levels}, tree.roots())) == "Levels reloaded: 2 play, none has problems.");

    tree.dir.write("data/levels/a.xml", kBroken);
    const LevelCatalog broken = loadCatalog({tree.levels}, tree.roots());
    const std::string summary = reloadSummary(broken);
    CHECK(summary.rfind("Levels reloaded: 1 plays, 1 has problems. " + (tree.levels / "a.xml").string() + ":2: ", 0) == 0);
}

TEST_CASE("[reload] a screen stays while its file still gives the same level")
{
    DataTree tree;
    tree.dir.write("data/levels/a.xml", matchingLevel("first", "First"));
    const LevelCatalog before = loadCatalog({tree.levels}, tree.roots());
    const LevelEntry* shown = entryHolding(before, &*before.entries.at(0).level);
    REQUIRE(shown == &before.entries.at(0));

    tree.dir.write("data/levels/a.xml", matchingLevel("first", "First, retitled"));
    const LevelCatalog after = loadCatalog({tree.levels}, tree.roots());
    const ScreenAfterReload outcome = screenAfterReload(*shown, after);
    CHECK(outcome.kind == ScreenAfterReload::Kind::Stays);
    CHECK(outcome.entry == &after.entries.at(0));
    // The old level is another object: the screen's references are not into the new catalog.
    CHECK(entryHolding(after, &*before.entries.at(0).level) == nullptr);
}

TEST_CASE("[reload] a screen whose level broke gives way to the file's problems; a removed or renamed one to the menu")
{
    DataTree tree;
    tree.dir.write("data/levels/a.xml", matchingLevel("first", "First"));
    const LevelCatalog before = loadCatalog({tree.levels}, tree.roots());
    const LevelEntry& shown = before.entries.at(0);

    tree.dir.write("data/levels/a.xml", kBroken);
    const LevelCatalog broken = loadCatalog({tree.levels}, tree.roots());
    const ScreenAfterReload problems = screenAfterReload(shown, broken);
    CHECK(problems.kind == ScreenAfterReload::Kind::ShowsProblems);
    REQUIRE(problems.entry != nullptr);
    CHECK(problems.entry->diagnostics.hasErrors());

    tree.dir.write("data/levels/a.xml", matchingLevel("renamed", "First"));
    CHECK(screenAfterReload(shown, loadCatalog({tree.levels}, tree.roots())).kind == ScreenAfterReload::Kind::Gone);

    std::filesystem::remove(tree.levels / "a.xml");
    tree.dir.write("data/levels/b.xml", matchingLevel("second", "Second"));
    const LevelCatalog gone = loadCatalog({tree.levels}, tree.roots());
    CHECK(screenAfterReload(shown, gone).kind == ScreenAfterReload::Kind::Gone);
    CHECK(entryFromFile(gone, shown.displayName) == nullptr);
}
