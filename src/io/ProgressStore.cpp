#include "io/ProgressStore.h"

#include "io/ProgressXml.h"
#include "io/XmlFile.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <tinyxml2.h>

namespace fs = std::filesystem;

namespace acq {
namespace {

// More damaged saves than this kept aside means something keeps breaking them: stop renaming.
constexpr int kMaxKeptAside = 1000;

std::string errnoText() { return std::strerror(errno); }

ProgressStore::FileIdentity identityFrom(const struct stat& info)
{
    return {info.st_dev, info.st_ino, info.st_size, info.st_mtim};
}

// The regular file at `path` itself (a symbolic link is not followed), if there is one.
std::optional<ProgressStore::FileIdentity> identityOf(const fs::path& path)
{
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    return identityFrom(info);
}

// Reads a whole file of at most kMaxSaveFileBytes. False with a reason when it cannot.
bool readFile(const fs::path& path, std::string& bytes, std::string& problem,
              ProgressStore::FileIdentity* identity = nullptr)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        problem = errnoText();
        return false;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        problem = "not a regular file";
        ::close(fd);
        return false;
    }
    if (identity)
        *identity = identityFrom(info);
    bytes.clear();
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            problem = errnoText();
            ::close(fd);
            return false;
        }
        if (got == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > kMaxSaveFileBytes) {
            problem = "file is too large";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

// Whether `path` holds a save this version can read.
bool readSave(const fs::path& path, Progress& out, std::string& problem,
              ProgressStore::FileIdentity* identity = nullptr)
{
    std::string bytes;
    if (!readFile(path, bytes, problem, identity))
        return false;
    return progressFromXml(bytes, out, problem);
}

// Written a piece at a time, offering the CPU to others between pieces: one write() of a long
// history (8.5 MB for 10,000 attempts) stays in the kernel for 2-30 ms, and a kernel without
// forced preemption (this machine's: PREEMPT_NONE) lets no other thread onto that core until it
// returns, so a frame drawn meanwhile waited: the slowest frame of the results screen, whose
// first frame hands the save over, was 7-19 ms. In 256 KB pieces it was 6-7 ms
// (bench/RESULTS.md).
constexpr std::size_t kWritePiece = 256 * 1024;

// Writes `bytes` to a new file and fsyncs it. On failure the file is removed.
bool writeFileSynced(const fs::path& path, const std::string& bytes, std::string& problem,
                     ProgressStore::FileIdentity* identity = nullptr)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        problem = "cannot create " + path.string() + ": " + errnoText();
        return false;
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        if (written > 0)
            ::sched_yield();
        const ssize_t n = ::write(fd, bytes.data() + written, std::min(kWritePiece, bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            problem = "cannot write " + path.string() + ": " + (n < 0 ? errnoText() : std::string("no space written"));
            ::close(fd);
            ::unlink(path.c_str());
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        problem = "cannot flush " + path.string() + " to disk: " + errnoText();
        ::close(fd);
        ::unlink(path.c_str());
        return false;
    }
    struct stat info {};
    if (identity && ::fstat(fd, &info) == 0)
        *identity = identityFrom(info);
    if (::close(fd) != 0) {
        problem = "cannot close " + path.string() + ": " + errnoText();
        ::unlink(path.c_str());
        return false;
    }
    return true;
}

void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool occupied(const fs::path& path)
{
    std::error_code ec;
    // A path through a file (XDG_DATA_HOME naming a file) cannot hold a save: nothing is there.
    return fs::symlink_status(path, ec).type() != fs::file_type::not_found ||
           (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory);
}

// Renames `path` to `path`.corrupt-N with the first free N, never replacing anything.
// Returns the new name, or empty with a reason.
std::string setAside(const fs::path& path, std::string& problem)
{
    for (int n = 1; n < kMaxKeptAside; ++n) {
        fs::path target = path;
        target += ".corrupt-" + std::to_string(n);
        if (occupied(target))
            continue;
        if (::renameat2(AT_FDCWD, path.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
            syncFolder(path.parent_path());
            return target.filename().string();
        }
        if (errno == EEXIST)
            continue; // taken between the check and the rename
        if (errno == EINVAL || errno == ENOSYS) {
            // The file system cannot refuse to replace: the check above must do.
            if (::rename(path.c_str(), target.c_str()) == 0) {
                syncFolder(path.parent_path());
                return target.filename().string();
            }
        }
        problem = errnoText();
        return {};
    }
    problem = "too many damaged saves are kept already";
    return {};
}

// Removes the temporary files (progress.xml.tmp-PID, progress.xml.bak.tmp-PID) of saves that were
// cut short by a crash or a kill: PID no longer runs. A live PID may be another copy of the game
// saving this very moment, so its files stay.
void removeStaleTemporaries(const fs::path& folder, const fs::path& file)
{
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec)
        return;
    const std::string stems[] = {file.filename().string() + ".tmp-", file.filename().string() + ".bak.tmp-"};
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec)
            return;
        const std::string name = it->path().filename().string();
        for (const std::string& stem : stems) {
            if (name.size() <= stem.size() || name.compare(0, stem.size(), stem) != 0)
                continue;
            const std::string digits = name.substr(stem.size());
            long pid = 0;
            const auto [ptr, err] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
            if (err != std::errc() || ptr != digits.data() + digits.size() || pid <= 0)
                continue;
            const bool running = pid <= INT_MAX && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
            std::error_code statEc;
            if (!running && it->symlink_status(statEc).type() == fs::file_type::regular)
                ::unlink(it->path().c_str());
        }
    }
}

} // namespace

