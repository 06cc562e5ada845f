// How the menu groups its levels under headings: placement levels by the body region most of
// their points lie in (its name from the level's maps), matching levels by their kind, files
// that did not load last. Derived from the levels' own data, so a new level finds its group.
#pragma once

#include "core/Level.h"

#include <cstddef>
#include <string>
#include <vector>

namespace acq {

// A level's group: its heading, and the rank of its kind (placement 0, matching 1, broken 2).
struct MenuGroup {
    int rank = 2;
    std::string heading;
};

// The name of the region that holds more than half of a placement level's points, else
// "Several regions".
std::string mainRegion(const PlacementLevel& level);
// The group of a level; null: a file that did not load.
MenuGroup menuGroupOf(const Level* level);

// One line of the menu's list: a heading (not selectable), or the level at `level` in the
// order given to groupMenu.
struct MenuItem {
    bool heading = false;
    std::string text;      // a heading's text
    std::size_t level = 0; // a level's index
};

// Levels (in the catalog's order) into their groups: by rank, then groups in the order their
// first level comes, levels keeping their order within a group; each group after its heading.
std::vector<MenuItem> groupMenu(const std::vector<MenuGroup>& groups);
// The levels' indices in the order the menu lists them, headings left out: the rows Down walks
// through after practice.
std::vector<std::size_t> menuOrder(const std::vector<MenuGroup>& groups);

// Where PgUp (-1) or PgDn (+1) moves the focus in a column of lines, `headings` marking those
// that never take it: `step` lines (a page) from `from`, kept within the column and not going
// round, then on past a heading as Up/Down skip it (back the other way at the column's end).
std::size_t pageFocusLine(const std::vector<bool>& headings, std::size_t from, std::size_t step, int direction);

} // namespace acq
