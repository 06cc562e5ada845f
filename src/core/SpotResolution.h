// Where a level's point lies on its body map: a landmark plus offsets in cun, or plain x and y,
// on one side or both. Pure geometry; a location that cannot be placed comes back as a typed
// problem, which the loader words with the file and line.
#pragma once

#include "core/BodyMap.h"
#include "core/Vec2.h"

#include <optional>
#include <string>
#include <vector>

namespace acq {

// A point's location as its level file gives it.
struct PointLocation {
    std::string regionId;                // the region whose cun scales the offsets
    std::optional<std::string> landmark; // either this (with offsets) ...
    double lateral = 0.0;                // cun away from the midline (negative: toward it)
    double inferior = 0.0;               // cun toward the feet (negative: toward the head)
    bool hasLateral = false;             // "lateral" was written, even as 0
    std::optional<std::string> toward;   // with landmark: the spot lies this way ...
    double fraction = 0.5;               // ... this share of the distance to it
    double dx = 0.0;                     // cun along the map's x axis (any view)
    double dy = 0.0;                     // cun along the map's y axis
    std::optional<Vec2> xy;              // ... or this, in map units
    bool bilateral = false;
};

// Why a location gives no spots. Each kind is one message of the loader (io/SpotProblemText).
enum class SpotProblemKind {
    UnknownRegion,                // `name`: the region
    LateralNeedsSidedView,        // "lateral" on a map with view="other"
    BilateralNeedsSidedView,      // x, y and bilateral="true" on a map with view="other"
    BilateralOnMidline,           // bilateral="true" for a spot on the midline
    UnknownToward,                // `name`: the landmark in "toward"
    TowardHasTwoSides,            // `name`: toward="X" where the map has X.L and X.R only
    TowardOneSideWithBilateral,   // `name`: toward="X.L" from a midline landmark with bilateral="true"
    LandmarkOneSideWithBilateral, // `name`: landmark="X.L" with bilateral="true"
    MidlineLateralNeedsBilateral, // `name`: a midline landmark, `lateral` cun to one side
    NoSidesForBilateral,          // `name`: off the midline (moved `toward` it when given), no sides
    LandmarkHasTwoSides,          // `name`: landmark="X" where the map has X.L and X.R only
    UnknownLandmark,              // `name`; `onlySide` when the map has just one side of it
    AxesOffsetsOnBilateral,       // "dx"/"dy" with two spots
    OutsideMap,                   // `spot` lies outside the map's bounds
};

struct SpotProblem {
    SpotProblemKind kind = SpotProblemKind::UnknownLandmark;
    std::string name;                  // the landmark or region the problem is about
    std::optional<std::string> toward; // NoSidesForBilateral: the landmark the spot moved toward
    std::string onlySide;              // UnknownLandmark: "X.L" or "X.R" when only that one exists
    bool fromMidline = false;          // TowardHasTwoSides: measured from a midline landmark
    double lateral = 0.0;              // MidlineLateralNeedsBilateral
    Vec2 spot;                         // OutsideMap
};

struct SpotResult {
    std::vector<Vec2> spots;            // the patient's left first when there are two
    std::vector<std::string> landmarks; // the landmarks measured from
    std::optional<SpotProblem> problem; // why there are no spots
};

// The rules of docs/levels.md:
// - a midline landmark with bilateral="true" gives two spots, lateral cun to each side;
// - a landmark "X" that the art has only as "X.L" and "X.R" gives both sides when bilateral,
//   and is ambiguous otherwise; "X.L" named explicitly gives one spot;
// - lateral always moves away from the midline, and needs a front or back map;
// - toward="B" fraction="f" starts from the point f of the way from the landmark to B (on each
//   side: B.L and B.R pair with the landmark's sides; a midline B serves both);
// - dx and dy move the spot along the map's axes, in cun;
// - x and y with bilateral="true" are mirrored about the midline;
// - every spot must lie within the map.
SpotResult resolveSpots(const PointLocation& where, const BodyMap& map);

} // namespace acq
