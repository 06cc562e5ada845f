// Point placement: the body map, a cross-hair the mouse or the arrow keys move, and feedback
// after each placement showing the true spot, the distance in cun and how the point is found.
#pragma once

#include "app/Scene.h"
#include "app/Widgets.h"
#include "core/MapCamera.h"
#include "core/PlacementRound.h"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <string>

namespace acq {

class PlacementScene : public Scene {
public:
    PlacementScene(Context& context, const Level& level);

    const char* name() const override { return "placement"; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    void onClose() override { finish(false); }
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::optional<sf::Vector2f> mapToScreen(Vec2 mapPoint) const override;

private:
    void handleKey(const sf::Event::KeyEvent& key);
    void placeAt(Vec2 mapPoint);
    void skip();
    void advance();
    void finish(bool completed);
    void moveCrosshair(Vec2 screenDelta);
    void keepCrosshairVisible();
    bool inMap(sf::Vector2f screenPoint) const;

    void drawMap(sf::RenderTarget& target) const;
    void drawFeedbackMarks(sf::RenderTarget& target) const;
    void drawCrosshair(sf::RenderTarget& target) const;
    void drawPanel(sf::RenderTarget& target) const;

    const Level& m_level;
    PlacementRound m_round;
    MapCamera m_camera;
    const sf::Texture* m_texture;
    std::string m_artProblem;
    std::string m_startedAt;
    double m_startTime;
    Vec2 m_crosshair;
    bool m_crosshairShown = false;
    bool m_dragging = false;
    sf::Vector2i m_dragFrom;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
    Button m_actionButton; // "Skip" while asking, "Next" after a placement
    bool m_finished = false;
};

} // namespace acq
