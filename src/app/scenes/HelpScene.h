// F1: the keys of the screen below, read from its footer (so the two cannot disagree), and the
// keys that work everywhere. Any key or click closes it.
#pragma once

#include "app/Scene.h"
#include "core/KeyHints.h"

#include <string>
#include <vector>

namespace acq {

class HelpScene : public Scene {
public:
    // `screen` is the scene's name() ("placement"); `footer` the hints its footer shows.
    HelpScene(Context& context, std::string screen, const std::string& footer);

    const char* name() const override { return "help"; }
    bool isOverlay() const override { return true; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override { m_size = size; }

    // For scripted checks: whether a row reads `hint` ("Esc: quit", or a line without keys),
    // and every row so read, separated by " | ".
    bool lists(const std::string& hint) const;
    std::string listed() const;

private:
    void drawHints(sf::RenderTarget& target, const std::vector<KeyHint>& hints, float left, float& y,
                   float keysWidth, float width) const;

    std::string m_title;
    std::vector<KeyHint> m_screenKeys;
    std::vector<KeyHint> m_globalKeys;
    sf::Vector2f m_size;
    bool m_closing = false;
};

// What the help calls a screen: "Placing points" for "placement".
std::string screenTitle(const std::string& sceneName);

} // namespace acq
