// A short message over whatever screen is shown (F5's reload summary), gone after a few seconds
// of the game clock: it tells without taking a key or the screen away.
#pragma once

#include "app/Theme.h"

#include <SFML/Graphics/RenderTarget.hpp>

#include <string>

namespace acq {

class Toast {
public:
    static constexpr double kSeconds = 6.0;

    void show(std::string text, double now, bool warning);
    // Whether it is on screen at `now` (the game draws a frame when that changes).
    bool visible(double now) const { return !m_text.empty() && now < m_until; }
    // Drawn last, above the footer: a panel as wide as the text needs, up to the window's width.
    void draw(sf::RenderTarget& target, const Theme& theme, double now) const;

private:
    std::string m_text;
    double m_until = 0.0;
    bool m_warning = false;
};

} // namespace acq
