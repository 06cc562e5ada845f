// The results' "New best!" (core/LevelRecords.h beatsBest): only a better share than the best.
#include "core/LevelRecords.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[records] a round beats the best only with a higher share of its maximum")
{
    CHECK(beatsBest(400.0, 500.0, 401.0, 500.0));
    CHECK_FALSE(beatsBest(400.0, 500.0, 400.0, 500.0)); // a tie is no new best
    CHECK_FALSE(beatsBest(400.0, 500.0, 399.0, 500.0));
    // The level's maximum changed: 7 of 8 (87.5 %) beats 400 of 500 (80 %); 320 of 400 ties.
    CHECK(beatsBest(400.0, 500.0, 7.0, 8.0));
    CHECK_FALSE(beatsBest(400.0, 500.0, 320.0, 400.0));
}

TEST_CASE("[records] the first round of a level has no best to beat")
{
    CHECK_FALSE(beatsBest(std::nullopt, std::nullopt, 500.0, 500.0));
    CHECK_FALSE(beatsBest(0.0, 0.0, 5.0, 5.0));
}
