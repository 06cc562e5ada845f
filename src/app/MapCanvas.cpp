#include "app/MapCanvas.h"

#include "app/Widgets.h"

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

sf::Vector2f MapCanvas::pixels(double cun, const std::string& regionId) const
{
    const BodyRegion* region = m_map->findRegion(regionId);
    const Vec2 units = (region ? region->scale : CunScale{}).toUnits({cun, cun});
    const double ppu = m_camera.pixelsPerUnit();
    return {static_cast<float>(units.x * ppu), static_cast<float>(units.y * ppu)};
}

void MapCanvas::drawMap(sf::RenderTarget& target) const
{
    const Rect& b = m_map->bounds;
    const sf::Vector2f topLeft = toScreen({b.x, b.y});
    const float ppu = static_cast<float>(m_camera.pixelsPerUnit());
    // Asked for at every draw: the cache keeps only the pictures in use.
    if (ArtPicture* picture = m_context.art.picture(m_map->artPath)) {
        const sf::Vector2f scale(ppu * static_cast<float>(b.width) / static_cast<float>(picture->width),
                                 ppu * static_cast<float>(b.height) / static_cast<float>(picture->height));
        for (ArtBand& band : picture->bands) {
            // The band's own rows only: the rows beside them are there for smoothing its edges.
            sf::Sprite sprite(*band.texture, sf::IntRect(0, static_cast<int>(band.rowsAbove),
                                                         static_cast<int>(picture->width), static_cast<int>(band.rows)));
            sprite.setPosition(topLeft.x, topLeft.y + static_cast<float>(band.top) * scale.y);
            sprite.setScale(scale);
            m_context.art.prepareToDraw(band, scale.x > 0.0f ? 1.0f / scale.x : 1.0f);
            target.draw(sprite);
        }
        m_context.theme.notePicture(target, {topLeft, {static_cast<float>(picture->width) * scale.x,
                                                       static_cast<float>(picture->height) * scale.y}});
        return;
    }
    // Without the picture the landmarks still show where things are.
    sf::RectangleShape frame({static_cast<float>(b.width) * ppu, static_cast<float>(b.height) * ppu});
    frame.setPosition(topLeft);
    frame.setFillColor(sf::Color(235, 230, 222));
    target.draw(frame);
    m_context.theme.notePicture(target, frame.getGlobalBounds()); // the art's place, whether it is in or not
    drawLandmarks(target, {}, false);
}

void MapCanvas::drawLandmarks(sf::RenderTarget& target, const std::vector<std::string>& names, bool labelled,
                              const std::vector<Vec2>& spots, sf::Vector2f ringPixels,
                              const std::vector<Rect>& labelsShown) const
{
    const Theme& theme = m_context.theme;
    constexpr float kSize = 12.0f;
    // A label's box: its width and one line, with a little room for the backing.
    auto measure = [&](const std::string& text) {
        return Vec2{theme.textWidth(text, kSize, FontStyle::Bold) + 6.0, theme.lineHeight(kSize) + 2.0};
    };
    const Rect& viewport = m_camera.viewport();
    const Vec2 origin = m_camera.toScreen({0.0, 0.0});
    const auto sameBoxes = [](const std::vector<Rect>& a, const std::vector<Rect>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Rect& p, const Rect& q) {
            return p.x == q.x && p.y == q.y && p.width == q.width && p.height == q.height;
        });
    };
    const bool same = m_labels && m_labels->names == names && m_labels->spots == spots &&
                      m_labels->ring == ringPixels && sameBoxes(m_labels->labelsShown, labelsShown) &&
                      m_labels->origin == origin &&
                      m_labels->pixelsPerUnit == m_camera.pixelsPerUnit() && m_labels->textScale == theme.scale() &&
                      m_labels->viewport.x == viewport.x && m_labels->viewport.y == viewport.y &&
                      m_labels->viewport.width == viewport.width && m_labels->viewport.height == viewport.height;
    if (!same) {
        std::vector<Rect> keepClear = labelsShown;
        for (Vec2 spot : spots)
            keepClear.push_back(ringArea(spot, ringPixels));
        m_labels = LabelCache{names, spots, ringPixels, labelsShown, viewport, origin, m_camera.pixelsPerUnit(), theme.scale(),
                              layoutLandmarkLabels(*m_map, m_camera, names, measure, keepClear)};
    }
    const std::vector<LandmarkLabel>& shown = m_labels->labels;
    for (const LandmarkLabel& l : shown)
        drawDiamond(target, {static_cast<float>(l.mark.x), static_cast<float>(l.mark.y)}, 7.0f, kLandmarkInk);
    if (!labelled)
        return;
    for (const LandmarkLabel& l : shown) {
        const Rect& box = l.label.box;
        const sf::Vector2f mark(static_cast<float>(l.mark.x), static_cast<float>(l.mark.y));
        // A label pushed away from its mark by its neighbours is tied to it by a thin line.
        const Vec2 nearest = nearestPointOf(box, l.mark);
        if (distance(nearest, l.mark) > 16.0)
            drawLine(target, mark, {static_cast<float>(nearest.x), static_cast<float>(nearest.y)}, kLandmarkInk, 1.0f);
        // An opaque backing: the art's lines under a label would weaken its contrast.
        drawPanel(target, theme, {static_cast<float>(box.x), static_cast<float>(box.y), static_cast<float>(box.width),
                                  static_cast<float>(box.height)},
                  colors::panel, colors::panel, 0.0f);
        theme.drawText(target, l.text, {static_cast<float>(box.x) + 3.0f, static_cast<float>(box.y) + 1.0f}, kSize,
                       kLandmarkInk, FontStyle::Bold);
    }
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

void MapCanvas::drawSpot(sf::RenderTarget& target, Vec2 spot, sf::Vector2f ringPixels, bool emphasised) const
{
    const sf::Vector2f s = toScreen(spot);
    drawOval(target, s, {std::max(ringPixels.x, 4.0f), std::max(ringPixels.y, 4.0f)}, emphasised ? colors::good : sf::Color(0, 114, 178, 120),
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

void MapCanvas::drawNamedSpot(sf::RenderTarget& target, Vec2 spot, sf::Vector2f ringPixels, const std::string& label) const
{
    const sf::Vector2f s = toScreen(spot);
    drawOval(target, s, {std::max(ringPixels.x, 4.0f), std::max(ringPixels.y, 4.0f)}, colors::bad, 2.0f,
             sf::Color(213, 94, 0, 40));
    drawRing(target, s, 4.0f, sf::Color::White, 1.5f, colors::bad);
    const float offset = std::max(ringPixels.x, 4.0f) + 4.0f;
    drawOnBacking(target, m_context.theme, label, {s.x + offset, s.y - 9.0f}, 14.0f, colors::bad, FontStyle::Bold);
}

Rect MapCanvas::ringArea(Vec2 spot, sf::Vector2f ringPixels) const
{
    const Vec2 s = m_camera.toScreen(spot);
    const double rx = std::max(ringPixels.x, 4.0f) + 3.0, ry = std::max(ringPixels.y, 4.0f) + 3.0;
    return {s.x - rx, s.y - ry, 2 * rx, 2 * ry};
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
