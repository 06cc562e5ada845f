#include "io/history/HistoryBackup.h"

#include "io/history/HistoryFile.h"

#include <sys/stat.h>

#include <system_error>

namespace fs = std::filesystem;

namespace acq {

bool HistoryBackup::due(const fs::path& dataFolder, std::time_t now)
{
    struct stat info {};
    if (::stat(historyBackup(dataFolder).c_str(), &info) != 0)
        return true;
    return now - info.st_mtime >= 24 * 60 * 60 || info.st_mtime > now + 60; // a clock put back
}

HistoryBackup::HistoryBackup(Database& source, const fs::path& dataFolder)
    : m_target(historyBackup(dataFolder))
    , m_temporary(m_target.string() + ".tmp")
{
    std::error_code ec;
    fs::remove(m_temporary, ec); // an unfinished copy of an earlier run: ours to drop
    fs::remove(m_temporary.string() + "-journal", ec);
    DbError error;
    m_copy = Database::open(m_temporary.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
    if (m_copy)
        m_backup = sqlite3_backup_init(m_copy->handle(), "main", source.handle(), "main");
}

HistoryBackup::~HistoryBackup() { abandon(); }

void HistoryBackup::abandon()
{
    if (m_backup)
        sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (m_copy) {
        m_copy.reset();
        std::error_code ec;
        fs::remove(m_temporary, ec);
        fs::remove(m_temporary.string() + "-journal", ec);
    }
}

HistoryBackup::Step HistoryBackup::step(int pages)
{
    if (!m_backup) {
        abandon();
        return Step::Failed;
    }
    const int rc = sqlite3_backup_step(m_backup, pages);
    if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Step::More;
    const int finished = sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        abandon();
        return Step::Failed;
    }
    m_copy.reset(); // closed: the copy is complete on disk
    std::error_code ec;
    fs::rename(m_temporary, m_target, ec);
    if (ec) {
        fs::remove(m_temporary, ec);
        return Step::Failed;
    }
    return Step::Done;
}

} // namespace acq
