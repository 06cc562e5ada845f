#include "io/history/HistoryFile.h"

#include "io/history/HistorySchema.h"

#include "core/Timestamp.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr int kBusyTimeoutMs = 5000;

enum class Outcome { Ok, Damaged, TooNew, Unusable };

struct Opened {
    std::unique_ptr<Database> db;
    Outcome outcome = Outcome::Unusable;
    std::string reason; // why not Ok, in words
    int version = 0;
};

Opened tryOpen(const std::string& path)
{
    Opened out;
    DbError error;
    out.db = Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
    if (!out.db) {
        out.reason = error.message;
        return out;
    }
    sqlite3_busy_timeout(out.db->handle(), kBusyTimeoutMs);
    // Opening never fails on a bad file: the first statement does (platform-notes.md).
    out.db->queryInteger("PRAGMA schema_version", error);
    if (!error && path != ":memory:" && sqlite3_db_readonly(out.db->handle(), "main") == 1)
        error = {SQLITE_READONLY, "the file is read-only"};
    if (!error) {
        // Before anything writes to the file: a newer game's database is left as it is.
        const auto version = out.db->queryInteger("PRAGMA user_version", error);
        if (!error && *version > kHistorySchemaVersion) {
            out.version = static_cast<int>(*version);
            out.outcome = Outcome::TooNew;
            out.db.reset();
            return out;
        }
    }
    if (!error)
        error = configureConnection(*out.db);
    if (!error) {
        const MigrationOutcome migration = migrateHistory(*out.db);
        error = migration.error;
        if (!error && migration.tooNew()) { // written by a newer copy in between
            out.version = migration.foundVersion;
            out.outcome = Outcome::TooNew;
            out.db.reset();
            return out;
        }
    }
    if (error) {
        out.outcome = error.corrupt() ? Outcome::Damaged : Outcome::Unusable;
        out.reason = error.message;
        out.db.reset();
        return out;
    }
    out.outcome = Outcome::Ok;
    return out;
}

std::string errnoText(const std::error_code& ec) { return ec.message(); }

std::string dayOf(std::time_t t) { return formatUtc(t).substr(0, 10); }

std::string ageInWords(std::time_t then, std::time_t now)
{
    const long days = static_cast<long>((now - then) / 86400);
    if (days <= 0)
        return "from today";
    return "from " + dayOf(then) + ", " + std::to_string(days) + (days == 1 ? " day old" : " days old");
}

OpenedHistory inMemory(std::string notice)
{
    OpenedHistory out;
    Opened opened = tryOpen(":memory:");
    out.db = std::move(opened.db); // an in-memory database cannot be damaged or too new
    out.mode = OpenedHistory::Mode::Memory;
    out.notice = std::move(notice);
    return out;
}

bool readable(const fs::path& file) { return ::access(file.c_str(), R_OK) == 0; }

// A database that cannot be written here is read through a copy in a temporary folder: a WAL
// database cannot even be read where its -shm cannot be made, and opening it immutable would
// miss answers still in its -wal (platform-notes.md).
OpenedHistory throughCopy(const fs::path& file, const std::string& why)
{
    std::string pattern = (fs::temp_directory_path() / "acuquest-history-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!::mkdtemp(buffer.data()))
        return inMemory("");
    const fs::path dir(buffer.data());
    std::error_code ec;
    const fs::path copy = dir / file.filename();
    fs::copy_file(file, copy, ec);
    const fs::path wal = file.string() + "-wal";
    if (!ec && fs::exists(wal, ec))
        fs::copy_file(wal, copy.string() + "-wal", ec);
    Opened opened;
    if (!ec)
        opened = tryOpen(copy.string());
    if (opened.outcome != Outcome::Ok) {
        fs::remove_all(dir, ec);
        return inMemory("");
    }
    OpenedHistory out;
    out.db = std::move(opened.db);
    out.mode = OpenedHistory::Mode::TemporaryCopy;
    out.temporaryDir = dir;
    out.notice = "Your history in " + file.parent_path().string() + " cannot be written (" + why +
                 "). It is shown, but this session's answers will not be kept after you close the game.";
    return out;
}

} // namespace

