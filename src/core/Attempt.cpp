#include "core/Attempt.h"

#include "core/Cards.h"
#include "core/Grades.h"
#include "core/Level.h"
#include "core/MatchingRound.h"
#include "core/NamingRound.h"
#include "core/PlacementRound.h"

#include <algorithm>

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
        if (p.named)
            item.namedPoint = round.level().points.at(*p.named).id;
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
    case AttemptKind::Practice: return "practice";
    }
    return "placement";
}

bool worthKeeping(const Attempt& attempt)
{
    return attempt.completed || std::any_of(attempt.items.begin(), attempt.items.end(), [](const ItemResult& item) {
               return item.answered || item.mistakes > 0;
           });
}

void attachReviews(Attempt& attempt, const Level& level)
{
    if (level.source.empty())
        return; // a level the game did not load from a source (tests): no cards
    for (ItemResult& item : attempt.items) {
        AnswerOutcome outcome;
        outcome.points = item.points;
        outcome.maxPoints = item.maxPoints;
        outcome.correct = item.correct;
        outcome.hinted = item.hinted.value_or(false);
        outcome.skipped = item.skipped;
        outcome.mistakes = item.mistakes;
        switch (attempt.kind) {
        case AttemptKind::Placement: {
            const PlacementLevel* placement = level.placement();
            if (!placement)
                continue;
            outcome.kind = AnswerKind::Placement;
            outcome.namedOther = !item.namedPoint.empty();
            outcome.distanceCun = item.distanceCun;
            for (const PointTarget& point : placement->points)
                if (point.id == item.id)
                    outcome.toleranceCun = placement->scoringOf(point).toleranceCun;
            item.card = pointCard(level.source, item.id).text();
            break;
        }
        case AttemptKind::Naming:
            outcome.kind = AnswerKind::Naming;
            item.card = namingCard(level.source, level.id, item.id).text();
            break;
        case AttemptKind::Matching:
            outcome.kind = AnswerKind::Matching;
            outcome.correct = item.answered && item.mistakes == 0;
            item.card = pairCard(level.source, level.id, item.id).text();
            break;
        case AttemptKind::Practice:
            continue; // practice grades its cards itself
        }
        item.grade = gradeFor(outcome);
    }
}

std::string namingProgressId(const std::string& levelId)
{
    return levelId + "#name"; // "#" cannot appear in a level id
}

} // namespace acq
