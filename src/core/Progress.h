// A first-release save (progress.xml) in memory: every attempt as it was kept. The game no
// longer holds its history like this (it lives in SQLite, src/io/history); old saves are read
// into it once, to be imported.
#pragma once

#include "core/Attempt.h"

#include <vector>

namespace acq {

class Progress {
public:
    void add(Attempt attempt) { m_attempts.push_back(std::move(attempt)); }
    const std::vector<Attempt>& attempts() const { return m_attempts; }

private:
    std::vector<Attempt> m_attempts;
};

} // namespace acq
