// The matching screen's cards sharing a column (core/CardFit.h), measured with a fixed-width
// stand-in font: a character is half the text size wide, a line 1.25 text sizes high.
#include "core/CardFit.h"

#include <doctest/doctest.h>

#include <numeric>
#include <string>

using namespace acq;

namespace {

CardFit fit(const std::vector<CardColumn>& columns, const CardFitRules& rules)
{
    return fitCards(
        columns, rules, [](std::string_view text, float size, std::size_t) { return text.size() * size * 0.5; },
        [](float size) { return size * 1.25f; });
}

float sum(const std::vector<float>& values) { return std::accumulate(values.begin(), values.end(), 0.0f); }

} // namespace

TEST_CASE("[cards] short cards keep the largest size and share the column's height evenly")
{
    CardFitRules rules;
    rules.height = 400.0f;
    rules.gap = 8.0f;
    rules.padding = 5.0f;
    const CardFit result = fit({{{"one", "two"}, 200.0f}, {{"a", "b", "c"}, 300.0f}}, rules);
    CHECK(result.fits);
    CHECK(result.size == doctest::Approx(17.0f));
    REQUIRE(result.heights.size() == 2);
    // Each column fills the height exactly, gaps included.
    CHECK(sum(result.heights[0]) + 8.0f == doctest::Approx(400.0f));
    CHECK(sum(result.heights[1]) + 2 * 8.0f == doctest::Approx(400.0f));
    CHECK(result.heights[0][0] == doctest::Approx(result.heights[0][1]));
}

TEST_CASE("[cards] a card of more lines is taller, and every line fits the width")
{
    CardFitRules rules;
    rules.height = 300.0f;
    rules.gap = 8.0f;
    rules.padding = 5.0f;
    const std::string longText = "a description long enough to need three or four lines at this width";
    const CardFit result = fit({{{"short", longText}, 120.0f}}, rules);
    REQUIRE(result.fits);
    REQUIRE(result.lines[0][1].size() > 1);
    CHECK(result.heights[0][1] > result.heights[0][0]);
    // The tall card's extra height is exactly its extra lines.
    const float extraLines = static_cast<float>(result.lines[0][1].size() - result.lines[0][0].size());
    CHECK(result.heights[0][1] - result.heights[0][0] == doctest::Approx(extraLines * result.size * 1.25f));
    for (const auto& card : result.lines[0])
        for (const std::string& line : card)
            CHECK(line.size() * result.size * 0.5 <= 120.0);
}

TEST_CASE("[cards] too much text shrinks the size, never below the smallest, and says when it overflows")
{
    CardFitRules rules;
    rules.gap = 4.0f;
    rules.padding = 2.0f;
    rules.largest = 17.0f;
    rules.smallest = 11.0f;
    const std::vector<std::string> texts(6, "twelve words of text that wrap onto a few lines in a narrow card");
    SUBCASE("it fits at a smaller size")
    {
        rules.height = 6 * (3 * 12.0f * 1.25f + 4.0f) + 5 * 4.0f; // room for three lines at 12
        const CardFit result = fit({{texts, 150.0f}}, rules);
        CHECK(result.fits);
        CHECK(result.size < 17.0f);
        CHECK(result.size >= 11.0f);
        CHECK(sum(result.heights[0]) + 5 * 4.0f == doctest::Approx(rules.height));
    }
    SUBCASE("it does not fit even at the smallest")
    {
        rules.height = 100.0f;
        const CardFit result = fit({{texts, 150.0f}}, rules);
        CHECK(!result.fits);
        CHECK(result.size == doctest::Approx(11.0f));
        CHECK(sum(result.heights[0]) > rules.height);
    }
}
