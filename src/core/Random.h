// A small seeded generator with the same sequence on every platform and standard library,
// so a recorded seed replays the same shuffle (std::shuffle's algorithm is unspecified).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace acq {

class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next(); // splitmix64
    // Uniform in [0, bound); bound must be > 0.
    std::uint64_t below(std::uint64_t bound);

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::uint64_t m_state;
};

// The seed of the n-th round played in one run of the game: round 0 uses `seed` itself (so a
// script's first round shuffles with the seed it names), every later round one derived from it,
// so that playing a level again does not repeat its order.
std::uint64_t roundSeed(std::uint64_t seed, std::uint64_t round);

} // namespace acq
