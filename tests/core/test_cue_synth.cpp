#include "core/CueSynth.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace acq;

TEST_CASE("[sound] each cue lasts its length, peaks below full scale and starts and ends silent")
{
    for (Cue cue : kAllCues) {
        CAPTURE(static_cast<int>(cue));
        const std::vector<std::int16_t> samples = synthesizeCue(cue);
        CHECK(samples.size() == static_cast<std::size_t>(std::ceil(cueSeconds(cue) * kCueSampleRate)));
        CHECK(cueSeconds(cue) > 0.1);
        CHECK(cueSeconds(cue) < 1.0); // short cues
        int loudest = 0;
        for (std::int16_t s : samples)
            loudest = std::max(loudest, std::abs(static_cast<int>(s)));
        CHECK(loudest == kCuePeak); // normalized: no clipping, and not near silent
        // No click: the first and last milliseconds are quiet.
        const std::size_t ms = kCueSampleRate / 1000;
        for (std::size_t i = 0; i < ms; ++i) {
            CHECK(std::abs(samples[i]) < kCuePeak / 4);
            CHECK(std::abs(samples[samples.size() - 1 - i]) < kCuePeak / 20);
        }
    }
}

TEST_CASE("[sound] the cues differ from each other and scale with the sample rate")
{
    CHECK(synthesizeCue(Cue::Right) != synthesizeCue(Cue::Wrong));
    CHECK(synthesizeCue(Cue::Wrong) != synthesizeCue(Cue::NamedWrong));
    CHECK(synthesizeCue(Cue::LevelComplete).size() > synthesizeCue(Cue::Right).size());
    CHECK(synthesizeCue(Cue::Right, 22050).size() == static_cast<std::size_t>(std::ceil(cueSeconds(Cue::Right) * 22050)));
}
