// Simple marks drawn over the body map: rings, lines, crosses, landmark diamonds.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace acq {

void drawRing(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color outline, float thickness,
              sf::Color fill = sf::Color::Transparent);
void drawLine(sf::RenderTarget& target, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness);
void drawCross(sf::RenderTarget& target, sf::Vector2f centre, float size, sf::Color color, float thickness);
void drawDiamond(sf::RenderTarget& target, sf::Vector2f centre, float size, sf::Color color);

} // namespace acq
