#include "TempDir.h"
#include "io/SettingsFile.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

using namespace acq;

namespace {

std::string formatted(const Diagnostics& diag)
{
    std::string out;
    for (const Diagnostic& d : diag.all())
        out += d.format() + "\n";
    return out;
}

} // namespace

TEST_CASE("[settings] a file with every setting reads back as written")
{
    Settings s;
    s.fullScreen = true;
    s.uiScale = 1.3;
    s.sound = false;
    s.volume = 40;
    s.showClock = true;
    s.reducedMotion = true;
    s.sides = SideChoice::Right;
    Diagnostics diag;
    const Settings read = parseSettings(settingsXml(s), "settings.xml", diag);
    CHECK(diag.empty());
    CHECK(read == s);
}

TEST_CASE("[settings] saved atomically and loaded again; the folder is made")
{
    test::TempDir temp;
    const auto file = temp.path() / "config" / "acuquest" / "settings.xml";
    Settings s;
    s.volume = 20;
    s.sides = SideChoice::Left;
    std::string error;
    REQUIRE(saveSettings(file, s, error));
    CHECK(error.empty());
    CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));
    Diagnostics diag;
    CHECK(loadSettings(file, diag) == s);
    CHECK(diag.empty());
}

TEST_CASE("[settings] a missing file is every default, without a word")
{
    test::TempDir temp;
    Diagnostics diag;
    CHECK(loadSettings(temp.path() / "nothing.xml", diag) == Settings{});
    CHECK(diag.empty());
}

TEST_CASE("[settings] a bad value is reported with its line and replaced by its default; the others are kept")
{
    Diagnostics diag;
    const Settings s = parseSettings("<settings\n volume=\"250\"\n ui-scale=\"1.2abc\"\n sound=\"yes\" clock=\"true\"\n"
                                     " sides=\"up\"/>",
                                     "settings.xml", diag);
    CHECK(s.volume == Settings{}.volume);
    CHECK(s.uiScale == Settings{}.uiScale);
    CHECK(s.sound == Settings{}.sound);
    CHECK(s.sides == SideChoice::Either);
    CHECK(s.showClock); // the good value next to the bad ones
    CHECK_FALSE(diag.hasErrors()); // a setting's problem costs only its default
    const std::string text = formatted(diag);
    INFO(text);
    CHECK(diag.all().size() == 4);
    for (const Diagnostic& d : diag.all()) {
        CHECK(d.file == "settings.xml");
        CHECK(d.line == 1); // attributes are reported at their element's line
        CHECK(d.message.find("(the default is used)") != std::string::npos);
    }
    CHECK(text.find("\"volume\"") != std::string::npos);
    CHECK(text.find("\"ui-scale\"") != std::string::npos);
    CHECK(text.find("\"sound\"") != std::string::npos);
    CHECK(text.find("\"sides\" must be one of \"either\", \"left\", \"right\"; not \"up\"") != std::string::npos);
}

TEST_CASE("[settings] an unknown attribute or element is reported, a near miss named")
{
    Diagnostics diag;
    const Settings s = parseSettings("<settings volum=\"20\" clock=\"true\">\n  <colour/>\n</settings>", "settings.xml", diag);
    CHECK(s.volume == Settings{}.volume);
    CHECK(s.showClock);
    const std::string text = formatted(diag);
    INFO(text);
    REQUIRE(diag.all().size() == 2);
    CHECK(text.find("\"volum\"") != std::string::npos);
    CHECK(text.find("volume") != std::string::npos); // did you mean
    CHECK(text.find("settings.xml:2:") != std::string::npos);
    CHECK(text.find("colour") != std::string::npos);
}

TEST_CASE("[settings] a file that is not a settings file: defaults, one report")
{
    SUBCASE("not XML")
    {
        Diagnostics diag;
        CHECK(parseSettings("<settings volume=", "settings.xml", diag) == Settings{});
        CHECK_FALSE(diag.hasErrors());
        CHECK(formatted(diag).find("every setting has its default") != std::string::npos);
    }
    SUBCASE("another root element")
    {
        Diagnostics diag;
        CHECK(parseSettings("<level id=\"x\"/>", "settings.xml", diag) == Settings{});
        REQUIRE(diag.all().size() == 1);
        CHECK(diag.all()[0].message == "expected a <settings> element: every setting has its default");
    }
    SUBCASE("a folder where the file should be")
    {
        test::TempDir temp;
        const auto folder = temp.mkdir("settings.xml");
        Diagnostics diag;
        CHECK(loadSettings(folder, diag) == Settings{});
        CHECK(diag.all().size() == 1);
    }
}

TEST_CASE("[settings] the store reports a bad file once and rewrites it only when a setting changes")
{
    test::TempDir temp;
    const auto file = temp.write("settings.xml", "<settings volume=\"-3\" clock=\"true\"/>");
    std::ostringstream err;
    SettingsStore store(file, err);
    CHECK(err.str().find("\"volume\"") != std::string::npos);
    CHECK(store.current.showClock);
    store.saveIfChanged(); // nothing changed: the player's file stays as written
    CHECK(test::TempDir::read(file) == "<settings volume=\"-3\" clock=\"true\"/>");
    store.current.volume = 50;
    store.saveIfChanged();
    Diagnostics diag;
    const Settings read = loadSettings(file, diag);
    CHECK(diag.empty());
    CHECK(read.volume == 50);
    CHECK(read.showClock);
}

TEST_CASE("[settings] a save that cannot be written leaves the old file and is reported once")
{
    test::TempDir temp;
    // A file where the folder should be: the folder cannot be made (root can't get round this).
    const auto blocker = temp.write("config", "not a folder");
    std::ostringstream err;
    SettingsStore store(blocker / "acuquest" / "settings.xml", err);
    CHECK(err.str().empty());
    store.current.volume = 10;
    store.saveIfChanged();
    store.current.volume = 20;
    store.saveIfChanged();
    const std::string said = err.str();
    CHECK(said.find("the settings could not be saved") != std::string::npos);
    CHECK(said.find("the settings could not be saved") == said.rfind("the settings could not be saved"));
    CHECK(test::TempDir::read(blocker) == "not a folder");
}

TEST_CASE("[settings] the file is found by the XDG rules")
{
    const char* oldXdg = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = oldXdg ? oldXdg : "";
    const char* oldHome = std::getenv("HOME");
    const std::string savedHome = oldHome ? oldHome : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-config", 1);
    CHECK(settingsFilePath() == std::filesystem::path("/tmp/xdg-config/acuquest/settings.xml"));
    setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
    setenv("HOME", "/home/player", 1);
    CHECK(settingsFilePath() == std::filesystem::path("/home/player/.config/acuquest/settings.xml"));
    if (oldXdg)
        setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else
        unsetenv("XDG_CONFIG_HOME");
    if (oldHome)
        setenv("HOME", savedHome.c_str(), 1);
    else
        unsetenv("HOME");
}
