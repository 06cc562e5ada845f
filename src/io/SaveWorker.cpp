#include "io/SaveWorker.h"

#include "io/BackgroundPriority.h"

#include <csignal>
#include <exception>
#include <utility>

namespace acq {

SaveWorker::SaveWorker(std::filesystem::path folder)
    : m_store(std::move(folder))
    , m_thread([this] { run(); })
{
}

SaveWorker::~SaveWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::optional<LoadOutcome> SaveWorker::takeLoaded()
{
    const std::lock_guard lock(m_mutex);
    std::optional<LoadOutcome> loaded = std::move(m_loaded);
    m_loaded.reset();
    return loaded;
}

std::optional<LoadOutcome> SaveWorker::waitLoaded()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_loadFinished; });
    std::optional<LoadOutcome> loaded = std::move(m_loaded);
    m_loaded.reset();
    return loaded;
}

void SaveWorker::add(Attempt attempt)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(attempt));
        m_pending = true;
    }
    m_wake.notify_all();
}

void SaveWorker::flush()
{
    std::unique_lock lock(m_mutex);
    m_retry = true;
    m_wake.notify_all();
    m_done.wait(lock, [this] { return !m_retry && !m_pending && !m_saving; });
}

void SaveWorker::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_loadFinished && !m_pending && !m_saving; });
}

bool SaveWorker::busy() const
{
    const std::lock_guard lock(m_mutex);
    return !m_loadFinished || m_pending || m_saving;
}

std::vector<SaveOutcome> SaveWorker::takeOutcomes()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_outcomes, {});
}

void SaveWorker::run()
{
    // Behind the frames and the levels for the CPU: on a machine of two cores, loading a long
    // history at full priority slows the window's first frame by as much (bench/RESULTS.md).
    lowerThisThreadsPriority(kNeededLater);
    // A file-size limit (ulimit -f) would kill the game with SIGXFSZ in the middle of a save;
    // ignored, the write fails with EFBIG instead, the save reports it and play goes on.
    std::signal(SIGXFSZ, SIG_IGN);
    // ProgressStore::load never throws; the text may (out of memory), and then saving is refused
    // rather than done from a text that lacks the loaded attempts.
    LoadOutcome loaded = m_store.load();
    bool textReady = false;
    std::string textProblem;
    try {
        Progress forText = loaded.progress; // the caller gets the loaded one while the text is made
        {
            const std::lock_guard lock(m_mutex);
            m_loaded = std::move(loaded);
            m_loadFinished = true;
        }
        m_done.notify_all();
        m_text = ProgressXmlText(forText);
        textReady = true;
    } catch (const std::exception& e) {
        textProblem = std::string("cannot prepare the save: ") + e.what();
        const std::lock_guard lock(m_mutex);
        if (!m_loadFinished) {
            m_loaded = std::move(loaded);
            m_loadFinished = true;
        }
    }
    m_done.notify_all();

    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_retry || m_pending; });
        // A flush asked while a save was running is answered by the next pass, not this one.
        const bool retry = m_retry;
        const bool work = m_pending || (retry && (m_unsaved || !m_queue.empty())) || (m_stop && !m_queue.empty());
        m_pending = false;
        if (work && textReady) {
            saveWaiting(lock);
        } else if (work) {
            m_outcomes.push_back({false, textProblem});
            m_unsaved = true;
        }
        if (retry)
            m_retry = false;
        m_done.notify_all();
        if (m_stop && !m_pending) // attempts added during that save get a pass of their own
            return;
    }
}

// Called and returns with `lock` held; saves without it, so callers never wait for the disk.
void SaveWorker::saveWaiting(std::unique_lock<std::mutex>& lock)
{
    std::vector<Attempt> batch = std::exchange(m_queue, {});
    m_saving = true;
    lock.unlock();
    SaveOutcome outcome;
    std::size_t appended = 0;
    try {
        for (; appended < batch.size(); ++appended)
            m_text.append(batch[appended]);
        outcome = m_store.saveXml(m_text.text());
    } catch (const std::exception& e) {
        outcome = {false, std::string("cannot save: ") + e.what()};
    }
    lock.lock();
    // Attempts that did not make it into the text (out of memory) wait for the next add or flush.
    m_queue.insert(m_queue.begin(), std::make_move_iterator(batch.begin() + static_cast<std::ptrdiff_t>(appended)),
                   std::make_move_iterator(batch.end()));
    m_saving = false;
    m_unsaved = !outcome.ok;
    m_outcomes.push_back(std::move(outcome));
}

} // namespace acq
