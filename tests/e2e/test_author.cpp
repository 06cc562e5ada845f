// End-to-end: author mode (acuquest --author) prints each click as a <point> element in the
// standard's terms, from the nearest landmark, and N measures it from the next one (issue 20).
#include "e2e/GameRunner.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

using namespace acq;
using namespace acq::e2e;

TEST_CASE("[e2e] author mode writes a click on BL23's spot as the level itself writes BL23")
{
    const auto level = loadShippedLevel("lower-back.xml");
    const PointTarget* bl23 = nullptr;
    for (const PointTarget& point : level->placement()->points)
        if (point.code == "BL23")
            bl23 = &point;
    REQUIRE(bl23);
    char click[96];
    std::snprintf(click, sizeof click, "click-map %.4f %.4f\n", bl23->spots.at(0).x, bl23->spots.at(0).y);

    TempFolder folder;
    const std::filesystem::path out = folder.path() / "author.txt";
    // The nearest landmark first, then up to four others: one of them is L2, as in the level.
    const std::string script = "expect-scene author\n" + std::string(click) + "key N\nkey N\nkey N\nkey N\nclose\n";
    const GameRun run = runGame(folder.path() / "data",
                                script, "--author " + std::string(ACUQUEST_SOURCE_DIR) + "/levels/lower-back.xml >" + out.string());
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const std::string printed = readFile(out);
    INFO(printed);
    CHECK(printed.find("region=\"lower-back\" landmark=\"L2\" lateral=\"1.5\" bilateral=\"true\"><location>") !=
          std::string::npos);
    // Five elements: the click, and one for each N.
    std::size_t elements = 0;
    for (std::size_t at = printed.find("<point "); at != std::string::npos; at = printed.find("<point ", at + 1))
        ++elements;
    CHECK(elements == 5);
}

TEST_CASE("[e2e] author mode lays out the points' codes and the landmarks' names clear of each other")
{
    // Lower back puts five codes on the row of L2 and three on that of L4: before the codes were
    // laid out with the landmarks' names, GV4's code printed over "L2 spinous process".
    TempFolder folder;
    const std::string script = "expect-scene author\nexpect-layout\nwindow 640 480\nwait 0.2\nexpect-layout\n"
                               "window 1920 1080\nwait 0.2\nexpect-layout\nkey Plus\nkey Plus\nexpect-layout\nclose\n";
    const GameRun run = runGame(folder.path() / "data", script,
                                "--author " + std::string(ACUQUEST_SOURCE_DIR) + "/levels/lower-back.xml >/dev/null");
    INFO(run.log);
    CHECK(run.exitCode == 0);
}
