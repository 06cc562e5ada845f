// The player's profile while the game runs: progress in memory, kept on disk after each attempt.
#pragma once

#include "core/Progress.h"
#include "io/ProgressStore.h"

#include <filesystem>
#include <string>

namespace acq {

class Session {
public:
    explicit Session(const std::filesystem::path& profileDir);

    const Progress& progress() const { return m_progress; }
    // Adds the attempt and saves at once, so a crash or power cut later loses nothing.
    void record(Attempt attempt);
    // Saves again if the last save failed (called on exit).
    void flush();

    // Something the player must be told (a damaged save, a save that failed); empty if none.
    // Each problem is reported once.
    const std::string& notice() const { return m_notice; }
    void dismissNotice() { m_notice.clear(); }
    const std::filesystem::path& saveFile() const { return m_store.file(); }

private:
    void save();

    ProgressStore m_store;
    Progress m_progress;
    std::string m_notice;
    std::string m_lastProblem;
    bool m_dirty = false;
};

} // namespace acq
