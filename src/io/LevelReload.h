// F5: what the game says after loading its levels anew, and what becomes of the screen a player
// is on. The decisions live here, apart from the scenes, so they are tested without a window.
#pragma once

#include "io/LevelCatalog.h"

#include <string>

namespace acq {

// The catalog's entry holding `level` (the very object, not one with the same id), or null.
const LevelEntry* entryHolding(const LevelCatalog& catalog, const Level* level);
// The entry found through the file shown as `displayName`, or null.
const LevelEntry* entryFromFile(const LevelCatalog& catalog, const std::string& displayName);

// One line for the player: how many levels play, how many have problems, and the first problem
// as `file:line: message` (the menu marks every broken level; opening one lists all of them).
std::string reloadSummary(const LevelCatalog& fresh);

// The screen showing a level from an older catalog, after the reload.
struct ScreenAfterReload {
    enum class Kind {
        Stays,         // its file still gives a playable level: the round goes on as it began
        ShowsProblems, // its file now has errors: back to the menu, over it the file's problems
        Gone,          // its file is no longer among the levels: back to the menu
    } kind = Kind::Stays;
    const LevelEntry* entry = nullptr; // in `fresh`: the file's entry (ShowsProblems)
};
ScreenAfterReload screenAfterReload(const LevelEntry& shown, const LevelCatalog& fresh);

} // namespace acq
