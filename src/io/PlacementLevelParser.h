// The elements of a placement level: its <map>s and <point>s (with their <spot>s), and the
// placement attributes of <scoring>; then each point placed on its map and checked against the
// others.
#pragma once

#include "core/SpotResolution.h"
#include "io/LevelKindParser.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace acq {

class PlacementLevelParser : public LevelKindParser {
public:
    static constexpr const char* kChildren[] = {"map", "point"};

    explicit PlacementLevelParser(const LevelFileContext& context) : m_context(context) {}

    void readChild(const tinyxml2::XMLElement& el) override;
    void readScoring(ElementReader& r, const tinyxml2::XMLElement& el) override;
    void finish(Level& level) override;

private:
    // A point as written, before the map is known.
    struct PointSpec {
        PointTarget target;
        std::string describe;              // `<point code="BL23">`
        std::vector<PointLocation> wheres; // the point's own location, or one per <spot>
        std::optional<std::string> mapId;  // the level map it lies on (default: the first)
        bool complete = false;             // every attribute needed for phase 2 was read without error
    };

    // A <map> of the level, before phase 2.
    struct MapSpec {
        LevelMap level;
        int line = 0;
        bool idGiven = false;
    };

    void readMap(const tinyxml2::XMLElement& el);
    void readPoint(const tinyxml2::XMLElement& el);
    bool readPointAttributes(const tinyxml2::XMLElement& el, PointSpec& spec, bool hasSpots);
    bool readSpots(const tinyxml2::XMLElement& el, PointSpec& spec);
    void readPointTexts(const tinyxml2::XMLElement& el, PointSpec& spec);
    void checkMaps();
    void placePoints();
    void checkAsk();
    void checkNeighbours();
    void checkFrame(const MapSpec& spec);
    void resolve(PointSpec& spec, const BodyMap& map);

    const LevelFileContext& m_context;
    PlacementLevel m_placement;
    int m_askLine = 0; // the <scoring> that gave "ask"
    std::vector<MapSpec> m_mapSpecs;
    std::vector<PointSpec> m_points;
    std::map<std::string, int> m_pointCodes;
};

} // namespace acq
