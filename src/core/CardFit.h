// How the matching screen's cards share their columns: the largest text size at which every
// card's wrapped text fits, and each card's height (a card of three lines gets more room than
// one of one). Measured through callbacks, as TextWrap is, so the rule is tested without a font.
#pragma once

#include "core/TextWrap.h"

#include <functional>
#include <string>
#include <vector>

namespace acq {

struct CardColumn {
    std::vector<std::string> texts;
    float textWidth = 0.0f; // room for the text inside a card
};

struct CardFitRules {
    float height = 0.0f;   // of each column
    float gap = 0.0f;      // between two cards
    float padding = 0.0f;  // above and below a card's text, each
    float largest = 17.0f; // text sizes tried, largest first, in steps of 1
    float smallest = 11.0f;
};

struct CardFit {
    float size = 0.0f;  // the text size chosen
    bool fits = false;  // false: even at `smallest` some column is taller than `height`
    std::vector<std::vector<std::vector<std::string>>> lines; // [column][card]: the wrapped text
    std::vector<std::vector<float>> heights;                  // [column][card], gaps not included
};

// Width of a text at a text size in a column (columns may use different faces), and the height
// of one line at a size.
using MeasureAt = std::function<double(std::string_view, float, std::size_t)>;
using LineHeightAt = std::function<float(float)>;

// Each column's leftover height is shared out evenly, so the cards fill it. When nothing fits,
// the cards get the smallest size and the heights they need.
CardFit fitCards(const std::vector<CardColumn>& columns, const CardFitRules& rules, const MeasureAt& measure,
                 const LineHeightAt& lineHeight);

} // namespace acq
