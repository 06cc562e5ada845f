// Practice: the cards due today (then a few new ones) across every level, each asked as it is
// best learnt: a point placed on its map (a placement screen pushed over this one), a fact
// chosen among four. After each: the grade and when the card comes back (docs/practice.md).
#pragma once

#include "app/Scene.h"
#include "app/Widgets.h"
#include "app/scenes/PracticeHost.h"
#include "core/ChoiceQuestion.h"
#include "core/PracticeDeck.h"
#include "core/PracticeRound.h"

#include <optional>
#include <string>
#include <vector>

namespace acq {

class PracticeScene : public Scene, private PracticeHost {
public:
    explicit PracticeScene(Context& context);

    const char* name() const override { return "practice"; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    void onClose() override { finish(false); }
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::vector<std::string> answerTargets(bool right) const override;

private:
    enum class State {
        Nothing,  // nothing due, no new card left today
        Choosing, // a fact card's four choices
        Placing,  // a point card's placement screen is on top
        Feedback, // the grade of the card just answered
        Done,     // the session's summary
    };
    struct Line {
        std::string card;  // what was asked
        std::string grade; // "Good", ...
        std::string when;  // "back in 9 days"
        std::string detail; // how the point is found, or why the answer is right
        bool known = false;
    };

    void start(std::vector<PracticeCard> cards, bool scheduled);
    void askCurrent();
    void choose(std::size_t choice);
    void grade(ItemResult item, Grade grade, const std::string& asked);
    void next();
    void finish(bool completed);
    const Level& levelOf(const PracticeCard& card) const { return *m_levels.at(card.level); }

    // PracticeHost
    void pointAnswered(const Attempt& placements) override;
    void pointClosed(bool answered) override;
    std::string practiceStatus() const override;

    std::vector<const Level*> m_levels; // the playable levels, menu order
    std::vector<DeckCard> m_deck;
    std::vector<CardStatus> m_statuses;
    std::optional<PracticeRound> m_round;
    State m_state = State::Nothing;
    std::optional<ChoiceQuestion> m_question;
    std::optional<std::size_t> m_chosen;
    std::size_t m_focus = 0;
    Line m_last;          // the card just answered (Feedback)
    std::vector<Line> m_lines; // every card answered (Done)
    std::string m_nextDue;     // Nothing: when the next card is due
    bool m_canExtra = false;   // Nothing: there are cards to practise beyond the due ones
    Attempt m_attempt;         // the session, as the history records it
    std::string m_title;
    bool m_finished = false;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
    std::vector<Button> m_choiceButtons;
    Button m_continue;
    Button m_extra;
    Button m_back;
};

} // namespace acq
