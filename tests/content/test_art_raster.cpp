// The rasterized art the game shows: every point lies on the figure, and the landmarks the
// points hang on are drawn, not just named (a plain silhouette would fail).
#include "ShippedContent.h"

#include "io/MapLoader.h"

#include <SFML/Graphics/Image.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace acq;
using namespace acq::content;

namespace {

struct Raster {
    sf::Image image;
    double pixelsPerUnit = 1.0;
    Rect bounds;

    sf::Color at(Vec2 mapPoint) const
    {
        const auto x = static_cast<unsigned>(std::clamp((mapPoint.x - bounds.x) * pixelsPerUnit, 0.0,
                                                        static_cast<double>(image.getSize().x - 1)));
        const auto y = static_cast<unsigned>(std::clamp((mapPoint.y - bounds.y) * pixelsPerUnit, 0.0,
                                                        static_cast<double>(image.getSize().y - 1)));
        return image.getPixel(x, y);
    }
};

// The PNG the build made from a map's SVG, as the game loads it.
const Raster& rasterOf(const BodyMap& map)
{
    static std::map<std::string, std::unique_ptr<Raster>> cache;
    auto& slot = cache[map.artPath];
    if (!slot) {
        slot = std::make_unique<Raster>();
        std::filesystem::path png = artDir() / std::filesystem::path(map.artPath).lexically_relative(
                                                   std::filesystem::canonical(sourceDir() / "assets"));
        png.replace_extension(".png");
        INFO(png.string());
        REQUIRE(slot->image.loadFromFile(png.string()));
        slot->bounds = map.bounds;
        slot->pixelsPerUnit = slot->image.getSize().x / map.bounds.width;
    }
    return *slot;
}

double luminance(sf::Color c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; }

} // namespace

TEST_CASE("[art] every shipped point lies inside its figure")
{
    for (const Level* level : shippedPlacementLevels()) {
        for (const PointTarget& point : level->placement()->points) {
            const BodyMap& map = *level->placement()->mapOf(point).map;
            const Raster& raster = rasterOf(map);
            for (Vec2 spot : point.spots) {
                INFO(level->file << ": " << point.id << " at (" << spot.x << ", " << spot.y << ") on " << map.id);
                CHECK(raster.at(spot).a >= 250); // opaque skin, not the transparent background
            }
        }
    }
}

TEST_CASE("[art] the landmarks the back points hang on are drawn on the figure")
{
    // Around each landmark a drawn mark (a spinous process dot, a crease, the crest line) is
    // clearly darker than the skin beside it. A silhouette with named circles would fail.
    MapCache maps({sourceDir() / "assets"});
    for (const char* mapFile : {"back.map.xml", "lumbosacral.map.xml", "knee-back.map.xml", "ankle-lateral.map.xml"}) {
        Diagnostics diag;
        const auto map = maps.get(std::filesystem::canonical(sourceDir() / "assets" / "maps" / mapFile), diag);
        REQUIRE(map);
        const Raster& raster = rasterOf(*map);
        const double cun = map->regions.front().scale.y;
        std::vector<std::string> names;
        for (const char* name : {"L2", "L4", "S2", "iliac-crest-top.L", "popliteal-crease.L", "popliteal-crease-mid",
                                 "lateral-malleolus-lower-border"})
            if (map->landmark(name))
                names.push_back(name);
        REQUIRE_FALSE(names.empty());
        for (const std::string& name : names) {
            INFO(mapFile << ": " << name);
            const Vec2 at = *map->landmark(name);
            double darkest = 255.0, brightest = 0.0;
            const double radius = 0.35 * cun;
            const double step = std::max(0.5 / raster.pixelsPerUnit, radius / 20.0);
            for (double dy = -radius; dy <= radius; dy += step)
                for (double dx = -radius; dx <= radius; dx += step) {
                    const sf::Color c = raster.at(at + Vec2{dx, dy});
                    if (c.a < 250)
                        continue;
                    darkest = std::min(darkest, luminance(c));
                    brightest = std::max(brightest, luminance(c));
                }
            CHECK(brightest - darkest >= 30.0);
        }
    }
}
