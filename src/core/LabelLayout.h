// Where the names of marks on a map go: beside their marks, inside the map's area, never over
// one another or over another mark. Pure geometry in screen pixels, so that the game and the
// content tests lay labels out the same way.
#pragma once

#include "core/Vec2.h"

#include <optional>
#include <vector>

namespace acq {

struct LabelRequest {
    Vec2 anchor; // the mark the label names
    Vec2 size;   // the label's width and height
};

struct PlacedLabel {
    Rect box;         // where the label goes (top-left, size)
    bool free = true; // false: no free place was found; the box is the least crowded one
};

struct LabelLayoutStyle {
    double gap = 6.0;        // between a mark and its label
    double markRadius = 7.0; // the drawn size of a mark, kept clear of every label
};

// Lays out labels in order of their anchors (top to bottom), each at the first free place of:
// right of its mark, left, above, below, the diagonals; then the same further out; then
// anywhere in `area` nearest its mark. `keepClear`: more boxes no label may cover (the true
// spots and their rings on a feedback screen).
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& labels, Rect area,
                                      const LabelLayoutStyle& style = {}, const std::vector<Rect>& keepClear = {});

// The point of `box` nearest `p`: where the thin line that ties a label pushed away from its
// mark to that mark ends.
Vec2 nearestPointOf(const Rect& box, Vec2 p);

// True when two boxes share more than their edges.
bool overlaps(const Rect& a, const Rect& b);

} // namespace acq
