// The upper-back content pack (issue 20, part 6): its close-up against back.svg and surface
// anatomy, and its points measured on the art against what the standard says of them. The facts
// are restated here, independently of the level and map files.
#include "ShippedContent.h"

#include "io/LevelLoader.h"
#include "io/MapLoader.h"

#include <SFML/Graphics/Image.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

using namespace acq;
using namespace acq::content;

namespace {

std::shared_ptr<const BodyMap> shippedMap(const std::string& file)
{
    static MapCache maps({sourceDir() / "assets"});
    Diagnostics diag;
    auto map = maps.get(std::filesystem::canonical(sourceDir() / "assets" / "maps" / file), diag);
    INFO(file);
    REQUIRE(map != nullptr);
    return map;
}

Vec2 at(const BodyMap& map, const std::string& name)
{
    const auto where = map.landmark(name);
    INFO(map.id << ": landmark " << name);
    REQUIRE(where.has_value());
    return *where;
}

const BodyMap& upperBack()
{
    static const auto map = shippedMap("upper-back.map.xml");
    return *map;
}

// Map units per cun of a region whose cun is the same both ways (both the back figure's regions
// and the upper back's take theirs from the 6 B-cun between the scapulae' medial borders).
double uniformCun(const BodyMap& map, const std::string& regionId)
{
    const BodyRegion* region = map.findRegion(regionId);
    INFO(map.id << ": region " << regionId);
    REQUIRE(region != nullptr);
    REQUIRE(region->scale.isUniform());
    return region->scale.x;
}

double cun() { return uniformCun(upperBack(), "upper-back"); }

std::string thoracic(int n) { return "T" + std::to_string(n); }

const Level& upperBackLevel()
{
    for (const LevelEntry& entry : shippedCatalog().entries)
        if (entry.level && entry.level->id == "upper-back")
            return *entry.level;
    FAIL("levels/upper-back.xml is not shipped or does not load");
    throw;
}

const PointTarget& pointWithId(const std::string& id)
{
    const auto& points = upperBackLevel().placement()->points;
    const auto it = std::find_if(points.begin(), points.end(), [&](const PointTarget& p) { return p.id == id; });
    INFO(id);
    REQUIRE(it != points.end());
    return *it;
}

// The spot of a bilateral point on the patient's left (the viewer's left, seen from behind).
Vec2 leftSpot(const PointTarget& point)
{
    REQUIRE(point.spots.size() == 2);
    return point.spots[0].x < point.spots[1].x ? point.spots[0] : point.spots[1];
}

// The rasterized art the game shows (built from the SVG by the build).
const sf::Image& raster()
{
    static sf::Image image;
    static bool loaded = false;
    if (!loaded) {
        const auto png = artDir() / "maps" / "upper-back.png";
        INFO(png.string());
        REQUIRE(image.loadFromFile(png.string()));
        loaded = true;
    }
    return image;
}

sf::Color pixelAt(Vec2 p)
{
    const sf::Image& image = raster();
    const double scale = image.getSize().x / upperBack().bounds.width;
    const auto x = static_cast<unsigned>(std::clamp(p.x * scale, 0.0, image.getSize().x - 1.0));
    const auto y = static_cast<unsigned>(std::clamp(p.y * scale, 0.0, image.getSize().y - 1.0));
    return image.getPixel(x, y);
}

double luminance(sf::Color c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; }

} // namespace

TEST_CASE("[art] the upper-back close-up is back.svg magnified 3 times, with 3 times its back cun")
{
    const auto whole = shippedMap("back.map.xml");
    const char* const shared[] = {"C7", "T3", "T7", "T12", "scapula-medial-border.L", "scapula-medial-border.R",
                                  "scapula-inferior-angle.L", "scapula-inferior-angle.R", "acromion.L", "acromion.R"};
    int pairs = 0;
    for (std::size_t a = 0; a < std::size(shared); ++a)
        for (std::size_t b = a + 1; b < std::size(shared); ++b) {
            const double close = distance(at(upperBack(), shared[a]), at(upperBack(), shared[b]));
            const double far = distance(at(*whole, shared[a]), at(*whole, shared[b]));
            INFO(shared[a] << "-" << shared[b] << ": x" << close / far);
            CHECK(std::abs(close / far / 3.0 - 1.0) <= 0.02);
            ++pairs;
        }
    CHECK(pairs == 45);
    const double wholeCun = uniformCun(*whole, "lower-back");
    CHECK(std::abs(cun() / (3.0 * wholeCun) - 1.0) <= 0.02);
}

