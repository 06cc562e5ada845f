#include "core/Neighbours.h"

#include "core/Scoring.h"

#include <limits>

namespace acq {

namespace {

double nearestDistance(const PointTarget& point, Vec2 click)
{
    double best = std::numeric_limits<double>::infinity();
    for (Vec2 spot : point.spots)
        best = std::min(best, distance(spot, click));
    return best;
}

} // namespace

std::optional<std::size_t> namedNeighbour(const PlacementLevel& level, std::size_t asked, Vec2 click, Vec2 scoredSpot)
{
    const PointTarget& target = level.points.at(asked);
    if (distanceInCun(click, scoredSpot, level.unitsPerCun(target)) <= level.scoringOf(target).toleranceCun)
        return std::nullopt; // inside the asked point's own ring: nothing else to name
    const double toAsked = nearestDistance(target, click);
    std::optional<std::size_t> named;
    double nearest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < level.points.size(); ++i) {
        const PointTarget& other = level.points[i];
        if (i == asked || other.map != target.map)
            continue;
        const double toOther = nearestDistance(other, click);
        if (toOther >= toAsked || toOther >= nearest)
            continue;
        if (toOther / level.unitsPerCun(other) <= level.scoringOf(other).toleranceCun) {
            named = i;
            nearest = toOther;
        }
    }
    return named;
}

double bestScoreNearer(const PlacementLevel& level, std::size_t asked, std::size_t other)
{
    const PointTarget& a = level.points.at(asked);
    const PointTarget& b = level.points.at(other);
    if (a.map != b.map || a.spots.empty() || b.spots.empty())
        return 0.0;
    // The click nearest to `asked` that is still nearer to `other` lies half way between their
    // closest spots: no spot of `asked` can be nearer to it than that, or it would be closer to
    // `other`'s spot than the closest pair is.
    double gap = std::numeric_limits<double>::infinity();
    for (Vec2 sa : a.spots)
        gap = std::min(gap, nearestDistance(b, sa));
    return placementPoints(gap / 2.0 / level.unitsPerCun(a), level.scoringOf(a));
}

std::vector<NeighbourProblem> neighbourProblems(const PlacementLevel& level)
{
    std::vector<NeighbourProblem> problems;
    for (std::size_t a = 0; a < level.points.size(); ++a)
        for (std::size_t b = 0; b < level.points.size(); ++b) {
            if (a == b)
                continue;
            const double best = bestScoreNearer(level, a, b);
            if (best > kNeighbourShare * level.scoring.maxPoints) {
                const PointTarget& pa = level.points[a];
                double gap = std::numeric_limits<double>::infinity();
                for (Vec2 sa : pa.spots)
                    gap = std::min(gap, nearestDistance(level.points[b], sa));
                problems.push_back({a, b, best, gap / 2.0 / level.unitsPerCun(pa)});
            }
        }
    return problems;
}

} // namespace acq
