// A body map on screen: its picture, its camera (zoom, pan, fit to the window), and the marks
// every map screen draws over it (landmarks, true spots, the player's marks).
#pragma once

#include "core/LandmarkLabels.h"
#include "core/Level.h"
#include "core/MapCamera.h"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Window/Event.hpp>

#include <memory>
#include <optional>

#include <string>
#include <vector>

namespace acq {

struct Context;
class Theme;

class MapCanvas {
public:
    MapCanvas(Context& context, const LevelMap& levelMap);

    const BodyMap& map() const { return *m_map; }
    MapCamera& camera() { return m_camera; }
    const MapCamera& camera() const { return m_camera; }
    void setViewport(Rect viewport) { m_camera.setViewport(viewport); }
    bool contains(sf::Vector2f screenPoint) const;
    sf::FloatRect area() const;
    sf::Vector2f toScreen(Vec2 mapPoint) const;
    Vec2 toMap(sf::Vector2f screenPoint) const;
    // Pixels sideways and up-down for a distance in cun in a region, at the current zoom (a
    // region may have a different cun each way).
    sf::Vector2f pixels(double cun, const std::string& regionId) const;
    // Empty, or why the picture could not be shown (known once it was first drawn).
    std::string artProblem() const;

    void drawMap(sf::RenderTarget& target) const;
    // Landmarks with their names; all of the map's when `names` is empty. No name covers one of
    // `spots` (map points) within `ringPixels` of it, nor one of `labelsShown` (screen boxes of
    // other labels already placed).
    void drawLandmarks(sf::RenderTarget& target, const std::vector<std::string>& names, bool labelled,
                       const std::vector<Vec2>& spots = {}, sf::Vector2f ringPixels = {},
                       const std::vector<Rect>& labelsShown = {}) const;
    // Zoom and pan as every map screen offers them: the wheel zooms where it points, a right
    // or middle drag pans, + and - zoom about `keyZoomCentre` (map), 0 resets. True when the
    // event was one of these.
    bool navigate(const sf::Event& event, Vec2 keyZoomCentre);

    // The screen box that drawSpot's ring of `ringPixels` round `spot` (a map point) covers,
    // with its outline: what labels keep clear of.
    Rect ringArea(Vec2 spot, sf::Vector2f ringPixels) const;
    // A true spot with the full-marks ring of `toleranceCun` around it.
    void drawSpot(sf::RenderTarget& target, Vec2 spot, sf::Vector2f ringPixels, bool emphasised) const;
    // The player's mark in the colour of its verdict, joined to the spot it was scored against.
    void drawMark(sf::RenderTarget& target, Vec2 click, std::optional<Vec2> spot, sf::Color ink) const;
    // Another point of the level that a placement landed on: its spot, its ring, its label.
    void drawNamedSpot(sf::RenderTarget& target, Vec2 spot, sf::Vector2f ringPixels, const std::string& label) const;

private:
    Context& m_context;
    std::shared_ptr<const BodyMap> m_map;
    MapCamera m_camera;
    std::optional<sf::Vector2i> m_dragFrom; // while panning with the mouse
    // The last landmark labels laid out, and what they were laid out for: frames redraw far
    // more often than the view or the shown landmarks change.
    struct LabelCache {
        std::vector<std::string> names;
        std::vector<Vec2> spots;
        sf::Vector2f ring;
        std::vector<Rect> labelsShown;
        Rect viewport;
        Vec2 origin;
        double pixelsPerUnit = 0.0;
        float textScale = 0.0f;
        std::vector<LandmarkLabel> labels;
    };
    mutable std::optional<LabelCache> m_labels;
};

// One canvas per map of a placement level.
std::vector<std::unique_ptr<MapCanvas>> makeCanvases(Context& context, const PlacementLevel& level);

// The layout of a map screen: a header, the map on the left, a side panel on the right.
struct MapScreenLayout {
    sf::FloatRect panel;
    Rect viewport;
};
MapScreenLayout mapScreenLayout(const Theme& theme, sf::Vector2f size, float designPanelWidth, float designHeader);

} // namespace acq
