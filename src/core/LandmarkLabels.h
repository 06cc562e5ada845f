// The landmarks a map screen shows, with their names for the player, laid out so that no name
// covers another or a mark, or leaves the map's area on screen.
#pragma once

#include "core/BodyMap.h"
#include "core/LabelLayout.h"
#include "core/MapCamera.h"

#include <functional>
#include <string>
#include <vector>

namespace acq {

struct LandmarkLabel {
    std::string id;
    std::string text; // the learner's name ("PSIS, left")
    Vec2 mark;        // on screen
    PlacedLabel label;
};

// `ids`: the landmarks to show (all of the map's when empty); only those on screen are kept.
// `measure` gives a text's width and height in pixels as the screen will draw it.
std::vector<LandmarkLabel> layoutLandmarkLabels(const BodyMap& map, const MapCamera& camera,
                                                const std::vector<std::string>& ids,
                                                const std::function<Vec2(const std::string&)>& measure,
                                                const std::vector<Rect>& keepClear = {},
                                                const LabelLayoutStyle& style = {});

} // namespace acq
