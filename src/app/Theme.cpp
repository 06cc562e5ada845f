#include "app/Theme.h"

#include "core/TextWrap.h"
#include "io/FontFiles.h"

#include <SFML/System/String.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace acq {


Theme::Theme()
{
    const auto files = findFontFiles();
    if (files && m_regular.loadFromFile(files->regular)) {
        m_loaded = true;
        std::error_code ec;
        if (!std::filesystem::is_regular_file(files->bold, ec) || !m_bold.loadFromFile(files->bold))
            m_bold = m_regular;
        return;
    }
    m_problem = "No usable font found: install the Debian package fonts-dejavu-core.";
}

const sf::Font& Theme::font(FontStyle style) const
{
    return style == FontStyle::Bold ? m_bold : m_regular;
}

void Theme::setWindowHeight(float height)
{
    // Text grows with the window but stays readable on small ones.
    m_scale = std::clamp(height / 800.0f, 0.8f, 2.0f);
}

unsigned Theme::px(float designSize) const
{
    return static_cast<unsigned>(std::lround(designSize * m_scale));
}

sf::Text Theme::makeText(std::string_view utf8, float designSize, sf::Color color, FontStyle style) const
{
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), font(style), px(designSize));
    text.setFillColor(color);
    return text;
}

float Theme::drawText(sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, float designSize,
                      sf::Color color, FontStyle style) const
{
    m_drawn.emplace_back(utf8);
    sf::Text text = makeText(utf8, designSize, color, style);
    text.setPosition(std::round(position.x), std::round(position.y));
    target.draw(text);
    return text.getLocalBounds().left + text.getLocalBounds().width;
}

float Theme::textWidth(std::string_view utf8, float designSize, FontStyle style) const
{
    if (!m_loaded)
        return static_cast<float>(utf8Length(utf8)) * px(designSize) * 0.55f;
    const sf::Text text = makeText(utf8, designSize, sf::Color::Black, style);
    // findCharacterPos past the end gives the advance of the whole line, spaces included.
    return text.findCharacterPos(text.getString().getSize()).x;
}

float Theme::lineHeight(float designSize) const
{
    return m_loaded ? font().getLineSpacing(px(designSize)) : px(designSize) * 1.2f;
}

std::vector<std::string> Theme::wrap(std::string_view utf8, float width, float designSize, FontStyle style) const
{
    return wrapText(utf8, width, [&](std::string_view s) { return textWidth(s, designSize, style); });
}

float Theme::drawWrapped(sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, float width,
                         float designSize, sf::Color color, FontStyle style) const
{
    m_drawn.emplace_back(utf8);
    const float step = lineHeight(designSize);
    float y = position.y;
    for (const std::string& line : wrap(utf8, width, designSize, style)) {
        sf::Text text = makeText(line, designSize, color, style);
        text.setPosition(std::round(position.x), std::round(y));
        target.draw(text);
        y += step;
    }
    return y - position.y;
}

} // namespace acq
