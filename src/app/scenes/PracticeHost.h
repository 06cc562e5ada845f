// What a placement screen asking one practice card reports back to the practice session.
#pragma once

#include "core/Attempt.h"

#include <string>

namespace acq {

class PracticeHost {
public:
    virtual ~PracticeHost() = default;
    // The card's point was placed (or skipped) and scored: its placements, one per spot asked.
    virtual void pointAnswered(const Attempt& placements) = 0;
    // The placement screen closed: after its feedback, or left with Esc (`answered` false).
    virtual void pointClosed(bool answered) = 0;
    // "Card 3 of 12", for the placement screen's header.
    virtual std::string practiceStatus() const = 0;
};

} // namespace acq
