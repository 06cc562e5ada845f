// A profile's save file, loaded and kept up to date on a thread of its own: the window opens
// while a long history loads, and a frame never waits for the disk (bench/RESULTS.md).
#pragma once

#include "core/Attempt.h"
#include "io/ProgressStore.h"
#include "io/ProgressXml.h"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace acq {

class SaveWorker {
public:
    // Starts the thread, which loads the save at once. The process then ignores SIGXFSZ, so that
    // a file-size limit fails a save instead of killing the game.
    explicit SaveWorker(std::filesystem::path folder);
    // Saves what is still waiting (once), then stops the thread.
    ~SaveWorker();
    SaveWorker(const SaveWorker&) = delete;
    SaveWorker& operator=(const SaveWorker&) = delete;

    // The loaded save, once: empty while it is still loading, and after it was taken.
    std::optional<LoadOutcome> takeLoaded();
    // Waits for the load to finish, then as takeLoaded.
    std::optional<LoadOutcome> waitLoaded();

    // Queues an attempt to be added to the save; saved as soon as the thread is free. Attempts
    // queued while a save runs go into the next save together.
    void add(Attempt attempt);
    // Waits until everything queued so far is saved or has failed. When the last save failed and
    // nothing new came since, tries once more (the game calls this as it closes).
    void flush();
    // Waits until the load and every save of what was queued so far have finished.
    void waitIdle();
    // True while loading, or while something queued is not yet saved (or failed).
    bool busy() const;
    // The outcomes of the saves finished since the last call, oldest first.
    std::vector<SaveOutcome> takeOutcomes();

private:
    void run();
    void saveWaiting(std::unique_lock<std::mutex>& lock);

    ProgressStore m_store;         // used by the thread only
    ProgressXmlText m_text;        // used by the thread only
    mutable std::mutex m_mutex;    // guards everything below
    std::condition_variable m_wake; // for the thread: work, or stop
    std::condition_variable m_done; // for the callers: a load or a save finished
    std::optional<LoadOutcome> m_loaded;
    bool m_loadFinished = false;
    std::vector<Attempt> m_queue;  // not yet in the text
    bool m_pending = false; // attempts were added since the thread last looked
    bool m_saving = false;
    bool m_unsaved = false; // the last save failed: the file lacks attempts the text has
    bool m_retry = false;   // flush asked for a pass
    bool m_stop = false;
    std::vector<SaveOutcome> m_outcomes;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace acq
