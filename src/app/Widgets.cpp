#include "app/Widgets.h"

#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>
#include <cstdio>
#include <ctime>

namespace acq {

void drawPanel(sf::RenderTarget& target, const sf::FloatRect& rect, sf::Color fill, sf::Color border,
               float borderThickness)
{
    sf::RectangleShape shape({rect.width, rect.height});
    shape.setPosition(rect.left, rect.top);
    shape.setFillColor(fill);
    shape.setOutlineColor(border);
    shape.setOutlineThickness(-borderThickness);
    target.draw(shape);
}

void drawButton(sf::RenderTarget& target, const Theme& theme, const Button& button, bool focused)
{
    drawPanel(target, button.rect, focused ? colors::accent : colors::panel,
              focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
    const float size = 18.0f;
    const float width = theme.textWidth(button.label, size, FontStyle::Bold);
    const float height = theme.lineHeight(size);
    theme.drawText(target, button.label,
                   {button.rect.left + (button.rect.width - width) / 2.0f,
                    button.rect.top + (button.rect.height - height) / 2.0f},
                   size, focused ? sf::Color::White : colors::text, FontStyle::Bold);
}

void drawFooter(sf::RenderTarget& target, const Theme& theme, const std::string& hints)
{
    const sf::Vector2f size = target.getView().getSize();
    const float height = theme.lineHeight(15.0f) + 12.0f;
    drawPanel(target, {0.0f, size.y - height, size.x, height}, sf::Color(234, 229, 219), sf::Color(234, 229, 219), 0);
    // On a narrow window the hints get smaller rather than run off the edge.
    const float textSize = fittingSize(theme, hints, size.x - 32.0f, 15.0f);
    theme.drawText(target, hints, {16.0f, size.y - height + 6.0f}, textSize, colors::mutedText);
}

float fittingSize(const Theme& theme, const std::string& text, float maxWidth, float designSize, FontStyle style)
{
    float size = designSize;
    while (size > 11.0f && theme.textWidth(text, size, style) > maxWidth)
        size -= 1.0f;
    return size;
}

sf::Vector2f centreOf(const sf::FloatRect& rect)
{
    return {rect.left + rect.width / 2.0f, rect.top + rect.height / 2.0f};
}

std::string utcTimestamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
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

} // namespace acq
