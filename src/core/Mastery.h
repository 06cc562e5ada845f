// How well a card is known today, in the bands the progress screen draws (docs/practice.md).
#pragma once

#include "core/Cards.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace acq {

// Known: recalled today with a probability of at least 0.9 (FSRS's desired retention: a card is
// due when it falls below). Fading: 0.5 to 0.9. Weak: below 0.5. Unasked: no review yet.
enum class Knowledge { Unasked, Weak, Fading, Known };
constexpr double kKnownRecall = 0.9;
constexpr double kFadingRecall = 0.5;

Knowledge knowledgeOf(const Fsrs& fsrs, const CardSchedule* card, std::int64_t today);

struct KnownShare {
    std::size_t known = 0;
    std::size_t asked = 0; // reviewed at least once
    std::size_t total = 0;
    // "3 of 7 known (43%)"
    std::string text() const;
};

// The share of `cards` (CardKey::text) known today, by the schedules in `schedules`.
KnownShare knownShare(const Fsrs& fsrs, const std::vector<std::string>& cards,
                      const std::map<std::string, CardSchedule>& schedules, std::int64_t today);

} // namespace acq
