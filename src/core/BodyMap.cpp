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

} // namespace acq
