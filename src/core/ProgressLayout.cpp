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

} // namespace acq
