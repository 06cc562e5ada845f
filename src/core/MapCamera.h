// Which part of a body map is on screen, and the conversions between map and screen.
// Uniform scale on both axes, so markers stay on their anatomical spot at any window shape.
#pragma once

#include "core/Vec2.h"

namespace acq {

class MapCamera {
public:
    // `frame`: the part of the map to show first; `bounds`: the whole map.
    MapCamera(Rect frame, Rect bounds);

    // The screen rectangle (pixels) the map is drawn into.
    void setViewport(Rect viewport);
    const Rect& viewport() const { return m_viewport; }

    Vec2 toScreen(Vec2 mapPoint) const;
    Vec2 toMap(Vec2 screenPoint) const;
    double pixelsPerUnit() const;
    double zoom() const { return m_zoom; }

    // Zooms by `factor`, keeping the map point under `screenPoint` where it is.
    void zoomAt(Vec2 screenPoint, double factor);
    // Moves the view by a drag of `screenDelta` pixels.
    void pan(Vec2 screenDelta);
    void reset();

    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 8.0;

private:
    void clampCentre();

    Rect m_frame;
    Rect m_bounds;
    Rect m_viewport{0, 0, 1, 1};
    Vec2 m_centre;
    double m_zoom = 1.0;
};

} // namespace acq
