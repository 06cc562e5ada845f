#include "io/GlyphCoverage.h"

#include "core/TextWrap.h"

#include <cstdio>
#include <set>

namespace acq {

void reportUndrawable(const std::string& file, std::string_view utf8, const CanDraw& canDraw, Diagnostics& out)
{
    if (!canDraw)
        return;
    std::set<char32_t> reported;
    int line = 1;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t n = std::max<std::size_t>(1, utf8SequenceLength(lead));
        char32_t cp = n == 1 ? lead : n == 2 ? (lead & 0x1F) : n == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < n && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        if (cp == U'\n')
            ++line;
        else if (cp >= 0x20 && cp != 0x7F && !reported.count(cp) && !canDraw(cp)) {
            reported.insert(cp);
            char hex[16];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
            out.warning(file, line,
                        "no font the game uses can draw \"" + std::string(utf8.substr(i, n)) + "\" (" + hex +
                            "): it shows as a box; install fonts-wqy-microhei for Chinese characters");
        }
        i += n;
    }
}

} // namespace acq
