#include "core/Settings.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[settings] the UI scale steps in tenths and stays in range")
{
    CHECK(stepUiScale(1.0, 1) == doctest::Approx(1.1));
    CHECK(stepUiScale(1.0, -2) == doctest::Approx(0.8));
    CHECK(stepUiScale(0.8, -1) == doctest::Approx(Settings::kMinUiScale));
    CHECK(stepUiScale(1.5, 1) == doctest::Approx(Settings::kMaxUiScale));
    // Up and down again lands on 1 exactly, not 0.9999.
    CHECK(stepUiScale(stepUiScale(1.0, 3), -3) == 1.0);
}

TEST_CASE("[settings] the volume steps by ten between 0 and 100")
{
    CHECK(stepVolume(70, 1) == 80);
    CHECK(stepVolume(95, 1) == 100);
    CHECK(stepVolume(5, -1) == 0);
}

TEST_CASE("[settings] side names read back")
{
    for (SideChoice side : {SideChoice::Either, SideChoice::Left, SideChoice::Right})
        CHECK(parseSide(sideName(side)) == side);
    CHECK_FALSE(parseSide("Left").has_value());
    CHECK_FALSE(parseSide("").has_value());
}
