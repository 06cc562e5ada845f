#include "io/SpotProblemText.h"

#include "io/ElementReader.h"

namespace acq {
namespace {

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string rectText(const Rect& r)
{
    return formatNumber(r.x) + " " + formatNumber(r.y) + " " + formatNumber(r.width) + " " + formatNumber(r.height);
}

std::string pointText(Vec2 p) { return "(" + formatNumber(p.x) + ", " + formatNumber(p.y) + ")"; }

std::string withoutSide(const std::string& name) { return name.substr(0, name.size() - 2); }

bool isSided(const std::string& name)
{
    return name.size() > 2 && (name.compare(name.size() - 2, 2, ".L") == 0 || name.compare(name.size() - 2, 2, ".R") == 0);
}

// The near miss of an unknown landmark, or where to find the right one: a map has too many
// landmarks to name them all here.
std::string landmarkHint(const std::string& name, const BodyMap& map)
{
    std::vector<std::string> names;
    for (const auto& entry : map.landmarks)
        names.push_back(entry.first);
    // "acromon" is a near miss of "acromion", which the art has only as "acromion.L" and ".R".
    for (const auto& entry : map.landmarks)
        if (isSided(entry.first) && (names.empty() || names.back() != withoutSide(entry.first)))
            names.push_back(withoutSide(entry.first));
    if (const std::string guess = closestMatch(name, names); !guess.empty())
        return "; did you mean " + inQuotes(guess) + "?";
    return "; docs/maps.md lists the landmarks of each shipped map";
}

// A map has a few regions: all are named when none is a near miss.
std::string regionHint(const std::string& name, const BodyMap& map)
{
    std::vector<std::string> ids;
    for (const BodyRegion& r : map.regions)
        ids.push_back(r.id);
    return suggestInstead(name, ids);
}

std::string notOnMap(const std::string& id) { return "the map " + inQuotes(id) + " has view=\"other\""; }

} // namespace

std::string spotProblemText(const SpotProblem& problem, const PointLocation& where, const BodyMap& map)
{
    const std::string& name = problem.name;
    switch (problem.kind) {
    case SpotProblemKind::UnknownRegion:
        return "region " + inQuotes(name) + " is not in the map " + inQuotes(map.id) + regionHint(name, map);
    case SpotProblemKind::LateralNeedsSidedView:
        return "attribute \"lateral\" needs a front or back map; " + notOnMap(map.id) +
               ", so use \"dx\" (cun along the map's x axis) instead";
    case SpotProblemKind::BilateralNeedsSidedView:
        return "bilateral=\"true\" needs a front or back map to mirror the point; " + notOnMap(map.id) +
               ", so give each side as a <spot> of its own instead";
    case SpotProblemKind::BilateralOnMidline:
        return "bilateral=\"true\" but the point lies on the midline; set bilateral=\"false\"";
    case SpotProblemKind::UnknownToward:
        return "landmark " + inQuotes(name) + " (in \"toward\") is not in the map " + inQuotes(map.id) +
               landmarkHint(name, map);
    case SpotProblemKind::TowardHasTwoSides:
        return "landmark " + inQuotes(name) + " has two sides: name one (" + inQuotes(name + ".L") + " or " +
               inQuotes(name + ".R") + ")" +
               (problem.fromMidline ? ", or set bilateral=\"true\" for a point on each side" : "");
    case SpotProblemKind::TowardOneSideWithBilateral:
        return "\"toward\" names one side (" + inQuotes(name) +
               "), so bilateral=\"true\" cannot place the other; use toward=" + inQuotes(withoutSide(name)) +
               " with bilateral=\"true\" for a point on each side";
    case SpotProblemKind::LandmarkOneSideWithBilateral:
        return "landmark " + inQuotes(name) + " names one side; use " + inQuotes(withoutSide(name)) +
               " with bilateral=\"true\" for both sides, or leave out bilateral=\"true\" for this side only";
    case SpotProblemKind::MidlineLateralNeedsBilateral:
        return "landmark " + inQuotes(name) + " is on the midline: a point " + formatNumber(problem.lateral) +
               " cun to the side of it needs bilateral=\"true\" (or a landmark with sides)";
    case SpotProblemKind::NoSidesForBilateral:
        if (problem.toward)
            return "toward=" + inQuotes(*problem.toward) + " moves the spot off the midline, and " +
                   inQuotes(*problem.toward) + " has no sides (" + inQuotes(*problem.toward + ".L") + ", " +
                   inQuotes(*problem.toward + ".R") +
                   "), so bilateral=\"true\" cannot place the other side; name a \"toward\" landmark with sides, or "
                   "leave out bilateral=\"true\" for this side only";
        return "landmark " + inQuotes(name) + " is off the midline and has no sides (" + inQuotes(name + ".L") + ", " +
               inQuotes(name + ".R") +
               "), so bilateral=\"true\" cannot place the other side; measure from a landmark with sides or on the "
               "midline, or leave out bilateral=\"true\" for this side only";
    case SpotProblemKind::LandmarkHasTwoSides:
        return "landmark " + inQuotes(name) + " has two sides: name one (" + inQuotes(name + ".L") + " or " +
               inQuotes(name + ".R") + ") or set bilateral=\"true\"";
    case SpotProblemKind::UnknownLandmark:
        if (!problem.onlySide.empty())
            return "landmark " + inQuotes(name) + " is not in the map " + inQuotes(map.id) + " (only " +
                   inQuotes(problem.onlySide) + " is); write landmark=" + inQuotes(problem.onlySide);
        return "landmark " + inQuotes(name) + " is not in the map " + inQuotes(map.id) + landmarkHint(name, map);
    case SpotProblemKind::AxesOffsetsOnBilateral:
        return "\"dx\" and \"dy\" move along the map's axes, which would not mirror both sides; use \"lateral\" and "
               "\"inferior\" with bilateral=\"true\"";
    case SpotProblemKind::OutsideMap: {
        std::string text =
            "the point lies outside the map: " + pointText(problem.spot) + " is not within " + rectText(map.bounds);
        if (where.xy)
            return text + "; \"x\" and \"y\" are map units: give a place within the map, or measure from a \"landmark\"";
        return text + "; the offsets from the landmark are in cun of region " + inQuotes(where.regionId) +
               ", not map units";
    }
    }
    return "the point cannot be placed";
}

} // namespace acq
