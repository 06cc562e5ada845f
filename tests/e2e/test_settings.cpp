// End-to-end: settings kept across a restart, F11, the F1 help, and the question Esc asks on
// the menu and in a round.
#include "e2e/GameRunner.h"

#include "core/Settings.h"
#include "io/SettingsFile.h"

#include <SFML/Graphics/Image.hpp>

#include <doctest/doctest.h>

#include <fstream>

using namespace acq;
using namespace acq::e2e;

namespace {

Settings savedSettings(const std::filesystem::path& data)
{
    Diagnostics diag;
    const Settings settings = loadSettings(configHome(data) / "acuquest" / "settings.xml", diag);
    CHECK(diag.empty());
    return settings;
}

sf::Vector2u imageSize(const std::filesystem::path& png)
{
    sf::Image image;
    REQUIRE(image.loadFromFile(png.string()));
    return image.getSize();
}

} // namespace

TEST_CASE("[e2e] settings changed on the settings screen and with T survive a restart")
{
    TempFolder temp;
    const auto data = temp.path() / "data";
    // Keyboard: S opens the settings; the clock row (fifth) on; text size up twice; sides to
    // the patient's left. Mouse: sound off with its > button. T in a round turns the clock off.
    const std::string first = "expect-scene menu\nkey S\nwait 0.1\nexpect-scene settings\n"
                              "key Down\nkey Right\nkey Right\nexpect-text \"120 %\"\n"
                              "key Down\nkey Down\nkey Down\nkey Enter\n"
                              "key Down\nkey Down\nkey Right\nexpect-text \"Patient's left\"\n"
                              "click-on more:sound\nexpect-text \"Off\"\n"
                              "key Escape\nwait 0.1\nexpect-scene menu\n"
                              "click-on lower-back\nclick-on start\nwait 0.3\nexpect-scene placement\n"
                              "expect-text \"On the patient's\"\nkey T\nwait 0.1\nclose\n";
    GameRun run = runGame(data, first);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    Settings saved = savedSettings(data);
    CHECK(saved.uiScale == doctest::Approx(1.2));
    CHECK(saved.sides == SideChoice::Left);
    CHECK_FALSE(saved.sound);
    CHECK_FALSE(saved.showClock); // on in the settings, off again with T
    CHECK_FALSE(saved.fullScreen);

    // The next start: the settings as left, the clock back on with T and kept.
    run = runGame(data, "key S\nwait 0.1\nexpect-text \"120 %\"\nexpect-text \"Patient's left\"\nkey Escape\n"
                        "click-on lower-back\nclick-on start\nwait 0.3\nkey T\nwait 1.2\nexpect-text \"0:01\"\nclose\n");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    saved = savedSettings(data);
    CHECK(saved.showClock);
    CHECK(saved.uiScale == doctest::Approx(1.2));
}

TEST_CASE("[e2e] a bad settings file is reported once and its defaults used; the game plays")
{
    TempFolder temp;
    const auto data = temp.path() / "data";
    std::filesystem::create_directories(configHome(data) / "acuquest");
    std::ofstream(configHome(data) / "acuquest" / "settings.xml") << "<settings volume=\"loud\" ui-scale=\"9\" clock=\"true\"/>";
    const GameRun run = runGame(data, "key S\nwait 0.1\nexpect-text \"100 %\"\nexpect-text \"70 %\"\nclose\n");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    CHECK(run.log.find("\"volume\"") != std::string::npos);
    CHECK(run.log.find("\"ui-scale\"") != std::string::npos);
    // Each problem once, though the settings screen was drawn many times.
    CHECK(run.log.find("\"volume\"") == run.log.rfind("\"volume\""));
}

TEST_CASE("[e2e] F11 switches full screen on any screen, and the next start opens full screen")
{
    TempFolder temp;
    const auto data = temp.path() / "data";
    const auto windowed = temp.path() / "windowed.png";
    const auto full = temp.path() / "full.png";
    const auto again = temp.path() / "again.png";
    GameRun run = runGame(data, "screenshot \"" + windowed.string() + "\"\nclick-on lower-back\nclick-on start\nwait 0.3\n"
                                "key F11\nwait 0.2\nexpect-scene placement\nscreenshot \"" + full.string() + "\"\nclose\n");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    CHECK(savedSettings(data).fullScreen);
    CHECK(imageSize(windowed) == sf::Vector2u(1280, 800));
    const sf::Vector2u fullSize = imageSize(full);
    CHECK(fullSize != sf::Vector2u(1280, 800)); // the whole virtual screen (tests/e2e/with-xvfb.sh)
    CHECK(fullSize.x >= 1280);

    run = runGame(data, "expect-scene menu\nscreenshot \"" + again.string() + "\"\nkey F11\nwait 0.2\nclose\n");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    CHECK(imageSize(again) == fullSize);
    CHECK_FALSE(savedSettings(data).fullScreen);
}

