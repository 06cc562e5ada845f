#include "core/TextWrap.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {
// Every code point is one unit wide.
double monospace(std::string_view s) { return static_cast<double>(utf8Length(s)); }
} // namespace

TEST_CASE("[wrap] lines break at spaces and never exceed the width")
{
    const auto lines = wrapText("the quick brown fox jumps over the lazy dog", 10, monospace);
    CHECK(lines == std::vector<std::string>{"the quick", "brown fox", "jumps over", "the lazy", "dog"});
}

TEST_CASE("[wrap] a word wider than the line is broken between code points")
{
    const auto lines = wrapText("Yāoyángguān ok", 4, monospace);
    for (const auto& line : lines)
        CHECK(utf8Length(line) <= 4);
    CHECK(lines.front() == "Yāoy");
    CHECK(lines.back() == "ok");
}

TEST_CASE("[wrap] explicit newlines start new lines and empty text gives one empty line")
{
    CHECK(wrapText("a b\nc", 10, monospace) == std::vector<std::string>{"a b", "c"});
    CHECK(wrapText("", 10, monospace) == std::vector<std::string>{""});
}

TEST_CASE("[wrap] UTF-8 lengths count code points")
{
    CHECK(utf8Length("Shènshū") == 7);
    CHECK(utf8Length("–") == 1);
}

TEST_CASE("[wrap] a line too long for its width ends in an ellipsis, cut at a code point")
{
    CHECK(elideText("Lower back", 10, monospace) == "Lower back");
    CHECK(elideText("Lower back close-up", 10, monospace) == "Lower bac…");
    CHECK(elideText("Lower back close-up", 7, monospace) == "Lower…"); // no space before the ellipsis
    CHECK(elideText("Shènshū point", 4, monospace) == "Shè…");
    CHECK(elideText("abc", 0, monospace) == "…");
    for (double width = 1; width < 20; ++width)
        CHECK(monospace(elideText("the quick brown fox", width, monospace)) <= width);
}
