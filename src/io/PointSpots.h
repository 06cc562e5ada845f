// Where a level's point lies on its body map: a landmark plus offsets in cun, or plain x and y,
// on one side or both.
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

struct SpotResult {
    std::vector<Vec2> spots;            // the patient's left first when there are two
    std::vector<std::string> landmarks; // the landmarks measured from
    std::string problem;                // why there are no spots, for the point's diagnostic
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
