// Opens the players' history database in a data folder, whatever state the folder is in: a
// damaged file is kept aside and the backup restored, a read-only folder is read through a
// temporary copy, a newer file or an unusable folder leaves the game with a history in memory.
// Never deletes or overwrites a file it did not make.
#pragma once

#include "io/history/Database.h"

#include <ctime>
#include <filesystem>
#include <memory>
#include <string>

namespace acq {

struct OpenedHistory {
    enum class Mode {
        OnDisk,        // the database in the data folder: answers are kept
        TemporaryCopy, // a copy of a database that cannot be written: shown, not kept
        Memory,        // nothing usable on disk: this session only
    };
    std::unique_ptr<Database> db; // configured and at the current schema version
    Mode mode = Mode::Memory;
    std::string notice;                  // for the player; empty when all is well
    std::filesystem::path temporaryDir;  // TemporaryCopy: removed by closeHistory
};

std::filesystem::path historyFile(const std::filesystem::path& dataFolder);  // history.sqlite
std::filesystem::path historyBackup(const std::filesystem::path& dataFolder); // history.sqlite.backup

// `now` dates the backup's age in the notice.
OpenedHistory openHistory(const std::filesystem::path& dataFolder, std::time_t now);
// Checks an open history page by page (PRAGMA quick_check: about 0.3 s for ten years of play,
// so the save thread runs it after the records are shown). A damaged history is closed, kept
// aside and replaced by the backup or a new one: true then, and `history.notice` says so.
bool checkHistory(OpenedHistory& history, const std::filesystem::path& dataFolder, std::time_t now);
bool quickCheckFails(Database& db);

// Closes the database and removes a temporary copy.
void closeHistory(OpenedHistory& history);

// Busy timeout, WAL, synchronous=NORMAL (docs/saves.md), foreign keys.
DbError configureConnection(Database& db);

// Renames `file` (with its -wal and -shm) to the first free `file.corrupt-N`; the new name,
// or empty when it could not be moved.
std::filesystem::path keepAside(const std::filesystem::path& file);

} // namespace acq
