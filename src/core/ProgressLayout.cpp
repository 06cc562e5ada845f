#include "core/ProgressLayout.h"

#include <algorithm>
#include <cmath>

namespace acq {

SectionsShown sectionsShown(float width, float gap, float minColumn, std::size_t active)
{
    std::size_t count = 1;
    while (count < kProgressSections &&
           static_cast<float>(count + 1) * minColumn + static_cast<float>(count) * gap <= width)
        ++count;
    active = std::min(active, kProgressSections - 1);
    // Two at a time: the levels with the first list, or the two lists together when either is
    // chosen (they belong together).
    std::size_t first = active;
    if (count == 2)
        first = active == 0 ? 0 : 1;
    else if (count == kProgressSections)
        first = 0;
    return {first, count};
}

ListPage listPage(std::size_t total, std::size_t perPage, std::size_t page)
{
    perPage = std::max<std::size_t>(1, perPage);
    ListPage p;
    p.total = total;
    p.pages = std::max<std::size_t>(1, (total + perPage - 1) / perPage);
    p.page = std::min(page, p.pages - 1);
    p.first = p.page * perPage;
    p.count = std::min(perPage, total - std::min(total, p.first));
    return p;
}

std::size_t rowsThatFit(float height, float rowHeight, std::size_t total, float footer)
{
    if (rowHeight <= 0.0f)
        return std::max<std::size_t>(1, total);
    const auto fit = [&](float room) { return room <= 0.0f ? 0 : static_cast<std::size_t>(std::floor(room / rowHeight)); };
    if (fit(height) >= total)
        return std::max<std::size_t>(1, total);
    return std::max<std::size_t>(1, fit(height - footer));
}

std::string pageIndicator(const ListPage& page)
{
    if (!page.paged())
        return {};
    return std::to_string(page.first + 1) + (page.count > 1 ? "-" + std::to_string(page.first + page.count) : "") +
           " of " + std::to_string(page.total);
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
