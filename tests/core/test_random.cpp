#include "core/Random.h"

#include <doctest/doctest.h>

#include <array>

using namespace acq;

TEST_CASE("[random] the same seed gives the same sequence")
{
    Random a(99), b(99), c(100);
    for (int i = 0; i < 10; ++i) {
        const auto x = a.next();
        CHECK(x == b.next());
        CHECK(x != c.next());
    }
}

TEST_CASE("[random] below stays in range and reaches every value")
{
    Random r(1);
    std::array<int, 7> seen{};
    for (int i = 0; i < 7000; ++i) {
        const auto v = r.below(7);
        REQUIRE(v < 7);
        ++seen[v];
    }
    for (int count : seen)
        CHECK(count > 800); // ~1000 each
}
