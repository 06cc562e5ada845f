// Reads the location attributes that <point> and <spot> share (landmark and cun offsets, or x
// and y), reporting what is missing, malformed or given in two ways at once.
#pragma once

#include "core/SpotResolution.h"
#include "io/ElementReader.h"

namespace acq {

// False when something is missing or malformed (already reported through `r`).
bool readPointLocation(ElementReader& r, const tinyxml2::XMLElement& el, PointLocation& where);

} // namespace acq
