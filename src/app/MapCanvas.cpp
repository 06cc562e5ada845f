#include "app/MapCanvas.h"

#include "app/Context.h"
#include "app/Shapes.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>

#include <algorithm>
#include <cmath>

namespace acq {

namespace {
const sf::Color kLandmarkInk(110, 50, 150);
}

MapCanvas::MapCanvas(Context& context, const LevelMap& levelMap)
    : m_context(context)
    , m_map(levelMap.map)
    , m_camera(levelMap.frame.value_or(levelMap.map->bounds), levelMap.map->bounds)
{
}

std::string MapCanvas::artProblem() const { return m_context.art.problem(m_map->artPath); }

bool MapCanvas::contains(sf::Vector2f p) const
{
    const Rect& v = m_camera.viewport();
    return p.x >= v.x && p.y >= v.y && p.x < v.x + v.width && p.y < v.y + v.height;
}

sf::FloatRect MapCanvas::area() const
{
    const Rect& v = m_camera.viewport();
    return {static_cast<float>(v.x), static_cast<float>(v.y), static_cast<float>(v.width), static_cast<float>(v.height)};
}

sf::Vector2f MapCanvas::toScreen(Vec2 mapPoint) const
{
    const Vec2 s = m_camera.toScreen(mapPoint);
    return {static_cast<float>(s.x), static_cast<float>(s.y)};
}

Vec2 MapCanvas::toMap(sf::Vector2f screenPoint) const
{
    return m_camera.toMap({screenPoint.x, screenPoint.y});
}

float MapCanvas::pixels(double cun, const std::string& regionId) const
{
    const BodyRegion* region = m_map->findRegion(regionId);
    return static_cast<float>(cun * (region ? region->unitsPerCun : 1.0) * m_camera.pixelsPerUnit());
}

void MapCanvas::drawMap(sf::RenderTarget& target) const
{
    const Rect& b = m_map->bounds;
    const sf::Vector2f topLeft = toScreen({b.x, b.y});
    const float ppu = static_cast<float>(m_camera.pixelsPerUnit());
    // Asked for at every draw: the cache keeps only the pictures in use.
    if (const sf::Texture* texture = m_context.art.texture(m_map->artPath)) {
        sf::Sprite sprite(*texture);
        sprite.setPosition(topLeft);
        const float scale = ppu * static_cast<float>(b.width) / static_cast<float>(texture->getSize().x);
        sprite.setScale(scale, ppu * static_cast<float>(b.height) / static_cast<float>(texture->getSize().y));
        m_context.art.prepareToDraw(*texture, scale > 0.0f ? 1.0f / scale : 1.0f);
        target.draw(sprite);
        return;
    }
    // Without the picture the landmarks still show where things are.
    sf::RectangleShape frame({static_cast<float>(b.width) * ppu, static_cast<float>(b.height) * ppu});
    frame.setPosition(topLeft);
    frame.setFillColor(sf::Color(235, 230, 222));
    target.draw(frame);
    drawLandmarks(target, {}, false);
}

void MapCanvas::drawLandmarks(sf::RenderTarget& target, const std::vector<std::string>& names, bool labelled) const
{
    const Theme& theme = m_context.theme;
    auto one = [&](const std::string& name, Vec2 where) {
        const sf::Vector2f s = toScreen(where);
        if (!contains(s))
            return;
        drawDiamond(target, s, 7.0f, kLandmarkInk);
        if (labelled)
            theme.drawText(target, name, {s.x + 7.0f, s.y - 8.0f}, 12.0f, kLandmarkInk, FontStyle::Bold);
    };
    if (names.empty()) {
        for (const auto& [name, where] : m_map->landmarks)
            one(name, where);
        return;
    }
    for (const std::string& name : names)
        if (const auto where = m_map->landmark(name))
            one(name, *where);
}

bool MapCanvas::navigate(const sf::Event& event, Vec2 keyZoomCentre)
{
    switch (event.type) {
    case sf::Event::MouseWheelScrolled: {
        const sf::Vector2f p(static_cast<float>(event.mouseWheelScroll.x), static_cast<float>(event.mouseWheelScroll.y));
        if (!contains(p))
            return false;
        m_camera.zoomAt({p.x, p.y}, std::pow(1.2, static_cast<double>(event.mouseWheelScroll.delta)));
        return true;
    }
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left ||
            !contains({static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)}))
            return false;
        m_dragFrom = sf::Vector2i(event.mouseButton.x, event.mouseButton.y);
        return true;
    case sf::Event::MouseButtonReleased:
        if (event.mouseButton.button == sf::Mouse::Left || !m_dragFrom)
            return false;
        m_dragFrom.reset();
        return true;
    case sf::Event::MouseMoved: {
        if (!m_dragFrom)
            return false;
        const sf::Vector2i now(event.mouseMove.x, event.mouseMove.y);
        m_camera.pan({static_cast<double>(now.x - m_dragFrom->x), static_cast<double>(now.y - m_dragFrom->y)});
        m_dragFrom = now;
        return true;
    }
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal: m_camera.zoomAt(m_camera.toScreen(keyZoomCentre), 1.25); return true;
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen: m_camera.zoomAt(m_camera.toScreen(keyZoomCentre), 0.8); return true;
        case sf::Keyboard::Num0:
        case sf::Keyboard::Numpad0: m_camera.reset(); return true;
        default: return false;
        }
    default:
        return false;
    }
}

