#include "Fonts.h"

#include "app/text/TextLayout.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

GlyphAtlas makeAtlas()
{
    return GlyphAtlas({&testfonts::regular(), &testfonts::bold()}, 512, 512);
}

} // namespace

TEST_CASE("[text] UTF-8 decodes to code points, and each malformed byte to U+FFFD")
{
    CHECK(decodeUtf8("Ab") == U"Ab");
    CHECK(decodeUtf8("caf\xc3\xa9 \xe2\x9c\x93") == U"caf\u00e9 \u2713");
    CHECK(decodeUtf8("\xf0\x9f\x98\x80") == U"\U0001F600");
    CHECK(decodeUtf8("a\xff" "b") == U"a\uFFFDb");
    CHECK(decodeUtf8("\xe2\x9c") == U"\uFFFD\uFFFD"); // cut short
    CHECK(decodeUtf8("\xc0\xaf") == U"\uFFFD\uFFFD"); // overlong "/"
    CHECK(decodeUtf8("\xed\xa0\x80") == U"\uFFFD\uFFFD\uFFFD"); // a surrogate
    CHECK(decodeUtf8("") == U"");
}

TEST_CASE("[text] a line advances by each glyph's advance plus the kerning of each pair")
{
    GlyphAtlas atlas = makeAtlas();
    LineLayout line;
    layoutLine(atlas, 0, 40, U"AVA", line);
    const float a = atlas.glyph(0, 40, U'A').advance;
    const float v = atlas.glyph(0, 40, U'V').advance;
    const float kern = testfonts::regular().kerning(U'A', U'V', 40) + testfonts::regular().kerning(U'V', U'A', 40);
    REQUIRE(kern < 0.0f);
    CHECK(line.advance == doctest::Approx(a + v + a + kern));
    CHECK(line.quads.size() == 3);
}

TEST_CASE("[text] spaces advance without a quad, and count in the bounds as in sf::Text")
{
    GlyphAtlas atlas = makeAtlas();
    LineLayout word, spaced;
    layoutLine(atlas, 0, 20, U"ok", word);
    layoutLine(atlas, 0, 20, U"ok  ", spaced);
    const float space = atlas.glyph(0, 20, U' ').advance;
    CHECK(spaced.quads.size() == 2);
    CHECK(spaced.advance == doctest::Approx(word.advance + 2 * space));
    CHECK(spaced.boundsRight == doctest::Approx(spaced.advance));
    CHECK(word.boundsRight < word.advance + 0.01f);

    LineLayout tab;
    layoutLine(atlas, 0, 20, U"\t", tab);
    CHECK(tab.advance == doctest::Approx(4 * space));
    CHECK(tab.quads.empty());
}

TEST_CASE("[text] quads sit on a baseline one pixel size below the top, one pixel past the bitmap")
{
    GlyphAtlas atlas = makeAtlas();
    LineLayout line;
    layoutLine(atlas, 1, 30, U"Hx", line);
    REQUIRE(line.quads.size() == 2);
    const AtlasGlyph h = atlas.glyph(1, 30, U'H');
    const GlyphQuad& q = line.quads[0];
    // The H stands on the baseline (y = 30): its bitmap ends there, its quad a pixel below.
    CHECK(q.bottom == doctest::Approx(30.0f + 1.0f));
    CHECK(q.top == doctest::Approx(30.0f - h.height - 1.0f));
    CHECK(q.left == doctest::Approx(h.left - 1.0f));
    CHECK(q.right - q.left == doctest::Approx(h.width + 2.0f));
    // The texture rectangle matches the quad pixel for pixel: drawn at a whole pixel, no blur.
    CHECK(q.u1 - q.u0 == doctest::Approx(q.right - q.left));
    CHECK(q.v1 - q.v0 == doctest::Approx(q.bottom - q.top));
    CHECK(q.u0 == doctest::Approx(static_cast<float>(h.u) - 1.0f));
    // The x starts after the H's advance (no kerning between H and x in this font).
    const AtlasGlyph x = atlas.glyph(1, 30, U'x');
    CHECK(line.quads[1].left == doctest::Approx(h.advance + x.left - 1.0f));
    // The bounds are the inked box: from the H's top to the baseline.
    CHECK(line.boundsTop == doctest::Approx(30.0f - h.height));
    CHECK(line.boundsBottom == doctest::Approx(30.0f));
}

TEST_CASE("[text] measuring gives the drawn advance without rendering a glyph")
{
    GlyphAtlas atlas = makeAtlas();
    LineLayout measured, drawn;
    layoutLine(atlas, 0, 17, U"Degenerative disc disease", measured, false);
    CHECK(measured.quads.empty());
    CHECK(atlas.glyphCount() == 0);
    CHECK(atlas.usedRows() == 0);
    layoutLine(atlas, 0, 17, U"Degenerative disc disease", drawn, true);
    CHECK(drawn.quads.size() == 23);
    CHECK(atlas.glyphCount() > 0);
    CHECK(measured.advance == drawn.advance);
    // Measured again once rendered: the same, now from the atlas.
    layoutLine(atlas, 0, 17, U"Degenerative disc disease", measured, false);
    CHECK(measured.advance == drawn.advance);
}

TEST_CASE("[text] empty text has no size")
{
    GlyphAtlas atlas = makeAtlas();
    LineLayout line;
    line.advance = 5.0f;
    layoutLine(atlas, 0, 17, U"", line);
    CHECK(line.advance == 0.0f);
    CHECK(line.quads.empty());
    CHECK(line.boundsRight == 0.0f);
}
