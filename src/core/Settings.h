// The player's settings (settings.xml): what they are, their defaults and their allowed ranges.
#pragma once

#include <optional>
#include <string_view>

namespace acq {

// Which spot of a bilateral point a placement is asked for: either (the nearer one is scored),
// or the patient's left or right only.
enum class SideChoice { Either, Left, Right };
const char* sideName(SideChoice side); // "either", "left", "right"
std::optional<SideChoice> parseSide(std::string_view text);

struct Settings {
    static constexpr double kMinUiScale = 0.8;
    static constexpr double kMaxUiScale = 1.5;
    static constexpr double kUiScaleStep = 0.1;
    static constexpr int kMaxVolume = 100;
    static constexpr int kVolumeStep = 10;

    bool fullScreen = false;
    double uiScale = 1.0;    // text and controls, on top of the window's own scaling
    bool sound = true;
    int volume = 70;         // 0-100
    bool showClock = false;  // the on-screen timer in rounds (time is always recorded)
    bool reducedMotion = false;
    SideChoice sides = SideChoice::Either;

    bool operator==(const Settings&) const = default;
};

// One step up or down, kept in range (the settings screen's -/+ and Left/Right).
double stepUiScale(double scale, int steps);
int stepVolume(int volume, int steps);

} // namespace acq
