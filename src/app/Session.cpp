#include "app/Session.h"

#include <iostream>

namespace acq {

Session::Session(const std::filesystem::path& profileDir)
    : m_worker(profileDir)
{
}

const Progress& Session::progress()
{
    if (!m_loaded)
        if (auto loaded = m_worker.waitLoaded())
            adopt(std::move(*loaded));
    return m_progress;
}

void Session::record(Attempt attempt)
{
    progress(); // the attempt joins the loaded history, never an empty one
    m_progress.add(attempt);
    m_worker.add(std::move(attempt));
}

void Session::flush()
{
    progress();
    m_worker.flush();
    takeOutcomes();
}

bool Session::poll()
{
    bool changed = false;
    if (!m_loaded) {
        if (auto loaded = m_worker.takeLoaded()) {
            adopt(std::move(*loaded));
            changed = true;
        }
    }
    return takeOutcomes() || changed;
}

bool Session::settle()
{
    const bool waited = m_worker.busy();
    if (waited) {
        progress();
        m_worker.waitIdle();
    }
    return poll() || waited;
}

void Session::adopt(LoadOutcome loaded)
{
    m_progress = std::move(loaded.progress);
    m_loaded = true;
    if (!loaded.notice.empty()) {
        m_notice = std::move(loaded.notice);
        std::cerr << "acuquest: " << m_notice << "\n";
    }
}

bool Session::takeOutcomes()
{
    bool changed = false;
    for (const SaveOutcome& outcome : m_worker.takeOutcomes()) {
        if (outcome.ok) {
            m_lastProblem.clear();
            continue;
        }
        // Tell the player once per kind of problem, not after every attempt; play goes on and the
        // attempts stay in memory for the next try.
        if (outcome.problem != m_lastProblem) {
            m_lastProblem = outcome.problem;
            m_notice = "Your progress could not be saved: " + outcome.problem +
                       " Play goes on; the game will try again after the next level.";
            std::cerr << "acuquest: " << m_notice << "\n";
            changed = true;
        }
    }
    return changed;
}

} // namespace acq
