#include "app/text/TextLayout.h"

#include <algorithm>

namespace acq {

std::u32string decodeUtf8(std::string_view utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = 0;
        char32_t code = 0;
        if (lead < 0x80) {
            length = 1;
            code = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
        }
        bool valid = length > 0 && i + length <= utf8.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + k]);
            valid = (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are malformed too.
        static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (valid && (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)))
            valid = false;
        if (!valid) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        out.push_back(code);
        i += length;
    }
    return out;
}

void layoutLine(GlyphAtlas& atlas, std::size_t face, unsigned pixelSize, std::u32string_view text, LineLayout& out,
                bool quads)
{
    out.quads.clear();
    out.advance = 0.0f;
    out.boundsLeft = out.boundsTop = out.boundsRight = out.boundsBottom = 0.0f;
    if (text.empty())
        return;
    // SFML's quads reach one pixel past the bitmap on each side (sampling transparent padding),
    // and its bounds start from (size, size, 0, 0).
    constexpr float kQuadMargin = 1.0f;
    const float size = static_cast<float>(pixelSize);
    const float space = atlas.advance(face, pixelSize, U' ');
    const float lineSpacing = atlas.lineSpacing(face, pixelSize);
    float x = 0.0f;
    float y = size; // the baseline
    float minX = size, minY = size, maxX = 0.0f, maxY = 0.0f;
    char32_t previous = 0;
    if (quads)
        out.quads.reserve(text.size());
    for (const char32_t c : text) {
        if (c == U'\r')
            continue;
        x += atlas.kerning(face, previous, c, pixelSize);
        previous = c;
        if (c == U' ' || c == U'\t' || c == U'\n') {
            minX = std::min(minX, x);
            minY = std::min(minY, y);
            if (c == U' ')
                x += space;
            else if (c == U'\t')
                x += space * 4.0f;
            else {
                y += lineSpacing;
                x = 0.0f;
            }
            maxX = std::max(maxX, x);
            maxY = std::max(maxY, y);
            continue;
        }
        if (!quads) { // measuring: the advance is all that is needed, and no bitmap is drawn
            x += atlas.advance(face, pixelSize, c);
            continue;
        }
        const AtlasGlyph& glyph = atlas.glyph(face, pixelSize, c);
        if (glyph.width > 0.0f) {
            out.quads.push_back({x + glyph.left - kQuadMargin, y + glyph.top - kQuadMargin,
                                 x + glyph.left + glyph.width + kQuadMargin, y + glyph.top + glyph.height + kQuadMargin,
                                 static_cast<float>(glyph.u) - kQuadMargin, static_cast<float>(glyph.v) - kQuadMargin,
                                 static_cast<float>(glyph.u) + glyph.width + kQuadMargin,
                                 static_cast<float>(glyph.v) + glyph.height + kQuadMargin});
        }
        minX = std::min(minX, x + glyph.left);
        maxX = std::max(maxX, x + glyph.left + glyph.width);
        minY = std::min(minY, y + glyph.top);
        maxY = std::max(maxY, y + glyph.top + glyph.height);
        x += glyph.advance;
    }
    out.advance = x;
    if (!quads)
        return; // bounds need the bitmaps
    out.boundsLeft = minX;
    out.boundsTop = minY;
    out.boundsRight = maxX;
    out.boundsBottom = maxY;
}

} // namespace acq
