#include "core/LandmarkLabels.h"

namespace acq {

std::vector<LandmarkLabel> layoutLandmarkLabels(const BodyMap& map, const MapCamera& camera,
                                                const std::vector<std::string>& ids,
                                                const std::function<Vec2(const std::string&)>& measure,
                                                const std::vector<Rect>& keepClear, const LabelLayoutStyle& style)
{
    const Rect& area = camera.viewport();
    std::vector<LandmarkLabel> shown;
    auto add = [&](const std::string& id, Vec2 where) {
        const Vec2 s = camera.toScreen(where);
        if (s.x < area.x || s.y < area.y || s.x >= area.x + area.width || s.y >= area.y + area.height)
            return;
        shown.push_back({id, map.landmarkName(id), s, {}});
    };
    if (ids.empty()) {
        for (const auto& [id, where] : map.landmarks)
            add(id, where);
    } else {
        for (const std::string& id : ids)
            if (const auto where = map.landmark(id))
                add(id, *where);
    }
    std::vector<LabelRequest> requests;
    for (const LandmarkLabel& l : shown)
        requests.push_back({l.mark, measure(l.text)});
    const std::vector<PlacedLabel> placed = layoutLabels(requests, area, style, keepClear);
    for (std::size_t i = 0; i < shown.size(); ++i)
        shown[i].label = placed[i];
    return shown;
}

} // namespace acq
