// The landmark labels of every shipped map: a learner's name for each landmark, and names laid
// out on screen, at the window sizes the game opens with, so that none covers another name or a
// mark and none leaves the map's area. Text is measured with the game's own font and reader.
#include "ShippedContent.h"

#include "app/text/FontFace.h"
#include "app/text/GlyphAtlas.h"
#include "app/text/TextLayout.h"
#include "core/LandmarkLabels.h"
#include "io/FontFiles.h"
#include "io/MapLoader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace acq;
using namespace acq::content;

namespace {

// The game's bold face, as the map screens draw landmark names (MapCanvas: 12 design pixels,
// a box 6 pixels wider and 2 taller than the text for its backing).
class LabelFont {
public:
    LabelFont()
    {
        const auto files = findFontFiles();
        REQUIRE_MESSAGE(files.has_value(), "no font found: install fonts-dejavu-core");
        std::string problem;
        m_regular = FontFace::open(files->regular, problem);
        REQUIRE_MESSAGE(m_regular, problem);
        m_bold = FontFace::open(files->bold.empty() ? files->regular : files->bold, problem);
        REQUIRE_MESSAGE(m_bold, problem);
        m_atlas = std::make_unique<GlyphAtlas>(std::vector<FontFace*>{m_regular.get(), m_bold.get()});
    }
    Vec2 labelBox(const std::string& text, double scale)
    {
        const unsigned px = static_cast<unsigned>(std::lround(12.0 * scale));
        LineLayout line;
        layoutLine(*m_atlas, 1, px, decodeUtf8(text), line, false);
        return {line.advance + 6.0, m_atlas->lineSpacing(0, px) + 2.0};
    }
    double lineHeight(double designSize, double scale)
    {
        return m_atlas->lineSpacing(0, static_cast<unsigned>(std::lround(designSize * scale)));
    }

private:
    std::unique_ptr<FontFace> m_regular, m_bold;
    std::unique_ptr<GlyphAtlas> m_atlas;
};

// The placement screen's map area for a window (mapScreenLayout: a 360-pixel panel, a 56-pixel
// header and a footer, all scaled with the window's height).
Rect mapViewport(double width, double height, LabelFont& font)
{
    const double scale = std::clamp(height / 800.0, 0.8, 2.0);
    const double panel = std::min(360.0 * scale, width * 0.45);
    const double header = 56.0 * scale;
    const double footer = font.lineHeight(15.0, scale) + 12.0;
    return {0.0, header, width - panel, height - header - footer};
}

bool inside(const Rect& box, const Rect& area)
{
    return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width &&
           box.y + box.height <= area.y + area.height;
}

void checkLabels(const std::vector<LandmarkLabel>& shown, const Rect& area)
{
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const LandmarkLabel& a = shown[i];
        INFO("\"" << a.text << "\" at " << a.label.box.x << ", " << a.label.box.y);
        CHECK(a.label.free);
        CHECK(inside(a.label.box, area));
        for (std::size_t j = 0; j < shown.size(); ++j) {
            const LandmarkLabel& b = shown[j];
            INFO("against \"" << b.text << "\"");
            if (j != i)
                CHECK_FALSE(overlaps(a.label.box, b.label.box));
            CHECK_FALSE(overlaps(a.label.box, {b.mark.x - 7.0, b.mark.y - 7.0, 14.0, 14.0}));
        }
    }
}

} // namespace

TEST_CASE("[labels] every landmark of every shipped map has a learner's name, not its id")
{
    for (const auto& entry : std::filesystem::directory_iterator(sourceDir() / "assets" / "maps")) {
        if (entry.path().extension() != ".xml")
            continue;
        Diagnostics diag;
        const auto map = loadBodyMap(entry.path(), {sourceDir() / "assets"}, diag);
        INFO(entry.path().filename().string());
        REQUIRE(map);
        CHECK(diag.empty());
        for (const auto& [id, where] : map->landmarks) {
            const std::string name = map->landmarkName(id);
            INFO(id << ": \"" << name << "\"");
            CHECK(name != id);
            CHECK(name.find(".L") == std::string::npos);
            CHECK(name.find(".R") == std::string::npos);
            CHECK(name.size() <= 48);
        }
    }
}

TEST_CASE("[labels] landmark names neither overlap nor leave the map, on every shipped map at the game's sizes")
{
    LabelFont font;
    std::size_t layouts = 0;
    for (const Level* level : shippedPlacementLevels()) {
        const PlacementLevel& content = *level->placement();
        for (const auto& [width, height] : {std::pair{1280.0, 800.0}, {1024.0, 640.0}, {1920.0, 1080.0}}) {
            const double scale = std::clamp(height / 800.0, 0.8, 2.0);
            const Rect viewport = mapViewport(width, height, font);
            auto measure = [&](const std::string& text) { return font.labelBox(text, scale); };
            for (std::size_t m = 0; m < content.maps.size(); ++m) {
                const LevelMap& levelMap = content.maps[m];
                MapCamera camera(levelMap.frame.value_or(levelMap.map->bounds), levelMap.map->bounds);
                camera.setViewport(viewport);
                INFO(level->id << ": map " << levelMap.map->id << " in a " << width << " x " << height << " window");
                // L: every landmark in view.
                checkLabels(layoutLandmarkLabels(*levelMap.map, camera, {}, measure), viewport);
                // A hint, and the feedback: the landmarks one point is measured from, clear of
                // its true spots and their full-marks rings.
                for (const PointTarget& point : content.points) {
                    if (point.map != m)
                        continue;
                    checkLabels(layoutLandmarkLabels(*levelMap.map, camera, point.landmarks, measure), viewport);
                    const BodyRegion* region = levelMap.map->findRegion(point.regionId);
                    REQUIRE(region != nullptr);
                    const Vec2 ring = region->scale.toUnits({content.scoringOf(point).toleranceCun,
                                                             content.scoringOf(point).toleranceCun}) *
                                      camera.pixelsPerUnit();
                    std::vector<Rect> rings;
                    for (Vec2 spot : point.spots) {
                        const Vec2 s = camera.toScreen(spot);
                        const double rx = std::max(ring.x, 4.0) + 3.0, ry = std::max(ring.y, 4.0) + 3.0;
                        rings.push_back({s.x - rx, s.y - ry, 2 * rx, 2 * ry});
                    }
                    const auto shown = layoutLandmarkLabels(*levelMap.map, camera, point.landmarks, measure, rings);
                    checkLabels(shown, viewport);
                    for (const LandmarkLabel& l : shown)
                        for (const Rect& r : rings) {
                            INFO("\"" << l.text << "\" against a ring of " << point.id);
                            CHECK_FALSE(overlaps(l.label.box, r));
                        }
                }
                ++layouts;
            }
        }
    }
    CHECK(layouts >= 30);
}
