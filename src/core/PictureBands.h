// A picture cut into horizontal bands, each to be made a texture of its own, with its own
// mipmap levels. Making one large texture costs one long frame under Mesa's software renderer,
// which clears all of its memory at once (a whole figure with its levels, 21 MB: 10-27 ms);
// bands of a few megabytes can be made one or two a frame, each in a millisecond or two.
#pragma once

#include "core/MipChain.h"

#include <cstdint>
#include <vector>

namespace acq {

struct PictureBand {
    unsigned top = 0;  // the picture's first row this band shows
    unsigned rows = 0; // how many it shows
    // The band's pixels also hold the row above and the row below the rows it shows, where the
    // picture has them: a smoothed texture blends each edge row with its neighbour, which must
    // be the picture's next row, not the band's own edge again (a seam where bands meet).
    unsigned rowsAbove = 0;
    PixelLevel pixels;               // level 0: the picture's width, rowsAbove + rows + the row below
    std::vector<PixelLevel> levels;  // 1, 2, ... down to 1x1 (mipChain)

    // Bytes of the band's texture, all its levels.
    std::size_t bytes() const;
};

// The rows of a width x height RGBA picture in bands of `bandRows` (the last may be shorter),
// each with its mipmap levels. A picture of no more than `bandRows` rows is one band.
std::vector<PictureBand> cutIntoBands(const std::uint8_t* rgba, unsigned width, unsigned height, unsigned bandRows);

} // namespace acq
