// The game's fonts have a glyph for every character the shipped levels use (pinyin tone marks,
// the en dash, the point names' Chinese characters from the CJK fallback): asked of the game's
// FreeType reader of its fonts (FontFace).
#include "ShippedContent.h"

#include "app/text/FontFace.h"
#include "core/TextWrap.h"
#include "io/FontFiles.h"

#include "core/Verdict.h"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace acq;
using namespace acq::content;

namespace {

std::set<char32_t> codePoints(const std::string& utf8)
{
    std::set<char32_t> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t n = utf8SequenceLength(lead);
        char32_t cp = n == 1 ? lead : n == 2 ? (lead & 0x1F) : n == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (std::size_t k = 1; k < n && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        if (cp >= 0x20)
            out.insert(cp);
        i += n;
    }
    return out;
}

} // namespace

TEST_CASE("[glyphs] the font covers every character of the shipped levels and the game's marks")
{
    const auto files = findFontFiles();
    REQUIRE_MESSAGE(files.has_value(), "no font found: install fonts-dejavu-core");
    std::set<char32_t> used;
    for (const auto& entry : std::filesystem::directory_iterator(sourceDir() / "levels")) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const auto points = codePoints(text.str());
        used.insert(points.begin(), points.end());
    }
    // The marks the game itself draws for a verdict (core/Verdict.h): check mark, ballot x,
    // almost-equal for a partly right placement.
    for (Verdict verdict : {Verdict::Right, Verdict::Partial, Verdict::Wrong, Verdict::NamedOther, Verdict::Skipped}) {
        const auto marks = codePoints(verdictMark(verdict));
        used.insert(marks.begin(), marks.end());
    }
    CHECK(used.count(U'\u2713') == 1);
    CHECK(used.count(U'\u2248') == 1);
    CHECK(used.count(U'\u00E8') == 1); // è of Shènshū: the levels do use tone marks
    CHECK(used.count(U'\u814E') == 1); // 腎 of 腎俞: and Chinese characters, simplified and traditional
    CHECK(used.count(U'\u80BE') == 1); // 肾 of 肾俞
    // The point names' characters come from the CJK fallback (Theme): without it they are boxes.
    REQUIRE_MESSAGE(!files->cjk.empty(), "no CJK font found: install fonts-wqy-microhei");
    std::string cjkProblem;
    const auto cjk = FontFace::open(files->cjk, cjkProblem);
    REQUIRE_MESSAGE(cjk, cjkProblem);
    for (const std::string& file : {files->regular, files->bold}) {
        std::string problem;
        const auto face = FontFace::open(file, problem); // the game's own reader of its font
        REQUIRE_MESSAGE(face, problem);
        face->setFallback(cjk.get());
        for (char32_t cp : used) {
            INFO(file << ": U+" << std::hex << static_cast<unsigned>(cp));
            CHECK(face->canDraw(cp));
            // Latin text (pinyin included) stays in DejaVu Sans: the fallback is for what it lacks.
            if (cp < 0x2E80)
                CHECK(face->hasGlyph(cp));
        }
    }
}
