// How close a player's marks for one point come, and whether they are coming closer: the figures
// the progress screen writes under a point's cloud of past placements.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace acq {

enum class Trend { Unknown, Closer, Steady, Further };

struct PlacementTrend {
    std::size_t count = 0;           // placements with a distance
    std::optional<double> meanCun;   // of them all; none when there are none
    std::optional<double> recentCun; // of the recent ones (see placementTrend)
    std::optional<double> earlierCun; // of the ones before them
    std::size_t recentCount = 0;
    Trend trend = Trend::Unknown;
    // "mean 0.8 cun over 14 placements; last 10: 0.5 cun, before: 1.6 cun (closer)"
    std::string text() const;
};

// A change of the mean smaller than this (cun) is "steady": a half-cun ring is full marks, and a
// tenth of a cun is below what a click on the map can tell apart on most screens.
constexpr double kSteadyCun = 0.1;
constexpr std::size_t kRecentPlacements = 10;

// `distancesCun` oldest first. The recent ones are the last 10 when there are 20 or more, else
// the later half; with fewer than 4 there is no trend (one lucky click is not a trend).
PlacementTrend placementTrend(const std::vector<double>& distancesCun);

// How strongly the `index`th of `count` placements (oldest first) is drawn: the newest fully
// (1), the oldest at `faintest`, evenly between.
double placementOpacity(std::size_t index, std::size_t count, double faintest = 0.2);

} // namespace acq
