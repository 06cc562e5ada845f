#include "core/Settings.h"

#include <algorithm>
#include <cmath>

namespace acq {

const char* sideName(SideChoice side)
{
    switch (side) {
    case SideChoice::Left: return "left";
    case SideChoice::Right: return "right";
    case SideChoice::Either: break;
    }
    return "either";
}

std::optional<SideChoice> parseSide(std::string_view text)
{
    for (SideChoice side : {SideChoice::Either, SideChoice::Left, SideChoice::Right})
        if (text == sideName(side))
            return side;
    return std::nullopt;
}

double stepUiScale(double scale, int steps)
{
    // Whole tenths, so that repeated steps land on 1.0 again rather than 0.9999.
    const double tenths = std::round(scale / Settings::kUiScaleStep) + steps;
    return std::clamp(tenths * Settings::kUiScaleStep, Settings::kMinUiScale, Settings::kMaxUiScale);
}

int stepVolume(int volume, int steps)
{
    return std::clamp(volume + steps * Settings::kVolumeStep, 0, Settings::kMaxVolume);
}

} // namespace acq
