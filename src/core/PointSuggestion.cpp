#include "core/PointSuggestion.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace acq {
namespace {

// Offsets are written to 0.1 cun: a click on the whole figure at its first zoom is no more
// precise than that (about 1.4 map units a pixel at 1280x800, 13.5 units a cun).
constexpr double kStep = 0.1;
constexpr double kNoOffset = kStep / 2.0;

bool endsWithSide(const std::string& id)
{
    return id.size() > 2 && id[id.size() - 2] == '.' && (id.back() == 'L' || id.back() == 'R');
}

std::string cun(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", std::round(value / kStep) * kStep);
    std::string out = text;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out == "-0" ? "0" : out;
}

} // namespace

std::vector<std::string> landmarksNear(const BodyMap& map, Vec2 at, std::size_t count)
{
    std::vector<std::pair<double, std::string>> byDistance;
    for (const auto& [id, where] : map.landmarks)
        byDistance.emplace_back(distance(where, at), id);
    std::sort(byDistance.begin(), byDistance.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < byDistance.size() && i < count; ++i)
        out.push_back(byDistance[i].second);
    return out;
}

PointSuggestion suggestPoint(const BodyMap& map, const BodyRegion& region, Vec2 at, const std::string& landmarkId)
{
    PointSuggestion out;
    out.regionId = region.id;
    out.landmark = landmarkId;
    const auto where = map.landmark(landmarkId);
    if (!where)
        return out;
    const Vec2 offset = region.scale.toCun(at - *where);
    if (map.view == MapView::Other) {
        out.closeUp = true;
        out.dx = offset.x;
        out.dy = offset.y;
        return out;
    }
    out.inferior = offset.y;
    const double left = map.towardPatientLeft();
    if (endsWithSide(landmarkId)) {
        const std::string base = landmarkId.substr(0, landmarkId.size() - 2);
        const double outward = landmarkId.back() == 'L' ? left : -left;
        out.lateral = offset.x * outward;
        // Both sides in the art: the level names the landmark once, for both.
        if (map.landmark(base + ".L") && map.landmark(base + ".R")) {
            out.landmark = base;
            out.bilateral = true;
        }
    } else if (std::fabs(where->x - map.midlineX) <= kMidlineTolerance) {
        out.lateral = std::fabs(offset.x);
        out.bilateral = out.lateral >= kNoOffset;
    } else {
        out.lateral = offset.x * (where->x >= map.midlineX ? 1.0 : -1.0);
    }
    return out;
}

std::string pointElement(const PointSuggestion& s)
{
    std::string out = "<point code=\"CODE\" name=\"NAME\" region=\"" + s.regionId + "\" landmark=\"" + s.landmark + "\"";
    auto offset = [&](const char* name, double value) {
        if (std::fabs(value) >= kNoOffset)
            out += std::string(" ") + name + "=\"" + cun(value) + "\"";
    };
    if (s.closeUp) {
        offset("dx", s.dx);
        offset("dy", s.dy);
    } else {
        offset("lateral", s.lateral);
        offset("inferior", s.inferior);
    }
    if (s.bilateral)
        out += " bilateral=\"true\"";
    return out + "><location>…</location></point>";
}

} // namespace acq
