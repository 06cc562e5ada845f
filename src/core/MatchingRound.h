// One play of a matching level: prompts on one side, answers (and distractors) on the other.
#pragma once

#include "core/Level.h"

#include <cstdint>
#include <string>
#include <vector>

namespace acq {

struct MatchCard {
    std::string text;
    int pair = -1;        // index into the level's pairs; -1 for a distractor answer
    bool matched = false;
};

struct MatchMistake {
    int prompt;  // index into prompts()
    int answer;  // index into answers()
    double at;   // round time of the mistake
};

class MatchingRound {
public:
    enum class Outcome { Correct, Wrong, Ignored };

    // Prompts and answers are shuffled independently from the seed. The level must outlive
    // the round.
    MatchingRound(const Level& level, std::uint64_t seed, double now);

    const std::vector<MatchCard>& prompts() const { return m_prompts; }
    const std::vector<MatchCard>& answers() const { return m_answers; }
    const MatchingLevel& level() const { return m_level; }

    // Pair prompt i with answer j. Ignored when either index is out of range, either card is
    // already matched, or the round is over.
    Outcome match(std::size_t prompt, std::size_t answer, double now);

    bool finished() const { return m_matchedCount == m_prompts.size(); }
    std::size_t matchedCount() const { return m_matchedCount; }
    const std::vector<MatchMistake>& mistakes() const { return m_mistakes; }
    // How many wrong tries this prompt had.
    int mistakesFor(std::size_t prompt) const;
    // Index into answers() of the right answer for prompt i.
    std::size_t answerFor(std::size_t prompt) const;

    int score() const;
    int maxScore() const;
    double startedAt() const { return m_startedAt; }
    double finishedAt() const { return m_finishedAt; }

private:
    const MatchingLevel& m_level;
    std::vector<MatchCard> m_prompts;
    std::vector<MatchCard> m_answers;
    std::vector<MatchMistake> m_mistakes;
    std::size_t m_matchedCount = 0;
    double m_startedAt;
    double m_finishedAt;
};

} // namespace acq
