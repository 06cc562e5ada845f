// The art against WHO 2008's proportions, measured from the SVG landmarks: the spans each map
// declares (<proportion> in *.map.xml), the lumbar spinous processes evenly spaced, and each
// close-up an exact magnification of the whole figure with the same cun for the foot (issue 17,
// part 4: before the art was redrawn, the rules marked there failed with gluteal fold to knee
// crease 12.2 cun, ASIS 1.25 cun below the navel, malleolus to sole 2.56 / 2.67 cun, the hand
// close-up x4.3-9.4 of the whole figure's hand, and the foot's cun 13.6 % apart).
#include "ShippedContent.h"

#include "io/MapLoader.h"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>

using namespace acq;
using namespace acq::content;

namespace {

const BodyMap& shippedMap(const std::string& file)
{
    static std::map<std::string, std::shared_ptr<const BodyMap>> cache;
    auto& map = cache[file];
    if (!map) {
        Diagnostics diag;
        map = loadBodyMap(sourceDir() / "assets" / "maps" / file, {sourceDir() / "assets"}, diag);
        INFO(file);
        REQUIRE(map != nullptr);
    }
    return *map;
}

Vec2 at(const BodyMap& map, const std::string& name)
{
    const auto where = map.landmark(name);
    INFO(map.id << ": landmark " << name);
    REQUIRE(where.has_value());
    return *where;
}

double measured(const BodyMap& map, const Proportion& p)
{
    const Vec2 d = at(map, p.to) - at(map, p.from);
    const BodyRegion* region = map.findRegion(p.regionId);
    REQUIRE(region != nullptr);
    // Sideways in the region's x cun, up and down in its y cun.
    return p.axis == 'x' ? std::abs(d.x) / region->scale.x
           : p.axis == 'y' ? std::abs(d.y) / region->scale.y
                           : region->scale.lengthInCun(d);
}

// Checks every declared span of a map; returns how many there were.
void checkDeclared(const std::string& file)
{
    const BodyMap& map = shippedMap(file);
    REQUIRE(!map.proportions.empty());
    for (const Proportion& p : map.proportions) {
        const double cun = measured(map, p);
        INFO(file << ":" << p.line << ": " << p.from << " to " << p.to << " drawn " << cun << " cun, " << p.basis);
        CHECK(std::abs(cun / p.cun - 1.0) <= p.within);
    }
}

// The magnification between a close-up and its whole figure, from every pair of landmarks
// both show: each pair's distance ratio must be the declared one within 2 %.
void checkMagnification(const std::string& closeFile, const std::string& wholeFile, double factor,
                        const std::map<std::string, std::string>& sameLandmark)
{
    const BodyMap& close = shippedMap(closeFile);
    const BodyMap& whole = shippedMap(wholeFile);
    int pairs = 0;
    for (auto a = sameLandmark.begin(); a != sameLandmark.end(); ++a)
        for (auto b = std::next(a); b != sameLandmark.end(); ++b) {
            const double dClose = distance(at(close, a->first), at(close, b->first));
            const double dWhole = distance(at(whole, a->second), at(whole, b->second));
            INFO(closeFile << " " << a->first << "-" << b->first << ": x" << dClose / dWhole << " of " << wholeFile
                           << ", declared x" << factor);
            CHECK(std::abs(dClose / dWhole / factor - 1.0) <= 0.02);
            ++pairs;
        }
    CHECK(pairs > 0);
}

} // namespace

TEST_CASE("[art] the whole figure's lumbar spinous processes are evenly spaced, within 10 %")
{
    for (const char* file : {"back.map.xml", "lumbosacral.map.xml"}) {
        const BodyMap& map = shippedMap(file);
        const char* const levels[] = {"T12", "L1", "L2", "L3", "L4", "L5"};
        double lo = 1e9, hi = 0, sum = 0;
        std::string gaps;
        for (int i = 0; i + 1 < 6; ++i) {
            const double gap = at(map, levels[i + 1]).y - at(map, levels[i]).y;
            lo = std::min(lo, gap);
            hi = std::max(hi, gap);
            sum += gap;
            gaps += std::to_string(gap / map.regions.front().scale.y).substr(0, 4) + " ";
        }
        INFO(std::string(file) << ": T12-L5 gaps in cun: " << gaps);
        CHECK(hi - lo <= 0.10 * sum / 5);
    }
}

TEST_CASE("[art] the close-ups of the hand and the ankle keep the spans they declare")
{
    checkDeclared("hand-dorsum.map.xml");
    checkDeclared("ankle-medial.map.xml");
}

