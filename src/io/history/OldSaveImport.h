// Brings the first release's saves (profiles/<name>/progress.xml, format 1) into the history
// database, once: each file in one transaction that also records its SHA-256, then renamed
// progress.xml.imported, never deleted. A kill between the commit and the rename finds the hash
// next time and only renames; a kill before the commit imports the whole file next time.
#pragma once

#include "io/history/HistoryStore.h"

#include <filesystem>
#include <string>

namespace acq {

struct ImportOutcome {
    int filesImported = 0;
    std::string notice; // for the player: a damaged file kept aside, a file that failed
};

// Imports every profile folder's progress.xml under `dataFolder`/profiles. With `keepFiles`
// (a history that is not kept: a temporary copy) nothing is renamed, so that the files are
// imported for real once the folder can be written.
ImportOutcome importOldSaves(Database& db, const std::filesystem::path& dataFolder, const std::string& now,
                             bool keepFiles);

} // namespace acq
