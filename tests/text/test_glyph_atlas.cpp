#include "Fonts.h"

#include "app/text/GlyphAtlas.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

GlyphAtlas makeAtlas(unsigned width = 256, unsigned rows = 256)
{
    return GlyphAtlas({&testfonts::regular(), &testfonts::bold()}, width, rows);
}

std::uint8_t alphaAt(const GlyphAtlas& atlas, int x, int y)
{
    return atlas.pixels()[(static_cast<std::size_t>(y) * atlas.width() + static_cast<std::size_t>(x)) * 4 + 3];
}

} // namespace

TEST_CASE("[text] a glyph is rendered into the atlas once and then found")
{
    GlyphAtlas atlas = makeAtlas();
    CHECK(atlas.usedRows() == 0);
    const AtlasGlyph first = atlas.glyph(0, 20, U'g');
    CHECK(atlas.glyphCount() == 1);
    CHECK(atlas.usedRows() > 0);
    const AtlasGlyph again = atlas.glyph(0, 20, U'g');
    CHECK(atlas.glyphCount() == 1);
    CHECK(again.u == first.u);
    CHECK(again.v == first.v);
    // Another size, another face: other glyphs.
    atlas.glyph(0, 21, U'g');
    atlas.glyph(1, 20, U'g');
    CHECK(atlas.glyphCount() == 3);
}

TEST_CASE("[text] the atlas holds FreeType's coverage at the glyph's place, white and transparent around it")
{
    GlyphAtlas atlas = makeAtlas();
    const AtlasGlyph placed = atlas.glyph(0, 24, U'Q');
    GlyphBitmap bitmap;
    REQUIRE(testfonts::regular().render(U'Q', 24, bitmap));
    REQUIRE(placed.width == static_cast<float>(bitmap.width));
    REQUIRE(placed.height == static_cast<float>(bitmap.rows));
    CHECK(placed.left == static_cast<float>(bitmap.left));
    CHECK(placed.top == static_cast<float>(-bitmap.top)); // y grows downwards on screen
    CHECK(placed.advance == bitmap.advance);
    for (unsigned y = 0; y < bitmap.rows; ++y)
        for (unsigned x = 0; x < bitmap.width; ++x)
            REQUIRE(alphaAt(atlas, placed.u + static_cast<int>(x), placed.v + static_cast<int>(y)) ==
                    bitmap.coverage[y * bitmap.width + x]);
    // The padding around it stays clear, so smooth sampling at its edges picks up nothing.
    for (unsigned x = 0; x < bitmap.width; ++x) {
        CHECK(alphaAt(atlas, placed.u + static_cast<int>(x), placed.v - 1) == 0);
        CHECK(alphaAt(atlas, placed.u + static_cast<int>(x), placed.v + static_cast<int>(bitmap.rows)) == 0);
    }
    const std::uint8_t* pixel = atlas.pixels() + (static_cast<std::size_t>(placed.v) * atlas.width() + placed.u) * 4;
    CHECK(pixel[0] == 255);
    CHECK(pixel[1] == 255);
    CHECK(pixel[2] == 255);
}

TEST_CASE("[text] glyphs never overlap in the atlas")
{
    GlyphAtlas atlas = makeAtlas(512, 1024);
    struct Box { int left, top, right, bottom; };
    std::vector<Box> boxes;
    for (unsigned size : {12u, 17u, 30u})
        for (char32_t c = U'!'; c <= U'~'; ++c) {
            const AtlasGlyph g = atlas.glyph(0, size, c);
            if (g.width > 0)
                boxes.push_back({g.u, g.v, g.u + static_cast<int>(g.width), g.v + static_cast<int>(g.height)});
        }
    REQUIRE(boxes.size() == 3 * 94);
    REQUIRE(atlas.glyphCount() == 3 * 94); // all still there: the atlas did not start again
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        CHECK(boxes[i].right <= static_cast<int>(atlas.width()));
        CHECK(boxes[i].bottom <= static_cast<int>(atlas.usedRows()));
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const bool apart = boxes[i].right <= boxes[j].left || boxes[j].right <= boxes[i].left ||
                               boxes[i].bottom <= boxes[j].top || boxes[j].bottom <= boxes[i].top;
            REQUIRE(apart);
        }
    }
}

TEST_CASE("[text] the atlas reports the rows changed since the last upload")
{
    GlyphAtlas atlas = makeAtlas();
    atlas.glyph(0, 20, U'a');
    CHECK(atlas.dirtyFirstRow() == 0);
    CHECK(atlas.dirtyLastRow() == atlas.usedRows());
    atlas.markUploaded();
    CHECK(atlas.dirtyFirstRow() == atlas.dirtyLastRow());

    atlas.glyph(0, 20, U'a'); // known: nothing changes
    CHECK(atlas.dirtyFirstRow() == atlas.dirtyLastRow());

    const AtlasGlyph b = atlas.glyph(0, 20, U'b'); // on the same shelf
    CHECK(atlas.dirtyFirstRow() <= static_cast<unsigned>(b.v));
    CHECK(atlas.dirtyLastRow() >= static_cast<unsigned>(b.v) + static_cast<unsigned>(b.height));
    atlas.markUploaded();

    const unsigned before = atlas.usedRows();
    atlas.glyph(1, 44, U'W'); // too tall for that shelf: a new one below
    CHECK(atlas.usedRows() > before);
    CHECK(atlas.dirtyFirstRow() == before);
    CHECK(atlas.dirtyLastRow() == atlas.usedRows());
}