TEST_CASE("[art] the upper back keeps surface anatomy: T3 at the spine of the scapula, T7 at its angle, borders 3 cun out")
{
    const BodyMap& map = upperBack();
    const double c = cun();
    const double mid = map.midlineX;
    for (const char* side : {".L", ".R"}) {
        INFO("side " << side);
        const std::string s = side;
        // The medial end of the spine of the scapula is level with T3, the inferior angle with T7.
        CHECK(std::abs(at(map, "scapula-spine-medial" + s).y - at(map, "T3").y) <= 0.25 * c);
        CHECK(std::abs(at(map, "scapula-inferior-angle" + s).y - at(map, "T7").y) <= 0.25 * c);
        // WHO 2008: the medial borders of the scapulae are 6 B-cun apart, 3 from the midline.
        CHECK(std::abs(std::abs(at(map, "scapula-medial-border" + s).x - mid) - 3.0 * c) <= 0.1 * c);
        // The spine of the scapula runs from its medial end up and out to the acromion.
        const Vec2 root = at(map, "scapula-spine-medial" + s);
        const Vec2 acromion = at(map, "acromion" + s);
        const Vec2 midpoint = at(map, "spine-of-scapula-midpoint" + s);
        CHECK(distance(midpoint, (root + acromion) * 0.5) <= 0.25 * c);
        CHECK(acromion.y < root.y);
        CHECK(std::abs(acromion.x - mid) > std::abs(root.x - mid));
    }
    // Seen from behind: the patient's left on the viewer's left; the sides mirror each other.
    CHECK(at(map, "acromion.L").x < mid);
    CHECK(std::abs((at(map, "acromion.L").x + at(map, "acromion.R").x) / 2.0 - mid) <= 0.1 * c);
    CHECK(std::abs(at(map, "C7").x - mid) <= 0.05 * c);
}

TEST_CASE("[art] the thoracic spinous processes run down from C7 about a cun apart, evenly within each stretch")
{
    const BodyMap& map = upperBack();
    const double c = cun();
    std::vector<double> y{at(map, "C7").y};
    for (int n = 1; n <= 12; ++n) {
        CHECK(std::abs(at(map, thoracic(n)).x - map.midlineX) <= 0.05 * c);
        y.push_back(at(map, thoracic(n)).y);
    }
    std::vector<double> gaps;
    for (std::size_t i = 1; i < y.size(); ++i) {
        gaps.push_back((y[i] - y[i - 1]) / c);
        INFO("gap above T" << i << ": " << gaps.back() << " cun");
        CHECK(gaps.back() >= 0.85);
        CHECK(gaps.back() <= 1.3);
    }
    // Between the levels surface anatomy fixes (C7, T3, T7, T12) the processes are evenly spaced;
    // lower down they are further apart, as the vertebrae grow taller.
    auto evenly = [&](std::size_t from, std::size_t to) { // gaps[from, to)
        const auto [lo, hi] = std::minmax_element(gaps.begin() + static_cast<std::ptrdiff_t>(from),
                                                  gaps.begin() + static_cast<std::ptrdiff_t>(to));
        INFO("gaps " << from << " to " << to << ": " << *lo << " to " << *hi << " cun");
        CHECK(*hi - *lo <= 0.1 * *lo);
    };
    evenly(0, 3);  // C7 to T3
    evenly(3, 7);  // T3 to T7
    evenly(7, 12); // T7 to T12
    CHECK(gaps.front() <= gaps.back());
}

