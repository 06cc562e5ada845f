#include "app/scenes/PlacementScene.h"

#include "app/Context.h"
#include "app/scenes/ResultsScene.h"
#include "core/Attempt.h"
#include "core/Scoring.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace acq {

namespace {

constexpr float kPanelWidth = 360.0f;
constexpr float kHeaderHeight = 56.0f;
constexpr float kKeyStepPixels = 6.0f;

sf::Vector2f toSf(Vec2 v) { return {static_cast<float>(v.x), static_cast<float>(v.y)}; }
Vec2 toVec(sf::Vector2f v) { return {v.x, v.y}; }

void drawRing(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color outline, float thickness,
              sf::Color fill = sf::Color::Transparent)
{
    sf::CircleShape circle(radius);
    circle.setOrigin(radius, radius);
    circle.setPosition(centre);
    circle.setFillColor(fill);
    circle.setOutlineColor(outline);
    circle.setOutlineThickness(thickness);
    target.draw(circle);
}

void drawLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness)
{
    const sf::Vector2f d = b - a;
    const float length = std::hypot(d.x, d.y);
    if (length < 0.5f)
        return;
    sf::RectangleShape line({length, thickness});
    line.setOrigin(0.0f, thickness / 2.0f);
    line.setPosition(a);
    line.setRotation(std::atan2(d.y, d.x) * 180.0f / 3.14159265f);
    line.setFillColor(color);
    target.draw(line);
}

void drawCross(sf::RenderTarget& target, sf::Vector2f c, float size, sf::Color color, float thickness)
{
    drawLine(target, {c.x - size, c.y - size}, {c.x + size, c.y + size}, color, thickness);
    drawLine(target, {c.x - size, c.y + size}, {c.x + size, c.y - size}, color, thickness);
}

} // namespace

PlacementScene::PlacementScene(Context& context, const Level& level)
    : Scene(context)
    , m_level(level)
    , m_round(level, context.clock.now())
    , m_camera(level.placement()->frame.value_or(level.placement()->map->bounds), level.placement()->map->bounds)
    , m_texture(context.art.texture(level.placement()->map->artPath))
    , m_artProblem(context.art.problem(level.placement()->map->artPath))
    , m_startedAt(utcTimestamp())
    , m_startTime(context.clock.now())
    , m_crosshair(m_camera.toMap(m_camera.viewport().centre()))
{
}

void PlacementScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const float panelWidth = std::min(kPanelWidth * scale, size.x * 0.45f);
    const float header = kHeaderHeight * scale;
    const float footer = context().theme.lineHeight(15.0f) + 12.0f;
    m_panel = {size.x - panelWidth, header, panelWidth, size.y - header - footer};
    const Vec2 keepCrosshair = m_crosshair;
    const bool firstLayout = m_camera.viewport().width <= 1.0;
    m_camera.setViewport({0.0, header, std::max(1.0f, size.x - panelWidth), std::max(1.0f, size.y - header - footer)});
    m_crosshair = firstLayout ? m_camera.toMap(m_camera.viewport().centre()) : keepCrosshair;
    const float pad = 16.0f * scale;
    m_actionButton.rect = {m_panel.left + pad, m_panel.top + m_panel.height - 56.0f * scale, m_panel.width - 2 * pad,
                           42.0f * scale};
}

std::optional<sf::Vector2f> PlacementScene::mapToScreen(Vec2 mapPoint) const
{
    return toSf(m_camera.toScreen(mapPoint));
}

std::optional<sf::Vector2f> PlacementScene::locate(const std::string& target) const
{
    if (target == "next" || target == "skip")
        return centreOf(m_actionButton.rect);
    return std::nullopt;
}

bool PlacementScene::inMap(sf::Vector2f p) const
{
    const Rect& v = m_camera.viewport();
    return p.x >= v.x && p.y >= v.y && p.x < v.x + v.width && p.y < v.y + v.height;
}

void PlacementScene::placeAt(Vec2 mapPoint)
{
    m_crosshair = mapPoint;
    m_round.place(mapPoint, context().clock.now());
}

void PlacementScene::skip() { m_round.skip(context().clock.now()); }

void PlacementScene::advance()
{
    m_round.next(context().clock.now());
    if (m_round.phase() == PlacementRound::Phase::Finished)
        finish(true);
}

void PlacementScene::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    Context& ctx = context();
    Attempt attempt = attemptFrom(m_round, m_level.id, m_startedAt, ctx.clock.now() - m_startTime);
    attempt.completed = completed;
    if (!completed && attempt.items.empty()) {
        ctx.scenes.pop(); // nothing answered: nothing to keep
        return;
    }
    ctx.session.record(attempt);
    if (!completed) {
        ctx.scenes.pop();
        return;
    }
    ResultsData results = ResultsData::fromPlacement(m_level, m_round, attempt);
    ctx.scenes.pop();
    ctx.scenes.push([&ctx, results] { return std::make_unique<ResultsScene>(ctx, results); });
}

