#include "core/LabelLayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace acq {

bool overlaps(const Rect& a, const Rect& b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

namespace {

bool inside(const Rect& box, const Rect& area)
{
    return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width &&
           box.y + box.height <= area.y + area.height;
}

double overlapArea(const Rect& a, const Rect& b)
{
    const double w = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
    const double h = std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0.0;
}

Rect clampInto(Rect box, const Rect& area)
{
    box.x = std::clamp(box.x, area.x, std::max(area.x, area.x + area.width - box.width));
    box.y = std::clamp(box.y, area.y, std::max(area.y, area.y + area.height - box.height));
    return box;
}

// The places beside a mark, nearest first: right, left, above, below, then the diagonals.
std::vector<Rect> besideMark(Vec2 a, Vec2 size, double reach)
{
    const double w = size.x, h = size.y;
    return {
        {a.x + reach, a.y - h / 2, w, h},         {a.x - reach - w, a.y - h / 2, w, h},
        {a.x - w / 2, a.y - reach - h, w, h},     {a.x - w / 2, a.y + reach, w, h},
        {a.x + reach, a.y - reach - h, w, h},     {a.x - reach - w, a.y - reach - h, w, h},
        {a.x + reach, a.y + reach, w, h},         {a.x - reach - w, a.y + reach, w, h},
    };
}

} // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& labels, Rect area, const LabelLayoutStyle& style,
                                      const std::vector<Rect>& keepClear)
{
    std::vector<PlacedLabel> placed(labels.size());
    // Every mark is kept clear, so that no label hides another one's mark.
    std::vector<Rect> taken = keepClear;
    for (const LabelRequest& label : labels)
        taken.push_back({label.anchor.x - style.markRadius, label.anchor.y - style.markRadius, 2 * style.markRadius,
                         2 * style.markRadius});
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return labels[a].anchor.y != labels[b].anchor.y ? labels[a].anchor.y < labels[b].anchor.y
                                                        : labels[a].anchor.x < labels[b].anchor.x;
    });
    auto crowding = [&](const Rect& box) {
        double sum = 0.0;
        for (const Rect& t : taken)
            sum += overlapArea(box, t);
        return sum;
    };
    for (std::size_t i : order) {
        const LabelRequest& label = labels[i];
        std::vector<Rect> candidates;
        for (double ring : {1.0, 2.0, 3.5, 5.0, 7.0}) {
            const auto near = besideMark(label.anchor, label.size, style.markRadius + style.gap * ring);
            candidates.insert(candidates.end(), near.begin(), near.end());
        }
        std::optional<Rect> chosen;
        for (const Rect& c : candidates)
            if (inside(c, area) && crowding(c) == 0.0) {
                chosen = c;
                break;
            }
        if (!chosen) {
            // Anywhere in the area, nearest the mark first: a coarse grid of places.
            const double step = std::max(4.0, label.size.y / 2);
            double best = std::numeric_limits<double>::infinity();
            for (double y = area.y; y + label.size.y <= area.y + area.height; y += step)
                for (double x = area.x; x + label.size.x <= area.x + area.width; x += step) {
                    const Rect c{x, y, label.size.x, label.size.y};
                    const double d = distance(c.centre(), label.anchor);
                    if (d < best && crowding(c) == 0.0) {
                        best = d;
                        chosen = c;
                    }
                }
        }
        if (chosen) {
            placed[i] = {*chosen, true};
        } else {
            // Nowhere free: the least crowded of the places beside the mark, kept in the area.
            Rect best = clampInto(candidates.front(), area);
            double least = crowding(best);
            for (const Rect& c : candidates) {
                const Rect in = clampInto(c, area);
                if (const double crowd = crowding(in); crowd < least) {
                    least = crowd;
                    best = in;
                }
            }
            placed[i] = {best, false};
        }
        taken.push_back(placed[i].box);
    }
    return placed;
}

Vec2 nearestPointOf(const Rect& box, Vec2 p)
{
    return {std::clamp(p.x, box.x, box.x + box.width), std::clamp(p.y, box.y, box.y + box.height)};
}

} // namespace acq
