// A picture cut into bands, each made a texture of its own.
#include "core/PictureBands.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {
// A picture whose every pixel says its row: red = row % 256, green = row / 256.
std::vector<std::uint8_t> rowsNumbered(unsigned width, unsigned height)
{
    std::vector<std::uint8_t> out;
    for (unsigned y = 0; y < height; ++y)
        for (unsigned x = 0; x < width; ++x)
            out.insert(out.end(), {static_cast<std::uint8_t>(y % 256), static_cast<std::uint8_t>(y / 256), 0, 255});
    return out;
}
unsigned rowOf(const PixelLevel& level, unsigned y) { return level.rgba[4u * level.width * y] + 256u * level.rgba[4u * level.width * y + 1]; }
} // namespace

TEST_CASE("[bands] a figure is cut into bands that show every row once, each with the rows beside it")
{
    const auto figure = rowsNumbered(3, 1300);
    const auto bands = cutIntoBands(figure.data(), 3, 1300, 512);
    REQUIRE(bands.size() == 3);
    unsigned next = 0;
    for (const PictureBand& band : bands) {
        CHECK(band.top == next); // no row left out, none shown twice
        next = band.top + band.rows;
        CHECK(band.pixels.width == 3);
        // The first row of its pixels is the one above the band, where there is one.
        CHECK(rowOf(band.pixels, 0) == band.top - band.rowsAbove);
        CHECK(rowOf(band.pixels, band.rowsAbove) == band.top);
        CHECK(rowOf(band.pixels, band.pixels.height - 1) == std::min(1299u, band.top + band.rows));
    }
    CHECK(next == 1300);
    CHECK(bands[0].rowsAbove == 0);
    CHECK(bands[0].pixels.height == 513); // its 512 rows and the one below
    CHECK(bands[1].pixels.height == 514);
    CHECK(bands[2].rows == 276);
    CHECK(bands[2].pixels.height == 277); // no row below the picture's last
}

TEST_CASE("[bands] each band has its own complete mipmap chain, and its bytes count them")
{
    const auto figure = rowsNumbered(8, 40);
    const auto bands = cutIntoBands(figure.data(), 8, 40, 16);
    REQUIRE(bands.size() == 3);
    const PictureBand& middle = bands[1];
    REQUIRE(middle.pixels.height == 18);
    REQUIRE(!middle.levels.empty());
    CHECK(middle.levels.front().width == 4);
    CHECK(middle.levels.front().height == 9);
    CHECK(middle.levels.back().width == 1);
    CHECK(middle.levels.back().height == 1);
    std::size_t bytes = middle.pixels.rgba.size();
    for (const PixelLevel& level : middle.levels)
        bytes += level.rgba.size();
    CHECK(middle.bytes() == bytes);
    CHECK(middle.bytes() > 8u * 18u * 4u);
}

TEST_CASE("[bands] a small picture is one band, and an empty one none")
{
    const auto small = rowsNumbered(5, 7);
    const auto bands = cutIntoBands(small.data(), 5, 7, 512);
    REQUIRE(bands.size() == 1);
    CHECK(bands[0].rows == 7);
    CHECK(bands[0].rowsAbove == 0);
    CHECK(bands[0].pixels.height == 7);
    CHECK(bands[0].pixels.rgba == small);
    CHECK(cutIntoBands(small.data(), 5, 0, 512).empty());
}
