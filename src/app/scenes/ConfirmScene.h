// A question over the screen it interrupts ("Quit AcuQuest?"): yes runs the given action, no
// (or Esc) goes back to that screen as it was.
#pragma once

#include "app/Scene.h"
#include "app/Widgets.h"

#include <functional>
#include <string>
#include <vector>

namespace acq {

struct Confirmation {
    std::string question; // "Leave this round?"
    std::string detail;   // what happens, e.g. "Your answers so far are kept."
    std::string yes;      // "Leave"
    std::string no;       // "Keep playing"
};

class ConfirmScene : public Scene {
public:
    // `onYes` runs after this overlay has asked to be closed, so it may pop the scene below.
    ConfirmScene(Context& context, Confirmation confirmation, std::function<void()> onYes);

    const char* name() const override { return "confirm"; }
    bool isOverlay() const override { return true; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;

private:
    void answer(bool yes);

    Confirmation m_confirmation;
    std::function<void()> m_onYes;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
    std::vector<Button> m_buttons; // yes, no
    std::size_t m_focus = 0;       // Esc then Enter: the two presses that mean it
    bool m_answered = false;
};

// Esc in a round: the same question in every kind of round.
Confirmation leavingRound();

// Asks `confirmation` over the current screen (the usual way to open a ConfirmScene).
void askToConfirm(Context& context, Confirmation confirmation, std::function<void()> onYes);

} // namespace acq
