#include "core/MapCamera.h"

#include <algorithm>

namespace acq {

MapCamera::MapCamera(Rect frame, Rect bounds)
    : m_frame(frame.width > 0 && frame.height > 0 ? frame : bounds)
    , m_bounds(bounds)
    , m_centre(m_frame.centre())
{
}

void MapCamera::setViewport(Rect viewport)
{
    m_viewport = viewport;
    m_viewport.width = std::max(1.0, viewport.width);
    m_viewport.height = std::max(1.0, viewport.height);
}

double MapCamera::pixelsPerUnit() const
{
    const double fit = std::min(m_viewport.width / m_frame.width, m_viewport.height / m_frame.height);
    return fit * m_zoom;
}

Vec2 MapCamera::toScreen(Vec2 mapPoint) const
{
    return m_viewport.centre() + (mapPoint - m_centre) * pixelsPerUnit();
}

Vec2 MapCamera::toMap(Vec2 screenPoint) const
{
    return m_centre + (screenPoint - m_viewport.centre()) * (1.0 / pixelsPerUnit());
}

void MapCamera::zoomAt(Vec2 screenPoint, double factor)
{
    if (!(factor > 0.0))
        return;
    const Vec2 anchor = toMap(screenPoint);
    m_zoom = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    // Move the centre so that `anchor` is again under `screenPoint`.
    m_centre = anchor - (screenPoint - m_viewport.centre()) * (1.0 / pixelsPerUnit());
    clampCentre();
}

void MapCamera::pan(Vec2 screenDelta)
{
    m_centre = m_centre - screenDelta * (1.0 / pixelsPerUnit());
    clampCentre();
}

void MapCamera::reset()
{
    m_zoom = 1.0;
    m_centre = m_frame.centre();
}

void MapCamera::clampCentre()
{
    // The figure can be dragged to the window's edge but never lost off screen.
    m_centre.x = std::clamp(m_centre.x, m_bounds.x, m_bounds.x + m_bounds.width);
    m_centre.y = std::clamp(m_centre.y, m_bounds.y, m_bounds.y + m_bounds.height);
}

} // namespace acq
