#include "io/DataPaths.h"
#include "io/LevelCatalog.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

#ifndef ACUQUEST_SOURCE_DIR
#error "ACUQUEST_SOURCE_DIR must name the source tree"
#endif

using namespace acq;
namespace fs = std::filesystem;

TEST_CASE("[shipped] every shipped level passes the check without errors")
{
    const fs::path source = ACUQUEST_SOURCE_DIR;
    // As the game reads them: shipped levels may name maps as "assets:maps/...".
    const DataRoots shipped({source / "levels", source / "assets"}, source / "assets");
    std::ostringstream out;
    const int code = checkLevels({source / "levels"}, shipped, out);
    INFO(out.str());
    CHECK(code == 0);
    CHECK(out.str().find(": error") == std::string::npos);

    const LevelCatalog catalog = loadCatalog({source / "levels"}, shipped);
    CHECK_FALSE(catalog.entries.empty());
    for (const LevelEntry& entry : catalog.entries)
        CHECK_MESSAGE(entry.playable(), entry.displayName);
}

namespace {

// Sets an environment variable for one scope, restoring it after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("[paths] the user folder follows XDG_DATA_HOME when it is absolute")
{
    ScopedEnv home("HOME", "/home/player");
    SUBCASE("absolute")
    {
        ScopedEnv xdg("XDG_DATA_HOME", "/data/xdg");
        CHECK(userDataDir() == fs::path("/data/xdg/acuquest"));
    }
    SUBCASE("relative is ignored")
    {
        ScopedEnv xdg("XDG_DATA_HOME", "relative/xdg");
        CHECK(userDataDir() == fs::path("/home/player/.local/share/acuquest"));
    }
    SUBCASE("unset")
    {
        ScopedEnv xdg("XDG_DATA_HOME", nullptr);
        CHECK(userDataDir() == fs::path("/home/player/.local/share/acuquest"));
    }
}

TEST_CASE("[paths] ACUQUEST_DATA_DIR names the data folders")
{
    ScopedEnv data("ACUQUEST_DATA_DIR", "/opt/acq");
    const DataPaths paths = locateDataPaths();
    CHECK(paths.levelsDir == fs::path("/opt/acq/levels"));
    CHECK(paths.assetsDir == fs::path("/opt/acq/assets"));
    CHECK(paths.artDir == fs::path("/opt/acq/art"));
}

TEST_CASE("[paths] roots list every data folder and the extra ones, and the shipped assets for assets:")
{
    DataPaths paths;
    paths.levelsDir = "/l";
    paths.assetsDir = "/a";
    paths.artDir = "/r";
    paths.userDir = "/u";
    paths.extraRoots = {"/x"};
    CHECK(paths.roots().folders == std::vector<fs::path>{"/l", "/a", "/r", "/u/levels", "/x"});
    CHECK(paths.roots().assets == fs::path("/a"));
    CHECK(paths.profileDir("default") == fs::path("/u/profiles/default"));
}
