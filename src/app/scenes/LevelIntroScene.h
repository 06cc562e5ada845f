// Before a level: what it teaches, its sources, your record, and the way in (study or start).
#pragma once

#include "app/Scene.h"
#include "app/Widgets.h"
#include "core/Level.h"

#include <vector>

namespace acq {

class LevelIntroScene : public Scene {
public:
    LevelIntroScene(Context& context, const Level& level);

    const char* name() const override { return "intro"; }
    const Level* levelShown() const override { return &m_level; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;

private:
    void activate(std::size_t index);

    const Level& m_level;
    sf::Vector2f m_size;
    std::vector<Button> m_buttons;
    std::size_t m_focus = 0;
};

// Starts a round of `level` on top of the stack (placement or matching, by its kind).
void pushRound(Context& context, const Level& level);

} // namespace acq
