// One screen of the game (menu, a round, results) behind the interface the scene stack drives.
#pragma once

#include "core/Vec2.h"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>
#include <vector>

namespace acq {

struct Context;
struct Level;

class Scene {
public:
    explicit Scene(Context& context) : m_context(context) {}
    virtual ~Scene() = default;
    Scene(const Scene&) = delete;
    Scene& operator=(const Scene&) = delete;

    virtual const char* name() const = 0;
    virtual void handleEvent(const sf::Event& event) = 0;
    // `now` is the game clock in seconds (scripted play advances it only by its waits).
    virtual void update(double /*now*/) {}
    virtual void draw(sf::RenderTarget& target) const = 0;
    // The window's size changed (also called once before the first draw).
    virtual void layout(sf::Vector2f /*size*/) {}
    // An overlay (a question, the help) is drawn over the scene below it, which stays as it was.
    virtual bool isOverlay() const { return false; }
    // True while the scene takes typed text: the game's own letter keys (M: sound) are left to it.
    virtual bool wantsTextInput() const { return false; }
    // True while something moves on its own, so the loop keeps drawing frames.
    virtual bool animating() const { return false; }
    // The game is closing: keep what the player did (a round records its partial attempt).
    virtual void onClose() {}
    // The level this screen shows or plays, if one (F5: does the screen survive the reload?).
    virtual const Level* levelShown() const { return nullptr; }
    // F5 loaded the levels anew. What a scene read from the catalog when it was made still lives
    // (the game keeps the old levels while any screen may use them); a scene that reads the
    // catalog as it draws (the menu) rebuilds what it derived from it here.
    virtual void levelsReloaded() {}

    // For scripted play: where on screen a named thing is (a level id in the menu, a card),
    // and where a body-map point is, if this scene shows a map.
    virtual std::optional<sf::Vector2f> locate(const std::string& /*target*/) const { return std::nullopt; }
    virtual std::optional<sf::Vector2f> mapToScreen(Vec2 /*mapPoint*/) const { return std::nullopt; }
    // For `click-answer`: where on screen the asked spot is (the open one nearest the middle of
    // the view), moved by `offsetCun` along the map's axes; none when nothing is asked or the
    // place is not in the map's view.
    virtual std::optional<sf::Vector2f> answerAt(Vec2 /*offsetCun*/) const { return std::nullopt; }
    // For `choose-answer`: the `locate` targets to click, in turn, to answer the current
    // question rightly or wrongly; empty when there is no such question on screen.
    virtual std::vector<std::string> answerTargets(bool /*right*/) const { return {}; }
    // For scripted play: a named thing that is there but scrolled out of view. Where to hold the
    // pointer and which way to turn the wheel (+1 up, -1 down) to bring it nearer, as a player
    // scrolls to it; none when it is in view or not there at all.
    struct WheelTurn {
        sf::Vector2f at;
        float delta = 0.0f;
    };
    virtual std::optional<WheelTurn> scrollToward(const std::string& /*target*/) const { return std::nullopt; }

protected:
    Context& context() const { return m_context; }

private:
    Context& m_context;
};

} // namespace acq
