#include "GameScript.h"

#include "core/MenuGroups.h"
#include "io/LevelCatalog.h"
#include "io/LevelLoader.h"

#include <doctest/doctest.h>

#include <atomic>

namespace fs = std::filesystem;

namespace acq::robust {

std::vector<std::string> shippedPairIds(const std::string& fileName)
{
    const fs::path root = ACUQUEST_SOURCE_DIR;
    MapCache maps(DataRoots({root / "levels", root / "assets"}, root / "assets"));
    Diagnostics diag;
    const auto level = loadLevelFile(root / "levels" / fileName, fileName, maps, diag);
    REQUIRE(level.has_value());
    REQUIRE(level->matching() != nullptr);
    std::vector<std::string> ids;
    for (const MatchPair& pair : level->matching()->pairs)
        ids.push_back(pair.id);
    return ids;
}

std::size_t shippedMenuIndex(const std::string& levelId)
{
    const fs::path root = ACUQUEST_SOURCE_DIR;
    const LevelCatalog catalog = loadCatalog({root / "levels"}, DataRoots({root / "levels", root / "assets"}, root / "assets"));
    std::vector<MenuGroup> groups;
    for (const LevelEntry& entry : catalog.entries)
        groups.push_back(menuGroupOf(entry.playable() ? &*entry.level : nullptr));
    const std::vector<std::size_t> order = menuOrder(groups);
    for (std::size_t row = 0; row < order.size(); ++row)
        if (catalog.entries[order[row]].level && catalog.entries[order[row]].level->id == levelId)
            return row;
    FAIL("no shipped level " << levelId);
    return 0;
}

fs::path oneLevelData(const fs::path& root, const std::string& fileName)
{
    const fs::path source = ACUQUEST_SOURCE_DIR;
    const fs::path data = root / "shipped";
    fs::create_directories(data / "levels");
    fs::copy_file(source / "levels" / fileName, data / "levels" / fileName);
    fs::create_directory_symlink(source / "assets", data / "assets");
    fs::create_directory_symlink(ACUQUEST_ART_DIR, data / "art");
    return data;
}

std::string playMatching(const std::string& levelId, const std::vector<std::string>& pairIds, std::size_t index)
{
    // Home is the practice row; the levels follow it.
    std::string script = "expect-scene menu\nkey Home\nkey Down\n";
    for (std::size_t i = 0; i < index; ++i)
        script += "key Down\n";
    script += "key Enter\nwait 0.2\nexpect-scene intro\nclick-on start\nwait 0.3\nexpect-scene matching\n";
    (void)levelId;
    for (const std::string& id : pairIds)
        script += "click-on prompt:" + id + "\nwait 0.1\nclick-on answer:" + id + "\nwait 0.3\n";
    script += "expect-scene results\nclick-on menu\nwait 0.2\nexpect-scene menu\n";
    return script;
}

Run playGame(const fs::path& cwd, const std::string& dataHome, const std::string& script, const std::string& args,
             const Wrap& wrap, const fs::path& dataDir)
{
    static std::atomic<int> counter = 0; // tests may run two games at once
    const fs::path scriptFile = cwd / ("script-" + std::to_string(++counter) + ".txt");
    writeFile(scriptFile, script);
    fs::create_directories(cwd / "home");
    // Sound off: the game then never opens an audio device, nor says it has none. These tests
    // count the notices about the save; the sound's own is checked in tests/e2e/test_settings.cpp.
    const fs::path settings = cwd / "home" / ".config" / "acuquest" / "settings.xml";
    if (!fs::exists(settings))
        writeFile(settings, "<settings sound=\"false\"/>\n");
    const std::string command = "env " + (dataDir.empty() ? "" : "ACUQUEST_DATA_DIR=" + quoted(dataDir.string()) + " ") +
                                "XDG_DATA_HOME=" + quoted(dataHome) + " HOME=" + quoted((cwd / "home").string()) +
                                " MESA_SHADER_CACHE_DISABLE=true " + quoted(gameBinary()) + " --script " +
                                quoted(scriptFile.string()) + (args.empty() ? "" : " " + args);
    return shell(wrap ? wrap(command) : command, cwd);
}

fs::path saveFile(const fs::path& dataHome) { return dataHome / "acuquest" / "history.sqlite"; }

std::string liftWhenTold(const std::string& game, const fs::path& errFile, const std::string& lift)
{
    const std::string e = quoted(errFile.string());
    return ": > " + e + "; " + game + " 2>" + e + " & pid=$!; while ! grep -q 'could not be saved' " + e +
           "; do kill -0 $pid 2>/dev/null || break; sleep 0.05; done; " + lift + "; wait $pid; rc=$?; cat " + e +
           " >&2; exit $rc";
}

} // namespace acq::robust
