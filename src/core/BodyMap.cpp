#include "core/BodyMap.h"

namespace acq {

const BodyRegion* BodyMap::findRegion(const std::string& regionId) const
{
    for (const BodyRegion& region : regions)
        if (region.id == regionId)
            return &region;
    return nullptr;
}

std::optional<Vec2> BodyMap::landmark(const std::string& name) const
{
    auto it = landmarks.find(name);
    if (it == landmarks.end())
        return std::nullopt;
    return it->second;
}

std::string BodyMap::landmarkName(const std::string& id) const
{
    if (const auto it = landmarkNames.find(id); it != landmarkNames.end())
        return it->second;
    const bool sided = id.size() > 2 && id[id.size() - 2] == '.' && (id.back() == 'L' || id.back() == 'R');
    if (sided)
        if (const auto it = landmarkNames.find(id.substr(0, id.size() - 2)); it != landmarkNames.end())
            return it->second + (id.back() == 'L' ? ", left" : ", right");
    return id;
}

} // namespace acq
