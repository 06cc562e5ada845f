// Small helpers shared by the scenes: panels, buttons (drawn, and found under the pointer), the
// key-hint footer.
#pragma once

#include "app/Theme.h"
#include "core/Verdict.h"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/Window/Event.hpp>

#include <optional>
#include <string>
#include <vector>

namespace acq {

// A filled rectangle with a border inside its edges, in one draw call (Theme::drawShapes).
void drawPanel(sf::RenderTarget& target, const Theme& theme, const sf::FloatRect& rect, sf::Color fill,
               sf::Color border = colors::panelBorder, float borderThickness = 1.0f);
// The same panel added to `triangles` (an sf::Triangles array): panels that do not overlap
// anything drawn between them go to the screen together, in one call of Theme::drawShapes:
// each draw call has a cost of its own.
void appendPanel(sf::VertexArray& triangles, const sf::FloatRect& rect, sf::Color fill,
                 sf::Color border = colors::panelBorder, float borderThickness = 1.0f);

struct Button {
    std::string id;    // for scripts: click-on ID
    std::string label;
    sf::FloatRect rect;
};

void drawButton(sf::RenderTarget& target, const Theme& theme, const Button& button, bool focused);
// The index of the button under `point` (window pixels), if any: what a click or the pointer's
// hover picks in a row of buttons.
std::optional<std::size_t> buttonAt(const std::vector<Button>& buttons, sf::Vector2f point);
// Where a mouse event (a move, a press or a release) happened, in window pixels.
sf::Vector2f mousePoint(const sf::Event& event);

// A line of key hints along the bottom of the window.
void drawFooter(sf::RenderTarget& target, const Theme& theme, const std::string& hints);

sf::Vector2f centreOf(const sf::FloatRect& rect);

// The largest size up to `designSize` (down to 11) at which `text` fits `maxWidth`, so long
// titles shrink instead of running into what stands beside them.
float fittingSize(const Theme& theme, const std::string& text, float maxWidth, float designSize,
                  FontStyle style = FontStyle::Regular);


// Scores in whole points ("412"), as the player sees them everywhere.
std::string formatScore(double score);
// Whole seconds as minutes and seconds: "1:05".
std::string formatClock(long seconds);

// Cun with one decimal where it matters: "0.5", "2".
std::string formatCun(double cun);
// A distance in cun, always to a tenth: "0.0", "1.5" (how far a mark was from its spot).
std::string formatDistance(double cun);

// The colours of a verdict (core/Verdict.h): blue for right, orange for everything else; the
// mark (verdictMark) tells them apart without colour.
sf::Color verdictColor(Verdict verdict);
sf::Color verdictSoftColor(Verdict verdict);

} // namespace acq
