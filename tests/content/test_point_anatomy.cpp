// Every shipped point against its standard description, restated here independently of the
// level files: if a level or the art drifts, the point no longer lies where the standard puts
// it relative to the art's landmarks, and this fails.
#include "ShippedContent.h"

#include "io/MapLoader.h"

#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <string>

using namespace acq;
using namespace acq::content;

namespace {

constexpr double kAllowedCun = 0.25;

struct Frame {
    const BodyMap& map;
    CunScale scale;
    Vec2 at(const std::string& name) const
    {
        const auto where = map.landmark(name);
        REQUIRE_MESSAGE(where.has_value(), "landmark " << name << " missing from map " << map.id);
        return *where;
    }
    // Both sides of a midline landmark, `cun` out (WHO: "… B-cun lateral to the posterior midline").
    std::vector<Vec2> besideMidline(const std::string& name, double cun) const
    {
        const Vec2 c = at(name);
        return {c + Vec2{cun * scale.x, 0}, c - Vec2{cun * scale.x, 0}};
    }
    Vec2 between(const std::string& a, const std::string& b, double share) const
    {
        return at(a) + (at(b) - at(a)) * share;
    }
    Vec2 below(const std::string& name, double cun) const { return at(name) + Vec2{0, cun * scale.y}; }
};

using Rule = std::function<std::vector<Vec2>(const Frame&)>;

// Jiaji beside T1 ... T12 (EX-B2-T1 ...): 0.5 cun lateral to the lower border of each thoracic
// spinous process.
std::map<std::string, Rule> withThoracicJiaji(std::map<std::string, Rule> table)
{
    for (int n = 1; n <= 12; ++n) {
        const std::string level = "T" + std::to_string(n);
        table["EX-B2-" + level] = [level](const Frame& f) { return f.besideMidline(level, 0.5); };
    }
    return table;
}

// The standard, point by point (WHO 2008; EX points: GB/T 12346).
const std::map<std::string, Rule>& standard()
{
    static const std::map<std::string, Rule> rules = withThoracicJiaji({
        // Level with the lower border of L2 / L4, 1.5 or 3 B-cun lateral; GV on the midline below them.
        {"BL23", [](const Frame& f) { return f.besideMidline("L2", 1.5); }},
        {"BL25", [](const Frame& f) { return f.besideMidline("L4", 1.5); }},
        {"BL52", [](const Frame& f) { return f.besideMidline("L2", 3.0); }},
        {"GV4", [](const Frame& f) { return std::vector<Vec2>{f.at("L2")}; }},
        {"GV3", [](const Frame& f) { return std::vector<Vec2>{f.at("L4")}; }},
        // Jiaji: 0.5 cun lateral to the lower border of the spinous process.
        {"EX-B2-L3", [](const Frame& f) { return f.besideMidline("L3", 0.5); }},
        {"EX-B2-L5", [](const Frame& f) { return f.besideMidline("L5", 0.5); }},
        // Level with the 4th posterior sacral foramen, 3 B-cun lateral to the median sacral crest.
        {"BL54", [](const Frame& f) { return f.besideMidline("median-sacral-crest-S4", 3.0); }},
        // Lateral third of the line from the prominence of the greater trochanter to the sacral hiatus.
        {"GB30", [](const Frame& f) {
             return std::vector<Vec2>{f.between("greater-trochanter.L", "sacral-hiatus", 1.0 / 3.0),
                                      f.between("greater-trochanter.R", "sacral-hiatus", 1.0 / 3.0)};
         }},
        // Midpoint of the popliteal crease; its lateral end, medial to the biceps femoris tendon.
        {"BL40", [](const Frame& f) { return std::vector<Vec2>{f.at("popliteal-crease-mid")}; }},
        {"BL39", [](const Frame& f) { return std::vector<Vec2>{f.at("popliteal-crease-lateral")}; }},
        // Depressions between the malleolus prominences and the calcaneal tendon; below the
        // lateral malleolus between its lower border and the calcaneus.
        {"BL60", [](const Frame& f) { return std::vector<Vec2>{f.between("lateral-malleolus", "calcaneal-tendon", 0.5)}; }},
        {"KI3", [](const Frame& f) { return std::vector<Vec2>{f.between("medial-malleolus", "calcaneal-tendon", 0.5)}; }},
        {"BL62", [](const Frame& f) {
             return std::vector<Vec2>{f.between("lateral-malleolus-lower-border", "calcaneus", 0.5)};
         }},
        // Hand: proximal to the ulnar side of the 5th MCP joint; radial to the midpoint of the
        // 2nd metacarpal; EX-UE7 midway between the wrist crease and the MCP joints in the
        // 2nd/3rd and 4th/5th gaps.
        {"SI3", [](const Frame& f) { return std::vector<Vec2>{f.at("mcp5-ulnar-proximal")}; }},
        {"LI4", [](const Frame& f) { return std::vector<Vec2>{f.at("metacarpal2-mid-radial")}; }},
        {"EX-UE7", [](const Frame& f) {
             return std::vector<Vec2>{f.between("gap23-proximal", "gap23-distal", 0.5),
                                      f.between("gap45-proximal", "gap45-distal", 0.5)};
         }},
        // Abdomen: 1.5 and 3 B-cun below the centre of the umbilicus; 2 B-cun lateral to it.
        {"CV6", [](const Frame& f) { return std::vector<Vec2>{f.below("umbilicus", 1.5)}; }},
        {"CV4", [](const Frame& f) { return std::vector<Vec2>{f.below("umbilicus", 3.0)}; }},
        {"ST25", [](const Frame& f) { return f.besideMidline("umbilicus", 2.0); }},
        // Upper back: midway between the C7 spinous process and the lateral end of the acromion;
        // a third of the way from the midpoint of the spine of the scapula to its inferior angle;
        // level with the lower border of T3 / T7, 1.5 B-cun lateral.
        {"GB21", [](const Frame& f) {
             return std::vector<Vec2>{f.between("C7", "acromion.L", 0.5), f.between("C7", "acromion.R", 0.5)};
         }},
        {"SI11", [](const Frame& f) {
             return std::vector<Vec2>{f.between("spine-of-scapula-midpoint.L", "scapula-inferior-angle.L", 1.0 / 3.0),
                                      f.between("spine-of-scapula-midpoint.R", "scapula-inferior-angle.R", 1.0 / 3.0)};
         }},
        {"BL13", [](const Frame& f) { return f.besideMidline("T3", 1.5); }},
        {"BL17", [](const Frame& f) { return f.besideMidline("T7", 1.5); }},
    });
    return rules;
}

} // namespace

