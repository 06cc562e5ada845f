// End-to-end: every screen at 640x480, 800x600, 1280x800 and 1920x1080, at the smallest and the
// largest UI scale, checked from the texts the game actually drew (layout-report, the rules of
// core/LayoutCheck.h): no text under 11 px, none outside the window or its panel, and each
// with WCAG 2.1 AA contrast against what it is drawn on (issue 19, section 1).
#include "e2e/GameRunner.h"

#include "core/MenuGroups.h"
#include "core/PlacementRound.h"
#include "core/Settings.h"
#include "io/LevelCatalog.h"
#include "io/SettingsFile.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace acq;
using namespace acq::e2e;

namespace {

struct Size {
    int width, height;
};
constexpr std::array<Size, 4> kSizes{{{640, 480}, {800, 600}, {1280, 800}, {1920, 1080}}};

std::string reportName(const Size& size)
{
    return "layout-" + std::to_string(size.width) + "x" + std::to_string(size.height) + ".txt";
}

// Script lines that check the screen now shown at every size, each into its own report.
std::string checkAtEverySize(const std::filesystem::path& folder)
{
    std::string lines;
    for (const Size& size : kSizes)
        lines += "window " + std::to_string(size.width) + " " + std::to_string(size.height) + "\nwait 0\n" +
                 "layout-report \"" + (folder / reportName(size)).string() + "\"\n";
    return lines;
}

// Visits every screen: the menu and the question Esc asks there, the F1 help, settings,
// progress, practice; a placement level (introduction, asking, feedback, Esc's question,
// results); naming; a matching level's study deck and round (the ten causes: 12 cards).
std::string visitEveryScreen(const std::filesystem::path& folder, const Level& placement)
{
    const std::string check = checkAtEverySize(folder);
    std::string s = "expect-scene menu\n" + check;
    s += "key Escape\nexpect-scene confirm\n" + check + "key Escape\nexpect-scene menu\n";
    s += "key F1\nexpect-scene help\n" + check + "key F1\nexpect-scene menu\n";
    s += "key S\nwait 0.1\nexpect-scene settings\n" + check + "key Escape\n";
    s += "key P\nwait 0.1\nexpect-scene progress\n" + check + "key Escape\nwait 0.1\nexpect-scene menu\n";
    s += "click-on practice\nwait 0.3\nexpect-scene practice\n" + check;
    s += "key Escape\nwait 0.1\nexpect-scene confirm\n" + check + "click-on yes\nwait 0.2\nexpect-scene menu\n";
    s += "click-on " + placement.id + "\nexpect-scene intro\n" + check;
    s += "click-on start\nwait 0.5\nexpect-scene placement\n" + check;
    const PlacementRound round(placement, std::uint64_t{1}, 0.0);
    bool first = true;
    for (std::size_t i = 0; i < round.order().size(); ++i) {
        s += "click-answer 0.5 0.5\nwait 0.5\n";
        if (first) {
            s += check + "key Escape\nexpect-scene confirm\n" + check + "key Escape\nexpect-scene placement\n";
            first = false;
        }
        s += "click-on next\nwait 0.2\n";
    }
    s += "expect-scene results\n" + check + "click-on menu\nwait 0.2\nexpect-scene menu\n";
    s += "click-on " + placement.id + "\nclick-on name\nwait 0.5\nexpect-scene naming\n" + check;
    s += "choose-answer wrong\nwait 0.3\n" + check + "key Escape\nkey Enter\nwait 0.2\n";
    s += "key Home\nclick-on causes\nexpect-scene intro\nclick-on study\nwait 0.2\nexpect-scene study\n" + check;
    s += "click-on card\nwait 0.5\n" + check + "key Escape\nwait 0.1\nexpect-scene intro\n";
    s += "click-on start\nwait 0.5\nexpect-scene matching\n" + check;
    s += "choose-answer wrong\nwait 0.2\n" + check;
    return s + "close\n";
}

// Plays `level` placing each asked point on the spot of the point asked after it: every answer
// a miss that names another point, for the progress screen's lists.
std::string playPlacingTheNext(const Level& level)
{
    std::string s = "expect-scene menu\nclick-on " + level.id + "\nclick-on start\nwait 0.5\nexpect-scene placement\n";
    const PlacementRound round(level, std::uint64_t{1}, 0.0);
    const auto& order = round.order();
    const PlacementLevel& placement = *level.placement();
    for (std::size_t k = 0; k < order.size(); ++k) {
        const PointTarget& asked = placement.points.at(order[k]);
        // The next point asked on the same map (levels of one map only: another map is not in view).
        const PointTarget* other = nullptr;
        for (std::size_t j = 1; j < order.size() && !other; ++j) {
            const PointTarget& p = placement.points.at(order[(k + j) % order.size()]);
            if (placement.mapOf(p).map->id == placement.mapOf(asked).map->id)
                other = &p;
        }
        REQUIRE(other);
        s += "click-map " + std::to_string(other->spots.front().x) + " " + std::to_string(other->spots.front().y) + "\n";
        s += "wait 0.5\nclick-on next\nwait 0.2\n";
    }
    return s + "expect-scene results\nclick-on menu\nwait 0.2\nclose\n";
}

// The shipped levels, and the menu group of each (core/MenuGroups.h), as the menu sorts them.
struct ShippedMenu {
    LevelCatalog catalog;
    std::vector<MenuGroup> groups; // one a catalog entry
};

ShippedMenu shippedMenu()
{
    const std::filesystem::path root = ACUQUEST_SOURCE_DIR;
    ShippedMenu menu{loadCatalog({root / "levels"}, DataRoots({root / "levels", root / "assets"}, root / "assets")), {}};
    for (const LevelEntry& entry : menu.catalog.entries)
        menu.groups.push_back(menuGroupOf(entry.playable() ? &*entry.level : nullptr));
    return menu;
}

} // namespace

