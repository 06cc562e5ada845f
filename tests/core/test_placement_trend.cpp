// The figures under a point's cloud of past placements: mean distance, recent against earlier.
#include "core/PlacementTrend.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[trend] no placement: no mean and no trend")
{
    const PlacementTrend t = placementTrend({});
    CHECK(t.count == 0);
    CHECK_FALSE(t.meanCun);
    CHECK(t.trend == Trend::Unknown);
    CHECK(t.text() == "no placement yet");
}

TEST_CASE("[trend] under four placements: the mean only")
{
    const PlacementTrend t = placementTrend({1.0, 2.0, 0.0});
    CHECK(t.meanCun == doctest::Approx(1.0));
    CHECK_FALSE(t.recentCun);
    CHECK(t.trend == Trend::Unknown);
    CHECK(t.text() == "mean 1.0 cun over 3 placements");
}

TEST_CASE("[trend] under twenty placements the later half is compared with the earlier")
{
    // seven placements: the later half is the last 3 (7 / 2), against the 4 before
    const PlacementTrend t = placementTrend({2.0, 2.0, 2.0, 2.0, 0.5, 0.5, 0.5});
    CHECK(t.recentCount == 3);
    CHECK(*t.recentCun == doctest::Approx(0.5));
    CHECK(*t.earlierCun == doctest::Approx(2.0));
    CHECK(t.trend == Trend::Closer);
    CHECK(t.text() == "mean 1.4 cun over 7 placements; last 3: 0.5 cun, before: 2.0 cun (closer)");
}

TEST_CASE("[trend] from twenty placements on, the last ten against all before them")
{
    std::vector<double> d(25, 0.4);
    for (std::size_t i = 15; i < 25; ++i)
        d[i] = 1.4; // the last ten drift off
    const PlacementTrend t = placementTrend(d);
    CHECK(t.recentCount == 10);
    CHECK(*t.recentCun == doctest::Approx(1.4));
    CHECK(*t.earlierCun == doctest::Approx(0.4));
    CHECK(*t.meanCun == doctest::Approx((15 * 0.4 + 10 * 1.4) / 25));
    CHECK(t.trend == Trend::Further);
}

TEST_CASE("[trend] a change under a tenth of a cun is steady, either way")
{
    CHECK(placementTrend({1.0, 1.0, 0.95, 0.95}).trend == Trend::Steady);
    CHECK(placementTrend({1.0, 1.0, 1.05, 1.05}).trend == Trend::Steady);
    CHECK(placementTrend({1.0, 1.0, 0.85, 0.85}).trend == Trend::Closer);
    CHECK(placementTrend({1.0, 1.0, 1.15, 1.15}).trend == Trend::Further);
}

TEST_CASE("[trend] older placements are drawn fainter, the newest fully")
{
    CHECK(placementOpacity(0, 1) == 1.0);
    CHECK(placementOpacity(0, 5) == doctest::Approx(0.2));
    CHECK(placementOpacity(4, 5) == doctest::Approx(1.0));
    CHECK(placementOpacity(2, 5) == doctest::Approx(0.6));
    CHECK(placementOpacity(1, 5) < placementOpacity(2, 5));
    CHECK(placementOpacity(0, 3, 0.5) == doctest::Approx(0.5));
}
