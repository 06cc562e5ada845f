// Runs the real game with a script (docs/scripting.md) for the robustness end-to-end tests, with
// a command wrapper for the fault being tested (a file-size limit, a mount namespace, a user).
#pragma once

#include "Support.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace acq::robust {

// The pair ids of a shipped matching level, in file order.
std::vector<std::string> shippedPairIds(const std::string& fileName);

// Script lines that open the matching level `levelId`, the `index`th entry of the menu (reached
// with the keyboard, so wherever the menu lays it out), pair everything right, and go back.
std::string playMatching(const std::string& levelId, const std::vector<std::string>& pairIds, std::size_t index = 0);

// Where `levelId` is in the menu of the shipped levels: its row in their groups, headings left
// out (core/MenuGroups.h), as Down walks them.
std::size_t shippedMenuIndex(const std::string& levelId);

// A data folder (for ACUQUEST_DATA_DIR) under `root` whose levels are the shipped `fileName`
// alone, with the shipped assets: a menu of one entry.
std::filesystem::path oneLevelData(const std::filesystem::path& root, const std::string& fileName);

using Wrap = std::function<std::string(const std::string& command)>;

// Writes `script` into `cwd` and runs the game on it there, with XDG_DATA_HOME=`dataHome`,
// HOME=`cwd`/home and `args`; `wrap` turns the game's command line into the one run.
Run playGame(const std::filesystem::path& cwd, const std::string& dataHome, const std::string& script,
             const std::string& args = "", const Wrap& wrap = nullptr, const std::filesystem::path& dataDir = {});

// The history database (every profile's answers) under `dataHome`.
std::filesystem::path saveFile(const std::filesystem::path& dataHome);

// A shell command that runs `game` in the background with its stderr in `errFile`, waits until
// it tells the player an answer could not be saved (or ends), runs `lift` (which may name the
// game's pid as $pid) to let writing work again, waits for the game, copies `errFile` to its own
// stderr and exits with the game's code.
std::string liftWhenTold(const std::string& game, const std::filesystem::path& errFile, const std::string& lift);

} // namespace acq::robust
