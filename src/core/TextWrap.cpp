#include "core/TextWrap.h"

namespace acq {

std::size_t utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

std::size_t utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); i += utf8SequenceLength(static_cast<unsigned char>(text[i])))
        ++count;
    return count;
}

namespace {

// Splits a word too wide for a line into pieces that fit, at code point boundaries.
void breakWord(std::string_view word, double maxWidth, const MeasureText& measure, std::vector<std::string>& lines)
{
    std::string piece;
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t n = std::min(utf8SequenceLength(static_cast<unsigned char>(word[i])), word.size() - i);
        std::string candidate = piece + std::string(word.substr(i, n));
        if (!piece.empty() && measure(candidate) > maxWidth) {
            lines.push_back(piece);
            piece = std::string(word.substr(i, n));
        } else {
            piece = std::move(candidate);
        }
        i += n;
    }
    if (!piece.empty())
        lines.push_back(piece);
}

void wrapParagraph(std::string_view paragraph, double maxWidth, const MeasureText& measure,
                   std::vector<std::string>& lines)
{
    std::string line;
    std::size_t start = 0;
    while (start <= paragraph.size()) {
        std::size_t end = paragraph.find(' ', start);
        if (end == std::string_view::npos)
            end = paragraph.size();
        const std::string_view word = paragraph.substr(start, end - start);
        start = end + 1;
        if (word.empty())
            continue;
        const std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (measure(candidate) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (!line.empty())
            lines.push_back(line);
        line.clear();
        if (measure(word) <= maxWidth) {
            line = std::string(word);
        } else {
            breakWord(word, maxWidth, measure, lines);
            // Keep the last piece open so the next word may join it.
            line = lines.back();
            lines.pop_back();
        }
    }
    lines.push_back(line);
}

} // namespace

std::vector<std::string> wrapText(std::string_view text, double maxWidth, const MeasureText& measure)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        wrapParagraph(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start),
                      maxWidth, measure, lines);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return lines;
}

std::string elideText(std::string_view text, double maxWidth, const MeasureText& measure)
{
    if (measure(text) <= maxWidth)
        return std::string(text);
    static constexpr std::string_view kEllipsis = "…";
    // Code point boundaries, then the longest start that fits with the ellipsis (widths grow
    // with length, so a binary search over the boundaries).
    std::vector<std::size_t> ends;
    for (std::size_t i = 0; i < text.size();) {
        i = std::min(text.size(), i + utf8SequenceLength(static_cast<unsigned char>(text[i])));
        ends.push_back(i);
    }
    std::size_t lo = 0, hi = ends.size(); // the answer is in [lo, hi): how many code points
    std::string best(kEllipsis);
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        std::string candidate(text.substr(0, ends[mid - 1]));
        while (!candidate.empty() && candidate.back() == ' ')
            candidate.pop_back();
        candidate += kEllipsis;
        if (measure(candidate) <= maxWidth) {
            best = std::move(candidate);
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return best;
}

} // namespace acq