void PlacementScene::moveCrosshair(Vec2 screenDelta)
{
    m_crosshairShown = true;
    m_crosshair = m_crosshair + screenDelta * (1.0 / m_camera.pixelsPerUnit());
    const Rect& b = m_round.map().bounds;
    m_crosshair.x = std::clamp(m_crosshair.x, b.x, b.x + b.width);
    m_crosshair.y = std::clamp(m_crosshair.y, b.y, b.y + b.height);
    keepCrosshairVisible();
}

void PlacementScene::keepCrosshairVisible()
{
    // Pan so the cross-hair stays a margin inside the map area, as a keyboard player expects.
    const Rect& v = m_camera.viewport();
    const Vec2 s = m_camera.toScreen(m_crosshair);
    const double margin = 40.0;
    Vec2 shift;
    if (s.x < v.x + margin) shift.x = s.x - (v.x + margin);
    if (s.x > v.x + v.width - margin) shift.x = s.x - (v.x + v.width - margin);
    if (s.y < v.y + margin) shift.y = s.y - (v.y + margin);
    if (s.y > v.y + v.height - margin) shift.y = s.y - (v.y + v.height - margin);
    if (shift.x != 0.0 || shift.y != 0.0)
        m_camera.pan(shift * -1.0);
}

void PlacementScene::handleKey(const sf::Event::KeyEvent& key)
{
    const float step = kKeyStepPixels * (key.shift ? 5.0f : 1.0f);
    const bool asking = m_round.phase() == PlacementRound::Phase::Asking;
    switch (key.code) {
    case sf::Keyboard::Escape: finish(false); break;
    case sf::Keyboard::Left: if (asking) moveCrosshair({-step, 0}); break;
    case sf::Keyboard::Right: if (asking) moveCrosshair({step, 0}); break;
    case sf::Keyboard::Up: if (asking) moveCrosshair({0, -step}); break;
    case sf::Keyboard::Down: if (asking) moveCrosshair({0, step}); break;
    case sf::Keyboard::Enter:
    case sf::Keyboard::Space:
        if (asking)
            placeAt(m_crosshair);
        else
            advance();
        break;
    case sf::Keyboard::S: if (asking) skip(); break;
    case sf::Keyboard::Add:
    case sf::Keyboard::Equal: m_camera.zoomAt(m_camera.toScreen(m_crosshair), 1.25); break;
    case sf::Keyboard::Subtract:
    case sf::Keyboard::Hyphen: m_camera.zoomAt(m_camera.toScreen(m_crosshair), 0.8); break;
    case sf::Keyboard::Num0:
    case sf::Keyboard::Numpad0: m_camera.reset(); break;
    default: break;
    }
}

void PlacementScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        handleKey(event.key);
        break;
    case sf::Event::MouseMoved: {
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        if (m_dragging) {
            const sf::Vector2i now(event.mouseMove.x, event.mouseMove.y);
            m_camera.pan({static_cast<double>(now.x - m_dragFrom.x), static_cast<double>(now.y - m_dragFrom.y)});
            m_dragFrom = now;
        } else if (inMap(p) && m_round.phase() == PlacementRound::Phase::Asking) {
            m_crosshair = m_camera.toMap(toVec(p));
            m_crosshairShown = true;
        }
        break;
    }
    case sf::Event::MouseButtonPressed: {
        const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        if (event.mouseButton.button == sf::Mouse::Left) {
            if (m_actionButton.rect.contains(p)) {
                if (m_round.phase() == PlacementRound::Phase::Asking)
                    skip();
                else
                    advance();
            } else if (inMap(p) && m_round.phase() == PlacementRound::Phase::Asking) {
                placeAt(m_camera.toMap(toVec(p)));
            }
        } else if (inMap(p)) { // right or middle button drags the map
            m_dragging = true;
            m_dragFrom = {event.mouseButton.x, event.mouseButton.y};
        }
        break;
    }
    case sf::Event::MouseButtonReleased:
        if (event.mouseButton.button != sf::Mouse::Left)
            m_dragging = false;
        break;
    case sf::Event::MouseWheelScrolled: {
        const sf::Vector2f p(static_cast<float>(event.mouseWheelScroll.x), static_cast<float>(event.mouseWheelScroll.y));
        if (inMap(p))
            m_camera.zoomAt(toVec(p), std::pow(1.2, static_cast<double>(event.mouseWheelScroll.delta)));
        break;
    }
    default:
        break;
    }
}

