#include "core/Attempt.h"

#include "core/MatchingRound.h"
#include "core/NamingRound.h"
#include "core/PlacementRound.h"

namespace acq {

Attempt attemptFrom(const PlacementRound& round, std::string levelId, std::string startedAt, double seconds)
{
    Attempt attempt{AttemptKind::Placement, std::move(levelId), std::move(startedAt), seconds, round.score(),
                    round.maxScore(), round.phase() == PlacementRound::Phase::Finished, {}};
    const double maxPoints = round.level().scoring.maxPoints;
    for (const Placement& p : round.placements()) {
        ItemResult item;
        item.id = p.id;
        item.points = p.points;
        item.maxPoints = maxPoints;
        item.correct = isRight(p.verdict);
        item.skipped = !p.click.has_value();
        item.hinted = p.hinted;
        if (p.click) {
            item.distanceCun = p.distanceCun;
            item.click = p.click;
        }
        attempt.items.push_back(std::move(item));
    }
    return attempt;
}

Attempt attemptFrom(const MatchingRound& round, std::string levelId, std::string startedAt, double seconds)
{
    Attempt attempt{AttemptKind::Matching, std::move(levelId), std::move(startedAt), seconds,
                    static_cast<double>(round.score()), static_cast<double>(round.maxScore()),
                    round.finished(), {}};
    const MatchingLevel& level = round.level();
    for (std::size_t i = 0; i < round.prompts().size(); ++i) {
        const MatchCard& card = round.prompts()[i];
        ItemResult item;
        item.id = level.pairs.at(static_cast<std::size_t>(card.pair)).id;
        item.mistakes = round.mistakesFor(i);
        item.maxPoints = level.scoring.pairPoints;
        item.points = card.matched ? level.scoring.pairPoints : 0;
        item.correct = card.matched && item.mistakes == 0;
        item.answered = card.matched;
        attempt.items.push_back(std::move(item));
    }
    return attempt;
}

Attempt attemptFrom(const NamingRound& round, std::string levelId, std::string startedAt, double seconds)
{
    Attempt attempt{AttemptKind::Naming, std::move(levelId), std::move(startedAt), seconds, round.score(),
                    round.maxScore(), round.phase() == NamingRound::Phase::Finished, {}};
    const auto& points = round.level().points;
    for (const NamingAnswer& answer : round.answers()) {
        ItemResult item;
        item.id = points.at(answer.point).id;
        item.maxPoints = round.level().scoring.maxPoints;
        item.points = answer.correct ? item.maxPoints : 0.0;
        item.correct = answer.correct;
        item.mistakes = answer.correct ? 0 : 1;
        attempt.items.push_back(std::move(item));
    }
    return attempt;
}

const char* kindName(AttemptKind kind)
{
    switch (kind) {
    case AttemptKind::Placement: return "placement";
    case AttemptKind::Matching: return "matching";
    case AttemptKind::Naming: return "naming";
    }
    return "placement";
}

std::string namingProgressId(const std::string& levelId)
{
    return levelId + "#name"; // "#" cannot appear in a level id
}

} // namespace acq
