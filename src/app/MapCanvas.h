// A body map on screen: its picture, its camera (zoom, pan, fit to the window), and the marks
// every map screen draws over it (landmarks, true spots, the player's marks).
#pragma once

#include "core/Level.h"
#include "core/MapCamera.h"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <string>
#include <vector>

namespace acq {

struct Context;

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
    // Pixels for a distance in cun in a region, at the current zoom.
    float pixels(double cun, const std::string& regionId) const;
    // Empty, or why the picture could not be shown.
    const std::string& artProblem() const { return m_artProblem; }

    void drawMap(sf::RenderTarget& target) const;
    // Landmarks with their names; all of the map's when `names` is empty.
    void drawLandmarks(sf::RenderTarget& target, const std::vector<std::string>& names, bool labelled) const;
    // A true spot with the full-marks ring of `toleranceCun` around it.
    void drawSpot(sf::RenderTarget& target, Vec2 spot, float ringPixels, bool emphasised) const;
    // The player's mark, joined to the spot it was scored against.
    void drawMark(sf::RenderTarget& target, Vec2 click, std::optional<Vec2> spot) const;

private:
    Context& m_context;
    std::shared_ptr<const BodyMap> m_map;
    MapCamera m_camera;
    const sf::Texture* m_texture;
    std::string m_artProblem;
};

} // namespace acq
