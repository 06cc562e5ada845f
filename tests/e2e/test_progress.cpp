// End-to-end: the progress screen after a level with a missed point, from the menu and from the
// results, and the export into the documents folder.
#include "e2e/GameRunner.h"

#include "core/PlacementRound.h"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace acq;
using namespace acq::e2e;

TEST_CASE("[e2e] progress: a point missed in a level is listed, coloured on its figure, and the export is written")
{
    TempFolder temp;
    const ExportFolders folders = setUpExportInUtc(temp);
    const auto& data = folders.data;
    const auto level = loadShippedLevel("lower-back.xml");

    // From the results: the button, and back to the results.
    std::string script = playMissing(*level, "BL52");
    script += "click-on progress\nwait 0.3\nexpect-scene progress\nexpect-text \"BL52: missed 1 of 1\"\n"
              "key Escape\nwait 0.2\nexpect-scene results\nclick-on menu\nwait 0.2\nexpect-scene menu\n";
    // From the menu with P, the next day: the figure of the lower back, the lists, the export.
    GameRun run = runGame(data, script + "close\n", "--now 2026-12-07T20:00:00Z");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    run = runGame(data,
                  "expect-scene menu\nkey P\nwait 0.3\nexpect-scene progress\n"
                  "expect-text \"BL52: missed 1 of 1\"\nexpect-text \"Lower back\"\nexpect-text \"of 5 known\"\n"
                  "expect-text \"never asked\"\nscreenshot progress-screen.png\n"
                  "key E\nwait 0.5\nexpect-text \"Exported 5 answers to\"\nscreenshot progress-exported.png\n"
                  "key Right\nwait 0.1\nexpect-text \"Figure 2 of\"\nkey Escape\nwait 0.2\nexpect-scene menu\n"
                  "click-on progress\nwait 0.2\nexpect-scene progress\nclose\n",
                  "--now 2026-12-08T09:00:00Z");
    INFO(run.log);
    CHECK(run.exitCode == 0);
    const auto csv = folders.documents / "acuquest-default-2026-12-08.csv";
    CHECK(std::filesystem::exists(csv));
    CHECK(readFile(csv).find("BL52") != std::string::npos);
}

TEST_CASE("[e2e] progress: a chosen point shows its past placements around its spot, with their mean and trend")
{
    setenv("TZ", "UTC", 1);
    TempFolder temp;
    const auto data = temp.path() / "data";
    const auto level = loadShippedLevel("lower-back.xml");
    // Four evenings: BL52 missed by 2.5 cun twice, then placed on its spot twice.
    for (int day = 1; day <= 4; ++day) {
        const std::string script = playMissing(*level, day <= 2 ? "BL52" : "none") + "click-on menu\nwait 0.2\nclose\n";
        const GameRun run = runGame(data, script, "--now 2026-12-0" + std::to_string(day) + "T20:00:00Z");
        INFO(run.log);
        REQUIRE(run.exitCode == 0);
    }
    // By mouse: its marker on the figure. By keyboard: Up and Down step through the figure's points.
    const GameRun run = runGame(data,
                                "expect-scene menu\nkey P\nwait 0.3\nexpect-scene progress\n"
                                "expect-text \"best 500 of 500\"\n" // Lower back's record beside its share
                                "click-on point:BL52\nwait 0.3\nexpect-text \"over 4 placements\"\n"
                                "expect-text \"last 2:\"\nexpect-text \"(closer)\"\nexpect-text \"Older marks are fainter\"\n"
                                "screenshot progress-cloud.png\n"
                                // Up leaves it (for the point before, or none), Down comes back to it.
                                "key Up\nkey Down\nwait 0.3\nexpect-text \"over 4 placements\"\n"
                                // Another figure and back: nothing chosen any more.
                                "key Right\nwait 0.2\nkey Left\nwait 0.2\n"
                                "close\n",
                                "--now 2026-12-05T09:00:00Z");
    INFO(run.log);
    CHECK(run.exitCode == 0);
    // The clicks are kept in map units, and the screen read them: the history has them all.
    const Progress saved = loadSavedProgress(data);
    REQUIRE(saved.attempts().size() == 4);
    int marks = 0;
    for (const Attempt& a : saved.attempts())
        for (const ItemResult& item : a.items)
            marks += item.id == "BL52" && item.click ? 1 : 0;
    CHECK(marks == 4);
}
