// Where the game looks for its fonts: Debian's DejaVu Sans first, then common fallbacks, and a
// CJK font for the point names' characters. Shared
// by the game and by the test that checks the font covers every character the levels use.
#pragma once

#include <optional>
#include <string>

namespace acq {

struct FontFiles {
    std::string regular;
    std::string bold; // may be missing; the regular face then serves
    // A font for the Chinese characters of the point names (WenQuanYi Micro Hei from
    // fonts-wqy-microhei, or another CJK font): drawn where the regular face has no glyph.
    // Empty when none is installed; the characters then draw as boxes and --check says so.
    std::string cjk;
};

// The first candidate whose regular face exists, if any.
std::optional<FontFiles> findFontFiles();

} // namespace acq
