// A profile's history: every attempt, and what follows from it (best scores, weak items).
#pragma once

#include "core/Attempt.h"

#include <optional>
#include <string>
#include <vector>

namespace acq {

struct ItemStats {
    std::string id;
    int seen = 0;
    int correct = 0;
};

class Progress {
public:
    void add(Attempt attempt) { m_attempts.push_back(std::move(attempt)); }
    const std::vector<Attempt>& attempts() const { return m_attempts; }

    // Best score of a completed attempt at a level, if any.
    std::optional<double> best(const std::string& levelId) const;
    std::optional<double> bestMax(const std::string& levelId) const;
    int attemptCount(const std::string& levelId) const;
    // Per item of a level, how often it was asked and got right: weakest (lowest share right) first.
    std::vector<ItemStats> itemStats(const std::string& levelId) const;

private:
    const Attempt* bestAttempt(const std::string& levelId) const;
    std::vector<Attempt> m_attempts;
};

} // namespace acq