TEST_CASE("[anatomy] every shipped point lies where its standard puts it on the art, within 0.25 cun")
{
    std::size_t checked = 0;
    for (const Level* level : shippedPlacementLevels()) {
        const PlacementLevel& content = *level->placement();
        for (const PointTarget& point : content.points) {
            INFO(level->file << ": " << point.id);
            const auto rule = standard().find(point.id);
            REQUIRE_MESSAGE(rule != standard().end(), "no standard relation for " << point.id << ": add it to this table");
            const BodyMap& map = *content.mapOf(point).map;
            const BodyRegion* region = map.findRegion(point.regionId);
            REQUIRE(region != nullptr);
            const Frame frame{map, region->scale};
            const std::vector<Vec2> expected = rule->second(frame);
            // A bilateral point shows both sides; one spot may stand for a symmetric pair.
            for (Vec2 spot : point.spots) {
                double nearest = 1e9;
                for (Vec2 e : expected)
                    nearest = std::min(nearest, region->scale.lengthInCun(spot - e));
                CHECK_MESSAGE(nearest <= kAllowedCun, "spot (" << spot.x << ", " << spot.y << ") is " << nearest
                                                               << " cun from the standard");
            }
            CHECK(point.spots.size() <= expected.size());
            ++checked;
        }
    }
    CHECK(checked >= 19);
}

TEST_CASE("[anatomy] the art's spinal levels follow surface anatomy")
{
    for (const char* mapFile : {"back.map.xml", "lumbosacral.map.xml"}) {
        INFO(mapFile);
        MapCache maps({sourceDir() / "assets"});
        Diagnostics diag;
        const auto map = maps.get(std::filesystem::canonical(sourceDir() / "assets" / "maps" / mapFile), diag);
        REQUIRE(map);
        const CunScale scale = map->findRegion("lower-back")->scale;
        const double cun = scale.y;
        const Frame f{*map, scale};
        // The line across the tops of the iliac crests meets the spine at L4; the PSIS dimples
        // are level with S2; the lumbar levels run downward in order.
        CHECK(std::abs(f.at("iliac-crest-top.L").y - f.at("L4").y) <= 0.25 * cun);
        CHECK(std::abs(f.at("iliac-crest-top.R").y - f.at("L4").y) <= 0.25 * cun);
        CHECK(std::abs(f.at("psis.L").y - f.at("S2").y) <= 0.25 * cun);
        const char* order[] = {"T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "sacral-hiatus"};
        for (std::size_t i = 1; i < std::size(order); ++i)
            CHECK(f.at(order[i]).y > f.at(order[i - 1]).y);
        // Left and right mirror each other about the midline.
        CHECK(std::abs((f.at("psis.L").x + f.at("psis.R").x) / 2.0 - map->midlineX) <= 0.1 * cun);
        CHECK(f.at("psis.L").x < map->midlineX); // seen from behind: the patient's left on the left
    }
}

TEST_CASE("[anatomy] ST25 lies 2 sideways cun from the navel: halfway to the nipple line")
{
    // Measured from the art's own nipples (8 B-cun apart), not from the region's scale, so a
    // scoring or loading slip that used the vertical cun sideways would show here.
    std::size_t checked = 0;
    for (const Level* level : shippedPlacementLevels()) {
        const PlacementLevel& content = *level->placement();
        for (const PointTarget& point : content.points) {
            if (point.id != "ST25")
                continue;
            const BodyMap& map = *content.mapOf(point).map;
            const Vec2 navel = *map.landmark("umbilicus");
            const double nippleLine = std::abs(map.landmark("nipple.L")->x - navel.x);
            REQUIRE(point.spots.size() == 2);
            for (Vec2 spot : point.spots) {
                INFO(level->file << ": ST25 at (" << spot.x << ", " << spot.y << ")");
                CHECK(std::abs(spot.x - navel.x) / nippleLine == doctest::Approx(0.5).epsilon(0.02));
                CHECK(spot.y == doctest::Approx(navel.y));
            }
            ++checked;
        }
    }
    CHECK(checked >= 2);
}
