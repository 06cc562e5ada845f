// Lays out one line of text on the glyph atlas the way SFML 2.5's sf::Text does (kerning, the
// space's advance, a baseline one pixel size below the top), so that text keeps its exact place
// and width: the origin is the top-left of the line, y grows downwards.
#pragma once

#include "app/text/GlyphAtlas.h"

#include <string>
#include <string_view>
#include <vector>

namespace acq {

// One glyph's rectangle on screen and in the atlas, in pixels.
struct GlyphQuad {
    float left, top, right, bottom;
    float u0, v0, u1, v1;
};

struct LineLayout {
    std::vector<GlyphQuad> quads;
    float advance = 0.0f; // where a following character would start: the width with trailing spaces
    // The inked box, as sf::Text::getLocalBounds() gives it (all zero for empty text, and when
    // only measuring).
    float boundsLeft = 0.0f, boundsTop = 0.0f, boundsRight = 0.0f, boundsBottom = 0.0f;
};

// UTF-8 to code points; a malformed sequence becomes U+FFFD, one for each bad byte.
std::u32string decodeUtf8(std::string_view utf8);

// Lays out `text` in face `face` at `pixelSize`, rendering missing glyphs into the atlas.
// With `quads` false only the advance is computed (measuring), and no glyph is rendered.
void layoutLine(GlyphAtlas& atlas, std::size_t face, unsigned pixelSize, std::u32string_view text, LineLayout& out,
                bool quads = true);

} // namespace acq
