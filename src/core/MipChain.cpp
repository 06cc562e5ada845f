#include "core/MipChain.h"

#include <algorithm>

namespace acq {

PixelLevel halvePixels(const std::uint8_t* rgba, unsigned width, unsigned height)
{
    PixelLevel out;
    out.width = std::max(1u, width / 2);
    out.height = std::max(1u, height / 2);
    out.rgba.resize(std::size_t{4} * out.width * out.height);
    const std::size_t stride = std::size_t{4} * width;
    for (unsigned y = 0; y < out.height; ++y) {
        const std::uint8_t* top = rgba + stride * std::min(2 * y, height - 1);
        const std::uint8_t* bottom = rgba + stride * std::min(2 * y + 1, height - 1);
        std::uint8_t* row = out.rgba.data() + std::size_t{4} * out.width * y;
        for (unsigned x = 0; x < out.width; ++x) {
            const std::size_t left = std::size_t{4} * std::min(2 * x, width - 1);
            const std::size_t right = std::size_t{4} * std::min(2 * x + 1, width - 1);
            for (std::size_t c = 0; c < 4; ++c) {
                const unsigned sum = top[left + c] + top[right + c] + bottom[left + c] + bottom[right + c];
                row[4 * x + c] = static_cast<std::uint8_t>((sum + 2) / 4);
            }
        }
    }
    return out;
}

std::vector<PixelLevel> mipChain(const std::uint8_t* rgba, unsigned width, unsigned height)
{
    std::vector<PixelLevel> levels;
    while (width > 1 || height > 1) {
        levels.push_back(halvePixels(rgba, width, height));
        rgba = levels.back().rgba.data();
        width = levels.back().width;
        height = levels.back().height;
    }
    return levels;
}

} // namespace acq
