// Where the game's files live: shipped levels and art, the player's folder, extra folders.
#pragma once

#include "io/PathPolicy.h"

#include <filesystem>
#include <string>
#include <vector>

namespace acq {

struct DataPaths {
    std::filesystem::path levelsDir;   // shipped levels
    std::filesystem::path assetsDir;   // shipped art sources (SVG, map files)
    std::filesystem::path artDir;      // art rasterized at build time (PNG), mirrors assetsDir
    std::filesystem::path userDir;     // $XDG_DATA_HOME/acuquest (saves, the player's levels)
    std::vector<std::filesystem::path> extraRoots; // folders named on the command line

    std::filesystem::path userLevelsDir() const { return userDir / "levels"; }
    std::filesystem::path profileDir(const std::string& profile) const { return userDir / "profiles" / profile; }
    // Every folder a level may read from; paths resolved from a level must stay inside one.
    DataRoots roots() const;
};

// Finds the data folders: $ACUQUEST_DATA_DIR if set; else <exe>/../share/acuquest when
// installed; else the source tree the binary was built from. The user folder follows the XDG
// base directory rules ($XDG_DATA_HOME, default ~/.local/share).
DataPaths locateDataPaths();

// Which set of levels a level folder (or file) given to loadCatalog is, for practice cards:
// "shipped" (levelsDir), "user" (userLevelsDir()), else "dir:" and its absolute path.
std::string levelSource(const DataPaths& paths, const std::filesystem::path& root);

// The user data folder alone (for tests): $XDG_DATA_HOME/acuquest or ~/.local/share/acuquest.
std::filesystem::path userDataDir();

} // namespace acq
