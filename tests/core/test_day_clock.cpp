#include "core/DayClock.h"
#include "core/Timestamp.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

std::int64_t utc(const char* iso)
{
    const auto t = parseUtc(iso);
    REQUIRE_MESSAGE(t, iso);
    return *t;
}

// The day number of a local calendar date: days from 1970-01-01 to its midnight.
std::int64_t dateDay(const char* isoDate)
{
    return utc((std::string(isoDate) + "T00:00:00Z").c_str()) / 86400;
}

constexpr std::int64_t kHour = 3600;

} // namespace

TEST_CASE("[dayclock] a day runs from 04:00 local time to 04:00 in UTC")
{
    CHECK(dayNumber(utc("1970-01-01T04:00:00Z"), 0) == 0);
    CHECK(dayNumber(utc("1970-01-01T03:59:59Z"), 0) == -1);
    CHECK(dayNumber(utc("1970-01-01T00:00:00Z"), 0) == -1);
    CHECK(dayNumber(utc("1969-12-31T03:59:59Z"), 0) == -2); // before 1970 rounds down too
    CHECK(dayNumber(utc("2026-01-05T04:00:00Z"), 0) == dateDay("2026-01-05"));
    CHECK(dayNumber(utc("2026-01-06T03:59:59Z"), 0) == dateDay("2026-01-05"));
}

TEST_CASE("[dayclock] ahead of UTC the rollover comes earlier in UTC")
{
    SUBCASE("Central Europe in winter, +01:00")
    {
        CHECK(dayNumber(utc("2026-01-05T02:59:59Z"), 1 * kHour) == dateDay("2026-01-04"));
        CHECK(dayNumber(utc("2026-01-05T03:00:00Z"), 1 * kHour) == dateDay("2026-01-05"));
        // 00:30 local on the 6th is still the 5th's day.
        CHECK(dayNumber(utc("2026-01-05T23:30:00Z"), 1 * kHour) == dateDay("2026-01-05"));
    }
    SUBCASE("India, +05:30")
    {
        CHECK(dayNumber(utc("2026-01-04T22:29:59Z"), 5 * kHour + 1800) == dateDay("2026-01-04"));
        CHECK(dayNumber(utc("2026-01-04T22:30:00Z"), 5 * kHour + 1800) == dateDay("2026-01-05"));
    }
    SUBCASE("Kiribati, +14:00: the local date is a day ahead of UTC's")
    {
        CHECK(dayNumber(utc("2026-01-04T14:00:00Z"), 14 * kHour) == dateDay("2026-01-05"));
        CHECK(dayNumber(utc("2026-01-04T13:59:59Z"), 14 * kHour) == dateDay("2026-01-04"));
    }
}

TEST_CASE("[dayclock] behind UTC the rollover comes later in UTC")
{
    SUBCASE("New York in winter, -05:00")
    {
        // 20:00 on the 5th local is 01:00Z on the 6th, still the 5th's day.
        CHECK(dayNumber(utc("2026-01-06T01:00:00Z"), -5 * kHour) == dateDay("2026-01-05"));
        CHECK(dayNumber(utc("2026-01-06T08:59:59Z"), -5 * kHour) == dateDay("2026-01-05"));
        CHECK(dayNumber(utc("2026-01-06T09:00:00Z"), -5 * kHour) == dateDay("2026-01-06"));
    }
    SUBCASE("Baker Island, -12:00")
    {
        CHECK(dayNumber(utc("2026-01-05T15:59:59Z"), -12 * kHour) == dateDay("2026-01-04"));
        CHECK(dayNumber(utc("2026-01-05T16:00:00Z"), -12 * kHour) == dateDay("2026-01-05"));
    }
}

TEST_CASE("[dayclock] daylight saving time moves the rollover with the local clock")
{
    // Europe/Berlin springs forward at 01:00Z on 2026-03-29: from +01:00 to +02:00.
    CHECK(dayNumber(utc("2026-03-29T01:59:59Z"), 2 * kHour) == dateDay("2026-03-28")); // 03:59:59 CEST
    CHECK(dayNumber(utc("2026-03-29T02:00:00Z"), 2 * kHour) == dateDay("2026-03-29")); // 04:00 CEST
    CHECK(rolloverUtc(dateDay("2026-03-29"), 2 * kHour) == utc("2026-03-29T02:00:00Z"));
    CHECK(rolloverUtc(dateDay("2026-03-28"), 1 * kHour) == utc("2026-03-28T03:00:00Z"));
}

TEST_CASE("[dayclock] a rollover is the first second of its day")
{
    for (std::int64_t offset : {-12 * kHour, -5 * kHour, std::int64_t{0}, 5 * kHour + 1800, 14 * kHour})
        for (std::int64_t day : {std::int64_t{-400}, std::int64_t{0}, dateDay("2026-01-05")}) {
            CAPTURE(offset);
            CAPTURE(day);
            CHECK(dayNumber(rolloverUtc(day, offset), offset) == day);
            CHECK(dayNumber(rolloverUtc(day, offset) - 1, offset) == day - 1);
        }
}

TEST_CASE("[dayclock] a point missed in the evening is due the next morning")
{
    const std::int64_t cet = 1 * kHour;
    const std::int64_t missed = dayNumber(utc("2026-01-05T19:00:00Z"), cet); // 20:00 local
    const std::int64_t due = missed + 1;                                      // an interval of 1 day
    CHECK(rolloverUtc(due, cet) == utc("2026-01-06T03:00:00Z"));              // 04:00 local on the 6th
    CHECK_FALSE(isDue(due, dayNumber(utc("2026-01-06T02:59:59Z"), cet)));
    CHECK(isDue(due, dayNumber(utc("2026-01-06T03:00:00Z"), cet)));
    CHECK(isDue(due, due + 30)); // overdue stays due

    // Missed at 01:00 local, the answer belongs to the day before: due from 04:00 that morning.
    const std::int64_t late = dayNumber(utc("2026-01-06T00:00:00Z"), cet);
    CHECK(late == missed);
}

TEST_CASE("[dayclock] elapsed days are differences of day numbers, never negative")
{
    CHECK(daysBetween(10, 10) == 0);
    CHECK(daysBetween(10, 13) == 3);
    CHECK(daysBetween(13, 10) == 0);
    // 23:00 and 05:00 the next morning are a day apart; 05:00 and 23:00 the same day are not.
    const std::int64_t a = dayNumber(utc("2026-01-05T23:00:00Z"), 0);
    const std::int64_t b = dayNumber(utc("2026-01-06T05:00:00Z"), 0);
    const std::int64_t c = dayNumber(utc("2026-01-06T23:00:00Z"), 0);
    CHECK(daysBetween(a, b) == 1);
    CHECK(daysBetween(b, c) == 0);
}