fs::path historyFile(const fs::path& dataFolder) { return dataFolder / "history.sqlite"; }
fs::path historyBackup(const fs::path& dataFolder) { return dataFolder / "history.sqlite.backup"; }

DbError configureConnection(Database& db)
{
    sqlite3_busy_timeout(db.handle(), kBusyTimeoutMs);
    // NORMAL: a commit survives the game being killed at once, and a power cut once the save
    // thread's next checkpoint has synced it (at the end of each level, at most 5 s later);
    // FULL would sync every answer, at a p99 of 5-8 ms on a busy machine (docs/saves.md).
    if (DbError e = db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON"))
        return e;
    return {};
}

fs::path keepAside(const fs::path& file)
{
    std::error_code ec;
    for (int n = 1; n < 10000; ++n) {
        const fs::path aside = file.string() + ".corrupt-" + std::to_string(n);
        if (fs::exists(fs::symlink_status(aside, ec)))
            continue;
        fs::rename(file, aside, ec);
        if (ec)
            return {};
        for (const char* suffix : {"-wal", "-shm"}) {
            const fs::path side = file.string() + suffix;
            if (fs::exists(fs::symlink_status(side, ec)))
                fs::rename(side, aside.string() + suffix, ec);
        }
        return aside;
    }
    return {};
}

namespace {

// Damage SQLite itself would not report, seen from the file's first 100 bytes:
// - a file that is not empty and does not start as an SQLite database: SQLite would take a file
//   of zeros (what a power cut can leave) for an empty database and write over it;
// - with no write-ahead log to complete it, a file cut short: not whole pages, or fewer pages
//   than its header counts. SQLite reads the missing end as zeros, and a page cut inside its
//   unused part even passes quick_check, but its content is not what was written.
bool looksDamaged(const fs::path& file)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec || size == 0)
        return false;
    unsigned char head[100] = {};
    std::FILE* f = std::fopen(file.c_str(), "rb");
    if (!f)
        return false;
    const std::size_t got = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    if (got < sizeof head || std::memcmp(head, "SQLite format 3", 16) != 0)
        return true;
    const auto wal = fs::file_size(file.string() + "-wal", ec);
    if (!ec && wal > 0)
        return false; // the log may hold pages the file does not have yet
    const auto be32 = [&](int at) {
        return std::uint32_t(head[at]) << 24 | std::uint32_t(head[at + 1]) << 16 | std::uint32_t(head[at + 2]) << 8 |
               std::uint32_t(head[at + 3]);
    };
    const std::uint32_t pageSize = head[16] == 0 && head[17] == 1 ? 65536u : (std::uint32_t(head[16]) << 8 | head[17]);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0)
        return true;
    // The header's page count is kept only while its change counter matches (offsets 24, 92).
    const std::uint32_t pages = be32(28);
    return pages != 0 && be32(24) == be32(92) && std::uintmax_t(pages) * pageSize > size;
}

// Keeps the damaged file aside, then restores the backup or starts anew. `notice` says which.
Opened replaceDamaged(const fs::path& dataFolder, std::time_t now, std::string& notice)
{
    const fs::path file = historyFile(dataFolder);
    const fs::path aside = keepAside(file);
    if (aside.empty()) {
        notice = "Your history " + file.string() + " is damaged and could not be moved aside. It is left as it is; ";
        return {};
    }
    notice = "Your history was damaged; it was kept as " + aside.filename().string() + ". ";
    std::error_code ec;
    const fs::path backup = historyBackup(dataFolder);
    struct stat info{};
    if (::stat(backup.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
        fs::copy_file(backup, file, ec);
        Opened opened;
        if (!ec && !looksDamaged(file)) {
            opened = tryOpen(file.string());
            if (opened.outcome == Outcome::Ok && !quickCheckFails(*opened.db)) {
                notice += "Your backup " + ageInWords(info.st_mtime, now) +
                          " was restored: answers given after it are only in the damaged file.";
                return opened;
            }
        }
        opened.db.reset();
        fs::remove(file, ec); // our own copy of the backup, which stays where it was
        notice += "The backup could not be used either; a new history was started.";
    } else {
        notice += "There was no backup; a new history was started.";
    }
    return tryOpen(file.string());
}

} // namespace

