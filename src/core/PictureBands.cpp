#include "core/PictureBands.h"

#include <algorithm>
#include <cstring>

namespace acq {

std::size_t PictureBand::bytes() const
{
    std::size_t total = pixels.rgba.size();
    for (const PixelLevel& level : levels)
        total += level.rgba.size();
    return total;
}

std::vector<PictureBand> cutIntoBands(const std::uint8_t* rgba, unsigned width, unsigned height, unsigned bandRows)
{
    std::vector<PictureBand> bands;
    if (width == 0 || height == 0)
        return bands;
    bandRows = std::max(1u, bandRows);
    const std::size_t rowBytes = std::size_t{4} * width;
    for (unsigned top = 0; top < height; top += bandRows) {
        PictureBand band;
        band.top = top;
        band.rows = std::min(bandRows, height - top);
        band.rowsAbove = top > 0 ? 1 : 0;
        const unsigned first = top - band.rowsAbove;
        const unsigned last = std::min(height, top + band.rows + 1); // one past the row below, if any
        band.pixels.width = width;
        band.pixels.height = last - first;
        band.pixels.rgba.resize(rowBytes * band.pixels.height);
        std::memcpy(band.pixels.rgba.data(), rgba + rowBytes * first, band.pixels.rgba.size());
        band.levels = mipChain(band.pixels.rgba.data(), width, band.pixels.height);
        bands.push_back(std::move(band));
    }
    return bands;
}

} // namespace acq
