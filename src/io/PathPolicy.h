// Decides whether a path named inside a data file may be used: relative, inside a data root,
// existing. Keeps a stranger's level from reading anywhere else on the disk.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace acq {

// The folders a data file may read from, and among them the game's shipped assets, which a file
// anywhere can name as "assets:maps/back.map.xml" without knowing where the game is installed.
struct DataRoots {
    std::vector<std::filesystem::path> folders;
    std::filesystem::path assets; // empty: "assets:" names nothing (a test's temporary folders)

    // Without `shippedAssets`: plain folders (most tests' temporary data folders).
    DataRoots(std::vector<std::filesystem::path> readable = {}, std::filesystem::path shippedAssets = {})
        : folders(std::move(readable)), assets(std::move(shippedAssets))
    {
    }
    DataRoots(std::initializer_list<std::filesystem::path> readable) : folders(readable) {}
};

// The prefix of a reference to the shipped assets.
inline constexpr const char* kAssetsPrefix = "assets:";

struct ResolvedPath {
    std::optional<std::filesystem::path> path; // canonical, when allowed
    std::string problem;                       // why not, when refused
};

// Resolves `reference` (as written in a file in `baseDir`) against `baseDir`, or, when it starts
// with "assets:", against the shipped assets folder alone. Refused when empty, absolute,
// containing a backslash or NUL, not existing, not a regular file, or when its canonical form
// (symlinks followed) lies outside every one of `roots` (an "assets:" one: outside the assets).
ResolvedPath resolveDataPath(const std::filesystem::path& baseDir, const std::string& reference,
                             const DataRoots& roots);

// True when `path` (canonical) lies inside `root` (canonicalised here).
bool isInside(const std::filesystem::path& path, const std::filesystem::path& root);

// How messages name a file found by path resolution: relative to the current folder when it
// lies beneath it (so `acuquest --check levels` run from the source tree says
// "assets/maps/back.map.xml"), else the path as it is.
std::string displayPath(const std::filesystem::path& path);

} // namespace acq
