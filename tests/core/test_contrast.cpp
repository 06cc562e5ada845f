// WCAG 2.1 contrast (core/Contrast.h) against figures worked out by hand and by WebAIM's checker.
#include "core/Contrast.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[contrast] black on white is 21:1 and a colour on itself 1:1, either way round")
{
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    CHECK(contrastRatio(black, white) == doctest::Approx(21.0));
    CHECK(contrastRatio(white, black) == doctest::Approx(21.0));
    CHECK(contrastRatio(Rgb{119, 119, 119}, Rgb{119, 119, 119}) == doctest::Approx(1.0));
}

TEST_CASE("[contrast] known pairs: #777 on white just misses AA, the old orange and footer too")
{
    CHECK(contrastRatio(Rgb{0x77, 0x77, 0x77}, Rgb{255, 255, 255}) == doctest::Approx(4.48).epsilon(0.005));
    CHECK(contrastRatio(Rgb{213, 94, 0}, Rgb{255, 255, 255}) == doctest::Approx(3.87).epsilon(0.005));
    CHECK(contrastRatio(Rgb{105, 110, 118}, Rgb{234, 229, 219}) == doctest::Approx(4.09).epsilon(0.005));
    CHECK(relativeLuminance(Rgb{255, 0, 0}) == doctest::Approx(0.2126));
}

TEST_CASE("[contrast] large text (24 px, or 19 px bold) needs 3:1, the rest 4.5:1")
{
    CHECK(requiredContrast(23.0, false) == 4.5);
    CHECK(requiredContrast(24.0, false) == 3.0);
    CHECK(requiredContrast(18.0, true) == 4.5);
    CHECK(requiredContrast(19.0, true) == 3.0);
}

TEST_CASE("[contrast] a translucent colour blends onto what is under it")
{
    CHECK(blendOver(Rgb{255, 255, 255}, Rgb{0, 0, 0}, 255) == Rgb{0, 0, 0});
    CHECK(blendOver(Rgb{255, 255, 255}, Rgb{0, 0, 0}, 0) == Rgb{255, 255, 255});
    CHECK(blendOver(Rgb{200, 100, 0}, Rgb{0, 100, 200}, 128) == Rgb{100, 100, 100});
}
