#include "app/Shapes.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

namespace acq {

void drawRing(sf::RenderTarget& target, sf::Vector2f centre, float radius, sf::Color outline, float thickness,
              sf::Color fill)
{
    sf::CircleShape circle(radius, radius > 20.0f ? 60 : 30);
    circle.setOrigin(radius, radius);
    circle.setPosition(centre);
    circle.setFillColor(fill);
    circle.setOutlineColor(outline);
    circle.setOutlineThickness(thickness);
    target.draw(circle);
}

void drawOval(sf::RenderTarget& target, sf::Vector2f centre, sf::Vector2f radii, sf::Color outline, float thickness,
              sf::Color fill)
{
    if (radii.x == radii.y) {
        drawRing(target, centre, radii.x, outline, thickness, fill);
        return;
    }
    // A polygon rather than a scaled circle, so that the outline keeps its thickness all round.
    constexpr std::size_t kCorners = 60;
    sf::ConvexShape oval(kCorners);
    for (std::size_t i = 0; i < kCorners; ++i) {
        const float a = 6.2831853f * static_cast<float>(i) / static_cast<float>(kCorners);
        oval.setPoint(i, {radii.x * std::cos(a), radii.y * std::sin(a)});
    }
    oval.setPosition(centre);
    oval.setFillColor(fill);
    oval.setOutlineColor(outline);
    oval.setOutlineThickness(thickness);
    target.draw(oval);
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

void appendLine(sf::VertexArray& triangles, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness)
{
    const sf::Vector2f d = b - a;
    const float length = std::sqrt(d.x * d.x + d.y * d.y);
    if (length <= 0.0f)
        return;
    const sf::Vector2f n(-d.y / length * thickness / 2.0f, d.x / length * thickness / 2.0f);
    for (sf::Vector2f p : {a + n, b + n, b - n, a + n, b - n, a - n})
        triangles.append(sf::Vertex(p, color));
}

void drawCross(sf::RenderTarget& target, sf::Vector2f c, float size, sf::Color color, float thickness)
{
    drawLine(target, {c.x - size, c.y - size}, {c.x + size, c.y + size}, color, thickness);
    drawLine(target, {c.x - size, c.y + size}, {c.x + size, c.y - size}, color, thickness);
}

void drawDiamond(sf::RenderTarget& target, sf::Vector2f centre, float size, sf::Color color)
{
    sf::RectangleShape diamond({size, size});
    diamond.setOrigin(size / 2.0f, size / 2.0f);
    diamond.setRotation(45.0f);
    diamond.setPosition(centre);
    diamond.setFillColor(color);
    diamond.setOutlineColor(sf::Color::White);
    diamond.setOutlineThickness(1.0f);
    target.draw(diamond);
}

ClipTo::ClipTo(sf::RenderTarget& target, const sf::FloatRect& area)
    : m_target(target)
    , m_previous(target.getView())
{
    const sf::Vector2f size = m_previous.getSize();
    sf::View clipped(area);
    clipped.setViewport({area.left / size.x, area.top / size.y, area.width / size.x, area.height / size.y});
    target.setView(clipped);
}

ClipTo::~ClipTo() { m_target.setView(m_previous); }

} // namespace acq