void PlacementScene::drawMap(sf::RenderTarget& target) const
{
    const BodyMap& map = m_round.map();
    const Vec2 topLeft = m_camera.toScreen({map.bounds.x, map.bounds.y});
    const float ppu = static_cast<float>(m_camera.pixelsPerUnit());
    if (m_texture) {
        sf::Sprite sprite(*m_texture);
        sprite.setPosition(toSf(topLeft));
        sprite.setScale(ppu * static_cast<float>(map.bounds.width) / static_cast<float>(m_texture->getSize().x),
                        ppu * static_cast<float>(map.bounds.height) / static_cast<float>(m_texture->getSize().y));
        target.draw(sprite);
    } else {
        // Without the picture the landmarks still show where things are.
        sf::RectangleShape frame({static_cast<float>(map.bounds.width) * ppu, static_cast<float>(map.bounds.height) * ppu});
        frame.setPosition(toSf(topLeft));
        frame.setFillColor(sf::Color(235, 230, 222));
        target.draw(frame);
        for (const auto& [name, point] : map.landmarks)
            drawRing(target, toSf(m_camera.toScreen(point)), 3.0f, colors::mutedText, 1.0f);
    }
}

void PlacementScene::drawFeedbackMarks(sf::RenderTarget& target) const
{
    const Placement* placement = m_round.lastPlacement();
    if (!placement || m_round.phase() != PlacementRound::Phase::Feedback)
        return;
    const Theme& theme = context().theme;
    const PointTarget& point = m_round.current();
    const BodyMap& map = m_round.map();
    const double unitsPerCun = m_round.unitsPerCun(point);
    const float ppu = static_cast<float>(m_camera.pixelsPerUnit());

    // The landmarks the location is measured from, labelled: this is what the player should
    // learn to find.
    for (const std::string& name : point.landmarks) {
        if (const auto where = map.landmark(name)) {
            const sf::Vector2f s = toSf(m_camera.toScreen(*where));
            sf::RectangleShape diamond({8.0f, 8.0f});
            diamond.setOrigin(4.0f, 4.0f);
            diamond.setRotation(45.0f);
            diamond.setPosition(s);
            diamond.setFillColor(sf::Color(120, 60, 160));
            target.draw(diamond);
            theme.drawText(target, name, {s.x + 8.0f, s.y - 9.0f}, 13.0f, sf::Color(90, 40, 130), FontStyle::Bold);
        }
    }
    const float tolerance = static_cast<float>(m_round.level().scoring.toleranceCun * unitsPerCun) * ppu;
    for (Vec2 spot : point.spots) {
        const sf::Vector2f s = toSf(m_camera.toScreen(spot));
        const bool scored = spot == placement->spot;
        drawRing(target, s, std::max(tolerance, 4.0f), scored ? colors::good : sf::Color(0, 114, 178, 120),
                 scored ? 2.0f : 1.0f, sf::Color(0, 114, 178, 40));
        drawRing(target, s, 4.0f, sf::Color::White, 1.5f, colors::good);
    }
    if (placement->click) {
        const sf::Vector2f c = toSf(m_camera.toScreen(*placement->click));
        const sf::Vector2f s = toSf(m_camera.toScreen(placement->spot));
        drawLine(target, c, s, sf::Color(60, 60, 60, 200), 2.0f);
        drawCross(target, c, 7.0f, sf::Color::White, 5.0f);
        drawCross(target, c, 7.0f, colors::bad, 2.5f);
    }
}

void PlacementScene::drawCrosshair(sf::RenderTarget& target) const
{
    if (m_round.phase() != PlacementRound::Phase::Asking)
        return;
    const sf::Vector2f c = toSf(m_camera.toScreen(m_crosshair));
    if (!inMap(c))
        return;
    const sf::Color ink = m_crosshairShown ? colors::accent : sf::Color(34, 102, 170, 110);
    drawLine(target, {c.x - 16, c.y}, {c.x - 4, c.y}, ink, 2.0f);
    drawLine(target, {c.x + 4, c.y}, {c.x + 16, c.y}, ink, 2.0f);
    drawLine(target, {c.x, c.y - 16}, {c.x, c.y - 4}, ink, 2.0f);
    drawLine(target, {c.x, c.y + 4}, {c.x, c.y + 16}, ink, 2.0f);
    drawRing(target, c, 2.0f, ink, 1.0f, ink);
}

