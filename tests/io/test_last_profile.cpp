// The last profile chosen, kept in the config folder and read back at the next start.
#include "TempDir.h"
#include "io/LastProfile.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("[last-profile] a name written is read back, any printable UTF-8 included")
{
    TempDir dir;
    const fs::path folder = dir.path() / "config" / "acuquest"; // made when first written
    CHECK_FALSE(readLastProfile(folder));
    REQUIRE(writeLastProfile(folder, "Zoë 'Lu' 李").empty());
    CHECK(readLastProfile(folder) == "Zoë 'Lu' 李");
    REQUIRE(writeLastProfile(folder, "say \"hi\"").empty()); // replaces it
    CHECK(readLastProfile(folder) == "say \"hi\"");
    CHECK(TempDir::read(folder / "last-profile") == "say \"hi\"\n");
    CHECK_FALSE(fs::exists(folder / "last-profile.tmp"));
}

TEST_CASE("[last-profile] no valid name is written or taken from the file")
{
    TempDir dir;
    CHECK_FALSE(writeLastProfile(dir.path(), "two\nlines").empty());
    CHECK_FALSE(fs::exists(dir.path() / "last-profile"));
    std::ofstream(dir.path() / "last-profile", std::ios::binary) << "bad \xc3\x28\n";
    CHECK_FALSE(readLastProfile(dir.path()));
    std::ofstream(dir.path() / "last-profile", std::ios::binary | std::ios::trunc) << "\n";
    CHECK_FALSE(readLastProfile(dir.path()));
}

TEST_CASE("[last-profile] a folder that cannot be made is reported, and the old name stays")
{
    TempDir dir;
    std::ofstream(dir.path() / "file") << "in the way";
    const std::string problem = writeLastProfile(dir.path() / "file" / "acuquest", "anna");
    CHECK(problem.find("cannot make") != std::string::npos);
}

TEST_CASE("[last-profile] the folder follows XDG_CONFIG_HOME, else ~/.config")
{
    const char* oldConfig = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = oldConfig ? oldConfig : "";
    setenv("XDG_CONFIG_HOME", "/tmp/cfg", 1);
    CHECK(configFolder() == fs::path("/tmp/cfg/acuquest"));
    setenv("XDG_CONFIG_HOME", "relative", 1); // not absolute: ignored, as the XDG rules say
    const char* home = std::getenv("HOME");
    CHECK(configFolder() == fs::path(home ? home : ".") / ".config" / "acuquest");
    if (oldConfig)
        setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else
        unsetenv("XDG_CONFIG_HOME");
}
