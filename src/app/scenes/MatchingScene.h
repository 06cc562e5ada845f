// Matching: prompts on the left, answers on the right; pick one of each to pair them, with the
// mouse or the keyboard. A wrong pair flashes and costs points.
#pragma once

#include "app/Scene.h"
#include "core/MatchingRound.h"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <string>
#include <vector>

namespace acq {

class MatchingScene : public Scene {
public:
    MatchingScene(Context& context, const Level& level);

    const char* name() const override { return "matching"; }
    void handleEvent(const sf::Event& event) override;
    void update(double now) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    void onClose() override { finish(false); }
    bool animating() const override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::vector<std::string> answerTargets(bool right) const override;

private:
    enum Column { kPrompts = 0, kAnswers = 1 };
    struct CardView {
        sf::FloatRect rect;
        std::vector<std::string> lines;
    };

    const std::vector<MatchCard>& cards(int column) const;
    // The `locate` name of a card: "prompt:ID", "answer:ID" or "distractor:N".
    std::string targetOf(int column, std::size_t index) const;
    void pick(int column, std::size_t index);
    void moveFocus(int delta);
    void switchColumn();
    void finish(bool completed);
    std::optional<std::pair<int, std::size_t>> cardAt(sf::Vector2f point) const;
    // Cards never overlap (the dragged one is drawn on its own, last): all their panels go to
    // the screen in one draw call, then their texts.
    void appendCardPanel(sf::VertexArray& panels, int column, std::size_t index) const;
    void drawCardText(sf::RenderTarget& target, int column, std::size_t index) const;
    void drawDragged(sf::RenderTarget& target) const;
    void release(sf::Vector2f at);

    const Level& m_level;
    MatchingRound m_round;
    std::string m_startedAt;
    double m_startTime;
    double m_now = 0.0;
    sf::Vector2f m_size;
    float m_fontSize = 16.0f;
    std::vector<CardView> m_views[2];
    int m_focusColumn = kPrompts;
    std::size_t m_focus[2] = {0, 0};
    bool m_keyboardFocus = false;                 // focus ring only once the keyboard is used
    std::optional<std::size_t> m_picked[2];
    std::optional<std::pair<int, int>> m_hover;
    // A card held with the mouse: where it was pressed, and where it is now once dragged.
    struct Press {
        int column;
        std::size_t index;
        sf::Vector2f from;
        sf::Vector2f now;
        bool dragging = false;
    };
    std::optional<Press> m_press;
    std::pair<std::size_t, std::size_t> m_flash{0, 0}; // the wrong pair being shown
    double m_flashUntil = 0.0;
    std::string m_message;
    bool m_finished = false;
    mutable int m_shownSecond = -1; // what the optional clock shows, so it redraws once a second
};

} // namespace acq
