#include "io/history/OldSaveImport.h"

#include "core/Sha256.h"
#include "io/ProgressXml.h"
#include "io/XmlFile.h"
#include "io/history/HistoryFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace fs = std::filesystem;

namespace acq {
namespace {

// The whole of a regular file no larger than a save may be; false with a reason otherwise.
bool readSaveFile(const fs::path& path, std::string& bytes, std::string& problem)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
    if (fd < 0) {
        problem = std::strerror(errno);
        return false;
    }
    struct stat info {};
    bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    if (!ok)
        problem = "not a regular file";
    else if (static_cast<std::size_t>(info.st_size) > kMaxSaveFileBytes) {
        problem = "larger than a save can be";
        ok = false;
    }
    if (ok) {
        bytes.resize(static_cast<std::size_t>(info.st_size));
        std::size_t done = 0;
        while (ok && done < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                problem = n == 0 ? "shorter than it said" : std::strerror(errno);
                ok = false;
            } else {
                done += static_cast<std::size_t>(n);
            }
        }
    }
    ::close(fd);
    return ok;
}

// The first name free of `file` + suffix, + suffix-2, ...: an import never replaces a file.
fs::path freeName(const fs::path& file, const std::string& suffix)
{
    std::error_code ec;
    fs::path target = file.string() + suffix;
    for (int n = 2; fs::exists(fs::symlink_status(target, ec)); ++n)
        target = file.string() + suffix + "-" + std::to_string(n);
    return target;
}

enum class FileResult { Imported, Damaged, Failed };

FileResult importFile(HistoryStore& store, std::int64_t profile, const fs::path& file, const std::string& now,
                      bool keepFiles, std::string& problem)
{
    std::string bytes;
    Progress progress;
    if (!readSaveFile(file, bytes, problem))
        return FileResult::Failed;
    if (!progressFromXml(bytes, progress, problem))
        return FileResult::Damaged;
    const std::string hash = sha256Hex(bytes);
    bool done = false;
    if (DbError e = store.wasImported(profile, hash, done)) {
        problem = e.message;
        return FileResult::Failed;
    }
    if (!done)
        if (DbError e = store.importProgress(profile, progress, file.string(), hash, now)) {
            problem = e.message;
            return FileResult::Failed;
        }
    if (!keepFiles) {
        std::error_code ec;
        fs::rename(file, freeName(file, ".imported"), ec);
        if (ec) {
            problem = "imported, but it could not be renamed: " + ec.message();
            return FileResult::Imported;
        }
    }
    return FileResult::Imported;
}

} // namespace

ImportOutcome importOldSaves(Database& db, const fs::path& dataFolder, const std::string& now, bool keepFiles)
{
    ImportOutcome outcome;
    std::error_code ec;
    const fs::path profiles = dataFolder / "profiles";
    if (!fs::is_directory(profiles, ec))
        return outcome;
    HistoryStore store(db);
    for (fs::directory_iterator it(profiles, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path file = it->path() / "progress.xml";
        if (!fs::exists(fs::symlink_status(file, ec)))
            continue;
        const std::string name = it->path().filename().string();
        std::int64_t profile = 0;
        if (DbError e = store.profileId(name, now, profile)) {
            outcome.notice += "Your old save " + file.string() + " could not be imported yet (" + e.message + "). ";
            continue;
        }
        std::string problem;
        FileResult result = importFile(store, profile, file, now, keepFiles, problem);
        if (result == FileResult::Damaged) {
            // As the first release did: the damaged file kept aside, its backup used.
            std::string notice = "Your old save " + file.string() + " was damaged (" + problem + ")";
            if (!keepFiles) {
                const fs::path aside = keepAside(file);
                if (!aside.empty())
                    notice += "; it was kept as " + aside.filename().string();
            }
            const fs::path backup = file.string() + ".bak";
            std::string backupProblem;
            if (fs::exists(fs::symlink_status(backup, ec)) &&
                importFile(store, profile, backup, now, keepFiles, backupProblem) == FileResult::Imported) {
                notice += " and its backup progress.xml.bak was imported instead. ";
                ++outcome.filesImported;
            } else {
                notice += ". ";
            }
            outcome.notice += notice;
        } else if (result == FileResult::Failed) {
            outcome.notice += "Your old save " + file.string() + " could not be imported (" + problem +
                              "); it is left as it is and will be tried again next time. ";
        } else {
            ++outcome.filesImported;
            if (!problem.empty())
                outcome.notice += "Your old save " + file.string() + " was " + problem + ". ";
        }
    }
    if (!outcome.notice.empty() && outcome.notice.back() == ' ')
        outcome.notice.pop_back();
    return outcome;
}

} // namespace acq
