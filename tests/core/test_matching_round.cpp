#include "Fixtures.h"
#include "core/Attempt.h"
#include "core/MatchingRound.h"

#include <doctest/doctest.h>

#include <set>

using namespace acq;

namespace {
std::size_t wrongAnswerFor(const MatchingRound& round, std::size_t prompt)
{
    for (std::size_t j = 0; j < round.answers().size(); ++j)
        if (round.answers()[j].pair != round.prompts()[prompt].pair)
            return j;
    FAIL("no wrong answer");
    return 0;
}
} // namespace

TEST_CASE("[matching] every pair matched right scores the full points")
{
    const Level level = test::matchingLevel(4, 1);
    MatchingRound round(level, 7, 0.0);
    CHECK(round.prompts().size() == 4);
    CHECK(round.answers().size() == 5); // with the distractor
    for (std::size_t i = 0; i < round.prompts().size(); ++i)
        CHECK(round.match(i, round.answerFor(i), 1.0 + i) == MatchingRound::Outcome::Correct);
    CHECK(round.finished());
    CHECK(round.score() == 40);
    CHECK(round.maxScore() == 40);
    CHECK(round.finishedAt() == doctest::Approx(4.0));
}

TEST_CASE("[matching] a wrong pair costs the penalty and is remembered")
{
    const Level level = test::matchingLevel(3, 0);
    MatchingRound round(level, 1, 10.0);
    const std::size_t wrong = wrongAnswerFor(round, 0);
    CHECK(round.match(0, wrong, 12.0) == MatchingRound::Outcome::Wrong);
    REQUIRE(round.mistakes().size() == 1);
    CHECK(round.mistakes()[0].at == doctest::Approx(2.0));
    CHECK(round.mistakesFor(0) == 1);
    CHECK_FALSE(round.prompts()[0].matched);
    for (std::size_t i = 0; i < 3; ++i)
        round.match(i, round.answerFor(i), 13.0);
    CHECK(round.score() == 30 - 3);
    const Attempt attempt = attemptFrom(round, "m", "t", 3.0);
    int correct = 0;
    for (const ItemResult& item : attempt.items)
        correct += item.correct;
    CHECK(correct == 2);
}

TEST_CASE("[matching] the score never drops below zero")
{
    const Level level = test::matchingLevel(2, 1);
    MatchingRound round(level, 3, 0.0);
    for (int k = 0; k < 10; ++k)
        round.match(0, wrongAnswerFor(round, 0), 1.0);
    CHECK(round.score() == 0);
}

TEST_CASE("[matching] a distractor matches nothing, and matched cards are ignored")
{
    const Level level = test::matchingLevel(2, 1);
    MatchingRound round(level, 5, 0.0);
    std::size_t distractor = 0;
    for (std::size_t j = 0; j < round.answers().size(); ++j)
        if (round.answers()[j].pair < 0)
            distractor = j;
    CHECK(round.match(0, distractor, 1.0) == MatchingRound::Outcome::Wrong);
    CHECK(round.match(0, round.answerFor(0), 1.0) == MatchingRound::Outcome::Correct);
    CHECK(round.match(0, round.answerFor(0), 1.0) == MatchingRound::Outcome::Ignored);
    CHECK(round.match(9, 0, 1.0) == MatchingRound::Outcome::Ignored);
}

TEST_CASE("[matching] the shuffle follows the seed")
{
    const Level level = test::matchingLevel(8, 2);
    auto order = [&](std::uint64_t seed) {
        MatchingRound round(level, seed, 0.0);
        std::vector<int> pairs;
        for (const MatchCard& c : round.prompts())
            pairs.push_back(c.pair);
        for (const MatchCard& c : round.answers())
            pairs.push_back(c.pair);
        return pairs;
    };
    CHECK(order(42) == order(42));
    CHECK(order(42) != order(43));
    const auto shuffled = order(42);
    CHECK(std::set<int>(shuffled.begin(), shuffled.begin() + 8).size() == 8); // a permutation
}
