// Which points of a placement level one round asks, and in what order: all of them, or the few
// the level asks for (<scoring ask>), chosen by the round's seed.
#pragma once

#include "core/Level.h"

#include <cstdint>
#include <vector>

namespace acq {

// Indices into the level's points. The whole level shuffled by `seed`, then its first
// `askedPerRound()`: every set of that many points is equally likely, each order too, and the
// same seed gives the same round. Without `ask` this is the plain shuffle rounds always had.
std::vector<std::size_t> askedPoints(const PlacementLevel& level, std::uint64_t seed);

} // namespace acq
