#include "app/Widgets.h"

#include "core/TextWrap.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace acq {

namespace {

void appendQuad(sf::VertexArray& triangles, float left, float top, float width, float height, sf::Color color)
{
    const sf::Vector2f a{left, top}, b{left + width, top}, c{left + width, top + height}, d{left, top + height};
    for (const sf::Vector2f& corner : {a, b, c, a, c, d})
        triangles.append(sf::Vertex(corner, color));
}

} // namespace

void appendPanel(sf::VertexArray& triangles, const sf::FloatRect& rect, sf::Color fill, sf::Color border,
                 float borderThickness)
{
    // The fill under the whole rectangle and the border over its edges, as sf::RectangleShape
    // draws a shape with a negative outline thickness: the same pixels, translucent colours too.
    appendQuad(triangles, rect.left, rect.top, rect.width, rect.height, fill);
    const float t = std::min({borderThickness, rect.width / 2.0f, rect.height / 2.0f});
    if (t <= 0.0f || border.a == 0)
        return;
    appendQuad(triangles, rect.left, rect.top, rect.width, t, border);
    appendQuad(triangles, rect.left, rect.top + rect.height - t, rect.width, t, border);
    appendQuad(triangles, rect.left, rect.top + t, t, rect.height - 2.0f * t, border);
    appendQuad(triangles, rect.left + rect.width - t, rect.top + t, t, rect.height - 2.0f * t, border);
}

void appendScrollBar(sf::VertexArray& triangles, const sf::FloatRect& track, const ListScroll& scroll)
{
    if (!scroll.scrollable())
        return;
    appendPanel(triangles, track, colors::footer, colors::panelBorder, 1.0f);
    appendPanel(triangles,
                {track.left, track.top + track.height * scroll.thumbStart(), track.width,
                 track.height * scroll.thumbLength()},
                colors::mutedText, colors::mutedText, 0.0f);
}

int pageTowardClick(const sf::FloatRect& track, const ListScroll& scroll, float y)
{
    return y < track.top + track.height * scroll.thumbStart() ? -1 : 1;
}

void drawPanel(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, sf::Color fill,
               sf::Color border, float borderThickness)
{
    sf::VertexArray triangles(sf::Triangles);
    appendPanel(triangles, rect, fill, border, borderThickness);
    theme.drawShapes(target, triangles);
}

void drawButton(sf::RenderTarget& target, const Theme& theme, const Button& button, bool focused)
{
    drawPanel(target, theme, button.rect, focused ? colors::accent : colors::panel,
              focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
    const float size = 18.0f;
    const float width = theme.textWidth(button.label, size, FontStyle::Bold);
    const float height = theme.lineHeight(size);
    theme.drawText(target, button.label,
                   {button.rect.left + (button.rect.width - width) / 2.0f,
                    button.rect.top + (button.rect.height - height) / 2.0f},
                   size, focused ? sf::Color::White : colors::text, FontStyle::Bold);
}

std::optional<std::size_t> buttonAt(const std::vector<Button>& buttons, sf::Vector2f point)
{
    for (std::size_t i = 0; i < buttons.size(); ++i)
        if (buttons[i].rect.contains(point))
            return i;
    return std::nullopt;
}

sf::Vector2f mousePoint(const sf::Event& event)
{
    if (event.type == sf::Event::MouseMoved)
        return {static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)};
    return {static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)};
}

void drawFooter(sf::RenderTarget& target, const Theme& theme, const std::string& hints)
{
    theme.noteFooter(hints);
    const sf::Vector2f size = target.getView().getSize();
    const float height = theme.lineHeight(15.0f) + 12.0f;
    drawPanel(target, theme, {0.0f, size.y - height, size.x, height}, colors::footer, colors::footer, 0);
    // On a narrow window the hints get smaller rather than run off the edge.
    const float textSize = fittingSize(theme, hints, size.x - 32.0f, 15.0f);
    theme.drawText(target, hints, {16.0f, size.y - height + 6.0f}, textSize, colors::mutedText);
}

void drawFooter(sf::RenderTarget& target, const Theme& theme, const std::string& hints, const std::string& shorter)
{
    drawFooter(target, theme, theme.textWidth(hints, 11.0f) <= target.getView().getSize().x - 32.0f ? hints : shorter);
}

float drawOnBacking(sf::RenderTarget& target, const Theme& theme, const std::string& text, sf::Vector2f at,
                    float designSize, sf::Color color, FontStyle style)
{
    drawPanel(target, theme,
              {at.x - 3.0f, at.y - 1.0f, theme.textWidth(text, designSize, style) + 6.0f, theme.lineHeight(designSize) + 2.0f},
              colors::panel, colors::panel, 0.0f);
    return theme.drawText(target, text, at, designSize, color, style);
}

float drawFitted(sf::RenderTarget& target, const Theme& theme, const std::string& text, sf::Vector2f at,
                 float maxWidth, float designSize, sf::Color color, FontStyle style)
{
    const float size = fittingSize(theme, text, maxWidth, designSize, style);
    if (theme.textWidth(text, size, style) <= maxWidth)
        return theme.drawText(target, text, at, size, color, style);
    const std::string shortened =
        elideText(text, maxWidth, [&](std::string_view s) { return theme.textWidth(s, size, style); });
    return theme.drawText(target, shortened, at, size, color, style);
}

float fittingSize(const Theme& theme, const std::string& text, float maxWidth, float designSize, FontStyle style)
{
    constexpr float kSmallest = 11.0f;
    const float width = theme.textWidth(text, designSize, style);
    if (width <= maxWidth || designSize <= kSmallest)
        return designSize;
    // Text width grows about in proportion to its size: start from that guess and correct it by
    // steps (hinting rounds each size its own way), measuring two or three sizes instead of every
    // size on the way down, each of which makes the font render its glyphs at that size.
    float size = std::clamp(std::floor(designSize * maxWidth / width), kSmallest, designSize - 1.0f);
    while (size > kSmallest && theme.textWidth(text, size, style) > maxWidth)
        size -= 1.0f;
    while (size + 1.0f < designSize && theme.textWidth(text, size + 1.0f, style) <= maxWidth)
        size += 1.0f;
    return size;
}

sf::Vector2f centreOf(const sf::FloatRect& rect)
{
    return {rect.left + rect.width / 2.0f, rect.top + rect.height / 2.0f};
}

std::string formatScore(double score)
{
    // Scores are kept exact but shown in whole points: "49.87 of 100" helps no one.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f", std::round(score));
    return buffer;
}

std::string formatClock(long seconds)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", seconds / 60, seconds % 60);
    return buffer;
}

std::string formatCun(double cun)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", cun);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

std::string formatDistance(double cun)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", cun);
    return buffer;
}

sf::Color verdictColor(Verdict verdict) { return isRight(verdict) ? colors::good : colors::bad; }

sf::Color verdictSoftColor(Verdict verdict) { return isRight(verdict) ? colors::goodSoft : colors::badSoft; }

} // namespace acq