TEST_CASE("[art] the upper back's landmarks are drawn, not just named")
{
    // Around each, a drawn mark (a spinous process, the border or spine of the scapula) is
    // clearly darker than the skin beside it.
    const BodyMap& map = upperBack();
    const double radius = 0.35 * cun();
    std::vector<std::string> names{"C7", "scapula-spine-medial.L", "scapula-spine-medial.R", "scapula-inferior-angle.L",
                                   "scapula-inferior-angle.R", "scapula-medial-border.L", "acromion.R",
                                   "spine-of-scapula-midpoint.L"};
    for (int n = 1; n <= 12; ++n)
        names.push_back(thoracic(n));
    for (const std::string& name : names) {
        INFO(name);
        const Vec2 centre = at(map, name);
        double darkest = 255.0, brightest = 0.0;
        for (double dy = -radius; dy <= radius; dy += radius / 20.0)
            for (double dx = -radius; dx <= radius; dx += radius / 20.0) {
                const sf::Color c = pixelAt(centre + Vec2{dx, dy});
                if (c.a < 250)
                    continue;
                darkest = std::min(darkest, luminance(c));
                brightest = std::max(brightest, luminance(c));
            }
        CHECK(brightest - darkest >= 30.0);
    }
}

TEST_CASE("[anatomy] BL13 and BL17 lie level with T3 and T7, 1.5 cun out: between the Jiaji row and the scapula")
{
    const BodyMap& map = upperBack();
    const double c = cun();
    for (const auto& [code, level] : {std::pair{"BL13", "T3"}, std::pair{"BL17", "T7"}}) {
        INFO(code);
        const PointTarget& point = pointWithId(code);
        REQUIRE(point.spots.size() == 2);
        for (Vec2 spot : point.spots) {
            CHECK(std::abs(spot.y - at(map, level).y) <= 0.1 * c);
            const double out = std::abs(spot.x - map.midlineX) / c;
            CHECK(out == doctest::Approx(1.5).epsilon(0.05));
        }
        // Measured on the art: lateral to the Jiaji point of its level, medial to the scapula.
        const Vec2 left = leftSpot(point);
        const Vec2 jiaji = leftSpot(pointWithId(std::string("EX-B2-") + level));
        CHECK(left.x < jiaji.x);
        CHECK(left.x > at(map, "scapula-medial-border.L").x);
        CHECK(std::abs(left.y - jiaji.y) <= 0.05 * c);
    }
    // BL17 is about level with the lower tips of the scapulae.
    CHECK(std::abs(leftSpot(pointWithId("BL17")).y - at(map, "scapula-inferior-angle.L").y) <= 0.25 * c);
    // BL13 level with the root of the spine of the scapula.
    CHECK(std::abs(leftSpot(pointWithId("BL13")).y - at(map, "scapula-spine-medial.L").y) <= 0.25 * c);
}

TEST_CASE("[anatomy] GB21 lies halfway from C7 to the acromion, on the top of the shoulder")
{
    const BodyMap& map = upperBack();
    const double c = cun();
    const Vec2 gb21 = leftSpot(pointWithId("GB21"));
    const Vec2 c7 = at(map, "C7");
    const Vec2 acromion = at(map, "acromion.L");
    CHECK(std::abs(distance(gb21, c7) - distance(gb21, acromion)) <= 0.1 * c);
    CHECK(distance(gb21, c7) + distance(gb21, acromion) <= distance(c7, acromion) + 0.1 * c);
    // Above the spine of the scapula, and close under the skyline of the shoulder: within 1.5
    // cun straight above it the picture leaves the figure.
    CHECK(gb21.y < at(map, "spine-of-scapula-midpoint.L").y);
    CHECK(pixelAt(gb21).a >= 250);
    bool skyline = false;
    for (double up = 0.0; up <= 1.5 * c; up += 1.0)
        skyline = skyline || pixelAt(gb21 - Vec2{0, up}).a < 128;
    CHECK(skyline);
}

