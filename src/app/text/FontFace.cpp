#include "app/text/FontFace.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_GLYPH_H

namespace acq {

namespace {

// SFML 2.5's flags: the auto-hinter, normal anti-aliased rendering. The same flags give the same
// pixels and advances as the text players saw before this renderer.
constexpr FT_Int32 kLoadFlags = FT_LOAD_TARGET_NORMAL | FT_LOAD_FORCE_AUTOHINT;

float advanceOf(const FT_GlyphSlot glyph)
{
    return static_cast<float>(glyph->metrics.horiAdvance) / 64.0f;
}

} // namespace

// Each face has a FreeType library of its own, so that faces never share state: FreeType lets two
// threads work at once only on faces of different libraries.
struct FontFace::Handles {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    unsigned pixelSize = 0;

    ~Handles()
    {
        if (face)
            FT_Done_Face(face);
        if (library)
            FT_Done_FreeType(library);
    }
};

FontFace::FontFace(std::unique_ptr<Handles> handles)
    : m_handles(std::move(handles))
{
}

FontFace::~FontFace() = default;

std::unique_ptr<FontFace> FontFace::open(const std::filesystem::path& file, std::string& problem)
{
    auto handles = std::make_unique<Handles>();
    if (FT_Init_FreeType(&handles->library) != 0) {
        problem = "FreeType could not start";
        return nullptr;
    }
    if (FT_New_Face(handles->library, file.c_str(), 0, &handles->face) != 0) {
        problem = "cannot read the font " + file.string();
        return nullptr;
    }
    // Text is given as Unicode; a font without a Unicode character map cannot show it.
    if (FT_Select_Charmap(handles->face, FT_ENCODING_UNICODE) != 0) {
        problem = "the font " + file.string() + " has no Unicode character map";
        return nullptr;
    }
    return std::unique_ptr<FontFace>(new FontFace(std::move(handles)));
}

bool FontFace::setPixelSize(unsigned pixelSize)
{
    // Setting a size is costly in FreeType: only when it changes.
    if (m_handles->pixelSize == pixelSize)
        return true;
    if (FT_Set_Pixel_Sizes(m_handles->face, 0, pixelSize) != 0)
        return false;
    m_handles->pixelSize = pixelSize;
    return true;
}

bool FontFace::render(char32_t codePoint, unsigned pixelSize, GlyphBitmap& out)
{
    if (m_fallback && !hasGlyph(codePoint) && m_fallback->hasGlyph(codePoint))
        return m_fallback->render(codePoint, pixelSize, out);
    out = GlyphBitmap{};
    if (!setPixelSize(pixelSize))
        return false;
    FT_Face face = m_handles->face;
    if (FT_Load_Char(face, codePoint, kLoadFlags) != 0)
        return false;
    FT_Glyph glyph = nullptr;
    if (FT_Get_Glyph(face->glyph, &glyph) != 0)
        return false;
    if (FT_Glyph_To_Bitmap(&glyph, FT_RENDER_MODE_NORMAL, nullptr, 1) != 0) {
        FT_Done_Glyph(glyph);
        return false;
    }
    const auto* bitmapGlyph = reinterpret_cast<FT_BitmapGlyph>(glyph);
    const FT_Bitmap& bitmap = bitmapGlyph->bitmap;
    out.advance = advanceOf(face->glyph);
    out.left = bitmapGlyph->left;
    out.top = bitmapGlyph->top;
    out.width = bitmap.width;
    out.rows = bitmap.rows;
    out.coverage.resize(static_cast<std::size_t>(out.width) * out.rows);
    const unsigned char* row = bitmap.buffer;
    for (unsigned y = 0; y < out.rows; ++y, row += bitmap.pitch) {
        std::uint8_t* dest = out.coverage.data() + static_cast<std::size_t>(y) * out.width;
        if (bitmap.pixel_mode == FT_PIXEL_MODE_MONO) {
            for (unsigned x = 0; x < out.width; ++x)
                dest[x] = (row[x / 8] & (0x80 >> (x % 8))) ? 255 : 0;
        } else {
            for (unsigned x = 0; x < out.width; ++x)
                dest[x] = row[x];
        }
    }
    FT_Done_Glyph(glyph);
    return true;
}

bool FontFace::advance(char32_t codePoint, unsigned pixelSize, float& out)
{
    if (m_fallback && !hasGlyph(codePoint) && m_fallback->hasGlyph(codePoint))
        return m_fallback->advance(codePoint, pixelSize, out);
    out = 0.0f;
    if (!setPixelSize(pixelSize))
        return false;
    // The same load as render(): hinting decides the advance.
    if (FT_Load_Char(m_handles->face, codePoint, kLoadFlags) != 0)
        return false;
    out = advanceOf(m_handles->face->glyph);
    return true;
}

float FontFace::kerning(char32_t first, char32_t second, unsigned pixelSize)
{
    FT_Face face = m_handles->face;
    if (first == 0 || second == 0 || !FT_HAS_KERNING(face) || !setPixelSize(pixelSize))
        return 0.0f;
    FT_Vector kerning{};
    if (FT_Get_Kerning(face, FT_Get_Char_Index(face, first), FT_Get_Char_Index(face, second), FT_KERNING_DEFAULT,
                       &kerning) != 0)
        return 0.0f;
    return FT_IS_SCALABLE(face) ? static_cast<float>(kerning.x) / 64.0f : static_cast<float>(kerning.x);
}

float FontFace::lineSpacing(unsigned pixelSize)
{
    if (!setPixelSize(pixelSize))
        return static_cast<float>(pixelSize) * 1.2f;
    return static_cast<float>(m_handles->face->size->metrics.height) / 64.0f;
}

bool FontFace::hasGlyph(char32_t codePoint) const
{
    return FT_Get_Char_Index(m_handles->face, codePoint) != 0;
}

} // namespace acq
