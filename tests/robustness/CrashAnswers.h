// The answers save_crasher gives, each one following from its number, so that the SIGKILL test
// can tell from a row alone whether it was stored exactly as given.
#pragma once

#include "core/Attempt.h"
#include "core/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace acq::crash {

inline constexpr const char* kProfile = "kill";
inline constexpr const char* kLevel = "kill-test";

inline std::string itemId(long n) { return "answer-" + std::to_string(n); }

inline std::string answeredAt(long n) { return formatUtc(1'700'000'000 + n); }

// Every field varies with n, optional ones present or not, so a swapped or dropped column shows.
inline ItemResult answer(long n)
{
    ItemResult item;
    item.id = itemId(n);
    item.points = static_cast<double>(n % 7) + 0.25;
    item.maxPoints = 10.0;
    item.correct = n % 2 == 0;
    if (n % 3 != 0) {
        item.distanceCun = static_cast<double>(n) * 0.01;
        item.click = Vec2{static_cast<double>(n), -0.5 * static_cast<double>(n)};
    }
    item.mistakes = static_cast<int>(n % 4);
    item.skipped = n % 11 == 0;
    if (n % 5 != 1)
        item.hinted = n % 5 == 0;
    return item;
}

// The attempt whose first answer is `firstAnswer`.
inline Attempt attemptHeader(long firstAnswer)
{
    Attempt a;
    a.kind = AttemptKind::Placement;
    a.levelId = kLevel;
    a.startedAt = answeredAt(firstAnswer);
    a.completed = false;
    return a;
}

// The totals of the attempt whose last answer is `lastAnswer` (every tenth).
inline Attempt attemptTotals(long lastAnswer)
{
    Attempt a = attemptHeader(lastAnswer);
    a.seconds = static_cast<double>(lastAnswer) / 10.0;
    a.score = static_cast<double>(lastAnswer % 97);
    a.maxScore = 100.0;
    a.completed = true;
    return a;
}

} // namespace acq::crash
