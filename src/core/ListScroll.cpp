#include "core/ListScroll.h"

#include <algorithm>

namespace acq {

namespace {
// Heights shared out to fill a view exactly (core/CardFit.h) add up to it give or take a
// rounding error: that is still a fit, not a list to scroll.
constexpr float kSlack = 0.5f;
} // namespace

void ListScroll::setItems(std::vector<float> heights, float gap, float view)
{
    m_heights = std::move(heights);
    m_gap = gap;
    m_view = view;
    m_tops.clear();
    float y = 0.0f;
    for (const float height : m_heights) {
        m_tops.push_back(y);
        y += height + gap;
    }
    m_total = m_heights.empty() ? 0.0f : y - gap;
    m_first = std::min(m_first, lastFirst());
}

std::size_t ListScroll::lastFirst() const
{
    if (m_heights.empty())
        return 0;
    // From the end back, as many items as fit the view.
    std::size_t first = m_heights.size() - 1;
    const float bottom = m_tops.back() + m_heights.back();
    while (first > 0 && bottom - m_tops[first - 1] <= m_view + kSlack)
        --first;
    return first;
}

std::size_t ListScroll::end() const
{
    if (m_heights.empty())
        return 0;
    std::size_t end = m_first + 1;
    while (end < m_heights.size() && m_tops[end] + m_heights[end] - m_tops[m_first] <= m_view + kSlack)
        ++end;
    return end;
}

float ListScroll::offsetOf(std::size_t item) const
{
    if (item >= m_tops.size() || m_tops.empty())
        return 0.0f;
    return m_tops[item] - m_tops[m_first];
}

bool ListScroll::scrollBy(int items)
{
    const auto target = std::clamp(static_cast<long>(m_first) + items, 0L, static_cast<long>(lastFirst()));
    const bool moved = static_cast<std::size_t>(target) != m_first;
    m_first = static_cast<std::size_t>(target);
    return moved;
}

std::size_t ListScroll::pageStep() const
{
    const std::size_t shownCount = end() - m_first;
    return shownCount > 1 ? shownCount - 1 : 1;
}

bool ListScroll::page(int direction)
{
    const int step = static_cast<int>(pageStep());
    return scrollBy(direction >= 0 ? step : -step);
}

void ListScroll::reveal(std::size_t item)
{
    if (item >= m_heights.size())
        return;
    if (item < m_first) {
        m_first = item;
        return;
    }
    while (item >= end() && m_first < item && m_first < lastFirst())
        ++m_first;
}

int ListScroll::toward(std::size_t item) const
{
    if (item < m_first)
        return -1;
    return item >= end() && item < m_heights.size() ? 1 : 0;
}

float ListScroll::thumbStart() const
{
    return m_total > 0.0f && !m_heights.empty() ? m_tops[m_first] / m_total : 0.0f;
}

float ListScroll::thumbLength() const
{
    if (m_total <= 0.0f || m_heights.empty())
        return 1.0f;
    const std::size_t last = end() - 1;
    return std::min(1.0f, (m_tops[last] + m_heights[last] - m_tops[m_first]) / m_total);
}

} // namespace acq
