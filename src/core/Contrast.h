// WCAG 2.1 contrast between a text colour and what it is drawn on, so every screen's colours can
// be checked against the AA levels (4.5:1, or 3:1 for large text) by tests and scripts.
#pragma once

#include <cstdint>

namespace acq {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// Relative luminance of an sRGB colour, 0 (black) to 1 (white): WCAG 2.1's definition.
double relativeLuminance(Rgb colour);
// (lighter + 0.05) / (darker + 0.05): 1 to 21, the same either way round.
double contrastRatio(Rgb a, Rgb b);
// WCAG 2.1 AA's minimum for text of `pixelSize` pixels: 3 for large text (24 px, or 18.66 px
// bold, i.e. 18 pt and 14 pt), 4.5 for the rest.
double requiredContrast(double pixelSize, bool bold);
// `over` drawn with opacity `alpha` (0-255) on `under`, as the renderer blends it.
Rgb blendOver(Rgb under, Rgb over, std::uint8_t alpha);

} // namespace acq
