// Where the keyboard cross-hair starts on a body map: somewhere that tells nothing about the
// answer (the middle of the view sat on BL40 in "Back of the knee" and won full marks).
#pragma once

#include "core/Level.h"
#include "core/MapCamera.h"

namespace acq {

// Margin, in pixels, kept between the cross-hair and the edge of the view.
constexpr double kCrosshairMarginPixels = 40.0;

// Of the view's corners and edge midpoints (inset by the margin, within the map), the one
// farthest, in cun, from every spot of the level's points on `map`: off the figure, where a
// placement earns nothing.
Vec2 crosshairStart(const MapCamera& camera, const PlacementLevel& level, std::size_t map);

} // namespace acq
