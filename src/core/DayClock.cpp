#include "core/DayClock.h"

namespace acq {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Rounds toward minus infinity, so instants before 1970 fall on the right day too.
std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::int64_t dayNumber(std::int64_t utcSeconds, std::int64_t utcOffsetSeconds)
{
    return floorDiv(utcSeconds + utcOffsetSeconds - kDayRolloverSeconds, kSecondsPerDay);
}

std::int64_t rolloverUtc(std::int64_t day, std::int64_t utcOffsetSeconds)
{
    return day * kSecondsPerDay + kDayRolloverSeconds - utcOffsetSeconds;
}

std::int64_t daysBetween(std::int64_t fromDay, std::int64_t toDay)
{
    return toDay > fromDay ? toDay - fromDay : 0;
}

} // namespace acq
