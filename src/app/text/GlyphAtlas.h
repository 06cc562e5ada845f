// Glyphs of every font and size the game draws, packed into one picture that becomes one
// texture: text draws without switching textures, and new glyphs reach the texture in one
// upload a frame instead of one for each glyph (SFML 2.5's sf::Font uploads and flushes per
// glyph, and keeps a texture per size). No OpenGL here: the picture is plain memory, tested
// without a display.
#pragma once

#include "app/text/FontFace.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace acq {

// Where a glyph is in the atlas and how it sits on the baseline.
struct AtlasGlyph {
    float advance = 0.0f;
    float left = 0.0f; // bitmap's box relative to the origin on the baseline (y down)
    float top = 0.0f;
    float width = 0.0f;
    float height = 0.0f;
    int u = 0; // its pixels in the atlas (empty for a space)
    int v = 0;
};

// A point of the atlas, in its pixels.
struct AtlasPoint {
    float u = 0.0f;
    float v = 0.0f;
};

class GlyphAtlas {
public:
    // The faces stay owned by the caller and must outlive the atlas. The atlas is `width` pixels
    // wide and fills from the top down, shelf by shelf, to at most `capacityRows` rows; memory is
    // reserved for them all but only the rows in use are ever written (and so cost memory).
    GlyphAtlas(std::vector<FontFace*> faces, unsigned width = 1024, unsigned capacityRows = 4096);

    // The glyph, rendered into the atlas the first time it is asked for.
    const AtlasGlyph& glyph(std::size_t face, unsigned pixelSize, char32_t codePoint);
    // A glyph's advance, from the atlas if it is there; otherwise measured without rendering it
    // (fitting a title to its room measures it at sizes it is never drawn at).
    float advance(std::size_t face, unsigned pixelSize, char32_t codePoint);
    float kerning(std::size_t face, char32_t first, char32_t second, unsigned pixelSize);
    float lineSpacing(std::size_t face, unsigned pixelSize);
    std::size_t glyphCount() const { return m_glyphs.size(); }

    // The centre of a small block of opaque white, placed the first time it is asked for (and
    // again after the atlas starts over): a shape whose every vertex samples it is drawn in its
    // vertices' colours, as without a texture (app/render/RendererWorkarounds.h). Sampled
    // smoothly or not, it stays white: the texels around its centre are white too.
    AtlasPoint whiteTexel();

    // The picture: white pixels whose alpha is the glyphs' coverage, RGBA, row by row. Only the
    // first usedRows() rows hold anything; the rest must not be read.
    unsigned width() const { return m_width; }
    unsigned usedRows() const { return m_nextShelfTop; }
    const std::uint8_t* pixels() const { return m_pixels.get(); }

    // Rows changed since markUploaded(), as [first, last) within usedRows(); empty when
    // first == last.
    unsigned dirtyFirstRow() const { return m_dirtyFirst; }
    unsigned dirtyLastRow() const { return m_dirtyLast; }
    void markUploaded() { m_dirtyFirst = m_dirtyLast = 0; }

private:
    struct Shelf {
        unsigned top;
        unsigned height;
        unsigned used; // width taken from the left
    };
    static std::uint64_t keyOf(std::size_t face, unsigned pixelSize, char32_t codePoint);
    // Top-left corner of a free w x h rectangle; when none is left the atlas starts again.
    std::pair<unsigned, unsigned> place(unsigned w, unsigned h);
    void clear();
    void markDirty(unsigned first, unsigned last);

    std::vector<FontFace*> m_faces;
    unsigned m_width;
    unsigned m_capacityRows;
    std::unique_ptr<std::uint8_t[]> m_pixels;
    std::vector<Shelf> m_shelves;
    unsigned m_nextShelfTop = 0;
    std::unordered_map<std::uint64_t, AtlasGlyph> m_glyphs;
    std::unordered_map<std::uint64_t, float> m_advances; // glyphs measured but not rendered
    std::optional<AtlasPoint> m_white;
    unsigned m_dirtyFirst = 0;
    unsigned m_dirtyLast = 0;
    GlyphBitmap m_scratch; // reused: one allocation for every glyph rendered
};

} // namespace acq
