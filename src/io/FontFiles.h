// Where the game looks for its font: Debian's DejaVu Sans first, then common fallbacks. Shared
// by the game and by the test that checks the font covers every character the levels use.
#pragma once

#include <optional>
#include <string>

namespace acq {

struct FontFiles {
    std::string regular;
    std::string bold; // may be missing; the regular face then serves
};

// The first candidate whose regular face exists, if any.
std::optional<FontFiles> findFontFiles();

} // namespace acq