TEST_CASE("[e2e] the progress screen with a history: each section, a turned page of levels and a chosen point at every size and UI scale")
{
    setenv("TZ", "UTC", 1);
    TempFolder temp;
    const auto data = temp.path() / "data";
    // Two evenings of two levels, every point placed on another: scores to plot, cards missed
    // and points placed instead; nine levels' rows, more than a small window shows at once.
    for (int day = 1; day <= 2; ++day)
        for (const char* file : {"lower-back.xml", "lower-back-closeup.xml"}) {
            const GameRun run = runGame(data, playPlacingTheNext(*loadShippedLevel(file)),
                                        "--now 2026-12-0" + std::to_string(day) + "T20:00:00Z");
            INFO(run.log);
            REQUIRE(run.exitCode == 0);
        }
    for (const double uiScale : {Settings::kMinUiScale, Settings::kMaxUiScale}) {
        CAPTURE(uiScale);
        Settings settings;
        settings.uiScale = uiScale;
        std::string error;
        std::filesystem::create_directories(configHome(data) / "acuquest");
        REQUIRE(saveSettings(configHome(data) / "acuquest" / "settings.xml", settings, error));
        std::string script = "expect-scene menu\nkey P\nwait 0.5\nexpect-scene progress\n"
                             "key 3\nwait 0\nexpect-text \"times)\"\nkey 2\nwait 0\nexpect-text \"missed 4 of 4\"\n";
        std::vector<std::string> reports;
        for (const Size& size : kSizes)
            for (const char* state : {"levels", "levels-page-2", "missed", "placed", "point"}) {
                const std::string name =
                    std::to_string(size.width) + "x" + std::to_string(size.height) + "-" + state + ".txt";
                const std::string section = state[0] == 'l' ? "1" : state[0] == 'm' ? "2" : "3";
                script += "window " + std::to_string(size.width) + " " + std::to_string(size.height) + "\nwait 0\n";
                script += "key " + section + "\nkey PageUp\nkey PageUp\n";
                if (std::string(state) == "levels-page-2")
                    script += "key PageDown\n";
                if (std::string(state) == "point")
                    script += "click-on point:BL23\nwait 0.3\n";
                script += "wait 0\nlayout-report \"" + (temp.path() / name).string() + "\"\n";
                if (std::string(state) == "point")
                    script += "key Up\nwait 0\n"; // none chosen again
                reports.push_back(name);
            }
        const GameRun run = runGame(data, script + "close\n", "--now 2026-12-03T09:00:00Z");
        INFO(run.log);
        REQUIRE(run.exitCode == 0);
        for (const std::string& name : reports) {
            CAPTURE(name);
            const auto report = temp.path() / name;
            REQUIRE(std::filesystem::exists(report));
            // One line a problem: any fails the test.
            const std::string problems = readFile(report);
            CHECK_MESSAGE(problems.empty(), problems);
        }
    }
}

