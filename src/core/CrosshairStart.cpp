#include "core/CrosshairStart.h"

#include <algorithm>
#include <limits>

namespace acq {

Vec2 crosshairStart(const MapCamera& camera, const PlacementLevel& level, std::size_t map)
{
    const Rect& v = camera.viewport();
    const Rect& bounds = level.maps.at(map).map->bounds;
    const double m = std::min(kCrosshairMarginPixels, std::min(v.width, v.height) / 2.0);
    const double xs[] = {v.x + m, v.x + v.width / 2.0, v.x + v.width - m};
    const double ys[] = {v.y + m, v.y + v.height / 2.0, v.y + v.height - m};
    Vec2 best = camera.toMap(v.centre());
    double bestClearance = -1.0;
    for (double x : xs)
        for (double y : ys) {
            if (x == xs[1] && y == ys[1])
                continue; // the middle of the view is where the eye, and often a point, is
            Vec2 candidate = camera.toMap({x, y});
            candidate.x = std::clamp(candidate.x, bounds.x, bounds.x + bounds.width);
            candidate.y = std::clamp(candidate.y, bounds.y, bounds.y + bounds.height);
            double clearance = std::numeric_limits<double>::infinity();
            for (const PointTarget& point : level.points) {
                if (point.map != map)
                    continue;
                for (Vec2 spot : point.spots)
                    clearance = std::min(clearance, level.cunScale(point).lengthInCun(spot - candidate));
            }
            if (clearance > bestClearance) {
                bestClearance = clearance;
                best = candidate;
            }
        }
    return best;
}

} // namespace acq
