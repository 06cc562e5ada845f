// The player's profile while the game runs: progress in memory, kept on disk after each attempt
// by a thread of its own (SaveWorker), so neither a long history nor a slow disk stalls a frame.
#pragma once

#include "core/Progress.h"
#include "io/SaveWorker.h"

#include <filesystem>
#include <string>

namespace acq {

class Session {
public:
    // Starts loading the profile's save in the background.
    explicit Session(const std::filesystem::path& profileDir);

    // Whether the save has been loaded (progress() would not wait).
    bool loaded() const { return m_loaded; }
    // Waits for the save to load, the first time it is called before that.
    const Progress& progress();
    // Adds the attempt and has it saved at once (in the background), so that a crash or a
    // power cut later loses nothing.
    void record(Attempt attempt);
    // Waits until every attempt is saved, and saves again if the last save failed (on exit).
    void flush();

    // Takes in what the background finished: the loaded save, failed saves. Called every frame;
    // true when the player would see something new (scores, a notice).
    bool poll();
    // Waits until the background has finished what it was given, then polls: scripted checks
    // see the outcome of every save before them. True when there was something to wait for.
    bool settle();

    // Something the player must be told (a damaged save, a save that failed); empty if none.
    // Each problem is reported once.
    const std::string& notice() const { return m_notice; }
    void dismissNotice() { m_notice.clear(); }

private:
    void adopt(LoadOutcome loaded);
    bool takeOutcomes();

    SaveWorker m_worker;
    Progress m_progress;
    bool m_loaded = false;
    std::string m_notice;
    std::string m_lastProblem;
};

} // namespace acq
