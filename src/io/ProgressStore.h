// The save file of one profile: every attempt, written so that no completed attempt is lost.
#pragma once

#include "core/Progress.h"
#include "io/ProgressXml.h"

#include <sys/types.h>

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace acq {

struct LoadOutcome {
    Progress progress;
    // For the player, when something went wrong (e.g. "Your save was damaged; it was kept as
    // progress.xml.corrupt-1 and your backup was loaded."). Empty when all is well.
    std::string notice;
};

struct SaveOutcome {
    bool ok = false;
    std::string problem; // why not, when !ok
};

class ProgressStore {
public:
    // Saves live in `folder`/progress.xml with the previous good one in progress.xml.bak.
    explicit ProgressStore(std::filesystem::path folder);

    // Never throws. A missing file is a fresh start. A corrupt or unreadable file is renamed
    // aside (progress.xml.corrupt-N, never overwritten or deleted) and the backup is tried.
    LoadOutcome load();
    // Writes a temporary file in the same folder, fsyncs it, keeps the current file as the
    // backup, renames the temporary over the current file, fsyncs the folder. Never throws;
    // on failure the previous files are untouched.
    SaveOutcome save(const Progress& progress);
    // The same with the text already made (ProgressXmlText's, or progressToXml's).
    SaveOutcome saveXml(const std::string& text);

    const std::filesystem::path& file() const { return m_file; }

    // Which file a path names, and as it was: a file this store wrote or read whole is not read
    // and checked again before it becomes the backup, unless it has changed since.
    struct FileIdentity {
        dev_t device = 0;
        ino_t inode = 0;
        off_t size = 0;
        std::timespec modified{};
        bool operator==(const FileIdentity& other) const;
    };

private:
    bool keepCurrentAsBackup(std::string& problem);

    std::filesystem::path m_folder;
    std::filesystem::path m_file;
    std::optional<FileIdentity> m_known; // progress.xml as this store last wrote or loaded it
};

} // namespace acq