TEST_CASE("[anatomy] SI11 lies in the infraspinous fossa, a third of the way from the spine's midpoint to the angle")
{
    const BodyMap& map = upperBack();
    const double c = cun();
    const Vec2 si11 = leftSpot(pointWithId("SI11"));
    const Vec2 from = at(map, "spine-of-scapula-midpoint.L");
    const Vec2 to = at(map, "scapula-inferior-angle.L");
    CHECK(distance(si11, from) / distance(from, to) == doctest::Approx(1.0 / 3.0).epsilon(0.03));
    CHECK(distance(si11, from) + distance(si11, to) <= distance(from, to) + 0.1 * c); // on the line
    // Below the spine of the scapula, above its angle, lateral to its medial border: the
    // infraspinous fossa. About level with T4 (between T3 and T5).
    CHECK(si11.y > from.y);
    CHECK(si11.y < to.y);
    CHECK(si11.x < at(map, "scapula-medial-border.L").x);
    CHECK(si11.y > at(map, "T3").y - 0.5 * c);
    CHECK(si11.y < at(map, "T5").y);
}

TEST_CASE("[content] the upper-back level: twelve thoracic Jiaji points, SI3 on the hand, six asked per round")
{
    const Level& level = upperBackLevel();
    const PlacementLevel& content = *level.placement();
    const double c = cun();
    for (int n = 1; n <= 12; ++n) {
        const PointTarget& point = pointWithId("EX-B2-" + thoracic(n));
        INFO(point.id);
        CHECK(point.code == "EX-B2");
        REQUIRE(point.spots.size() == 2);
        for (Vec2 spot : point.spots) {
            CHECK(std::abs(spot.y - at(upperBack(), thoracic(n)).y) <= 0.05 * c);
            CHECK(std::abs(spot.x - upperBack().midlineX) / c == doctest::Approx(0.5).epsilon(0.05));
        }
    }
    // SI3 on the hand close-up, at its WHO 2008 landmark.
    const PointTarget& si3 = pointWithId("SI3");
    const BodyMap& hand = *content.mapOf(si3).map;
    CHECK(hand.id == "hand-dorsum");
    REQUIRE(si3.spots.size() == 1);
    CHECK(distance(si3.spots.front(), at(hand, "mcp5-ulnar-proximal")) < 0.5);
    // Every other point on the upper back.
    for (const PointTarget& point : content.points)
        if (point.id != "SI3")
            CHECK(content.mapOf(point).map->id == "upper-back");
    CHECK(content.points.size() == 17);
    CHECK(content.askedPerRound() == 6);
}

TEST_CASE("[content] the upper-back levels load without a warning")
{
    for (const char* file : {"upper-back.xml", "upper-back-why.xml"}) {
        MapCache maps(DataRoots({sourceDir() / "levels", sourceDir() / "assets"}, sourceDir() / "assets"));
        Diagnostics diag;
        const auto level = loadLevelFile(sourceDir() / "levels" / file, file, maps, diag);
        INFO(file);
        CHECK(level.has_value());
        std::string said;
        for (const Diagnostic& d : diag.all())
            said += d.format() + "\n";
        INFO(said);
        CHECK(diag.empty());
    }
}

TEST_CASE("[texts] the upper-back cautions: GB21's lung apex and pregnancy, the thoracic points' depth")
{
    auto has = [](const std::string& text, const char* part) { return text.find(part) != std::string::npos; };
    const PointTarget& gb21 = pointWithId("GB21");
    INFO(gb21.caution);
    CHECK(has(gb21.caution, "lung"));
    CHECK(has(gb21.caution, "shallow"));
    CHECK(has(gb21.caution, "avoided throughout pregnancy"));
    std::vector<std::string> thoracicPoints{"BL13", "BL17"};
    for (int n = 1; n <= 12; ++n)
        thoracicPoints.push_back("EX-B2-" + thoracic(n));
    for (const std::string& id : thoracicPoints) {
        const PointTarget& point = pointWithId(id);
        INFO(id << ": " << point.caution);
        CHECK(has(point.caution, "lung"));
        CHECK(has(point.caution, "obliquely and shallowly"));
        CHECK_FALSE(has(point.caution, "pregnancy")); // not lumbosacral points
    }
}