void MapCanvas::drawSpot(sf::RenderTarget& target, Vec2 spot, float ringPixels, bool emphasised) const
{
    const sf::Vector2f s = toScreen(spot);
    drawRing(target, s, std::max(ringPixels, 4.0f), emphasised ? colors::good : sf::Color(0, 114, 178, 120),
             emphasised ? 2.0f : 1.0f, sf::Color(0, 114, 178, 40));
    drawRing(target, s, 4.0f, sf::Color::White, 1.5f, colors::good);
}

void MapCanvas::drawMark(sf::RenderTarget& target, Vec2 click, std::optional<Vec2> spot, sf::Color ink) const
{
    const sf::Vector2f c = toScreen(click);
    if (spot)
        drawLine(target, c, toScreen(*spot), sf::Color(60, 60, 60, 200), 2.0f);
    drawCross(target, c, 7.0f, sf::Color::White, 5.0f);
    drawCross(target, c, 7.0f, ink, 2.5f);
}

void MapCanvas::drawNamedSpot(sf::RenderTarget& target, Vec2 spot, float ringPixels, const std::string& label) const
{
    const sf::Vector2f s = toScreen(spot);
    drawRing(target, s, std::max(ringPixels, 4.0f), colors::bad, 2.0f, sf::Color(213, 94, 0, 40));
    drawRing(target, s, 4.0f, sf::Color::White, 1.5f, colors::bad);
    const float offset = std::max(ringPixels, 4.0f) + 4.0f;
    m_context.theme.drawText(target, label, {s.x + offset, s.y - 9.0f}, 14.0f, colors::bad, FontStyle::Bold);
}

std::vector<std::unique_ptr<MapCanvas>> makeCanvases(Context& context, const PlacementLevel& level)
{
    std::vector<std::unique_ptr<MapCanvas>> canvases;
    for (const LevelMap& levelMap : level.maps)
        canvases.push_back(std::make_unique<MapCanvas>(context, levelMap));
    return canvases;
}

MapScreenLayout mapScreenLayout(const Theme& theme, sf::Vector2f size, float designPanelWidth, float designHeader)
{
    const float scale = theme.scale();
    const float panelWidth = designPanelWidth > 0.0f ? std::min(designPanelWidth * scale, size.x * 0.45f) : 0.0f;
    const float header = designHeader * scale;
    const float footer = theme.lineHeight(15.0f) + 12.0f;
    MapScreenLayout layout;
    layout.panel = {size.x - panelWidth, header, panelWidth, size.y - header - footer};
    layout.viewport = {0.0, header, std::max(1.0f, size.x - panelWidth), std::max(1.0f, size.y - header - footer)};
    return layout;
}

} // namespace acq
