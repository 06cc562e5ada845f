// Breaks UTF-8 text into lines that fit a width, with the width measured by the caller
// (the app measures with its font; tests with a fixed-width stand-in).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace acq {

using MeasureText = std::function<double(std::string_view)>;

// Breaks at spaces and explicit newlines; a word wider than the width is broken between code
// points. Never returns an empty vector for non-empty text.
std::vector<std::string> wrapText(std::string_view text, double maxWidth, const MeasureText& measure);

// `text` if it fits `maxWidth`; else its longest start (at a code point) that fits with "…"
// after it; "…" alone when not even one code point does.
std::string elideText(std::string_view text, double maxWidth, const MeasureText& measure);

// Number of bytes of the UTF-8 sequence starting with `lead` (1 for invalid lead bytes).
std::size_t utf8SequenceLength(unsigned char lead);
std::size_t utf8Length(std::string_view text);

} // namespace acq
