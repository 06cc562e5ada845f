// One font file opened with FreeType: glyph bitmaps, advances, kerning and line spacing at a
// pixel size, rendered exactly as SFML 2.5's sf::Font renders them, without SFML.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace acq {

// A glyph as FreeType draws it at one size: coverage from 0 to 255, one byte a pixel.
struct GlyphBitmap {
    float advance = 0.0f; // to the next glyph's origin, in pixels
    int left = 0;         // from the origin to the bitmap's left edge
    int top = 0;          // from the baseline up to the bitmap's top edge
    unsigned width = 0;
    unsigned rows = 0;
    std::vector<std::uint8_t> coverage; // width * rows
};

class FontFace {
public:
    // Null when the file cannot be read as a font; `problem` then says why.
    static std::unique_ptr<FontFace> open(const std::filesystem::path& file, std::string& problem);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    // A code point missing from the font renders as the font's "missing glyph" box, as in SFML.
    // False only when FreeType fails outright (then `out` is an empty glyph).
    bool render(char32_t codePoint, unsigned pixelSize, GlyphBitmap& out);
    // The advance alone, as render() gives it, without drawing the bitmap: for measuring.
    bool advance(char32_t codePoint, unsigned pixelSize, float& out);
    float kerning(char32_t first, char32_t second, unsigned pixelSize);
    float lineSpacing(unsigned pixelSize);
    // Whether this font itself has the code point.
    bool hasGlyph(char32_t codePoint) const;

    // A second font for the code points this one lacks (the Chinese characters of the point
    // names, which DejaVu Sans does not cover): render() and advance() take them from it. Not
    // owned; it must outlive this face. Kerning and line spacing stay this font's.
    void setFallback(FontFace* fallback) { m_fallback = fallback; }
    // Whether text drawn with this face shows the code point, from itself or its fallback.
    bool canDraw(char32_t codePoint) const
    {
        return hasGlyph(codePoint) || (m_fallback && m_fallback->hasGlyph(codePoint));
    }

private:
    struct Handles;
    explicit FontFace(std::unique_ptr<Handles> handles);
    bool setPixelSize(unsigned pixelSize);

    std::unique_ptr<Handles> m_handles;
    FontFace* m_fallback = nullptr;
};

} // namespace acq
