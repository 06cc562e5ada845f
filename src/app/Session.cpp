#include "app/Session.h"

#include <csignal>
#include <iostream>

namespace acq {

Session::Session(const std::filesystem::path& profileDir)
    : m_store(profileDir)
{
    // A file-size limit (ulimit -f) would kill the game with SIGXFSZ in the middle of a save;
    // ignored, the write fails with EFBIG instead, the save reports it and play goes on.
    std::signal(SIGXFSZ, SIG_IGN);
    LoadOutcome loaded = m_store.load();
    m_progress = std::move(loaded.progress);
    m_notice = std::move(loaded.notice);
    if (!m_notice.empty())
        std::cerr << "acuquest: " << m_notice << "\n";
}

void Session::record(Attempt attempt)
{
    m_progress.add(std::move(attempt));
    m_dirty = true;
    save();
}

void Session::flush()
{
    if (m_dirty)
        save();
}

void Session::save()
{
    const SaveOutcome outcome = m_store.save(m_progress);
    if (outcome.ok) {
        m_dirty = false;
        m_lastProblem.clear();
        return;
    }
    // Tell the player once per kind of problem, not after every attempt; play goes on and the
    // attempts stay in memory for the next try.
    if (outcome.problem != m_lastProblem) {
        m_lastProblem = outcome.problem;
        m_notice = "Your progress could not be saved: " + outcome.problem +
                   " Play goes on; the game will try again after the next level.";
        std::cerr << "acuquest: " << m_notice << "\n";
    }
}

} // namespace acq