bool ProgressStore::FileIdentity::operator==(const FileIdentity& other) const
{
    return device == other.device && inode == other.inode && size == other.size &&
           modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec;
}

ProgressStore::ProgressStore(fs::path folder) : m_folder(std::move(folder)), m_file(m_folder / "progress.xml") {}

LoadOutcome ProgressStore::load()
{
    LoadOutcome outcome;
    m_known.reset();
    try {
        fs::path backup = m_file;
        backup += ".bak";
        std::string problem;
        removeStaleTemporaries(m_folder, m_file);
        auto tryBackup = [&](std::string& notice) {
            if (!occupied(backup)) {
                notice += " No backup was found, so you start with no progress.";
                return;
            }
            std::string why;
            Progress fromBackup;
            if (readSave(backup, fromBackup, why)) {
                outcome.progress = std::move(fromBackup);
                notice += " Your backup (" + backup.filename().string() + ") was loaded.";
                return;
            }
            // A damaged backup is kept too: the next save would replace it.
            std::string asideWhy;
            const std::string aside = setAside(backup, asideWhy);
            notice += " Your backup could not be read either";
            notice += aside.empty() ? " (it was left as it is)" : " (it was kept as " + aside + ")";
            notice += ", so you start with no progress.";
        };

        if (!occupied(m_file)) {
            if (occupied(backup)) {
                std::string notice = "Your save file was missing.";
                tryBackup(notice);
                outcome.notice = notice;
            }
            return outcome;
        }
        FileIdentity identity;
        if (readSave(m_file, outcome.progress, problem, &identity)) {
            m_known = identity;
            return outcome;
        }
        outcome.progress = Progress();
        std::string asideWhy;
        const std::string aside = setAside(m_file, asideWhy);
        std::string notice;
        if (!aside.empty())
            notice = "Your save was damaged (" + problem + "); it was kept as " + aside + ".";
        else
            notice = "Your save was damaged (" + problem + ") and could not be moved aside (" + asideWhy +
                     "); it was left as it is in " + m_folder.string() + ".";
        tryBackup(notice);
        outcome.notice = notice;
    } catch (const std::exception& e) {
        outcome.progress = Progress();
        outcome.notice = std::string("Your save could not be loaded: ") + e.what() + "; you start with no progress.";
    }
    return outcome;
}

