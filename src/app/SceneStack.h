// The scenes on screen, top one active. Changes are queued and applied between frames so a
// scene never destroys itself while one of its own functions is running.
#pragma once

#include "app/Scene.h"

#include <functional>
#include <memory>
#include <vector>

namespace acq {

class SceneStack {
public:
    using Factory = std::function<std::unique_ptr<Scene>()>;

    void push(Factory make);
    void pop();
    // Pops every scene then pushes `make`.
    void replaceAll(Factory make);
    void clear();

    // Applies queued changes; returns true if the stack changed. New scenes are laid out for
    // `size` before they are drawn.
    bool applyPending(sf::Vector2f size);

    Scene* top() const { return m_scenes.empty() ? nullptr : m_scenes.back().get(); }
    // The scene under the top one (drawn beneath an overlay), if any.
    Scene* underTop() const { return m_scenes.size() < 2 ? nullptr : m_scenes[m_scenes.size() - 2].get(); }
    // Every scene, the top one first (the game closing tells each to keep what it has).
    template <typename F>
    void forEachFromTop(F&& f) const
    {
        for (auto it = m_scenes.rbegin(); it != m_scenes.rend(); ++it)
            f(**it);
    }
    bool empty() const { return m_scenes.empty(); }
    bool hasPending() const { return !m_pending.empty(); }

private:
    struct Change {
        enum class Kind { Push, Pop, Clear } kind;
        Factory make;
    };
    std::vector<std::unique_ptr<Scene>> m_scenes;
    std::vector<Change> m_pending;
};

} // namespace acq