TEST_CASE("[text] a full atlas starts again instead of failing")
{
    GlyphAtlas atlas = makeAtlas(128, 96);
    for (char32_t c = U'A'; c <= U'Z'; ++c) {
        const AtlasGlyph g = atlas.glyph(0, 30, c);
        REQUIRE(g.width > 0);
        CHECK(g.v + static_cast<int>(g.height) <= static_cast<int>(atlas.usedRows()));
        CHECK(atlas.usedRows() <= 96u);
    }
    // 26 capitals at 30 px need more than 128 x 96 pixels: some were forgotten to make room.
    CHECK(atlas.glyphCount() < 26);
    // What is there is whole: the last glyph's coverage is in place.
    const AtlasGlyph z = atlas.glyph(0, 30, U'Z');
    GlyphBitmap bitmap;
    REQUIRE(testfonts::regular().render(U'Z', 30, bitmap));
    CHECK(alphaAt(atlas, z.u + static_cast<int>(bitmap.width) / 2, z.v + static_cast<int>(bitmap.rows) / 2) ==
          bitmap.coverage[(bitmap.rows / 2) * bitmap.width + bitmap.width / 2]);
}

TEST_CASE("[text] a glyph too large for the atlas keeps its advance and draws nothing")
{
    GlyphAtlas atlas = makeAtlas(64, 64);
    const AtlasGlyph huge = atlas.glyph(0, 200, U'M');
    CHECK(huge.advance > 100.0f);
    CHECK(huge.width == 0.0f);
    CHECK(atlas.usedRows() == 0);
}

TEST_CASE("[text] the white block is placed once, opaque white around its centre, and clear of glyphs")
{
    GlyphAtlas atlas = makeAtlas();
    const AtlasGlyph before = atlas.glyph(0, 20, U'x');
    const AtlasPoint white = atlas.whiteTexel();
    const AtlasPoint again = atlas.whiteTexel();
    CHECK(again.u == white.u);
    CHECK(again.v == white.v);
    const AtlasGlyph after = atlas.glyph(0, 20, U'y'); // on the same shelf, to its right

    // The two texels on either side of the centre, in both directions: what smooth sampling at
    // the centre blends, and what nearest sampling picks.
    const int cu = static_cast<int>(white.u);
    const int cv = static_cast<int>(white.v);
    REQUIRE(static_cast<float>(cu) == white.u); // the centre lies between texels
    for (int y = cv - 1; y <= cv; ++y)
        for (int x = cu - 1; x <= cu; ++x) {
            CAPTURE(x);
            CAPTURE(y);
            const std::uint8_t* pixel = atlas.pixels() + (static_cast<std::size_t>(y) * atlas.width() + x) * 4;
            CHECK(pixel[0] == 255);
            CHECK(pixel[1] == 255);
            CHECK(pixel[2] == 255);
            CHECK(pixel[3] == 255);
            CHECK(static_cast<unsigned>(y) < atlas.usedRows());
            for (const AtlasGlyph& g : {before, after}) {
                const bool outside = x < g.u || x >= g.u + static_cast<int>(g.width) || y < g.v ||
                                     y >= g.v + static_cast<int>(g.height);
                CHECK(outside);
            }
        }
    // Its coverage did not leak into the glyph beside it.
    GlyphBitmap bitmap;
    REQUIRE(testfonts::regular().render(U'y', 20, bitmap));
    for (unsigned y = 0; y < bitmap.rows; ++y)
        for (unsigned x = 0; x < bitmap.width; ++x)
            REQUIRE(alphaAt(atlas, after.u + static_cast<int>(x), after.v + static_cast<int>(y)) ==
                    bitmap.coverage[y * bitmap.width + x]);
}

TEST_CASE("[text] the white block is new rows to upload, and is placed again after the atlas starts over")
{
    GlyphAtlas atlas = makeAtlas(128, 96);
    atlas.markUploaded();
    const AtlasPoint first = atlas.whiteTexel();
    CHECK(atlas.dirtyFirstRow() <= static_cast<unsigned>(first.v) - 1);
    CHECK(atlas.dirtyLastRow() >= static_cast<unsigned>(first.v) + 1);
    // Fill the atlas until it starts over (glyphs forgotten), then ask again.
    for (char32_t c = U'A'; c <= U'Z'; ++c)
        atlas.glyph(0, 30, c);
    REQUIRE(atlas.glyphCount() < 26);
    atlas.markUploaded();
    const AtlasPoint second = atlas.whiteTexel();
    const int cu = static_cast<int>(second.u);
    const int cv = static_cast<int>(second.v);
    REQUIRE(static_cast<unsigned>(cv) < atlas.usedRows());
    CHECK(atlas.dirtyFirstRow() <= static_cast<unsigned>(cv) - 1);
    CHECK(atlas.dirtyLastRow() >= static_cast<unsigned>(cv) + 1);
    const std::uint8_t* pixel = atlas.pixels() + (static_cast<std::size_t>(cv) * atlas.width() + cu) * 4;
    CHECK(pixel[0] == 255);
    CHECK(pixel[3] == 255);
    // A glyph placed after it does not cover it.
    const std::size_t count = atlas.glyphCount();
    const AtlasGlyph g = atlas.glyph(0, 12, U'a');
    REQUIRE(atlas.glyphCount() == count + 1); // no new start in between
    const bool outside = cu < g.u || cu >= g.u + static_cast<int>(g.width) || cv < g.v ||
                         cv >= g.v + static_cast<int>(g.height);
    CHECK(outside);
}
