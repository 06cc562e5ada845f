#include "core/MatchingRound.h"

#include "core/Random.h"

#include <algorithm>

namespace acq {

MatchingRound::MatchingRound(const Level& level, std::uint64_t seed, double now)
    : m_level(std::get<MatchingLevel>(level.content))
    , m_startedAt(now)
    , m_finishedAt(now)
{
    for (std::size_t i = 0; i < m_level.pairs.size(); ++i) {
        const int pair = static_cast<int>(i);
        m_prompts.push_back({m_level.pairs[i].prompt, pair, false});
        m_answers.push_back({m_level.pairs[i].answer, pair, false});
    }
    for (const std::string& distractor : m_level.distractors)
        m_answers.push_back({distractor, -1, false});
    Random random(seed);
    random.shuffle(m_prompts);
    random.shuffle(m_answers);
}

MatchingRound::Outcome MatchingRound::match(std::size_t prompt, std::size_t answer, double now)
{
    if (finished() || prompt >= m_prompts.size() || answer >= m_answers.size())
        return Outcome::Ignored;
    MatchCard& left = m_prompts[prompt];
    MatchCard& right = m_answers[answer];
    if (left.matched || right.matched)
        return Outcome::Ignored;
    if (left.pair == right.pair) {
        left.matched = right.matched = true;
        ++m_matchedCount;
        if (finished())
            m_finishedAt = now;
        return Outcome::Correct;
    }
    m_mistakes.push_back({static_cast<int>(prompt), static_cast<int>(answer), now - m_startedAt});
    return Outcome::Wrong;
}

int MatchingRound::mistakesFor(std::size_t prompt) const
{
    return static_cast<int>(std::count_if(m_mistakes.begin(), m_mistakes.end(),
        [prompt](const MatchMistake& m) { return m.prompt == static_cast<int>(prompt); }));
}

std::size_t MatchingRound::answerFor(std::size_t prompt) const
{
    const int pair = m_prompts.at(prompt).pair;
    for (std::size_t j = 0; j < m_answers.size(); ++j)
        if (m_answers[j].pair == pair)
            return j;
    return m_answers.size();
}

int MatchingRound::score() const
{
    const int earned = static_cast<int>(m_matchedCount) * m_level.scoring.pairPoints;
    const int lost = static_cast<int>(m_mistakes.size()) * m_level.scoring.wrongPenalty;
    return std::max(0, earned - lost);
}

int MatchingRound::maxScore() const
{
    return static_cast<int>(m_prompts.size()) * m_level.scoring.pairPoints;
}

} // namespace acq
