// Points of one level that lie close together: which point a placement lands on instead of
// the asked one, and whether the level's tolerances and fall-offs keep neighbours apart.
#pragma once

#include "core/Level.h"

#include <optional>
#include <vector>

namespace acq {

// The point a placement for `asked` (an index into the level's points) lands on instead: one
// on the same map whose spot lies nearer to the click than any spot of `asked`, with the click
// inside that point's own full-marks ring, while the click is outside the ring of the spot of
// `asked` it is scored against (`scoredSpot`). The nearest such point, if any.
std::optional<std::size_t> namedNeighbour(const PlacementLevel& level, std::size_t asked, Vec2 click, Vec2 scoredSpot);

// The most a click can earn for `asked` while lying nearer to `other` than to `asked`: the
// points at half the distance between their closest spots (every such click is at least that
// far from `asked`, and the points only fall with distance). Points on different maps: 0.
double bestScoreNearer(const PlacementLevel& level, std::size_t asked, std::size_t other);

// The largest share of a point's full marks a click nearer another point may still earn.
constexpr double kNeighbourShare = 0.25;

struct NeighbourProblem {
    std::size_t asked;
    std::size_t other;
    double points;      // what a click nearer `other` can earn for `asked`, at most
    double halfGapCun;  // half the distance between them, in the cun of `asked`
};

// Every ordered pair of points of the level for which a click nearer the second than the
// first can earn more than kNeighbourShare of the first's full marks.
std::vector<NeighbourProblem> neighbourProblems(const PlacementLevel& level);

} // namespace acq
