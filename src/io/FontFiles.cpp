#include "io/FontFiles.h"

#include <filesystem>

namespace acq {

std::optional<FontFiles> findFontFiles()
{
    static const FontFiles kCandidates[] = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", {}},
        {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", {}},
        {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", {}},
        {"/usr/share/fonts/truetype/freefont/FreeSans.ttf", "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf", {}},
    };
    // Debian's fonts-wqy-microhei first (5 MB, simplified and traditional); then larger ones.
    static const char* const kCjkCandidates[] = {
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    };
    for (const FontFiles& candidate : kCandidates) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(candidate.regular, ec))
            continue;
        FontFiles found = candidate;
        for (const char* cjk : kCjkCandidates)
            if (std::filesystem::is_regular_file(cjk, ec)) {
                found.cjk = cjk;
                break;
            }
        return found;
    }
    return std::nullopt;
}

} // namespace acq
