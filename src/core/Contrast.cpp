#include "core/Contrast.h"

#include <algorithm>
#include <cmath>

namespace acq {

namespace {

double linear(std::uint8_t channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t mix(std::uint8_t under, std::uint8_t over, std::uint8_t alpha)
{
    return static_cast<std::uint8_t>(std::lround((over * alpha + under * (255 - alpha)) / 255.0));
}

} // namespace

double relativeLuminance(Rgb colour)
{
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrastRatio(Rgb a, Rgb b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double requiredContrast(double pixelSize, bool bold)
{
    // 14 pt is 18.66 px: a bold text drawn at 19 px or more is large.
    const bool large = pixelSize >= 24.0 || (bold && pixelSize >= 18.66);
    return large ? 3.0 : 4.5;
}

Rgb blendOver(Rgb under, Rgb over, std::uint8_t alpha)
{
    return {mix(under.r, over.r, alpha), mix(under.g, over.g, alpha), mix(under.b, over.b, alpha)};
}

} // namespace acq
