#include "core/Random.h"

namespace acq {

std::uint64_t Random::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t Random::below(std::uint64_t bound)
{
    // Rejection sampling keeps every value equally likely.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

std::uint64_t roundSeed(std::uint64_t seed, std::uint64_t round)
{
    if (round == 0)
        return seed;
    Random mix(seed ^ (round * 0xD1B54A32D192ED03ull));
    return mix.next();
}

} // namespace acq
