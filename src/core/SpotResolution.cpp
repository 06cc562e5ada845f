#include "core/SpotResolution.h"

#include <cmath>

namespace acq {
namespace {

bool endsWith(const std::string& s, const char* suffix)
{
    const std::string t(suffix);
    return s.size() > t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

bool isSided(const std::string& name) { return endsWith(name, ".L") || endsWith(name, ".R"); }

SpotResult failed(SpotProblemKind kind, std::string name = {})
{
    SpotResult result;
    result.problem = SpotProblem{};
    result.problem->kind = kind;
    result.problem->name = std::move(name);
    return result;
}

// The offsets along the map's axes, then the check that every spot lies on the map.
SpotResult finish(SpotResult result, std::vector<Vec2> spots, const PointLocation& where, const CunScale& scale,
                  const BodyMap& map)
{
    if (where.dx != 0.0 || where.dy != 0.0) {
        if (spots.size() > 1)
            return failed(SpotProblemKind::AxesOffsetsOnBilateral);
        for (Vec2& spot : spots)
            spot = spot + scale.toUnits({where.dx, where.dy});
    }
    for (const Vec2& spot : spots)
        if (!map.bounds.contains(spot)) {
            SpotResult outside = failed(SpotProblemKind::OutsideMap);
            outside.problem->spot = spot;
            return outside;
        }
    result.spots = std::move(spots);
    return result;
}

} // namespace

SpotResult resolveSpots(const PointLocation& where, const BodyMap& map)
{
    SpotResult result;
    const BodyRegion* region = map.findRegion(where.regionId);
    if (!region)
        return failed(SpotProblemKind::UnknownRegion, where.regionId);
    const bool sidedView = map.view != MapView::Other;
    if (where.hasLateral && !sidedView)
        return failed(SpotProblemKind::LateralNeedsSidedView);
    // Sideways offsets in the region's x cun, up and down ones in its y cun.
    const CunScale scale = region->scale;
    const double down = where.inferior * scale.y;
    const double left = map.towardPatientLeft();
    auto onMidline = [&](Vec2 p) { return std::fabs(p.x - map.midlineX) <= kMidlineTolerance; };
    std::vector<Vec2> spots;

    if (where.xy) {
        const Vec2 p = *where.xy;
        if (where.bilateral) {
            if (!sidedView)
                return failed(SpotProblemKind::BilateralNeedsSidedView);
            if (onMidline(p))
                return failed(SpotProblemKind::BilateralOnMidline);
            spots = {p, Vec2{2.0 * map.midlineX - p.x, p.y}};
        } else {
            spots = {p};
        }
        return finish(result, std::move(spots), where, scale, map);
    }

    const std::string& name = *where.landmark;
    auto exact = map.landmark(name);
    auto leftSide = map.landmark(name + ".L");
    auto rightSide = map.landmark(name + ".R");
    const bool sided = isSided(name);
    // The landmark itself lies on the midline (before any move toward another).
    const bool fromMidline = exact && sidedView && !sided && onMidline(*exact);
    if (where.toward) {
        // Move each anchor the given share of the way to its partner on the same side.
        const std::string& to = *where.toward;
        const auto towardExact = map.landmark(to);
        const auto towardLeft = map.landmark(to + ".L");
        const auto towardRight = map.landmark(to + ".R");
        auto lerp = [&](Vec2 a, Vec2 b) { return a + (b - a) * where.fraction; };
        if (!towardExact && !(towardLeft && towardRight))
            return failed(SpotProblemKind::UnknownToward, to);
        const bool towardSided = isSided(to);
        if (exact) {
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
            if (!partner) {
                SpotResult twoSides = failed(SpotProblemKind::TowardHasTwoSides, to);
                twoSides.problem->fromMidline = fromMidline;
                return twoSides;
            }
            if (fromMidline && towardSided && where.bilateral)
                return failed(SpotProblemKind::TowardOneSideWithBilateral, to);
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
        const bool spotOnMidline = sidedView && !sided && onMidline(*exact);
        result.landmarks.insert(result.landmarks.begin(), name);
        if (sided && where.bilateral)
            return failed(SpotProblemKind::LandmarkOneSideWithBilateral, name);
        if (spotOnMidline) {
            if (where.lateral == 0.0) {
                if (where.bilateral)
                    return failed(SpotProblemKind::BilateralOnMidline);
                spots = {Vec2{exact->x, exact->y + down}};
            } else {
                if (!where.bilateral) {
                    SpotResult oneSide = failed(SpotProblemKind::MidlineLateralNeedsBilateral, name);
                    oneSide.problem->lateral = where.lateral;
                    return oneSide;
                }
                const double dx = where.lateral * scale.x;
                spots = {Vec2{exact->x + left * dx, exact->y + down}, Vec2{exact->x - left * dx, exact->y + down}};
            }
        } else {
            if (where.bilateral) {
                // Said of the landmark only when it is itself off the midline: from C7 (on it)
                // the spot moved there by "toward".
                SpotResult noSides = failed(SpotProblemKind::NoSidesForBilateral, name);
                noSides.problem->fromMidline = fromMidline;
                if (fromMidline)
                    noSides.problem->toward = where.toward;
                return noSides;
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
        if (!where.bilateral)
            return failed(SpotProblemKind::LandmarkHasTwoSides, name);
        result.landmarks.insert(result.landmarks.begin(), {name + ".L", name + ".R"});
        const double dx = where.lateral * scale.x;
        spots = {Vec2{leftSide->x + left * dx, leftSide->y + down},
                 Vec2{rightSide->x - left * dx, rightSide->y + down}};
    } else {
        SpotResult unknown = failed(SpotProblemKind::UnknownLandmark, name);
        if (leftSide || rightSide)
            unknown.problem->onlySide = leftSide ? name + ".L" : name + ".R";
        return unknown;
    }
    return finish(result, std::move(spots), where, scale, map);
}

} // namespace acq
