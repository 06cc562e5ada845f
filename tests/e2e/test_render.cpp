// End-to-end: the renderer's workarounds (app/render/RendererWorkarounds.h) change how fast the
// game draws, never what it draws; ACUQUEST_NO_RENDER_WORKAROUNDS=1 turns them off.
#include "e2e/GameRunner.h"

#include <SFML/Graphics/Image.hpp>

#include <doctest/doctest.h>

#include <cstdlib>

using namespace acq;
using namespace acq::e2e;

namespace {

// The switch, as a player or the bench sets it (docs, bench/RESULTS.md).
constexpr const char* kSwitch = "ACUQUEST_NO_RENDER_WORKAROUNDS";

// Plays the same screens with the switch as given, screenshots in `folder`.
GameRun playScreens(const std::filesystem::path& folder, bool workaroundsOn)
{
    const std::string script = "expect-scene menu\nscreenshot \"" + (folder / "menu.png").string() +
                               "\"\nclick-on causes\nclick-on start\nwait 0.3\nexpect-scene matching\n"
                               "screenshot \"" + (folder / "matching.png").string() + "\"\nclose\n";
    if (workaroundsOn)
        unsetenv(kSwitch);
    else
        setenv(kSwitch, "1", 1);
    GameRun run = runGame(folder / "data", script);
    unsetenv(kSwitch);
    return run;
}

} // namespace

TEST_CASE("[e2e] with the renderer's workarounds off the game draws the same screens, and says they are off")
{
    const TempFolder on;
    const TempFolder off;
    const GameRun withThem = playScreens(on.path(), true);
    const GameRun without = playScreens(off.path(), false);
    INFO("log with: " << withThem.log);
    INFO("log without: " << without.log);
    REQUIRE(withThem.exitCode == 0);
    REQUIRE(without.exitCode == 0);
    CHECK(withThem.log.find("renderer workarounds off") == std::string::npos);
    CHECK(without.log.find(std::string("renderer workarounds off (") + kSwitch + ")") !=
          std::string::npos);
    for (const char* screen : {"menu.png", "matching.png"}) {
        CAPTURE(screen);
        sf::Image a;
        sf::Image b;
        REQUIRE(a.loadFromFile((on.path() / screen).string()));
        REQUIRE(b.loadFromFile((off.path() / screen).string()));
        REQUIRE(a.getSize() == b.getSize());
        unsigned differing = 0;
        for (unsigned y = 0; y < a.getSize().y; ++y)
            for (unsigned x = 0; x < a.getSize().x; ++x)
                differing += a.getPixel(x, y) != b.getPixel(x, y);
        CHECK(differing == 0u);
    }
}
