// Checks the texts a screen drew against the rules every screen keeps (issue 19): text at least
// 11 px, inside the window and inside the panel it is drawn on, and with WCAG 2.1 AA contrast
// against what is under it. Pure: the renderer records texts and filled rectangles in the
// order it draws them; this works out what each text sits on.
#pragma once

#include "core/Contrast.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace acq {

struct Box {
    float left = 0, top = 0, width = 0, height = 0;
    float right() const { return left + width; }
    float bottom() const { return top + height; }
    bool contains(float x, float y) const { return x >= left && x < right() && y >= top && y < bottom(); }
};

// A filled rectangle as drawn (window pixels), `order` counting everything drawn in the frame.
struct Surface {
    Box rect;
    Rgb colour;
    std::uint8_t alpha = 255;
    std::size_t order = 0;
    int layer = 0; // a screen drawn over another (a dialog) is a layer above it
    // A picture (the body art): of no one colour, so text on it needs a panel or halo drawn over
    // it first; it is no panel, and its colours are not known to the contrast check.
    bool picture = false;
};

struct DrawnText {
    std::string text;
    Box ink; // the inked box in window pixels
    unsigned pixelSize = 0;
    bool bold = false;
    Rgb colour;
    std::uint8_t alpha = 255;
    std::size_t order = 0;
    int layer = 0;
    Box clip; // where drawing was clipped to (the window when nothing clips)
};

struct LayoutRules {
    unsigned smallestPixelSize = 11;
    float tolerance = 1.0f; // pixels a text's ink may touch its panel's edge by (rounding)
    float smallestPanel = 8.0f; // narrower or lower rectangles are borders and bars, not panels
};

// The colour at (x, y) just before `order`: the window's background with every surface drawn
// before it over that point blended on.
Rgb colourUnder(const std::vector<Surface>& surfaces, Rgb windowBackground, float x, float y, std::size_t order);

// The panel a text is drawn on: the last surface drawn before it, under its ink's centre, big
// and opaque enough to be a panel; the window when there is none.
Box panelOf(const DrawnText& text, const std::vector<Surface>& surfaces, Box window, const LayoutRules& rules);

// One line per problem, naming the text, its figures and the rule it breaks: under the smallest
// size; leaving the window, its clip area or its panel; printed over another text; hidden in part
// by a panel of its own screen drawn after it; drawn straight on a picture; short of WCAG 2.1 AA
// contrast.
std::vector<std::string> layoutProblems(const std::vector<DrawnText>& texts, const std::vector<Surface>& surfaces,
                                        Box window, Rgb windowBackground, const LayoutRules& rules = {});

} // namespace acq
