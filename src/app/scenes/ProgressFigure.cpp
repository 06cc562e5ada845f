#include "app/scenes/ProgressFigure.h"

#include "app/Shapes.h"
#include "app/Widgets.h"
#include "core/LabelLayout.h"

#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace acq {

namespace {

const sf::Color kUnasked(150, 150, 150);
const sf::Color kFading(120, 175, 215); // a lighter blue: fading is still on the good side

sf::Color inkOf(Knowledge k)
{
    switch (k) {
    case Knowledge::Known: return colors::good;
    case Knowledge::Fading: return kFading;
    case Knowledge::Weak: return colors::bad;
    case Knowledge::Unasked: break;
    }
    return kUnasked;
}

void drawCloud(sf::RenderTarget& target, const Theme& theme, const ProgressFigure& figure, const ChosenPoint& chosen,
               const std::string& title)
{
    const float scale = theme.scale();
    const MapCanvas& canvas = *figure.canvas;
    const ProgressSpot& point = figure.points[chosen.point];
    for (Vec2 spot : point.spots)
        canvas.drawSpot(target, spot, canvas.pixels(point.toleranceCun, point.regionId), true);
    // Each mark a dark diamond on a white edge, joined by a thin line to the spot it was nearest,
    // the older the fainter; all in one draw call.
    sf::VertexArray marks(sf::Triangles);
    const auto diamond = [&](sf::Vector2f c, float size, sf::Color ink) {
        const sf::Vector2f top(c.x, c.y - size), right(c.x + size, c.y), bottom(c.x, c.y + size), left(c.x - size, c.y);
        for (sf::Vector2f p : {top, right, bottom, top, bottom, left})
            marks.append(sf::Vertex(p, ink));
    };
    const std::size_t n = chosen.marks.size();
    const sf::Color ink(110, 20, 100); // purple: apart from the bands' blue and orange
    for (std::size_t i = 0; i < n; ++i) {
        const auto alpha = static_cast<sf::Uint8>(std::lround(255.0 * placementOpacity(i, n, 0.3)));
        const Vec2 mark = chosen.marks[i];
        const Vec2* nearest = nullptr;
        for (const Vec2& spot : point.spots)
            if (!nearest || std::hypot(spot.x - mark.x, spot.y - mark.y) < std::hypot(nearest->x - mark.x, nearest->y - mark.y))
                nearest = &spot;
        if (nearest)
            appendLine(marks, canvas.toScreen(mark), canvas.toScreen(*nearest), sf::Color(ink.r, ink.g, ink.b, alpha / 2),
                          1.5f);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto alpha = static_cast<sf::Uint8>(std::lround(255.0 * placementOpacity(i, n, 0.3)));
        const sf::Vector2f at = canvas.toScreen(chosen.marks[i]);
        diamond(at, 8.0f * scale, sf::Color(255, 255, 255, alpha));
        diamond(at, 6.0f * scale, sf::Color(ink.r, ink.g, ink.b, alpha));
    }
    theme.drawShapes(target, marks);

    // Under the figure: what the cloud says.
    const sf::FloatRect area = canvas.area();
    const float pad = 6.0f * scale;
    std::string lines = title + "\n";
    if (!chosen.read)
        lines += "Reading its placements…";
    else if (!chosen.problem.empty())
        lines += "Its placements could not be read (" + chosen.problem + ").";
    else {
        lines += chosen.trend.text() + ".";
        if (chosen.elsewhere > 0)
            lines += " " + std::to_string(chosen.elsewhere) + " of them on another figure.";
        if (chosen.trend.count > 1)
            lines += " Older marks are fainter.";
    }
    std::vector<std::string> wrapped;
    const float width = area.width - 2 * pad;
    for (std::size_t from = 0; from < lines.size();) {
        const std::size_t end = std::min(lines.find('\n', from), lines.size());
        for (std::string& line : theme.wrap(std::string_view(lines).substr(from, end - from), width, 12.0f))
            wrapped.push_back(std::move(line));
        from = end + 1;
    }
    const float lineHeight = theme.lineHeight(12.0f);
    const float height = lineHeight * static_cast<float>(wrapped.size()) + 2 * pad;
    const sf::FloatRect box{area.left, area.top + area.height - height, area.width, height};
    drawPanel(target, theme, box, sf::Color(255, 255, 255, 230));
    for (std::size_t i = 0; i < wrapped.size(); ++i)
        theme.drawText(target, wrapped[i], {box.left + pad, box.top + pad + lineHeight * static_cast<float>(i)}, 12.0f,
                       i == 0 ? colors::text : colors::mutedText, i == 0 ? FontStyle::Bold : FontStyle::Regular);
}

} // namespace

