// A picture's mipmap levels made on the CPU, each half the one before (a 2x2 box filter), down
// to 1x1: computed with the decoding, off the draw thread, so that the renderer only copies
// them (Mesa's software renderer takes 150-700 ms to generate a figure's mipmaps itself,
// bench/RESULTS.md).
#pragma once

#include <cstdint>
#include <vector>

namespace acq {

struct PixelLevel {
    unsigned width = 0, height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4 bytes, rows top to bottom
};

// One level down: each pixel the rounded mean of the 2x2 block above it (of the last row or
// column where `width` or `height` is odd, the block is cut short and the edge counts twice).
PixelLevel halvePixels(const std::uint8_t* rgba, unsigned width, unsigned height);

// Levels 1, 2, ... of a width x height picture, down to 1x1 (empty for a 1x1 picture).
std::vector<PixelLevel> mipChain(const std::uint8_t* rgba, unsigned width, unsigned height);

} // namespace acq
