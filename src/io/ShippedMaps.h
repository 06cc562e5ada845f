// The body maps the game ships (assets/maps/*.map.xml), loaded for the map reference an author
// reads: `acuquest --describe-maps` writes docs/maps.md from them.
#pragma once

#include "io/DataPaths.h"

#include <ostream>

namespace acq {

// Prints the reference of every shipped map (core/MapReference.h) to `out`; a map that does not
// load is reported to `problems` as file:line: message. Returns 0, or 1 when any map has errors.
int describeShippedMaps(const DataPaths& paths, std::ostream& out, std::ostream& problems);

} // namespace acq
