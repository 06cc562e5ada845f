// Simple marks drawn over the body map: rings, lines, crosses, landmark diamonds.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/Graphics/View.hpp>

namespace acq {

void drawRing(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color outline, float thickness,
              sf::Color fill = sf::Color::Transparent);
// A ring stretched to `radii`: the full-marks area of a region whose cun differs sideways.
void drawOval(sf::RenderTarget& target, sf::Vector2f centre, sf::Vector2f radii, sf::Color outline, float thickness,
              sf::Color fill = sf::Color::Transparent);
void drawLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness);
// The same line added to `triangles` (an sf::Triangles array) as two triangles, to be drawn with
// others in one call (Theme::drawShapes).
void appendLine(sf::VertexArray& triangles, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness);
void drawCross(sf::RenderTarget& target, sf::Vector2f centre, float size, sf::Color color, float thickness);
void drawDiamond(sf::RenderTarget& target, sf::Vector2f centre, float size, sf::Color color);

// While alive, drawing is clipped to `area` (window pixels); coordinates stay window pixels.
class ClipTo {
public:
    ClipTo(sf::RenderTarget& target, const sf::FloatRect& area);
    ~ClipTo();
    ClipTo(const ClipTo&) = delete;
    ClipTo& operator=(const ClipTo&) = delete;

private:
    sf::RenderTarget& m_target;
    sf::View m_previous;
};

} // namespace acq