TEST_CASE("[e2e] every screen at every size and UI scale: text readable, inside its panel, with AA contrast")
{
    const auto level = loadShippedLevel("lower-back.xml");
    for (const double uiScale : {Settings::kMinUiScale, Settings::kMaxUiScale}) {
        CAPTURE(uiScale);
        TempFolder temp;
        const auto data = temp.path() / "data";
        Settings settings;
        settings.uiScale = uiScale;
        std::string error;
        std::filesystem::create_directories(configHome(data) / "acuquest");
        REQUIRE(saveSettings(configHome(data) / "acuquest" / "settings.xml", settings, error));
        const GameRun run = runGame(data, visitEveryScreen(temp.path(), *level));
        INFO(run.log);
        REQUIRE(run.exitCode == 0);
        for (const Size& size : kSizes) {
            CAPTURE(size.width);
            CAPTURE(size.height);
            const auto report = temp.path() / reportName(size);
            REQUIRE(std::filesystem::exists(report));
            // One line a problem: any fails the test.
            const std::string problems = readFile(report);
            CHECK_MESSAGE(problems.empty(), problems);
        }
    }
}

TEST_CASE("[e2e] expect-layout passes a screen that keeps the rules; a level of one long word keeps them too")
{
    // The rules themselves, each caught on a hand-made frame: tests/core/test_layout_check.cpp.
    // Here the screens a stranger's level fills: a title and an introduction of one long word
    // are shortened with "…" or broken, never run off the window.
    TempFolder temp;
    const auto levels = temp.path() / "levels";
    std::filesystem::create_directories(levels);
    std::string word;
    for (int i = 0; i < 4; ++i)
        word += "Supercalifragilistic";
    std::ofstream(levels / "wide.xml") << "<level format=\"1\" id=\"wide\" kind=\"matching\" title=\"" + word +
                                             "\">\n  <intro>" + word + word + word + "</intro>\n"
                                             "  <pair id=\"a\"><prompt>A</prompt><answer>One</answer></pair>\n"
                                             "  <pair id=\"b\"><prompt>B</prompt><answer>Two</answer></pair>\n"
                                             "  <distractor>Three</distractor>\n  <distractor>Four</distractor>\n</level>\n";
    const GameRun run = runGame(temp.path() / "data",
                                "window 640 480\nwait 0.1\nexpect-scene menu\nexpect-layout\nclick-on wide\nwait 0.1\n"
                                "expect-scene intro\nexpect-layout\nclick-on start\nwait 0.3\n"
                                "expect-scene matching\nexpect-layout\nclose\n",
                                "--levels \"" + levels.string() + "\"");
    INFO(run.log);
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] the ten causes at 640x480: the answers scroll, every card reachable by wheel, keys and script")
{
    // 12 long answer cards do not fit a 640 x 480 window at 11 px: the column scrolls by whole
    // cards, with a bar, and keeps the layout rules; choose-answer scrolls to an answer out of
    // view as a player would, and End brings the last card into view.
    TempFolder temp;
    std::string script = "window 640 480\nwait 0\nclick-on causes\nclick-on start\nwait 0.5\nexpect-scene matching\n"
                         "expect-layout\n";
    for (int i = 0; i < 10; ++i)
        script += "choose-answer right\nwait 0.1\nexpect-layout\n";
    script += "wait 0.5\nexpect-scene results\nclose\n";
    GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    CHECK(run.exitCode == 0);
    run = runGame(temp.path() / "data", "window 640 480\nwait 0\nclick-on causes\nclick-on start\nwait 0.5\n"
                                        "key Right\nkey Right\nkey End\nwait 0.1\nexpect-layout\nkey PageUp\nwheel -3\n"
                                        "wait 0.1\nexpect-layout\nclose\n");
    INFO(run.log);
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] the menu at every size: each level reachable by click-on, under its group's heading")
{
    // The levels in the menu's order, each with its group's heading (core/MenuGroups.h).
    const ShippedMenu menu = shippedMenu();
    const LevelCatalog& catalog = menu.catalog;
    const std::vector<MenuGroup>& groups = menu.groups;
    REQUIRE(menuOrder(groups).size() == catalog.entries.size());
    for (const Size& size : kSizes) {
        CAPTURE(size.width);
        TempFolder temp;
        std::string script = "window " + std::to_string(size.width) + " " + std::to_string(size.height) + "\nwait 0\n";
        for (const std::size_t i : menuOrder(groups)) {
            const Level& level = *catalog.entries[i].level;
            // Clicked as a player would, scrolling to it first.
            script += "click-on " + level.id + "\nwait 0.1\nexpect-scene intro\nkey Escape\nwait 0.1\nexpect-scene menu\n" +
                      "expect-text \"" + level.title + "\"\nexpect-layout\n";
        }
        // The keyboard walks the rows past the headings; a group's first row brings its heading
        // into view with it; from the last row Down goes round to practice.
        script += "key Home\nexpect-text \"Practice\"\n";
        const std::vector<MenuItem> items = groupMenu(groups);
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (items[k].heading)
                continue;
            script += "key Down\nexpect-text \"" + catalog.entries[items[k].level].level->title + "\"\n";
            if (k > 0 && items[k - 1].heading)
                script += "expect-text \"" + items[k - 1].text + "\"\n";
        }
        script += "key Down\nexpect-text \"Practice\"\n";
        const GameRun run = runGame(temp.path() / "data", script + "close\n");
        INFO(run.log);
        CHECK(run.exitCode == 0);
    }
}

