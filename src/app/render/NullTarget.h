// A render target that draws nothing. A scene drawn into it still lays out its text, so the
// Theme renders every glyph the frame needs before any real drawing (RendererWorkarounds::beforeFrame).
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>

namespace acq {

class NullTarget final : public sf::RenderTarget {
public:
    explicit NullTarget(sf::Vector2u size)
        : m_size(size)
    {
        initialize(); // the default view, as a window of this size has
    }

    sf::Vector2u getSize() const override { return m_size; }
    // SFML draws and clears only on a target that becomes active: this one never does, so no
    // OpenGL call is made.
    bool setActive(bool) override { return false; }

private:
    sf::Vector2u m_size;
};

} // namespace acq
