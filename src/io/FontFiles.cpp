#include "io/FontFiles.h"

#include <filesystem>

namespace acq {

std::optional<FontFiles> findFontFiles()
{
    static const FontFiles kCandidates[] = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"},
        {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"},
        {"/usr/share/fonts/truetype/freefont/FreeSans.ttf", "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf"},
    };
    for (const FontFiles& candidate : kCandidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate.regular, ec))
            return candidate;
    }
    return std::nullopt;
}

} // namespace acq
