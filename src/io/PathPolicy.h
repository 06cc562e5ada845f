// Decides whether a path named inside a data file may be used: relative, inside a data root,
// existing. Keeps a stranger's level from reading anywhere else on the disk.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace acq {

struct ResolvedPath {
    std::optional<std::filesystem::path> path; // canonical, when allowed
    std::string problem;                       // why not, when refused
};

// Resolves `reference` (as written in a file in `baseDir`) against `baseDir`. Refused when
// empty, absolute, containing a backslash or NUL, not existing, not a regular file, or when
// its canonical form (symlinks followed) lies outside every one of `roots`.
ResolvedPath resolveDataPath(const std::filesystem::path& baseDir, const std::string& reference,
                             const std::vector<std::filesystem::path>& roots);

// True when `path` (canonical) lies inside `root` (canonicalised here).
bool isInside(const std::filesystem::path& path, const std::filesystem::path& root);

// How messages name a file found by path resolution: relative to the current folder when it
// lies beneath it (so `acuquest --check levels` run from the source tree says
// "assets/maps/back.map.xml"), else the path as it is.
std::string displayPath(const std::filesystem::path& path);

} // namespace acq
