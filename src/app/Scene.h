// One screen of the game (menu, a round, results) behind the interface the scene stack drives.
#pragma once

#include "core/Vec2.h"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>

namespace acq {

struct Context;

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
    // True while something moves on its own, so the loop keeps drawing frames.
    virtual bool animating() const { return false; }
    // The game is closing: keep what the player did (a round records its partial attempt).
    virtual void onClose() {}

    // For scripted play: where on screen a named thing is (a level id in the menu, a card),
    // and where a body-map point is, if this scene shows a map.
    virtual std::optional<sf::Vector2f> locate(const std::string& /*target*/) const { return std::nullopt; }
    virtual std::optional<sf::Vector2f> mapToScreen(Vec2 /*mapPoint*/) const { return std::nullopt; }

protected:
    Context& context() const { return m_context; }

private:
    Context& m_context;
};

} // namespace acq
