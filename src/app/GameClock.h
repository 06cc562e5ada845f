// The game's time source: real time when played, script time when scripted, so a scripted
// play gives the same times and scores on every machine.
#pragma once

#include <chrono>

namespace acq {

class GameClock {
public:
    explicit GameClock(bool scripted) : m_scripted(scripted), m_start(std::chrono::steady_clock::now()) {}

    double now() const
    {
        if (m_scripted)
            return m_scriptTime;
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    void advance(double seconds) { m_scriptTime += seconds; }
    bool scripted() const { return m_scripted; }

private:
    bool m_scripted;
    std::chrono::steady_clock::time_point m_start;
    double m_scriptTime = 0.0;
};

} // namespace acq
