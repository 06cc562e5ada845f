// End-to-end: a big pack of the player's own levels. The window does not wait for them: the menu
// is up at once and says they are being read, and lists them when they are in (Game::takeLevels).
#include "e2e/GameRunner.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

using namespace acq;
using namespace acq::e2e;

namespace {

// The monotonic time of a bench log's line that starts with `key` ("first-display", "levels-in").
long long monotonicOf(const std::string& log, const std::string& key)
{
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(key + " monotonic=", 0) == 0)
            return std::stoll(line.substr(key.size() + 11));
    return -1;
}

void replaceOnce(std::string& text, const std::string& from, const std::string& to)
{
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("[e2e] a pack of 1,000 levels: the menu is up before they are read, and lists them once they are in")
{
    TempFolder folder;
    const std::filesystem::path pack = folder.path() / "pack";
    std::filesystem::create_directories(pack);
    // Lower back a thousand times over, each its own level on the shipped back map.
    std::string level = readFile(std::string(ACUQUEST_SOURCE_DIR) + "/levels/lower-back.xml");
    replaceOnce(level, "src=\"../assets/maps/back.map.xml\"", "src=\"assets:maps/back.map.xml\"");
    replaceOnce(level, "id=\"lower-back\"", "id=\"pack-@\"");
    replaceOnce(level, "title=\"Lower back\"", "title=\"Pack level @\"");
    for (int n = 1; n <= 1000; ++n) {
        char number[8];
        std::snprintf(number, sizeof number, "%04d", n);
        std::string copy = level;
        replaceOnce(copy, "@", number);
        replaceOnce(copy, "@", number);
        std::ofstream(pack / ("pack-" + std::string(number) + ".xml"), std::ios::binary) << copy;
    }
    const std::filesystem::path log = folder.path() / "frames.log";
    // The script's commands wait for the levels: its first looks at the menu with all of them.
    const GameRun run = runGame(folder.path() / "data",
                                "expect-scene menu\nexpect-text \"Pack level 0001\"\nclick-on pack-0150\nwait 0.2\n"
                                "expect-scene intro\nexpect-text \"Pack level 0150\"\nclose\n",
                                "--levels " + pack.string() + " --bench-log " + log.string());
    INFO(run.log);
    CHECK(run.exitCode == 0);
    const std::string frames = readFile(log);
    INFO(frames);
    const long long firstShown = monotonicOf(frames, "first-display");
    const long long levelsIn = monotonicOf(frames, "levels-in");
    REQUIRE(firstShown > 0);
    REQUIRE(levelsIn > 0); // they came in after the window was shown...
    CHECK(firstShown < levelsIn); // ...which showed the menu first, not a window waiting for them
}
