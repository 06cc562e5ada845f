// How the progress screen shares its panel: its three sections (the levels with their plots, the
// cards missed most, the points placed instead) side by side where they fit, else behind tabs;
// which rows of a section's list one page shows.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace acq {

enum class ProgressSection { Levels = 0, Missed = 1, Placed = 2 };
constexpr std::size_t kProgressSections = 3;

// The sections shown at once: `count` of them from `first`, so that the active one is among them.
struct SectionsShown {
    std::size_t first = 0;
    std::size_t count = kProgressSections;
    bool tabs() const { return count < kProgressSections; }
    bool shows(std::size_t section) const { return section >= first && section < first + count; }
};

// As many sections side by side as keep each at least `minColumn` wide, with `gap` between
// them (at least one, at most all three), placed so that `active` is shown.
SectionsShown sectionsShown(float width, float gap, float minColumn, std::size_t active);

// The rows of a list of `total` that page `page` shows at `perPage` rows a page (at least one).
// The page is clamped to the last; an empty list has one empty page.
struct ListPage {
    std::size_t first = 0, count = 0; // rows [first, first + count)
    std::size_t page = 0, pages = 1;
    std::size_t total = 0;
    bool paged() const { return pages > 1; }
    bool hasPrevious() const { return page > 0; }
    bool hasNext() const { return page + 1 < pages; }
};
ListPage listPage(std::size_t total, std::size_t perPage, std::size_t page);

// How many rows of `rowHeight` (at least one) fit in `height`, with `footer` taken off for the
// page indicator when they do not all fit.
std::size_t rowsThatFit(float height, float rowHeight, std::size_t total, float footer);

// "4-6 of 8": what a paged list shows; empty when it fits on one page.
std::string pageIndicator(const ListPage& page);

} // namespace acq
