// A list taller than its view, scrolled by whole items: which items show (each wholly or not at
// all, so no text is cut by the view's edge), how to keep a focused item in view, and where the
// scroll bar's thumb goes. The menu's rows and the matching cards' columns use it.
#pragma once

#include <cstddef>
#include <vector>

namespace acq {

class ListScroll {
public:
    // The items' heights in order, the gap between two, and the view's height. The position is
    // kept (within the new list) so a resized window does not jump back to the top.
    void setItems(std::vector<float> heights, float gap, float view);

    std::size_t size() const { return m_heights.size(); }
    std::size_t first() const { return m_first; }
    // One past the last item wholly in view (at least one item shows, however tall).
    std::size_t end() const;
    bool shown(std::size_t item) const { return item >= m_first && item < end(); }
    bool scrollable() const { return lastFirst() > 0; }
    // An item's top from the view's top: negative above the view, past its height below it.
    float offsetOf(std::size_t item) const;

    // By `items` (positive: down), kept within the list; true when the view moved.
    bool scrollBy(int items);
    // How many items a page moves: those shown but one, the last one shown staying in view for
    // context (at least one).
    std::size_t pageStep() const;
    // A page down (+1) or up (-1): pageStep() items.
    bool page(int direction);
    // Just enough that `item` is wholly in view.
    void reveal(std::size_t item);
    // Which way the list must scroll to show `item`: -1 up, +1 down, 0 it is in view.
    int toward(std::size_t item) const;

    // The scroll bar's thumb, as fractions of its track: where it starts and how long it is.
    float thumbStart() const;
    float thumbLength() const;

private:
    std::size_t lastFirst() const; // the largest first item that still fills the view

    std::vector<float> m_heights;
    std::vector<float> m_tops; // from the list's top
    float m_gap = 0.0f;
    float m_view = 0.0f;
    float m_total = 0.0f;
    std::size_t m_first = 0;
};

} // namespace acq
