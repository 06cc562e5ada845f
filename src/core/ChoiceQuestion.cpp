#include "core/ChoiceQuestion.h"

#include "core/Random.h"

#include <algorithm>

namespace acq {

ChoiceQuestion pairQuestion(const MatchingLevel& level, std::size_t pair, std::uint64_t seed)
{
    const MatchPair& asked = level.pairs.at(pair);
    ChoiceQuestion question{asked.prompt, {}, 0, asked.explain};
    Random random(seed);
    std::vector<std::string> others;
    for (std::size_t i = 0; i < level.pairs.size(); ++i)
        if (i != pair && level.pairs[i].answer != asked.answer)
            others.push_back(level.pairs[i].answer);
    random.shuffle(others);
    std::vector<std::string> distractors = level.distractors;
    random.shuffle(distractors);
    others.insert(others.end(), distractors.begin(), distractors.end());
    std::vector<std::string> choices{asked.answer};
    for (const std::string& other : others) {
        if (choices.size() >= kChoiceCount)
            break;
        if (std::find(choices.begin(), choices.end(), other) == choices.end())
            choices.push_back(other);
    }
    random.shuffle(choices);
    question.right = static_cast<std::size_t>(std::find(choices.begin(), choices.end(), asked.answer) - choices.begin());
    question.choices = std::move(choices);
    return question;
}

} // namespace acq
