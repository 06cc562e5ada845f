#include "io/PointSpots.h"

#include "io/ElementReader.h"

#include <cmath>

namespace acq {
namespace {

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string rectText(const Rect& r)
{
    return formatNumber(r.x) + " " + formatNumber(r.y) + " " + formatNumber(r.width) + " " + formatNumber(r.height);
}

std::string pointText(Vec2 p) { return "(" + formatNumber(p.x) + ", " + formatNumber(p.y) + ")"; }

bool endsWith(const std::string& s, const char* suffix)
{
    const std::string t(suffix);
    return s.size() > t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

// The offsets along the map's axes, then the check that every spot lies on the map.
SpotResult finish(SpotResult result, std::vector<Vec2> spots, const PointLocation& where, const CunScale& scale,
                  const BodyMap& map)
{
    if (where.dx != 0.0 || where.dy != 0.0) {
        if (spots.size() > 1) {
            SpotResult failed;
            failed.problem = "\"dx\" and \"dy\" move along the map's axes, which would not mirror both sides; use "
                             "\"lateral\" and \"inferior\" with bilateral=\"true\"";
            return failed;
        }
        for (Vec2& spot : spots)
            spot = spot + scale.toUnits({where.dx, where.dy});
    }
    for (const Vec2& spot : spots)
        if (!map.bounds.contains(spot)) {
            SpotResult failed;
            failed.problem = "the point lies outside the map: " + pointText(spot) + " is not within " + rectText(map.bounds);
            return failed;
        }
    result.spots = std::move(spots);
    return result;
}

} // namespace

SpotResult resolveSpots(const PointLocation& where, const BodyMap& map)
{
    SpotResult result;
    auto fail = [](std::string problem) {
        SpotResult failed;
        failed.problem = std::move(problem);
        return failed;
    };
    const BodyRegion* region = map.findRegion(where.regionId);
    if (!region) {
        std::vector<std::string> ids;
        for (const BodyRegion& r : map.regions)
            ids.push_back(r.id);
        std::string message = "region " + inQuotes(where.regionId) + " is not in the map " + inQuotes(map.id);
        if (const std::string guess = closestMatch(where.regionId, ids); !guess.empty())
            message += "; did you mean " + inQuotes(guess) + "?";
        return fail(message);
    }
    const bool sidedView = map.view != MapView::Other;
    if (where.hasLateral && !sidedView) {
        return fail("attribute \"lateral\" needs a front or back map; the map " + inQuotes(map.id) + " has view=\"other\"");
    }
    // Sideways offsets in the region's x cun, up and down ones in its y cun.
    const CunScale scale = region->scale;
    const double down = where.inferior * scale.y;
    const double left = map.towardPatientLeft();
    std::vector<Vec2> spots;

    if (where.xy) {
        const Vec2 p = *where.xy;
        if (where.bilateral) {
            if (!sidedView) {
                return fail("bilateral=\"true\" needs a front or back map to mirror the point; the map " + inQuotes(map.id) +
                      " has view=\"other\"");
            }
            if (std::fabs(p.x - map.midlineX) <= kMidlineTolerance) {
                return fail("bilateral=\"true\" but the point lies on the midline; set bilateral=\"false\"");
            }
            spots = {p, Vec2{2.0 * map.midlineX - p.x, p.y}};
        } else {
            spots = {p};
        }
    } else {
        const std::string& name = *where.landmark;
        auto exact = map.landmark(name);
        auto leftSide = map.landmark(name + ".L");
        auto rightSide = map.landmark(name + ".R");
        if (where.toward) {
            // Move each anchor the given share of the way to its partner on the same side.
            const std::string& to = *where.toward;
            const auto towardExact = map.landmark(to);
            const auto towardLeft = map.landmark(to + ".L");
            const auto towardRight = map.landmark(to + ".R");
            auto lerp = [&](Vec2 a, Vec2 b) { return a + (b - a) * where.fraction; };
            if (!towardExact && !(towardLeft && towardRight)) {
                std::vector<std::string> names;
                for (const auto& entry : map.landmarks)
                    names.push_back(entry.first);
                std::string message = "landmark " + inQuotes(to) + " (in \"toward\") is not in the map " + inQuotes(map.id);
                if (const std::string guess = closestMatch(to, names); !guess.empty())
                    message += "; did you mean " + inQuotes(guess) + "?";
                return fail(message);
            }
            const bool towardSided = endsWith(to, ".L") || endsWith(to, ".R");
            if (exact) {
                const bool sided = endsWith(name, ".L") || endsWith(name, ".R");
                const bool fromMidline = sidedView && !sided && std::fabs(exact->x - map.midlineX) <= kMidlineTolerance;
                std::optional<Vec2> partner = towardExact;
                if (!partner && sided)
                    partner = endsWith(name, ".L") ? towardLeft : towardRight;
                if (!partner && fromMidline && where.bilateral) {
                    // From a midline landmark toward each side's own (GB21: from C7 toward each
                    // acromion): one spot on each side.
                    leftSide = lerp(*exact, *towardLeft);
                    rightSide = lerp(*exact, *towardRight);
                    const double dx = where.lateral * scale.x;
                    spots = {Vec2{leftSide->x + left * dx, leftSide->y + down},
                             Vec2{rightSide->x - left * dx, rightSide->y + down}};
                    result.landmarks = {name, to + ".L", to + ".R"};
                    return finish(result, std::move(spots), where, scale, map);
                }
                if (!partner)
                    return fail("landmark " + inQuotes(to) + " has two sides: name one (" + inQuotes(to + ".L") + " or " +
                                inQuotes(to + ".R") + ")" +
                                (fromMidline ? ", or set bilateral=\"true\" for a point on each side" : ""));
                if (fromMidline && towardSided && where.bilateral)
                    return fail("\"toward\" names one side (" + inQuotes(to) + "), so bilateral=\"true\" cannot place the "
                                "other; use toward=" + inQuotes(to.substr(0, to.size() - 2)) +
                                " with bilateral=\"true\" for a point on each side");
                exact = lerp(*exact, *partner);
            } else if (leftSide && rightSide) {
                leftSide = lerp(*leftSide, towardExact ? *towardExact : *towardLeft);
                rightSide = lerp(*rightSide, towardExact ? *towardExact : *towardRight);
            }
            if (towardExact)
                result.landmarks.push_back(to);
            else
                result.landmarks.insert(result.landmarks.end(), {to + ".L", to + ".R"});
        }
        if (exact) {
            const bool sided = endsWith(name, ".L") || endsWith(name, ".R");
            const bool onMidline = sidedView && !sided && std::fabs(exact->x - map.midlineX) <= kMidlineTolerance;
            result.landmarks.insert(result.landmarks.begin(), name);
            if (sided && where.bilateral) {
                const std::string base = name.substr(0, name.size() - 2);
                return fail("landmark " + inQuotes(name) + " names one side; use " + inQuotes(base) +
                      " with bilateral=\"true\" for both sides");
            }
            if (onMidline) {
                if (where.lateral == 0.0) {
                    if (where.bilateral) {
                        return fail("bilateral=\"true\" but the point lies on the midline; set bilateral=\"false\"");
                    }
                    spots = {Vec2{exact->x, exact->y + down}};
                } else {
                    if (!where.bilateral) {
                        return fail("landmark " + inQuotes(name) + " is on the midline: a point " + formatNumber(where.lateral) +
                              " cun to the side of it needs bilateral=\"true\" (or a landmark with sides)");
                    }
                    const double dx = where.lateral * scale.x;
                    spots = {Vec2{exact->x + left * dx, exact->y + down}, Vec2{exact->x - left * dx, exact->y + down}};
                }
            } else {
                if (where.bilateral) {
                    return fail("landmark " + inQuotes(name) + " is off the midline and has no sides (" + inQuotes(name + ".L") +
                          ", " + inQuotes(name + ".R") + "), so bilateral=\"true\" cannot place the other side");
                }
                // Lateral moves away from the midline: toward the landmark's own side.
                double outward = exact->x >= map.midlineX ? 1.0 : -1.0;
                if (endsWith(name, ".L"))
                    outward = left;
                else if (endsWith(name, ".R"))
                    outward = -left;
                spots = {Vec2{exact->x + outward * where.lateral * scale.x, exact->y + down}};
            }
        } else if (leftSide && rightSide) {
            if (!where.bilateral) {
                return fail("landmark " + inQuotes(name) + " has two sides: name one (" + inQuotes(name + ".L") + " or " +
                      inQuotes(name + ".R") + ") or set bilateral=\"true\"");
            }
            result.landmarks.insert(result.landmarks.begin(), {name + ".L", name + ".R"});
            const double dx = where.lateral * scale.x;
            spots = {Vec2{leftSide->x + left * dx, leftSide->y + down},
                     Vec2{rightSide->x - left * dx, rightSide->y + down}};
        } else {
            std::vector<std::string> names;
            for (const auto& entry : map.landmarks)
                names.push_back(entry.first);
            std::string message = "landmark " + inQuotes(name) + " is not in the map " + inQuotes(map.id);
            if (leftSide || rightSide)
                message += " (only " + inQuotes(leftSide ? name + ".L" : name + ".R") + " is)";
            else if (const std::string guess = closestMatch(name, names); !guess.empty())
                message += "; did you mean " + inQuotes(guess) + "?";
            return fail(message);
        }
    }
    return finish(result, std::move(spots), where, scale, map);
}

} // namespace acq
