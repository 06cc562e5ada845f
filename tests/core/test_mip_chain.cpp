// A picture's mipmap levels made on the CPU.
#include "core/MipChain.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {
std::vector<std::uint8_t> grey(std::initializer_list<std::uint8_t> values)
{
    std::vector<std::uint8_t> out;
    for (std::uint8_t v : values)
        out.insert(out.end(), {v, v, v, 255});
    return out;
}
} // namespace

TEST_CASE("[mipmap] each pixel of a level is the rounded mean of the 2x2 block above it")
{
    // 4 x 2: blocks (0 10 / 20 30) and (100 100 / 100 101)
    const auto pixels = grey({0, 10, 100, 100, 20, 30, 100, 101});
    const PixelLevel half = halvePixels(pixels.data(), 4, 2);
    REQUIRE(half.width == 2);
    REQUIRE(half.height == 1);
    CHECK(half.rgba[0] == 15);
    CHECK(half.rgba[4] == 100); // 401 / 4 = 100.25
    CHECK(half.rgba[3] == 255);
}

TEST_CASE("[mipmap] odd sizes round down and keep their edge, down to one pixel")
{
    const auto pixels = grey({10, 20, 30, 40, 50, 60, 70, 80, 90}); // 3 x 3
    const PixelLevel half = halvePixels(pixels.data(), 3, 3);
    CHECK(half.width == 1);
    CHECK(half.height == 1);
    CHECK(half.rgba[0] == 30); // (10 + 20 + 40 + 50) / 4
    const auto chain = mipChain(pixels.data(), 3, 3);
    CHECK(chain.size() == 1);

    std::vector<std::uint8_t> tall(4 * 1 * 5, 200); // 1 x 5: 1x2, then 1x1
    const auto levels = mipChain(tall.data(), 1, 5);
    REQUIRE(levels.size() == 2);
    CHECK(levels[0].width == 1);
    CHECK(levels[0].height == 2);
    CHECK(levels[1].height == 1);
    CHECK(levels[1].rgba[0] == 200);
    CHECK(mipChain(tall.data(), 1, 1).empty());
}

TEST_CASE("[mipmap] a figure's chain has every level OpenGL needs")
{
    std::vector<std::uint8_t> figure(std::size_t{4} * 1200 * 3300, 128);
    const auto levels = mipChain(figure.data(), 1200, 3300);
    REQUIRE(levels.size() == 11); // 600x1650 ... 1x3, 1x1
    CHECK(levels[0].width == 600);
    CHECK(levels[0].height == 1650);
    CHECK(levels.back().width == 1);
    CHECK(levels.back().height == 1);
    CHECK(levels[5].rgba[7] == 128);
}
