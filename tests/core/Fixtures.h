// Small levels and maps built in code for the core tests.
#pragma once

#include "core/Level.h"

#include <memory>

namespace acq::test {

// A back-view map 400 x 1100 units, midline x = 200, 10 units per cun in region "back".
inline std::shared_ptr<BodyMap> backMap()
{
    auto map = std::make_shared<BodyMap>();
    map->id = "back";
    map->view = MapView::Back;
    map->bounds = {0, 0, 400, 1100};
    map->midlineX = 200;
    map->landmarks = {{"L2", {200, 415}}};
    map->regions = {{"back", "Back", CunScale::uniform(10.0)}};
    return map;
}

inline PointTarget point(const std::string& code, std::vector<Vec2> spots, bool placeAll = false)
{
    PointTarget target;
    target.id = target.label = target.code = code;
    target.regionId = "back";
    target.spots = std::move(spots);
    target.landmarks = {"L2"};
    target.placeAll = placeAll;
    return target;
}

inline Level placementLevel(std::shared_ptr<BodyMap> map = backMap())
{
    PlacementLevel content;
    content.maps = {{"back", map, std::nullopt}};
    content.points = {point("BL23", {{185, 415}, {215, 415}}), point("GV4", {{200, 415}})};
    Level level;
    level.id = "test-placement";
    level.title = "Test";
    level.content = content;
    return level;
}

inline Level matchingLevel(int pairs = 4, int distractors = 1)
{
    MatchingLevel content;
    for (int i = 0; i < pairs; ++i)
        content.pairs.push_back({"p" + std::to_string(i), "prompt " + std::to_string(i),
                                 "answer " + std::to_string(i), "because " + std::to_string(i)});
    for (int i = 0; i < distractors; ++i)
        content.distractors.push_back("distractor " + std::to_string(i));
    Level level;
    level.id = "test-matching";
    level.title = "Test";
    level.content = content;
    return level;
}

} // namespace acq::test