TEST_CASE("[art] the lateral ankle close-up keeps 3 cun from the malleolus to the sole")
{
    checkDeclared("ankle-lateral.map.xml");
}

TEST_CASE("[art] the back figure keeps its declared spans (gluteal fold to knee crease, malleolus to sole, hand)")
{
    checkDeclared("back.map.xml");
}

TEST_CASE("[art] the front figure keeps its declared spans (ASIS 3 cun below the navel)")
{
    checkDeclared("front.map.xml");
}

TEST_CASE("[art] the lower-back close-up is back.svg magnified 3 times")
{
    std::map<std::string, std::string> same;
    for (const char* name : {"T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4", "sacral-hiatus", "psis.L",
                             "psis.R", "iliac-crest-top.L", "iliac-crest-top.R", "greater-trochanter.L",
                             "greater-trochanter.R", "gluteal-fold.L", "gluteal-fold.R"})
        same[name] = name;
    checkMagnification("lumbosacral.map.xml", "back.map.xml", 3.0, same);
}

TEST_CASE("[art] the knee close-up is back.svg's right knee magnified 5 times")
{
    checkMagnification("knee-back.map.xml", "back.map.xml", 5.0,
                       {{"popliteal-crease-mid", "popliteal-crease.R"},
                        {"popliteal-crease-lateral", "popliteal-crease-lateral.R"}});
}

TEST_CASE("[art] the hand close-up is back.svg's right hand magnified 5 times")
{
    checkMagnification("hand-dorsum.map.xml", "back.map.xml", 5.0,
                       {{"wrist-crease-dorsal", "wrist-crease-dorsal.R"}, {"mcp2", "mcp2.R"}, {"mcp5", "mcp5.R"}});
}

TEST_CASE("[art] the foot's cun is the same on every map that shows the foot, within 2 %")
{
    // The ankle close-ups are drawn at 4x the whole figure.
    const CunScale whole = shippedMap("back.map.xml").findRegion("foot")->scale;
    for (const char* file : {"ankle-lateral.map.xml", "ankle-medial.map.xml"}) {
        const CunScale close = shippedMap(file).findRegion("foot")->scale;
        INFO(std::string(file) << ": " << close.x << " x " << close.y << " units per cun against back.svg's " << whole.x
                               << " x " << whole.y << ", times 4");
        CHECK(std::abs(close.x / (whole.x * 4.0) - 1.0) <= 0.02);
        CHECK(std::abs(close.y / (whole.y * 4.0) - 1.0) <= 0.02);
    }
}

TEST_CASE("[art] the ankle close-ups are back.svg's right ankle magnified 4 times, up and down")
{
    // Only heights compare: back.svg sees the ankle from behind, the close-ups from the sides.
    const BodyMap& whole = shippedMap("back.map.xml");
    const double sole = at(whole, "sole.R").y;
    const struct {
        const char* file;
        const char* malleolus;
        const char* closeSole;
        const char* wholeMalleolus;
    } views[] = {{"ankle-lateral.map.xml", "lateral-malleolus", "sole-below-lateral-malleolus", "lateral-malleolus.R"},
                 {"ankle-medial.map.xml", "medial-malleolus", "sole-below-medial-malleolus", "medial-malleolus.R"}};
    for (const auto& view : views) {
        const BodyMap& close = shippedMap(view.file);
        const double closeHeight = at(close, view.closeSole).y - at(close, view.malleolus).y;
        const double wholeHeight = sole - at(whole, view.wholeMalleolus).y;
        INFO(view.file << ": malleolus to sole x" << closeHeight / wholeHeight << " of back.svg, declared x4");
        CHECK(std::abs(closeHeight / wholeHeight / 4.0 - 1.0) <= 0.02);
    }
}

TEST_CASE("[art] the abdomen measures sideways by the nipples and up and down by the navel to the pubis")
{
    const BodyMap& front = shippedMap("front.map.xml");
    const BodyRegion* stomach = front.findRegion("stomach");
    REQUIRE(stomach != nullptr);
    const double nippleSpan = std::abs(at(front, "nipple.L").x - at(front, "nipple.R").x);
    const double navelToPubis = at(front, "pubic-symphysis").y - at(front, "umbilicus").y;
    CHECK(stomach->scale.x == doctest::Approx(nippleSpan / 8.0));
    CHECK(stomach->scale.y == doctest::Approx(navelToPubis / 5.0));
    // The art's proportions make the two differ: one cun both ways would put ST25 off its standard.
    CHECK(std::abs(stomach->scale.x / stomach->scale.y - 1.0) > 0.1);
}
