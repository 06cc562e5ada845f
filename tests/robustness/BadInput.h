// The catalogue of bad input (issue 7): files a stranger's level folder may hold, each with the
// exact lines `acuquest --check` must print for it. Shared by the --check tests and the test
// that loads the same folder in the game.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace acq::robust {

struct BadCase {
    std::string what;                  // the catalogue entry, as in docs/levels.md
    std::vector<std::string> files;    // what to pass to --check, relative to the test folder
    std::vector<std::string> expected; // --check's output for `files`, every line, summary included
    std::vector<std::string> listed;   // its lines when the whole folder is loaded (no summary)
    int exitCode = 1;                  // 0 when the file loads (with warnings at most)
};

// Folder layout made by makeBadFolder under `root`:
//   bad/            the level folder: one or more files per case
//   bad/maps/       body maps and art the bad levels name (not listed as levels: not recursive)
//   outside/        files no level may reach (a secret map and art); never a data folder
void makeBadFolder(const std::filesystem::path& root);
// The cases, for the folder made under `root` (absolute paths in messages name it).
std::vector<BadCase> badCases(const std::filesystem::path& root);

// A valid matching level with the given id (two pairs), for building cases and good levels.
std::string matchingLevel(const std::string& id, const std::string& extraRootAttributes = "",
                          const std::string& extraBody = "");

} // namespace acq::robust
