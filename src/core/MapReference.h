// The reference of the shipped body maps an author writes levels from (docs/maps.md): each map's
// view, its regions with where their cun comes from, and every landmark in words with its sides.
// Generated from the maps themselves (acuquest --describe-maps), so it cannot drift from them.
#pragma once

#include "core/BodyMap.h"

#include <string>
#include <vector>

namespace acq {

struct DescribedMap {
    std::string reference; // how a level names it: "assets:maps/back.map.xml"
    const BodyMap* map = nullptr;
};

// Markdown, one section per map in the order given.
std::string describeMaps(const std::vector<DescribedMap>& maps);

} // namespace acq
