#include "core/MenuGroups.h"

#include <algorithm>
#include <map>

namespace acq {

std::string mainRegion(const PlacementLevel& level)
{
    std::map<std::string, std::size_t> counts;
    for (const PointTarget& point : level.points) {
        const LevelMap& map = level.mapOf(point);
        const BodyRegion* region = map.map ? map.map->findRegion(point.regionId) : nullptr;
        ++counts[region && !region->name.empty() ? region->name : point.regionId];
    }
    for (const auto& [name, count] : counts)
        if (2 * count > level.points.size())
            return name;
    return "Several regions";
}

MenuGroup menuGroupOf(const Level* level)
{
    if (!level)
        return {2, "Could not be loaded"};
    if (const PlacementLevel* placement = level->placement())
        return {0, mainRegion(*placement)};
    return {1, "Matching"};
}

std::vector<MenuItem> groupMenu(const std::vector<MenuGroup>& groups)
{
    // The groups in the order of their first level, within their rank.
    std::vector<std::size_t> firsts;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const bool seen = std::any_of(firsts.begin(), firsts.end(), [&](std::size_t f) {
            return groups[f].rank == groups[i].rank && groups[f].heading == groups[i].heading;
        });
        if (!seen)
            firsts.push_back(i);
    }
    std::stable_sort(firsts.begin(), firsts.end(),
                     [&](std::size_t a, std::size_t b) { return groups[a].rank < groups[b].rank; });
    std::vector<MenuItem> items;
    for (const std::size_t f : firsts) {
        items.push_back({true, groups[f].heading, 0});
        for (std::size_t i = 0; i < groups.size(); ++i)
            if (groups[i].rank == groups[f].rank && groups[i].heading == groups[f].heading)
                items.push_back({false, {}, i});
    }
    return items;
}

std::vector<std::size_t> menuOrder(const std::vector<MenuGroup>& groups)
{
    std::vector<std::size_t> order;
    for (const MenuItem& item : groupMenu(groups))
        if (!item.heading)
            order.push_back(item.level);
    return order;
}

std::size_t pageFocusLine(const std::vector<bool>& headings, std::size_t from, std::size_t step, int direction)
{
    if (headings.empty())
        return 0;
    const long last = static_cast<long>(headings.size()) - 1;
    const long way = direction < 0 ? -1 : 1;
    const long to = std::clamp(static_cast<long>(from) + way * static_cast<long>(step), 0L, last);
    for (long i = to; i >= 0 && i <= last; i += way)
        if (!headings[static_cast<std::size_t>(i)])
            return static_cast<std::size_t>(i);
    for (long i = to; i >= 0 && i <= last; i -= way)
        if (!headings[static_cast<std::size_t>(i)])
            return static_cast<std::size_t>(i);
    return from;
}

} // namespace acq
