// Matching: prompts on the left, answers on the right; pick one of each to pair them, with the
// mouse or the keyboard. A wrong pair flashes and costs points; a right one shows why it is right.
#pragma once

#include "app/Scene.h"
#include "core/ListScroll.h"
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
    const Level* levelShown() const override { return &m_level; }
    void handleEvent(const sf::Event& event) override;
    void update(double now) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    void onClose() override { finish(false); }
    bool animating() const override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::vector<std::string> answerTargets(bool right) const override;
    std::optional<WheelTurn> scrollToward(const std::string& target) const override;

private:
    enum Column { kPrompts = 0, kAnswers = 1 };
    struct CardView {
        sf::FloatRect rect;
        std::vector<std::string> lines;
    };
    // Where the keyboard's Left/Right/Tab go: the other column, or stay (already there).
    enum class ColumnMove { Left, Right, Other };

    const std::vector<MatchCard>& cards(int column) const;
    // The `locate` name of a card: "prompt:ID", "answer:ID" or "distractor:N".
    std::string targetOf(int column, std::size_t index) const;
    void pick(int column, std::size_t index);
    void moveFocus(int delta);
    void focusEnd(bool last);
    // Left/Right/Tab: to the open card of the other column on the same row (the one beside the
    // focused card), not to wherever that column's focus was left.
    void switchColumn(ColumnMove move);
    // A focus left on a matched card (by the mouse, or a pair just made) moves to an open one.
    void keepFocusOpen();
    // What the line under the title says: the hint, the card in hand, a right pair and why.
    std::string rightMessage(std::size_t prompt) const;
    std::string pickedMessage(int column, std::size_t index) const;
    std::string wrongMessage() const;
    void finish(bool completed);
    std::optional<std::pair<int, std::size_t>> cardAt(sf::Vector2f point) const;
    // The column and card a `locate` name stands for.
    std::optional<std::pair<int, std::size_t>> cardNamed(const std::string& target) const;
    // A column taller than the window scrolls by whole cards (core/ListScroll.h): the cards'
    // places on screen follow its position; the keyboard's focus is always brought into view.
    bool shown(int column, std::size_t index) const { return m_scroll[column].shown(index); }
    void placeCards();
    void revealFocus();
    void scrollColumn(int column, int items);
    int columnUnder(float x) const; // the scrollable column nearest x, or -1: none scrolls
    sf::FloatRect scrollTrack(int column) const;
    void drawScrollBars(sf::RenderTarget& target) const;
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
    float m_gutter = 0.0f;        // left of each card's text: where a matched card's check mark goes
    float m_cardPadding = 0.0f;   // above and below a card's text
    float m_messageSize = 16.0f;  // the line under the title: sized so the longest "why" fits
    float m_messageTop = 0.0f;
    float m_messageWidth = 0.0f;
    std::vector<CardView> m_views[2];
    ListScroll m_scroll[2];
    float m_cardsTop = 0.0f;    // the columns' view: cards are shown wholly between these
    float m_cardsBottom = 0.0f;
    float m_barGap = 0.0f;      // between a column and its scroll bar
    float m_barWidth = 0.0f;
    int m_focusColumn = kPrompts;
    std::size_t m_focus[2] = {0, 0};
    bool m_keyboardFocus = false; // focus ring once the keyboard is used (its first press only shows it)
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
    bool m_messageRight = false; // the message is a right pair's
    bool m_finished = false;
    mutable int m_shownSecond = -1; // what the optional clock shows, so it redraws once a second
};

} // namespace acq
