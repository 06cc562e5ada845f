// Point placement: the body map, a cross-hair the mouse or the arrow keys move, and feedback
// after each placement showing the true spot, the distance in cun and how the point is found.
#pragma once

#include "app/MapCanvas.h"
#include "app/Scene.h"
#include "app/Widgets.h"
#include "app/scenes/PracticeHost.h"
#include "core/PlacementRound.h"

#include <SFML/Graphics/Rect.hpp>

#include <memory>
#include <string>
#include <vector>

namespace acq {

class PlacementScene : public Scene {
public:
    PlacementScene(Context& context, const Level& level);
    // Practice: only the point `point` of `level`, reported to `host` instead of recorded as a
    // play of the level.
    PlacementScene(Context& context, const Level& level, std::size_t point, PracticeHost& host);

    const char* name() const override { return m_host ? "practice" : "placement"; }
    // A practice card belongs to the practice session, which goes on with the levels it began with.
    const Level* levelShown() const override { return m_host ? nullptr : &m_level; }
    void handleEvent(const sf::Event& event) override;
    void update(double now) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    void onClose() override { finish(false); }
    bool animating() const override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::optional<sf::Vector2f> mapToScreen(Vec2 mapPoint) const override;
    std::optional<sf::Vector2f> answerAt(Vec2 offsetCun) const override;

private:
    // The map of the current point; after the last one (the scene is about to close) the last.
    std::size_t shownMap() const
    {
        return m_round.current().map;
    }
    MapCanvas& canvas() { return *m_canvases.at(shownMap()); }
    const MapCanvas& canvas() const { return *m_canvases.at(shownMap()); }
    void handleKey(const sf::Event::KeyEvent& key);
    void placeAt(Vec2 mapPoint);
    void placeAtCrosshair();
    void skip();
    void advance();
    void finish(bool completed);
    // Hands the answers given so far to the history, each committed as it is given.
    void keepAnswers();
    void moveCrosshair(Vec2 screenDelta);
    void keepCrosshairVisible();
    void startCrosshair();

    void drawMarks(sf::RenderTarget& target) const;
    void drawCrosshair(sf::RenderTarget& target) const;
    void drawSidePanel(sf::RenderTarget& target) const;
    void drawHeader(sf::RenderTarget& target) const;

    const Level& m_level;
    PracticeHost* m_host = nullptr; // practice: who is told of the answer
    PlacementRound m_round;
    std::vector<std::unique_ptr<MapCanvas>> m_canvases; // one per map of the level
    std::string m_startedAt;
    double m_startTime;
    double m_now;
    Vec2 m_crosshair;
    bool m_crosshairShown = false; // moved by the player since the last placement: Enter may place
    std::string m_notice;          // why Enter did nothing
    bool m_showLandmarks = false;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
    Button m_actionButton; // "Skip" while asking, "Next" after a placement
    Button m_hintButton;
    bool m_finished = false;
    mutable int m_shownSecond = -1; // what the optional clock shows, so it redraws once a second
};

} // namespace acq
