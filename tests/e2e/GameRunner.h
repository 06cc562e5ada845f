// Runs the real game binary with a script, in a data folder of its own, for end-to-end tests.
#pragma once

#include "core/Level.h"
#include "core/Progress.h"

#include <filesystem>
#include <memory>
#include <string>

namespace acq::e2e {

// A fresh folder under /tmp, removed with everything in it when the object goes.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

struct GameRun {
    int exitCode = -1;
    std::string log; // what the game printed on stderr
};

// The XDG_CONFIG_HOME of the runs on `dataHome` (the last profile chosen, user-dirs.dirs):
// beside it, so that a run never reads the player's own.
std::filesystem::path configHome(const std::filesystem::path& dataHome);

// Writes `script` to a file and runs `acuquest --script FILE extraArgs` with XDG_DATA_HOME set
// to `dataHome` and XDG_CONFIG_HOME to configHome(dataHome), on the display the test runs under.
GameRun runGame(const std::filesystem::path& dataHome, const std::string& script, const std::string& extraArgs = "");

// A shipped level, loaded the way the game loads it (the test fails if it does not load).
std::shared_ptr<const Level> loadShippedLevel(const std::string& fileName);

// Every attempt and answer the game saved for a profile under `dataHome` (its history.sqlite),
// oldest first.
Progress loadSavedProgress(const std::filesystem::path& dataHome, const std::string& profile = "default");

// The last attempt at a level in a loaded history, or null. The pointer lives as long as the
// Progress it points into, so a temporary one is refused at compile time.
const Attempt* lastAttempt(const Progress& progress, const std::string& levelId);
const Attempt* lastAttempt(Progress&& progress, const std::string& levelId) = delete;
// How many items of an attempt were answered (a partial matching round: the pairs made).
int answeredItems(const Attempt& attempt);

std::string readFile(const std::filesystem::path& file);

// The folders of runs that export into a documents folder: `data` to pass to runGame, its
// configHome, and `documents`, all in a TempFolder.
struct ExportFolders {
    std::filesystem::path data, config, documents;
};
// Sets up runs in `temp` that export: local time UTC (TZ: the game's days and the exported
// files' dates are then UTC's), and the config's user-dirs.dirs naming `temp`/docs as the
// documents folder, so that an export never lands in the player's own.
ExportFolders setUpExportInUtc(const TempFolder& temp);

// The keys that move the menu's focus from practice to a shipped level, as a player walks the
// list: Home, then Down once per row (the levels in their groups, core/MenuGroups.h). The test
// fails if there is no such level.
std::string menuKeysTo(const std::string& levelId);

// A script that plays `level` from the menu in the order the game asks it (seed 1 in scripts),
// placing `missed` 2.5 cun off its spot (no points) and every other point on its spot; it ends
// on the results screen.
std::string playMissing(const Level& level, const std::string& missed);

} // namespace acq::e2e
