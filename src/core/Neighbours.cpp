#include "core/Neighbours.h"

#include "core/Scoring.h"

#include <limits>

namespace acq {

namespace {

// In cun of `scale`: sideways and up-down offsets each in their own axis's cun.
double nearestCun(const PointTarget& point, Vec2 click, CunScale scale)
{
    double best = std::numeric_limits<double>::infinity();
    for (Vec2 spot : point.spots)
        best = std::min(best, scale.lengthInCun(spot - click));
    return best;
}

// The closest pair of spots of `a` and `b`, half its length in `a`'s cun: where a click still
// nearer to `b` can come closest to `a`.
double halfGapCun(const PlacementLevel& level, const PointTarget& a, const PointTarget& b)
{
    double gap = std::numeric_limits<double>::infinity();
    for (Vec2 sa : a.spots)
        gap = std::min(gap, nearestCun(b, sa, level.cunScale(a)));
    return gap / 2.0;
}

} // namespace

std::optional<std::size_t> namedNeighbour(const PlacementLevel& level, std::size_t asked, Vec2 click, Vec2 scoredSpot)
{
    const PointTarget& target = level.points.at(asked);
    const CunScale scale = level.cunScale(target);
    if (distanceInCun(click, scoredSpot, scale) <= level.scoringOf(target).toleranceCun)
        return std::nullopt; // inside the asked point's own ring: nothing else to name
    // Nearer is judged in the asked point's cun, so that both distances use one measure.
    const double toAsked = nearestCun(target, click, scale);
    std::optional<std::size_t> named;
    double nearest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < level.points.size(); ++i) {
        const PointTarget& other = level.points[i];
        if (i == asked || other.map != target.map)
            continue;
        const double toOther = nearestCun(other, click, scale);
        if (toOther >= toAsked || toOther >= nearest)
            continue;
        if (nearestCun(other, click, level.cunScale(other)) <= level.scoringOf(other).toleranceCun) {
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
    return placementPoints(halfGapCun(level, a, b), level.scoringOf(a));
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
                problems.push_back({a, b, best, halfGapCun(level, level.points[a], level.points[b])});
            }
        }
    return problems;
}

} // namespace acq
