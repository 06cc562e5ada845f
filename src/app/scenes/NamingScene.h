// "Name the marked point": a spot is marked on the body map; the player picks its code and name
// from four choices, with the number keys, the arrows or the mouse.
#pragma once

#include "app/MapCanvas.h"
#include "app/Scene.h"
#include "app/Widgets.h"
#include "core/NamingRound.h"

#include <memory>
#include <vector>

namespace acq {

class NamingScene : public Scene {
public:
    NamingScene(Context& context, const Level& level);

    const char* name() const override { return "naming"; }
    const Level* levelShown() const override { return &m_level; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    void onClose() override { finish(false); }
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::vector<std::string> answerTargets(bool right) const override;
    std::optional<sf::Vector2f> mapToScreen(Vec2 mapPoint) const override;

private:
    // The map of the marked point; after the last one (the scene is about to close) the last.
    const MapCanvas& canvas() const
    {
        return *m_canvases.at(m_round.marked().map);
    }
    void choose(std::size_t choice);
    void advance();
    void finish(bool completed);
    void focusMarked();

    const Level& m_level;
    NamingRound m_round;
    std::vector<std::unique_ptr<MapCanvas>> m_canvases;
    std::string m_startedAt;
    double m_startTime;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
    std::vector<Button> m_choiceButtons;
    Button m_next;
    std::size_t m_focus = 0;
    bool m_finished = false;
};

} // namespace acq
