// The loader's words for a location that cannot be placed (core/SpotResolution): what is wrong,
// and what to write instead.
#pragma once

#include "core/BodyMap.h"
#include "core/SpotResolution.h"

#include <string>

namespace acq {

// The message after `<point code="…">: `, e.g. `landmark "C7" (in "toward") is not in the map
// "back"; did you mean "C6"?`.
std::string spotProblemText(const SpotProblem& problem, const PointLocation& where, const BodyMap& map);

} // namespace acq