TEST_CASE("[e2e] F1 lists the keys the screen's footer shows, and any key closes it")
{
    TempFolder temp;
    const std::string script =
        // The menu: its footer's hints and the keys of every screen.
        "expect-text \"Esc: quit\"\nkey F1\nexpect-scene help\nexpect-text \"Keys: The menu\"\n"
        "expect-help \"Enter or click: play\"\nexpect-help \"S: settings\"\nexpect-help \"Esc: quit\"\n"
        "expect-help \"F11: full screen on or off\"\nexpect-help \"M: sound on or off\"\n"
        // The key that closes the help does nothing else (Esc would have asked to quit).
        "key Escape\nexpect-scene menu\n"
        // A placement round while asking, then after a placement: the footer changes, so does the help.
        "click-on lower-back\nclick-on start\nwait 0.3\nkey F1\nexpect-help \"H: hint\"\nexpect-help \"Esc: menu\"\n"
        "click 5 5\nexpect-scene placement\nclick-answer\nwait 0.2\nkey F1\n"
        "expect-help \"Enter or Next: continue\"\nkey Space\nexpect-scene placement\nclose\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] Esc in a round asks; Keep playing goes on, Leave keeps what was answered")
{
    TempFolder temp;
    const auto data = temp.path() / "data";
    const std::string script =
        "click-on lower-back\nclick-on start\nwait 0.3\nclick-answer\nwait 0.2\nclick-on next\nwait 0.2\n"
        // Esc, then Esc again: the question goes, the round is as it was.
        "key Escape\nexpect-scene confirm\nexpect-text \"Leave this round?\"\nkey Escape\nexpect-scene placement\n"
        "expect-text \"Point 2 of\"\nclick-answer\nwait 0.2\n"
        // Esc, then the mouse on Keep playing.
        "key Escape\nexpect-scene confirm\nclick-on no\nexpect-scene placement\nclick-on next\nwait 0.2\n"
        "expect-text \"Point 3 of\"\n"
        // Esc, then Enter: left, back on the menu.
        "key Escape\nkey Enter\nwait 0.2\nexpect-scene menu\nclose\n";
    const GameRun run = runGame(data, script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const Progress saved = loadSavedProgress(data);
    const Attempt* attempt = lastAttempt(saved, "lower-back");
    REQUIRE(attempt != nullptr);
    CHECK_FALSE(attempt->completed);
    CHECK(attempt->items.size() == 2); // the two points answered before leaving
}

TEST_CASE("[e2e] Esc in matching and naming asks too, and cancelling keeps the round")
{
    TempFolder temp;
    const auto data = temp.path() / "data";
    const std::string script =
        "click-on causes\nclick-on start\nwait 0.3\nexpect-scene matching\nchoose-answer right\nwait 0.2\n"
        "key Escape\nexpect-scene confirm\nkey N\nexpect-scene matching\nchoose-answer right\nwait 0.2\n"
        "key Escape\nkey Y\nwait 0.2\nexpect-scene menu\n"
        "click-on lower-back\nclick-on name\nwait 0.3\nexpect-scene naming\n"
        "key Escape\nexpect-scene confirm\nkey Escape\nexpect-scene naming\nchoose-answer right\nwait 0.2\nclose\n";
    const GameRun run = runGame(data, script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const Progress saved = loadSavedProgress(data);
    const Attempt* matching = lastAttempt(saved, "causes");
    REQUIRE(matching != nullptr);
    CHECK_FALSE(matching->completed);
    CHECK(answeredItems(*matching) == 2);
}

TEST_CASE("[e2e] Esc on the menu asks before quitting")
{
    TempFolder temp;
    // Esc, then No: still playing. Esc, then Yes: the game closes with the script unfinished
    // (exit code 0: the player closed it).
    const std::string script = "key Escape\nexpect-scene confirm\nexpect-text \"Quit AcuQuest?\"\nkey N\n"
                               "expect-scene menu\nclick-on lower-back\nexpect-scene intro\nkey Escape\nwait 0.1\n"
                               "expect-scene menu\nkey Escape\nclick-on yes\nwait 0.2\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] without an audio device the game says so once and plays silently")
{
    TempFolder temp;
    const auto level = loadShippedLevel("lower-back.xml");
    const GameRun run = runGame(temp.path() / "data", playMissing(*level, "BL52") + "close\n");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    // The e2e display has no sound card; with one, the cues play and nothing is said.
    const std::string said = "no audio device";
    if (run.log.find(said) != std::string::npos)
        CHECK(run.log.find(said) == run.log.rfind(said));
    CHECK(run.log.find("ALSA") == std::string::npos);
    CHECK(run.log.find("AL lib") == std::string::npos);
    CHECK(run.log.find("Failed to open the audio device") == std::string::npos); // SFML's own message
}
