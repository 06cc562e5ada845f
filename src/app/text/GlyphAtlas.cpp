#include "app/text/GlyphAtlas.h"

#include <algorithm>

namespace acq {

namespace {

// Transparent pixels around each glyph, so that smooth sampling never picks up a neighbour.
constexpr unsigned kPadding = 1;
// The white block's side: its centre is a texel whose neighbours are white as well.
constexpr unsigned kWhiteSide = 4;

} // namespace

GlyphAtlas::GlyphAtlas(std::vector<FontFace*> faces, unsigned width, unsigned capacityRows)
    : m_faces(std::move(faces))
    , m_width(width)
    , m_capacityRows(capacityRows)
    // Not cleared: a page of it costs memory only once a shelf is written there.
    , m_pixels(new std::uint8_t[static_cast<std::size_t>(width) * capacityRows * 4])
{
}

std::uint64_t GlyphAtlas::keyOf(std::size_t face, unsigned pixelSize, char32_t codePoint)
{
    return (static_cast<std::uint64_t>(face) << 48) | (static_cast<std::uint64_t>(pixelSize & 0xFFFF) << 32) |
           static_cast<std::uint64_t>(codePoint);
}

const AtlasGlyph& GlyphAtlas::glyph(std::size_t face, unsigned pixelSize, char32_t codePoint)
{
    const std::uint64_t key = keyOf(face, pixelSize, codePoint);
    if (const auto found = m_glyphs.find(key); found != m_glyphs.end())
        return found->second;

    AtlasGlyph glyph;
    if (face < m_faces.size() && m_faces[face]->render(codePoint, pixelSize, m_scratch)) {
        glyph.advance = m_scratch.advance;
        // A glyph larger than the atlas could ever hold keeps its advance and shows nothing.
        const bool fits = m_scratch.width + 2 * kPadding <= m_width && (m_scratch.rows + 2 * kPadding) * 2 <= m_capacityRows;
        if (m_scratch.width > 0 && m_scratch.rows > 0 && fits) {
            const auto [x, y] = place(m_scratch.width + 2 * kPadding, m_scratch.rows + 2 * kPadding);
            glyph.u = static_cast<int>(x + kPadding);
            glyph.v = static_cast<int>(y + kPadding);
            glyph.left = static_cast<float>(m_scratch.left);
            glyph.top = static_cast<float>(-m_scratch.top);
            glyph.width = static_cast<float>(m_scratch.width);
            glyph.height = static_cast<float>(m_scratch.rows);
            for (unsigned row = 0; row < m_scratch.rows; ++row) {
                const std::uint8_t* from = m_scratch.coverage.data() + static_cast<std::size_t>(row) * m_scratch.width;
                std::uint8_t* to = m_pixels.get() +
                                   (static_cast<std::size_t>(glyph.v + row) * m_width + static_cast<std::size_t>(glyph.u)) * 4;
                for (unsigned col = 0; col < m_scratch.width; ++col)
                    to[col * 4 + 3] = from[col];
            }
            markDirty(y, y + m_scratch.rows + 2 * kPadding);
        }
    }
    return m_glyphs.emplace(key, glyph).first->second;
}

AtlasPoint GlyphAtlas::whiteTexel()
{
    if (m_white)
        return *m_white;
    const auto [x, y] = place(kWhiteSide, kWhiteSide);
    for (unsigned row = 0; row < kWhiteSide; ++row) {
        std::uint8_t* pixels = m_pixels.get() + (static_cast<std::size_t>(y + row) * m_width + x) * 4;
        std::fill_n(pixels, kWhiteSide * 4, std::uint8_t{255});
    }
    markDirty(y, y + kWhiteSide);
    m_white = AtlasPoint{static_cast<float>(x) + kWhiteSide / 2.0f, static_cast<float>(y) + kWhiteSide / 2.0f};
    return *m_white;
}

float GlyphAtlas::advance(std::size_t face, unsigned pixelSize, char32_t codePoint)
{
    const std::uint64_t key = keyOf(face, pixelSize, codePoint);
    if (const auto found = m_glyphs.find(key); found != m_glyphs.end())
        return found->second.advance;
    if (const auto found = m_advances.find(key); found != m_advances.end())
        return found->second;
    float advance = 0.0f;
    if (face < m_faces.size())
        m_faces[face]->advance(codePoint, pixelSize, advance);
    m_advances.emplace(key, advance);
    return advance;
}

float GlyphAtlas::kerning(std::size_t face, char32_t first, char32_t second, unsigned pixelSize)
{
    return face < m_faces.size() ? m_faces[face]->kerning(first, second, pixelSize) : 0.0f;
}

float GlyphAtlas::lineSpacing(std::size_t face, unsigned pixelSize)
{
    return face < m_faces.size() ? m_faces[face]->lineSpacing(pixelSize) : static_cast<float>(pixelSize) * 1.2f;
}

std::pair<unsigned, unsigned> GlyphAtlas::place(unsigned w, unsigned h)
{
    // Shelves as sf::Font keeps them: a glyph goes on the first shelf with room whose height
    // fits it without wasting more than 30 %; otherwise a new shelf 10 % taller than it.
    for (Shelf& shelf : m_shelves) {
        if (h > shelf.height || h * 10 < shelf.height * 7 || m_width - shelf.used < w)
            continue;
        const unsigned x = shelf.used;
        shelf.used += w;
        return {x, shelf.top};
    }
    const unsigned shelfHeight = h + h / 10;
    if (m_nextShelfTop + shelfHeight > m_capacityRows)
        clear(); // full: start again rather than fail
    m_shelves.push_back({m_nextShelfTop, shelfHeight, w});
    m_nextShelfTop += shelfHeight;
    // A new shelf starts transparent white: glyph edges blend towards white, not black.
    std::uint8_t* row = m_pixels.get() + static_cast<std::size_t>(m_shelves.back().top) * m_width * 4;
    for (std::size_t i = 0; i < static_cast<std::size_t>(shelfHeight) * m_width * 4; i += 4) {
        row[i] = row[i + 1] = row[i + 2] = 255;
        row[i + 3] = 0;
    }
    markDirty(m_shelves.back().top, m_nextShelfTop);
    return {0, m_shelves.back().top};
}

void GlyphAtlas::clear()
{
    // Glyphs are rendered again as they are asked for. Text laid out before this and not yet
    // drawn may show wrong letters for one frame; only thousands of sizes at once get here.
    m_glyphs.clear();
    m_white.reset();
    m_shelves.clear();
    m_nextShelfTop = 0;
    m_dirtyFirst = m_dirtyLast = 0; // nothing is in use until the next shelf
}

void GlyphAtlas::markDirty(unsigned first, unsigned last)
{
    if (m_dirtyFirst == m_dirtyLast) {
        m_dirtyFirst = first;
        m_dirtyLast = last;
    } else {
        m_dirtyFirst = std::min(m_dirtyFirst, first);
        m_dirtyLast = std::max(m_dirtyLast, last);
    }
}

} // namespace acq
