// Which sound cue an answer calls for, told from the round's attempt as it grows (each answer
// sends the whole attempt so far), so every kind of round gets its cues from one rule.
#pragma once

#include "core/Attempt.h"
#include "core/CueSynth.h"

#include <optional>
#include <string>

namespace acq {

class AnswerCues {
public:
    // `snapshot` is the attempt after an answer; `ending` is true when the round is over and
    // recorded (a finished round calls for the level-complete cue, a round left early for none).
    std::optional<Cue> next(const Attempt& snapshot, bool ending);

private:
    struct Tally {
        std::size_t answered = 0;
        int mistakes = 0;
    };
    static Tally tally(const Attempt& attempt);

    std::string m_attempt; // kind, level and start of the attempt being followed
    Tally m_seen;
};

} // namespace acq
