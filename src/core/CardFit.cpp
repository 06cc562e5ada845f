#include "core/CardFit.h"

#include <algorithm>

namespace acq {

namespace {

// Wraps every card at `size`; true when each column's cards, with their gaps, fit the height.
bool layOut(const std::vector<CardColumn>& columns, const CardFitRules& rules, float size, const MeasureAt& measure,
            const LineHeightAt& lineHeight, CardFit& out)
{
    out.size = size;
    out.lines.assign(columns.size(), {});
    out.heights.assign(columns.size(), {});
    bool fits = true;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const CardColumn& column = columns[c];
        const MeasureText atSize = [&](std::string_view text) { return measure(text, size, c); };
        float needed = 0.0f;
        for (const std::string& text : column.texts) {
            auto lines = wrapText(text, column.textWidth, atSize);
            const float height = static_cast<float>(lines.size()) * lineHeight(size) + 2.0f * rules.padding;
            out.lines[c].push_back(std::move(lines));
            out.heights[c].push_back(height);
            needed += height;
        }
        const std::size_t n = column.texts.size();
        if (n == 0)
            continue;
        needed += rules.gap * static_cast<float>(n - 1);
        if (needed > rules.height) {
            fits = false;
            continue;
        }
        const float share = (rules.height - needed) / static_cast<float>(n);
        for (float& height : out.heights[c])
            height += share;
    }
    return fits;
}

} // namespace

CardFit fitCards(const std::vector<CardColumn>& columns, const CardFitRules& rules, const MeasureAt& measure,
                 const LineHeightAt& lineHeight)
{
    CardFit fit;
    for (float size = rules.largest; size >= rules.smallest; size -= 1.0f)
        if (layOut(columns, rules, size, measure, lineHeight, fit)) {
            fit.fits = true;
            return fit;
        }
    fit.fits = layOut(columns, rules, std::min(rules.largest, rules.smallest), measure, lineHeight, fit);
    return fit;
}

} // namespace acq
