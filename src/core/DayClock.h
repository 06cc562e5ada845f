// The scheduler's days: each runs from 04:00 local time to the next 04:00 (Anki's rollover),
// so a point missed at 20:00 is due the next morning and one missed at 01:00 the same morning.
#pragma once

#include <cstdint>

namespace acq {

// Core knows no time zones (and g++ 12 has no <chrono> zones): the caller passes the local
// time's offset from UTC at the instant in question, e.g. localtime_r's tm_gmtoff, which
// follows the process's TZ and its daylight saving time.
inline constexpr std::int64_t kDayRolloverSeconds = 4 * 3600;

// The day an instant belongs to: 0 is the day that begins at 04:00 local time on 1970-01-01,
// so the number is the local calendar date of (local time - 4 h) counted from 1970-01-01.
std::int64_t dayNumber(std::int64_t utcSeconds, std::int64_t utcOffsetSeconds);

// The UTC instant of day `day`'s rollover, for a zone `utcOffsetSeconds` ahead of UTC then.
std::int64_t rolloverUtc(std::int64_t day, std::int64_t utcOffsetSeconds);

// Whole days from the review on `fromDay` to `toDay`, as the scheduler's elapsed days; never
// negative (a clock set back counts as the same day).
std::int64_t daysBetween(std::int64_t fromDay, std::int64_t toDay);

// A card due on day `dueDay` is due from that day's rollover on.
constexpr bool isDue(std::int64_t dueDay, std::int64_t today)
{
    return today >= dueDay;
}

} // namespace acq
