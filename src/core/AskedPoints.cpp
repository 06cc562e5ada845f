#include "core/AskedPoints.h"

#include "core/Random.h"

#include <numeric>

namespace acq {

std::vector<std::size_t> askedPoints(const PlacementLevel& level, std::uint64_t seed)
{
    std::vector<std::size_t> order(level.points.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    Random random(seed);
    random.shuffle(order);
    // A prefix of a uniform shuffle is a uniform choice, so choosing adds no draws: a level
    // without `ask` keeps the order a seed always gave it (recorded scripts replay unchanged).
    order.resize(level.askedPerRound());
    return order;
}

} // namespace acq
