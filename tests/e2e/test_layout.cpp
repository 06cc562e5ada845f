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
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace acq;
using namespace acq::e2e;

namespace {

struct Size {
    int width, height;
};
constexpr std::array<Size, 4> kSizes{{{640, 480}, {800, 600}, {1280, 800}, {1920, 1080}}};

// Problems the test knows of, each with why it is not fixed yet (issue 19 stays open for them):
// a screen at one window size. Nothing else is excused.
struct KnownProblem {
    const char* screen;
    int width, height;
    const char* reason;
};
const std::vector<KnownProblem> kKnown{
    {"progress", 640, 480, "the progress screen: the plot's \"100%\" over the level names and the list of points placed instead running off the window; not fixed yet (issue 19)"},
    {"progress", 800, 600, "the progress screen: the plot's \"100%\" over the level names and the list of points placed instead running off the window; not fixed yet (issue 19)"},
    {"progress", 1280, 800, "the progress screen at UI scale 1.5: a column heading cut by its clip area; not fixed yet (issue 19)"},
};

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

std::vector<std::string> unexcused(const std::filesystem::path& report, const Size& size,
                                   std::vector<std::string>& excused)
{
    std::vector<std::string> left;
    std::istringstream lines(readFile(report));
    for (std::string line; std::getline(lines, line);) {
        bool known = false;
        for (const KnownProblem& k : kKnown)
            known = known || (k.width == size.width && k.height == size.height &&
                              line.rfind(std::string(k.screen) + ": ", 0) == 0);
        (known ? excused : left).push_back(line);
    }
    return left;
}

} // namespace

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
        std::vector<std::string> excused;
        for (const Size& size : kSizes) {
            CAPTURE(size.width);
            CAPTURE(size.height);
            const auto report = temp.path() / reportName(size);
            REQUIRE(std::filesystem::exists(report));
            std::string problems;
            for (const std::string& line : unexcused(report, size, excused))
                problems += line + "\n";
            CHECK_MESSAGE(problems.empty(), problems);
        }
        MESSAGE(excused.size() << " known problems excused at UI scale " << uiScale);
    }
}

TEST_CASE("[e2e] expect-layout passes a screen that keeps the rules and fails, naming the text, one that does not")
{
    TempFolder temp;
    GameRun run = runGame(temp.path() / "data", "window 640 480\nexpect-scene menu\nexpect-layout\nclose\n");
    INFO(run.log);
    CHECK(run.exitCode == 0);
    // A known case above: the progress screen at 640 x 480 (its plot's labels, its list).
    run = runGame(temp.path() / "data", "key P\nwait 0.1\nexpect-scene progress\nwindow 640 480\nwait 0\nexpect-layout\n");
    INFO(run.log);
    CHECK(run.exitCode == 3);
    CHECK(run.log.find("the progress screen breaks the layout rules") != std::string::npos);
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
    const std::filesystem::path root = ACUQUEST_SOURCE_DIR;
    const LevelCatalog catalog =
        loadCatalog({root / "levels"}, DataRoots({root / "levels", root / "assets"}, root / "assets"));
    std::vector<MenuGroup> groups;
    for (const LevelEntry& entry : catalog.entries)
        groups.push_back(menuGroupOf(entry.playable() ? &*entry.level : nullptr));
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
