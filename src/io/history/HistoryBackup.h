// The history's one backup (history.sqlite.backup), made with SQLite's online backup API a few
// pages at a time, so that the save thread can commit answers between steps and the game never
// waits for it at exit: an unfinished backup is dropped, and the old one stays.
#pragma once

#include "io/history/Database.h"

#include <ctime>
#include <filesystem>
#include <memory>

namespace acq {

class HistoryBackup {
public:
    // At most one a day: true when there is no backup, or it is older than a day.
    static bool due(const std::filesystem::path& dataFolder, std::time_t now);

    // Starts copying `source` into a temporary file beside the backup.
    HistoryBackup(Database& source, const std::filesystem::path& dataFolder);
    // An unfinished copy is removed.
    ~HistoryBackup();
    HistoryBackup(const HistoryBackup&) = delete;
    HistoryBackup& operator=(const HistoryBackup&) = delete;

    enum class Step { More, Done, Failed };
    // Copies up to `pages` more pages. Done: the copy replaced the backup.
    Step step(int pages);

private:
    void abandon();

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::unique_ptr<Database> m_copy;
    sqlite3_backup* m_backup = nullptr;
};

} // namespace acq
