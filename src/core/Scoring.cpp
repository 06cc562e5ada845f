#include "core/Scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>

namespace acq {

double placementPoints(double distanceCun, const PlacementScoring& scoring)
{
    if (!(distanceCun >= 0.0)) // also refuses NaN
        return 0.0;
    if (distanceCun <= scoring.toleranceCun)
        return scoring.maxPoints;
    const double beyond = distanceCun - scoring.toleranceCun;
    if (scoring.falloffCun <= 0.0 || beyond >= scoring.falloffCun)
        return 0.0;
    const double t = beyond / scoring.falloffCun;
    return scoring.maxPoints * 0.5 * (1.0 + std::cos(std::numbers::pi * t));
}

PlacementScore scorePlacement(double distanceCun, const PlacementScoring& scoring, bool hinted)
{
    const double hintFactor = hinted ? std::clamp(1.0 - scoring.hintCost, 0.0, 1.0) : 1.0;
    const double full = std::round(scoring.maxPoints * hintFactor);
    if (!(distanceCun >= 0.0)) // also refuses NaN
        return {Verdict::Wrong, 0.0};
    if (distanceCun <= scoring.toleranceCun)
        return {Verdict::Right, full};
    const double points = std::clamp(std::round(placementPoints(distanceCun, scoring) * hintFactor), 0.0,
                                     std::max(0.0, full - 1.0));
    return {points > 0.0 ? Verdict::Partial : Verdict::Wrong, points};
}

double distanceInCun(Vec2 a, Vec2 b, CunScale scale)
{
    return scale.lengthInCun(a - b);
}

Vec2 nearestSpot(const PointTarget& target, Vec2 click)
{
    Vec2 best = target.spots.empty() ? click : target.spots.front();
    double bestDistance = std::numeric_limits<double>::infinity();
    for (Vec2 spot : target.spots) {
        const double d = distance(spot, click);
        if (d < bestDistance) {
            bestDistance = d;
            best = spot;
        }
    }
    return best;
}

namespace {

std::string cunText(double cun)
{
    const double rounded = std::round(cun * 10.0) / 10.0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f cun", rounded);
    return buffer;
}

} // namespace

std::string oppositeDirection(const std::string& term)
{
    static const char* const pairs[][2] = {{"superior", "inferior"}, {"distal", "proximal"}, {"anterior", "posterior"},
                                           {"medial", "lateral"},    {"radial", "ulnar"},    {"dorsal", "plantar"}};
    for (const auto& pair : pairs) {
        if (term == pair[0])
            return pair[1];
        if (term == pair[1])
            return pair[0];
    }
    return {};
}

std::string describeMiss(Vec2 click, Vec2 target, CunScale scale, const BodyMap& map)
{
    constexpr double kNegligibleCun = 0.1;
    const double dxCun = (click.x - target.x) / scale.x;
    const double dyCun = (click.y - target.y) / scale.y;
    std::string horizontal;
    if (std::abs(dxCun) >= kNegligibleCun) {
        if (map.view == MapView::Other) {
            const std::string right = oppositeDirection(map.leftTerm);
            if (right.empty())
                horizontal = cunText(std::abs(dxCun)) + (dxCun < 0 ? " too far left" : " too far right");
            else
                horizontal = cunText(std::abs(dxCun)) + " too " + (dxCun < 0 ? map.leftTerm : right);
        } else if (std::abs(target.x - map.midlineX) / scale.x < kNegligibleCun) {
            // On the midline "lateral" has no side, so name the patient's side.
            const bool towardLeft = dxCun * map.towardPatientLeft() > 0;
            horizontal = cunText(std::abs(dxCun)) + (towardLeft ? " toward the patient's left"
                                                                : " toward the patient's right");
        } else {
            const bool lateral = std::abs(click.x - map.midlineX) > std::abs(target.x - map.midlineX);
            horizontal = cunText(std::abs(dxCun)) + (lateral ? " too lateral" : " too medial");
        }
    }
    std::string vertical;
    if (std::abs(dyCun) >= kNegligibleCun) {
        const std::string down = oppositeDirection(map.upTerm);
        if (map.view != MapView::Other)
            // Map y grows toward the feet on the whole figures, drawn standing.
            vertical = cunText(std::abs(dyCun)) + (dyCun > 0 ? " too inferior" : " too superior");
        else if (down.empty())
            vertical = cunText(std::abs(dyCun)) + (dyCun > 0 ? " too far down" : " too far up");
        else
            vertical = cunText(std::abs(dyCun)) + " too " + (dyCun > 0 ? down : map.upTerm);
    }
    if (horizontal.empty() && vertical.empty())
        return "right on the spot";
    if (horizontal.empty())
        return vertical;
    if (vertical.empty())
        return horizontal;
    return horizontal + ", " + vertical;
}

} // namespace acq
