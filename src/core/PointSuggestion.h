// Author mode's answer to a click: the place written as the standard writes a point, from a
// landmark in cun (lateral/inferior on the whole figures, dx/dy on close-ups), ready to paste
// into a level. An author then works in the standard's terms, not in map units.
#pragma once

#include "core/BodyMap.h"

#include <string>
#include <vector>

namespace acq {

struct PointSuggestion {
    std::string landmark; // as a level names it: "psis" with bilateral, "L2", "mcp5"
    std::string regionId;
    bool closeUp = false;  // dx/dy instead of lateral/inferior
    bool bilateral = false;
    double lateral = 0.0;  // cun away from the midline
    double inferior = 0.0; // cun toward the feet
    double dx = 0.0, dy = 0.0;
};

// The landmarks nearest `at`, nearest first, at most `count` (the choice author mode cycles
// through: the standard often measures from another than the nearest).
std::vector<std::string> landmarksNear(const BodyMap& map, Vec2 at, std::size_t count);

// `at` measured from `landmarkId` in `region`'s cun. A landmark with both sides is written
// without its side, bilateral, and so is a point beside a midline landmark.
PointSuggestion suggestPoint(const BodyMap& map, const BodyRegion& region, Vec2 at, const std::string& landmarkId);

// `<point code="CODE" name="NAME" region=… landmark=… …><location>…</location></point>`, the
// offsets to 0.1 cun (what a click can tell), those that round to 0 left out.
std::string pointElement(const PointSuggestion& suggestion);

} // namespace acq
