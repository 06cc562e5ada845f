// A fact asked as a choice among four: a matching pair's prompt with its right description and
// three others of the same level (other pairs' descriptions, then its distractors).
#pragma once

#include "core/Level.h"

#include <cstdint>
#include <string>
#include <vector>

namespace acq {

struct ChoiceQuestion {
    std::string prompt;
    std::vector<std::string> choices; // shuffled
    std::size_t right = 0;            // index of the right choice
    std::string explain;              // why the right one is right
};

inline constexpr std::size_t kChoiceCount = 4;

// The question for pair `pair` of `level`, its choices shuffled from `seed`. Fewer than four
// choices when the level has fewer descriptions.
ChoiceQuestion pairQuestion(const MatchingLevel& level, std::size_t pair, std::uint64_t seed);

} // namespace acq
