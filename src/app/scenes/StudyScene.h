// Study before a matching round: each pair as a card to flip, at the player's own pace.
#pragma once

#include "app/Scene.h"
#include "app/Widgets.h"
#include "core/Level.h"

namespace acq {

class StudyScene : public Scene {
public:
    StudyScene(Context& context, const Level& level);

    const char* name() const override { return "study"; }
    const Level* levelShown() const override { return &m_level; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;

private:
    // One card on, or back; past the last card the round starts (the deck has an end).
    void go(int delta);
    bool atEnd() const { return m_index + 1 >= m_content.pairs.size(); }
    const Button& nextButton() const { return atEnd() ? m_start : m_next; }

    const Level& m_level;
    const MatchingLevel& m_content;
    sf::Vector2f m_size;
    sf::FloatRect m_card;
    Button m_previous;
    Button m_next;
    Button m_start; // in place of "Next" on the last card
    std::size_t m_index = 0;
    bool m_flipped = false;
};

} // namespace acq
