#include "app/scenes/AuthorScene.h"

#include "app/Context.h"
#include "app/Shapes.h"
#include "app/Widgets.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace acq {

AuthorScene::AuthorScene(Context& context, const Level& level, std::ostream& out)
    : Scene(context)
    , m_level(level)
    , m_out(out)
    , m_canvases(makeCanvases(context, *level.placement()))
{
}

void AuthorScene::layout(sf::Vector2f size)
{
    m_size = size;
    const MapScreenLayout screen = mapScreenLayout(context().theme, size, 0.0f, 56.0f);
    for (auto& canvas : m_canvases)
        canvas->setViewport(screen.viewport);
}

std::optional<sf::Vector2f> AuthorScene::mapToScreen(Vec2 mapPoint) const { return canvas().toScreen(mapPoint); }

void AuthorScene::report(Vec2 at)
{
    // The nearest landmark, in the cun of the map's first region: enough to judge a position.
    const BodyMap& map = canvas().map();
    std::string nearest;
    double best = std::numeric_limits<double>::infinity();
    for (const auto& [name, where] : map.landmarks)
        if (const double d = distance(where, at); d < best) {
            best = d;
            nearest = name;
        }
    const CunScale scale = map.regions.empty() ? CunScale{} : map.regions.front().scale;
    char line[256];
    std::snprintf(line, sizeof line, "map %s: x=%.1f y=%.1f  nearest landmark %s, %.2f cun (%s)", map.id.c_str(), at.x,
                  at.y, nearest.c_str(), nearest.empty() ? 0.0 : scale.lengthInCun(at - *map.landmark(nearest)), map.regions.empty() ? "-" : map.regions.front().id.c_str());
    m_lastReport = line;
    m_lastClick = at;
    m_out << line << std::endl;
}

void AuthorScene::handleEvent(const sf::Event& event)
{
    if (canvas().navigate(event, canvas().toMap(centreOf(canvas().area()))))
        return;
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Escape: context().scenes.clear(); break;
        case sf::Keyboard::Tab:
        case sf::Keyboard::PageDown:
            m_map = (m_map + 1) % m_canvases.size();
            m_lastClick.reset();
            break;
        case sf::Keyboard::PageUp: m_map = (m_map + m_canvases.size() - 1) % m_canvases.size(); break;
        case sf::Keyboard::L: m_showLandmarks = !m_showLandmarks; break;
        default: break;
        }
        break;
    case sf::Event::MouseButtonPressed: {
        const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        if (event.mouseButton.button == sf::Mouse::Left && canvas().contains(p))
            report(canvas().toMap(p));
        break;
    }
    default:
        break;
    }
}

void AuthorScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const MapCanvas& view = canvas();
    {
        const ClipTo clip(target, view.area());
        view.drawMap(target);
        if (m_showLandmarks)
            view.drawLandmarks(target, {}, true);
        const PlacementLevel& level = *m_level.placement();
        for (const PointTarget& point : level.points) {
            if (point.map != m_map)
                continue;
            const sf::Vector2f ring = view.pixels(level.scoringOf(point).toleranceCun, point.regionId);
            for (Vec2 spot : point.spots) {
                view.drawSpot(target, spot, ring, true);
                const sf::Vector2f s = view.toScreen(spot);
                theme.drawText(target, point.label, {s.x + 8.0f, s.y + 4.0f}, 13.0f, colors::good, FontStyle::Bold);
            }
        }
        if (m_lastClick)
            drawCross(target, view.toScreen(*m_lastClick), 7.0f, colors::bad, 2.5f);
    }
    const float scale = theme.scale();
    drawPanel(target, theme, {0, 0, m_size.x, 56.0f * scale}, sf::Color(234, 229, 219), sf::Color(234, 229, 219), 0);
    theme.drawText(target, "Author: " + m_level.title + "  (map " + std::to_string(m_map + 1) + " of " +
                               std::to_string(m_canvases.size()) + ": " + view.map().title + ")",
                   {16.0f * scale, 8.0f * scale}, 18.0f, colors::text, FontStyle::Bold);
    theme.drawText(target, m_lastReport.empty() ? "Click to print map coordinates." : m_lastReport,
                   {16.0f * scale, 32.0f * scale}, 14.0f, colors::mutedText);
    drawFooter(target, theme, "Click: print coordinates    Tab: next map    L: landmarks    Wheel/+/-: zoom    Right-drag: pan    Esc: quit");
}

} // namespace acq
