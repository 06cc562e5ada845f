#include "Fonts.h"

#include "app/text/FontFace.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace acq;

TEST_CASE("[text] a font that cannot be read is refused with a reason")
{
    std::string problem;
    CHECK(FontFace::open("/nonexistent/font.ttf", problem) == nullptr);
    CHECK(problem.find("/nonexistent/font.ttf") != std::string::npos);
}

TEST_CASE("[text] a glyph renders with its coverage, box and advance")
{
    GlyphBitmap h;
    REQUIRE(testfonts::regular().render(U'H', 20, h));
    CHECK(h.width > 0);
    CHECK(h.rows > 0);
    CHECK(h.coverage.size() == static_cast<std::size_t>(h.width) * h.rows);
    // An H is two full-height stems: some pixels fully covered, and it stands on the baseline.
    CHECK(*std::max_element(h.coverage.begin(), h.coverage.end()) == 255);
    CHECK(h.top == static_cast<int>(h.rows));
    CHECK(h.advance > static_cast<float>(h.width));

    float advance = 0.0f;
    REQUIRE(testfonts::regular().advance(U'H', 20, advance));
    CHECK(advance == h.advance);

    GlyphBitmap space;
    REQUIRE(testfonts::regular().render(U' ', 20, space));
    CHECK(space.width == 0);
    CHECK(space.advance > 0.0f);
}

TEST_CASE("[text] glyphs grow with the pixel size and bold is wider")
{
    GlyphBitmap small, large, bold;
    REQUIRE(testfonts::regular().render(U'm', 12, small));
    REQUIRE(testfonts::regular().render(U'm', 36, large));
    REQUIRE(testfonts::bold().render(U'm', 36, bold));
    CHECK(large.advance > small.advance * 2.5f);
    CHECK(bold.advance > large.advance);
    CHECK(testfonts::regular().lineSpacing(36) > testfonts::regular().lineSpacing(12) * 2.5f);
}

TEST_CASE("[text] the font tells which characters it has")
{
    CHECK(testfonts::regular().hasGlyph(U'A'));
    CHECK(testfonts::regular().hasGlyph(U'\u2713')); // ✓, used on the review screens
    CHECK_FALSE(testfonts::regular().hasGlyph(U'\u4E2D')); // no CJK in DejaVu Sans
}

TEST_CASE("[text] a pair with kerning moves closer and the kerning is symmetric in use")
{
    // DejaVu Sans kerns "AV" (pulled together); "HH" has no kerning.
    CHECK(testfonts::regular().kerning(U'A', U'V', 40) < 0.0f);
    CHECK(testfonts::regular().kerning(U'H', U'H', 40) == 0.0f);
    CHECK(testfonts::regular().kerning(0, U'H', 40) == 0.0f);
}
