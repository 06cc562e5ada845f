// Small helpers shared by the scenes: panels, buttons (drawn, and found under the pointer), the
// key-hint footer.
#pragma once

#include "app/Theme.h"
#include "core/ListScroll.h"
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
// A list's scroll bar (core/ListScroll.h) in `track`: the track, and a thumb showing how much
// of the list is in view and where. Nothing when the whole list is shown.
void appendScrollBar(sf::VertexArray& triangles, const sf::FloatRect& track, const ListScroll& scroll);
// A click at height `y` on that track: -1 above the thumb (a page up), +1 below it.
int pageTowardClick(const sf::FloatRect& track, const ListScroll& scroll, float y);

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
// The same, with the same keys said shorter where `hints` would need less than 11 px to fit.
void drawFooter(sf::RenderTarget& target, const Theme& theme, const std::string& hints, const std::string& shorter);

sf::Vector2f centreOf(const sf::FloatRect& rect);

// The largest size up to `designSize` (down to 11) at which `text` fits `maxWidth`, so long
// titles shrink instead of running into what stands beside them.
float fittingSize(const Theme& theme, const std::string& text, float maxWidth, float designSize,
                  FontStyle style = FontStyle::Regular);
// Draws one line on an opaque white backing just larger than it: text over the body art, whose
// lines under it would otherwise weaken its contrast. Returns the text's width.
float drawOnBacking(sf::RenderTarget& target, const Theme& theme, const std::string& text, sf::Vector2f at,
                    float designSize, sf::Color color, FontStyle style = FontStyle::Regular);
// Draws one line at the largest size up to `designSize` (down to 11) that fits `maxWidth`,
// shortened with "…" when even that does not: a title of any length stays in its place (a level
// file may hold one long word). Returns its width.
float drawFitted(sf::RenderTarget& target, const Theme& theme, const std::string& text, sf::Vector2f at,
                 float maxWidth, float designSize, sf::Color color, FontStyle style = FontStyle::Regular);


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