SaveOutcome ProgressStore::save(const Progress& progress)
{
    try {
        return saveXml(progressToXml(progress));
    } catch (const std::exception& e) {
        return {false, std::string("cannot save: ") + e.what()};
    }
}

SaveOutcome ProgressStore::saveXml(const std::string& text)
{
    SaveOutcome outcome;
    fs::path temp;
    try {
        std::error_code ec;
        fs::create_directories(m_folder, ec);
        if (ec) {
            outcome.problem = "cannot create the folder " + m_folder.string() + ": " + ec.message();
            return outcome;
        }
        temp = m_file;
        temp += ".tmp-" + std::to_string(::getpid());
        // Left over from a crash of an earlier run with the same pid: only ever our own temp file.
        if (fs::symlink_status(temp, ec).type() == fs::file_type::regular)
            fs::remove(temp, ec);

        FileIdentity written;
        if (!writeFileSynced(temp, text, outcome.problem, &written))
            return outcome;
        std::string problem;
        if (occupied(m_file) && !keepCurrentAsBackup(problem)) {
            ::unlink(temp.c_str());
            outcome.problem = problem;
            return outcome;
        }
        if (::rename(temp.c_str(), m_file.c_str()) != 0) {
            outcome.problem = "cannot replace " + m_file.string() + ": " + errnoText();
            ::unlink(temp.c_str());
            return outcome;
        }
        syncFolder(m_folder);
        m_known = written;
        outcome.ok = true;
    } catch (const std::exception& e) {
        if (!temp.empty())
            ::unlink(temp.c_str());
        outcome.ok = false;
        outcome.problem = std::string("cannot save: ") + e.what();
    }
    return outcome;
}

// Before a new save replaces progress.xml: the current file becomes progress.xml.bak, while
// progress.xml stays in place, so that at every moment there is a good progress.xml and a crash
// leaves either the old pair of files or the new one. False, with a reason, changes nothing.
bool ProgressStore::keepCurrentAsBackup(std::string& problem)
{
    fs::path backup = m_file;
    backup += ".bak";
    fs::path backupTemp = backup;
    backupTemp += ".tmp-" + std::to_string(::getpid());
    std::error_code ec;
    if (fs::symlink_status(backupTemp, ec).type() == fs::file_type::regular)
        fs::remove(backupTemp, ec);

    const std::optional<FileIdentity> current = identityOf(m_file);
    std::string bytes;
    bool haveBytes = false;
    if (!current || !m_known || !(*current == *m_known)) {
        // Not the file this store last wrote or loaded: it becomes the backup only if it is a
        // save this version can read. Otherwise someone changed it, or a later version wrote it,
        // and it is not ours to overwrite.
        std::string why;
        Progress parsed;
        if (!readFile(m_file, bytes, why) || !progressFromXml(bytes, parsed, why)) {
            std::string asideWhy;
            if (!setAside(m_file, asideWhy).empty())
                return true;
            problem = "the current save " + m_file.string() + " cannot be read (" + why +
                      ") and cannot be moved aside (" + asideWhy + ")";
            return false;
        }
        haveBytes = true;
    }
    // A save cut short between its two renames left both names on one file: it is the backup.
    if (current && identityOf(backup) == current)
        return true;
    // A second name for the same file rather than a copy: nothing to write, and the file was
    // flushed to disk when it was saved. Where the file system has no hard links: a copy.
    if (!current || ::link(m_file.c_str(), backupTemp.c_str()) != 0) {
        if (!haveBytes && !readFile(m_file, bytes, problem)) {
            problem = "cannot read " + m_file.string() + " to keep it as the backup: " + problem;
            return false;
        }
        if (!writeFileSynced(backupTemp, bytes, problem))
            return false;
    }
    if (::rename(backupTemp.c_str(), backup.c_str()) != 0) {
        const std::string reason = errnoText();
        ::unlink(backupTemp.c_str());
        problem = "cannot replace the backup " + backup.string() + ": " + reason;
        return false;
    }
    return true;
}

} // namespace acq