TEST_CASE("[e2e] the menu's PgUp/PgDn move the focus a page at a time, bring it into view and stop at the ends")
{
    // At 640x480 the one column is longer than the window (core/MenuGroups.h's pageFocusLine,
    // tests/core/test_menu_groups.cpp, has the arithmetic).
    const ShippedMenu menu = shippedMenu();
    const LevelCatalog& catalog = menu.catalog;
    const std::vector<MenuGroup>& groups = menu.groups;
    const std::vector<std::size_t> order = menuOrder(groups);
    REQUIRE(order.size() > 2);
    REQUIRE(catalog.entries.at(order.back()).level);
    const Level& last = *catalog.entries.at(order.back()).level;
    // More pages than rows: enough to reach either end from anywhere, and then some.
    const auto pages = [&](const std::string& key) {
        std::string keys;
        for (std::size_t i = 0; i <= order.size(); ++i)
            keys += "key " + key + "\n";
        return keys;
    };
    TempFolder temp;
    // More than a row: Up after one page does not reach practice, so Enter opens a level.
    std::string script = "window 640 480\nwait 0\nkey Home\nkey PageDown\nkey Up\nkey Enter\nwait 0.1\n"
                         "expect-scene intro\nkey Escape\nwait 0.1\nexpect-scene menu\n";
    // Pages down to the last row, shown, and no further round to practice; pages up to practice.
    script += "key Home\n" + pages("PageDown") + "expect-text \"" + last.title + "\"\nexpect-layout\nkey Enter\nwait 0.1\n" +
              "expect-scene intro\nexpect-text \"" + last.title + "\"\nkey Escape\nwait 0.1\nexpect-scene menu\n";
    script += pages("PageUp") + "expect-text \"Practice\"\nkey Enter\nwait 0.3\nexpect-scene practice\n";
    const GameRun run = runGame(temp.path() / "data", script + "close\n");
    INFO(run.log);
    CHECK(run.exitCode == 0);
}
