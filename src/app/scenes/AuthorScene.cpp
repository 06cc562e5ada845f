#include "app/scenes/AuthorScene.h"

#include "app/Context.h"
#include "app/Shapes.h"
#include "app/Widgets.h"
#include "core/LabelLayout.h"
#include "core/PointSuggestion.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace acq {

namespace {
constexpr float kCodeSize = 13.0f; // a point's code beside its ring
} // namespace

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

// The region a new point here would be scored in: that of the level's point nearest the click on
// this map (the level knows which part of the body it teaches), else the map's first.
const BodyRegion* AuthorScene::regionNear(Vec2 at) const
{
    const BodyMap& map = canvas().map();
    const BodyRegion* best = map.regions.empty() ? nullptr : &map.regions.front();
    double nearest = std::numeric_limits<double>::infinity();
    for (const PointTarget& point : m_level.placement()->points) {
        if (point.map != m_map)
            continue;
        for (Vec2 spot : point.spots)
            if (const double d = distance(spot, at); d < nearest)
                if (const BodyRegion* region = map.findRegion(point.regionId)) {
                    nearest = d;
                    best = region;
                }
    }
    return best;
}

void AuthorScene::report(Vec2 at)
{
    m_lastClick = at;
    m_nearLandmarks = landmarksNear(canvas().map(), at, kLandmarkChoices);
    m_landmarkChoice = 0;
    describeClick();
}

// Prints the click as a ready <point> element measured from the chosen landmark.
void AuthorScene::describeClick()
{
    if (!m_lastClick || m_nearLandmarks.empty())
        return;
    const BodyMap& map = canvas().map();
    const BodyRegion* region = regionNear(*m_lastClick);
    if (!region)
        return;
    const std::string& landmark = m_nearLandmarks[m_landmarkChoice];
    const PointSuggestion suggestion = suggestPoint(map, *region, *m_lastClick, landmark);
    char where[96];
    std::snprintf(where, sizeof where, "map %s: x=%.1f y=%.1f", map.id.c_str(), m_lastClick->x, m_lastClick->y);
    m_lastReport = std::string(where) + ", from " + map.landmarkName(landmark) + " (landmark " +
                   std::to_string(m_landmarkChoice + 1) + " of " + std::to_string(m_nearLandmarks.size()) + " nearest; N: next)";
    m_lastElement = pointElement(suggestion);
    m_out << m_lastReport << '\n' << "  " << m_lastElement << std::endl;
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
            m_nearLandmarks.clear();
            break;
        case sf::Keyboard::PageUp: m_map = (m_map + m_canvases.size() - 1) % m_canvases.size(); break;
        case sf::Keyboard::L: m_showLandmarks = !m_showLandmarks; break;
        case sf::Keyboard::N:
            // The standard often measures from another landmark than the nearest one.
            if (!m_nearLandmarks.empty()) {
                m_landmarkChoice = (m_landmarkChoice + 1) % m_nearLandmarks.size();
                describeClick();
            }
            break;
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
        // The level's points on this map, each code laid out beside its ring, clear of every ring
        // and code (core/LabelLayout); then the landmarks' names clear of both, since an author
        // reads a point against the landmarks it is measured from.
        const PlacementLevel& level = *m_level.placement();
        std::vector<Vec2> spots;
        std::vector<sf::Vector2f> rings;
        std::vector<LabelRequest> requests;
        std::vector<const std::string*> codes;
        std::vector<Rect> marks;
        sf::Vector2f widestRing;
        for (const PointTarget& point : level.points) {
            if (point.map != m_map)
                continue;
            const sf::Vector2f ring = view.pixels(level.scoringOf(point).toleranceCun, point.regionId);
            widestRing = {std::max(widestRing.x, ring.x), std::max(widestRing.y, ring.y)};
            for (Vec2 spot : point.spots) {
                const sf::Vector2f s = view.toScreen(spot);
                spots.push_back(spot);
                rings.push_back(ring);
                marks.push_back(view.ringArea(spot, ring));
                requests.push_back({{s.x, s.y},
                                    {theme.textWidth(point.label, kCodeSize, FontStyle::Bold) + 6.0,
                                     theme.lineHeight(kCodeSize) + 2.0}});
                codes.push_back(&point.label);
            }
        }
        const sf::FloatRect area = view.area();
        LabelLayoutStyle style;
        style.gap = 2.0;
        style.markRadius = 0.0; // each ring is in `marks`, at its own size
        const std::vector<PlacedLabel> placed =
            layoutLabels(requests, {area.left, area.top, area.width, area.height}, style, marks);
        if (m_showLandmarks) {
            std::vector<Rect> codeBoxes;
            for (const PlacedLabel& label : placed)
                codeBoxes.push_back(label.box);
            view.drawLandmarks(target, {}, true, spots, widestRing, codeBoxes);
        }
        for (std::size_t i = 0; i < spots.size(); ++i)
            view.drawSpot(target, spots[i], rings[i], true);
        for (std::size_t i = 0; i < placed.size(); ++i) {
            const Rect& box = placed[i].box;
            const Vec2 anchor = requests[i].anchor;
            // A code pushed away from its ring is tied to it by a thin line.
            const Vec2 nearest = nearestPointOf(box, anchor);
            if (distance(nearest, anchor) > marks[i].width / 2 + 8.0)
                drawLine(target, {static_cast<float>(anchor.x), static_cast<float>(anchor.y)},
                         {static_cast<float>(nearest.x), static_cast<float>(nearest.y)}, colors::good, 1.0f);
            drawOnBacking(target, theme, *codes[i], {static_cast<float>(box.x) + 3.0f, static_cast<float>(box.y) + 1.0f},
                          kCodeSize, colors::good, FontStyle::Bold);
        }
        if (m_lastClick)
            drawCross(target, view.toScreen(*m_lastClick), 7.0f, colors::bad, 2.5f);
    }
    const float scale = theme.scale();
    drawPanel(target, theme, {0, 0, m_size.x, 56.0f * scale}, sf::Color(234, 229, 219), sf::Color(234, 229, 219), 0);
    drawFitted(target, theme,
               "Author: " + m_level.title + "  (map " + std::to_string(m_map + 1) + " of " +
                   std::to_string(m_canvases.size()) + ": " + view.map().title + ")",
               {16.0f * scale, 8.0f * scale}, m_size.x - 32.0f * scale, 18.0f, colors::text, FontStyle::Bold);
    drawFitted(target, theme, m_lastReport.empty() ? "Click where a point lies: its <point> element is printed." : m_lastReport,
               {16.0f * scale, 32.0f * scale}, m_size.x - 32.0f * scale, 14.0f, colors::mutedText);
    drawFooter(target, theme,
               "Click: print a <point>    N: measure from the next landmark    Tab: next map    L: landmarks    "
               "Wheel/+/-: zoom    Right-drag: pan    Esc: quit",
               "Click: <point>  N: next landmark  Tab: map  L: landmarks  +/-: zoom  Right-drag: pan  Esc: quit");
}

} // namespace acq