// Each band has a shape of its own as well as a colour: a filled disc (known), a ring with a
// dot (fading), a cross in a ring (weak), an empty grey ring (never asked).
void drawKnowledgeBand(sf::RenderTarget& target, sf::Vector2f at, float r, Knowledge k)
{
    const sf::Color ink = inkOf(k);
    switch (k) {
    case Knowledge::Known: drawRing(target, at, r, ink, 2.0f, ink); break;
    case Knowledge::Fading:
        drawRing(target, at, r, ink, 3.0f, sf::Color::White);
        drawRing(target, at, r * 0.35f, ink, 1.0f, ink);
        break;
    case Knowledge::Weak:
        drawRing(target, at, r, ink, 3.0f, sf::Color::White);
        drawCross(target, at, r * 0.6f, ink, 2.5f);
        break;
    case Knowledge::Unasked: drawRing(target, at, r, ink, 2.0f, sf::Color(255, 255, 255, 160)); break;
    }
}

const char* knowledgeBandName(Knowledge k)
{
    switch (k) {
    case Knowledge::Known: return "known: recall today 90% or more";
    case Knowledge::Fading: return "fading: 50-90%";
    case Knowledge::Weak: return "weak: under 50%";
    case Knowledge::Unasked: break;
    }
    return "never asked";
}

void drawProgressFigure(sf::RenderTarget& target, const Theme& theme, const ProgressFigure& figure, bool pictureReady,
                        const std::map<std::string, CardSchedule>& cards, const Fsrs& fsrs, std::int64_t today,
                        const ChosenPoint* chosen, const std::string& chosenTitle)
{
    const MapCanvas& canvas = *figure.canvas;
    drawPanel(target, theme, canvas.area(), sf::Color(238, 234, 226));
    const ClipTo clip(target, canvas.area());
    if (pictureReady)
        canvas.drawMap(target);
    else
        theme.drawText(target, "Loading the figure…", {canvas.area().left + 12.0f, canvas.area().top + 12.0f}, 14.0f,
                       colors::mutedText);
    const float r = 7.0f * theme.scale();
    // The marks; then each code laid out beside its mark, clear of every mark and of the other
    // codes (core/LabelLayout, as the landmarks' names), tied to it by a thin line when pushed
    // away; then the codes' backings in one draw call (straight on the art a code's contrast would
    // depend on the lines under it) and the codes in one more: each draw call costs under Mesa's
    // software renderer. All before the chosen point's box, which they must not print over.
    std::vector<LabelRequest> requests;
    std::vector<const std::string*> texts;
    std::vector<Rect> marks;
    const double ring = r + 2.0f;
    for (const ProgressSpot& point : figure.points) {
        const auto found = cards.find(point.card);
        const Knowledge k = knowledgeOf(fsrs, found == cards.end() ? nullptr : &found->second, today);
        const double width = theme.textWidth(point.label, 12.0f, FontStyle::Bold) + 4.0;
        for (Vec2 spot : point.spots) {
            const sf::Vector2f s = canvas.toScreen(spot);
            drawKnowledgeBand(target, s, r, k);
            requests.push_back({{s.x, s.y}, {width, theme.lineHeight(12.0f)}});
            texts.push_back(&point.label);
            marks.push_back({s.x - ring, s.y - ring, 2 * ring, 2 * ring});
        }
    }
    const sf::FloatRect area = canvas.area();
    LabelLayoutStyle style;
    style.gap = 2.0;
    style.markRadius = ring;
    const std::vector<PlacedLabel> placed =
        layoutLabels(requests, {area.left, area.top, area.width, area.height}, style, marks);
    sf::VertexArray backings(sf::Triangles);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const Rect& box = placed[i].box;
        const Vec2 anchor = requests[i].anchor;
        const Vec2 nearest = nearestPointOf(box, anchor);
        if (distance(nearest, anchor) > ring + 8.0)
            appendLine(backings, {static_cast<float>(anchor.x), static_cast<float>(anchor.y)},
                       {static_cast<float>(nearest.x), static_cast<float>(nearest.y)}, colors::mutedText, 1.0f);
        appendPanel(backings,
                    {static_cast<float>(box.x), static_cast<float>(box.y), static_cast<float>(box.width),
                     static_cast<float>(box.height)},
                    colors::panel, colors::panel, 0.0f);
    }
    theme.drawShapes(target, backings);
    {
        const Theme::Batch batch(theme, target);
        for (std::size_t i = 0; i < placed.size(); ++i)
            theme.drawText(target, *texts[i],
                           {static_cast<float>(placed[i].box.x) + 2.0f, static_cast<float>(placed[i].box.y)}, 12.0f,
                           colors::text, FontStyle::Bold);
    }
    if (chosen)
        drawCloud(target, theme, figure, *chosen, chosenTitle);
}

} // namespace acq
