#include "core/PlacementTrend.h"

#include <cmath>
#include <cstdio>
#include <numeric>

namespace acq {
namespace {

double meanOf(std::vector<double>::const_iterator from, std::vector<double>::const_iterator to)
{
    return std::accumulate(from, to, 0.0) / static_cast<double>(to - from);
}

std::string cun(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f cun", value);
    return buffer;
}

} // namespace

PlacementTrend placementTrend(const std::vector<double>& distancesCun)
{
    PlacementTrend t;
    t.count = distancesCun.size();
    if (t.count == 0)
        return t;
    t.meanCun = meanOf(distancesCun.begin(), distancesCun.end());
    if (t.count < 4)
        return t;
    t.recentCount = t.count >= 2 * kRecentPlacements ? kRecentPlacements : t.count / 2;
    const auto split = distancesCun.end() - static_cast<std::ptrdiff_t>(t.recentCount);
    t.recentCun = meanOf(split, distancesCun.end());
    t.earlierCun = meanOf(distancesCun.begin(), split);
    const double change = *t.recentCun - *t.earlierCun;
    t.trend = std::abs(change) < kSteadyCun ? Trend::Steady : change < 0 ? Trend::Closer : Trend::Further;
    return t;
}

std::string PlacementTrend::text() const
{
    if (!meanCun)
        return "no placement yet";
    std::string s = "mean " + cun(*meanCun) + " over " + std::to_string(count) +
                    (count == 1 ? " placement" : " placements");
    if (trend == Trend::Unknown)
        return s;
    const char* word = trend == Trend::Closer ? "closer" : trend == Trend::Further ? "further off" : "steady";
    return s + "; last " + std::to_string(recentCount) + ": " + cun(*recentCun) + ", before: " + cun(*earlierCun) +
           " (" + word + ")";
}

double placementOpacity(std::size_t index, std::size_t count, double faintest)
{
    if (count <= 1)
        return 1.0;
    return faintest + (1.0 - faintest) * static_cast<double>(index) / static_cast<double>(count - 1);
}

} // namespace acq