bool quickCheckFails(Database& db)
{
    DbError error;
    Statement check = db.prepare("PRAGMA quick_check", error);
    if (error)
        return error.corrupt();
    const int rc = check.step();
    if (rc == SQLITE_ROW)
        return check.text(0) != "ok";
    return db.lastError().corrupt();
}

OpenedHistory openHistory(const fs::path& dataFolder, std::time_t now)
{
    std::error_code ec;
    fs::create_directories(dataFolder, ec);
    if (ec || !fs::is_directory(dataFolder, ec))
        return inMemory("Your history cannot be kept in " + dataFolder.string() + " (" +
                        (ec ? errnoText(ec) : std::string("not a folder")) +
                        "): this session's answers are kept only until you close the game.");

    const fs::path file = historyFile(dataFolder);
    std::string damaged; // the notice's first part, when the file had to be kept aside
    const auto status = fs::status(file, ec);
    bool mustSetAside = fs::exists(status) && !fs::is_regular_file(status); // a folder, a pipe
    Opened opened;
    if (!mustSetAside) {
        if (fs::exists(status) && !readable(file))
            return inMemory("Your history " + file.string() +
                            " cannot be read. It is left as it is; this session's answers are kept only "
                            "until you close the game.");
        mustSetAside = looksDamaged(file);
        if (!mustSetAside) {
            opened = tryOpen(file.string());
            mustSetAside = opened.outcome == Outcome::Damaged;
        }
    }
    if (mustSetAside) {
        opened.db.reset();
        opened = replaceDamaged(dataFolder, now, damaged);
        if (!opened.db && opened.outcome == Outcome::Unusable && opened.reason.empty())
            return inMemory(damaged + "this session's answers are kept only until you close the game.");
    }

    OpenedHistory out;
    switch (opened.outcome) {
    case Outcome::Ok:
        out.db = std::move(opened.db);
        out.mode = OpenedHistory::Mode::OnDisk;
        out.notice = damaged;
        return out;
    case Outcome::TooNew:
        return inMemory("Your history " + file.string() + " was written by a newer version of AcuQuest (format " +
                        std::to_string(opened.version) + "; this one reads up to " +
                        std::to_string(kHistorySchemaVersion) +
                        "). It is left untouched; this session's answers are kept only until you close the game.");
    case Outcome::Damaged:
    case Outcome::Unusable:
        break;
    }
    if (fs::is_regular_file(file, ec) && readable(file)) {
        out = throughCopy(file, opened.reason);
        if (out.mode == OpenedHistory::Mode::TemporaryCopy) {
            out.notice = damaged + out.notice;
            return out;
        }
    }
    return inMemory(damaged + "Your history cannot be kept in " + dataFolder.string() + " (" + opened.reason +
                    "): this session's answers are kept only until you close the game.");
}

bool checkHistory(OpenedHistory& history, const fs::path& dataFolder, std::time_t now)
{
    if (history.mode != OpenedHistory::Mode::OnDisk || !history.db || !quickCheckFails(*history.db))
        return false;
    history.db.reset();
    std::string notice;
    Opened opened = replaceDamaged(dataFolder, now, notice);
    if (opened.outcome == Outcome::Ok) {
        history.db = std::move(opened.db);
        history.notice = notice;
        return true;
    }
    history = inMemory(notice + "this session's answers are kept only until you close the game.");
    return true;
}

void closeHistory(OpenedHistory& history)
{
    history.db.reset();
    if (!history.temporaryDir.empty()) {
        std::error_code ec;
        fs::remove_all(history.temporaryDir, ec);
        history.temporaryDir.clear();
    }
}

} // namespace acq