void PlacementScene::drawPanel(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float pad = 16.0f * scale;
    acq::drawPanel(target, m_panel, colors::panel);
    const float x = m_panel.left + pad;
    const float width = m_panel.width - 2 * pad;
    float y = m_panel.top + pad;

    if (m_round.phase() == PlacementRound::Phase::Asking) {
        const PointTarget& point = m_round.current();
        theme.drawText(target, "Place", {x, y}, 16.0f, colors::mutedText);
        y += theme.lineHeight(16.0f);
        theme.drawText(target, point.code, {x, y}, 40.0f, colors::accent, FontStyle::Bold);
        y += theme.lineHeight(40.0f);
        theme.drawText(target, point.name, {x, y}, 22.0f, colors::text);
        y += theme.lineHeight(22.0f) + 12.0f * scale;
        y += theme.drawWrapped(target,
                               "Click where this point lies, or move the cross-hair with the arrow keys "
                               "(Shift: faster) and press Enter.",
                               {x, y}, width, 15.0f, colors::mutedText);
        y += 8.0f * scale;
        theme.drawWrapped(target, "Wheel or +/-: zoom.  Right-drag: move the map.  0: reset the view.", {x, y},
                          width, 14.0f, colors::mutedText);
    } else if (const Placement* placement = m_round.lastPlacement()) {
        const PointTarget& point = m_round.current();
        theme.drawText(target, point.code + "  " + point.name, {x, y}, 22.0f, colors::text, FontStyle::Bold);
        y += theme.lineHeight(22.0f) + 4.0f * scale;
        const double max = m_round.level().scoring.maxPoints;
        const bool full = placement->click && placement->points >= max;
        const sf::Color verdict = full ? colors::good : colors::bad;
        std::string headline;
        if (!placement->click)
            headline = "Skipped: 0 points";
        else {
            char distance[32];
            std::snprintf(distance, sizeof distance, "%.1f", placement->distanceCun);
            headline = std::string(full ? "Well placed! " : "") + distance + " cun away: " +
                       formatScore(placement->points) + " of " + formatScore(max) + " points";
        }
        y += theme.drawWrapped(target, headline, {x, y}, width, 18.0f, verdict, FontStyle::Bold);
        if (placement->click && placement->miss != "right on the spot")
            y += theme.drawWrapped(target, "Your mark was " + placement->miss + ".", {x, y}, width, 15.0f, colors::text);
        y += 10.0f * scale;
        theme.drawText(target, "Where it is", {x, y}, 15.0f, colors::mutedText, FontStyle::Bold);
        y += theme.lineHeight(15.0f);
        y += theme.drawWrapped(target, point.location, {x, y}, width, 15.0f, colors::text);
        if (!point.caution.empty()) {
            y += 8.0f * scale;
            theme.drawText(target, "Caution", {x, y}, 15.0f, colors::bad, FontStyle::Bold);
            y += theme.lineHeight(15.0f);
            y += theme.drawWrapped(target, point.caution, {x, y}, width, 15.0f, colors::text);
        }
        y += 8.0f * scale;
        theme.drawWrapped(target, "The ring shows the full-marks zone (" +
                                      formatCun(m_round.level().scoring.toleranceCun) + " cun).",
                          {x, y}, width, 13.0f, colors::mutedText);
    }

    Button button = m_actionButton;
    const bool asking = m_round.phase() == PlacementRound::Phase::Asking;
    button.id = asking ? "skip" : "next";
    button.label = asking ? "Skip this point (S)" : (m_round.index() + 1 == m_round.count() ? "See results (Enter)" : "Next point (Enter)");
    drawButton(target, theme, button, !asking);
}

void PlacementScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    drawMap(target);
    drawFeedbackMarks(target);
    drawCrosshair(target);
    drawPanel(target);

    // Header last, so the map slides under it when panned.
    acq::drawPanel(target, {0, 0, m_size.x, kHeaderHeight * scale}, sf::Color(234, 229, 219), sf::Color(234, 229, 219), 0);
    theme.drawText(target, m_level.title, {16.0f * scale, 12.0f * scale}, 22.0f, colors::text, FontStyle::Bold);
    const std::size_t shown = std::min(m_round.index() + 1, m_round.count());
    const std::string progress = "Point " + std::to_string(shown) + " of " + std::to_string(m_round.count()) +
                                 "     Score " + formatScore(m_round.score());
    const float w = theme.textWidth(progress, 17.0f, FontStyle::Bold);
    theme.drawText(target, progress, {m_size.x - w - 16.0f * scale, 16.0f * scale}, 17.0f, colors::text, FontStyle::Bold);
    if (!m_artProblem.empty())
        theme.drawWrapped(target, "The body picture is missing: " + m_artProblem, {16.0f * scale, 70.0f * scale},
                          m_panel.left - 32.0f * scale, 15.0f, colors::broken);
    drawFooter(target, theme,
               m_round.phase() == PlacementRound::Phase::Asking
                   ? "Click or arrows + Enter: place    S: skip    Wheel, +/-: zoom    Esc: back to the menu"
                   : "Enter or Next: continue    Esc: back to the menu");
}

} // namespace acq
