// How far a placement is from its target, in cun, and what that earns.
#pragma once

#include "core/BodyMap.h"
#include "core/Level.h"
#include "core/Vec2.h"
#include "core/Verdict.h"

#include <string>

namespace acq {

// Points for a placement `distanceCun` away: full marks within the tolerance, then a cosine
// ease down to zero at tolerance + falloff, so a near miss keeps most of its credit and there
// is no cliff where one pixel costs many points.
double placementPoints(double distanceCun, const PlacementScoring& scoring);

// A placement's verdict and the points it earns, rounded once to whole points. Right means
// inside the full-marks ring, with or without a hint (a hint only costs its share of the
// points); outside the ring the points stop one short of full marks, so "100 of 100" is never
// shown beside a placement that is not right; Wrong when that leaves nothing.
struct PlacementScore {
    Verdict verdict = Verdict::Wrong;
    double points = 0.0;
};
PlacementScore scorePlacement(double distanceCun, const PlacementScoring& scoring, bool hinted);

// Sideways components in the region's x cun, up-down ones in its y cun.
double distanceInCun(Vec2 a, Vec2 b, CunScale scale);

// The nearest of a target's spots to a click (a bilateral point is scored on the nearer side).
Vec2 nearestSpot(const PointTarget& target, Vec2 click);

// A miss in anatomical terms, e.g. "1.2 cun too lateral, 0.4 cun too inferior". Components
// under 0.1 cun are left out; "right on the spot" when both are.
// The opposite of an anatomical direction ("distal" -> "proximal"); empty if unknown.
std::string oppositeDirection(const std::string& term);

std::string describeMiss(Vec2 click, Vec2 target, CunScale scale, const BodyMap& map);

} // namespace acq
