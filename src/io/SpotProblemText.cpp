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

// "; did you mean ..." for a near miss, or nothing.
std::string nearMiss(const std::string& name, const std::vector<std::string>& known)
{
    if (const std::string guess = closestMatch(name, known); !guess.empty())
        return "; did you mean " + inQuotes(guess) + "?";
    return "";
}

std::vector<std::string> landmarkNames(const BodyMap& map)
{
    std::vector<std::string> names;
    for (const auto& entry : map.landmarks)
        names.push_back(entry.first);
    return names;
}

std::vector<std::string> regionIds(const BodyMap& map)
{
    std::vector<std::string> ids;
    for (const BodyRegion& r : map.regions)
        ids.push_back(r.id);
    return ids;
}

std::string notOnMap(const std::string& id) { return "the map " + inQuotes(id) + " has view=\"other\""; }

} // namespace

std::string spotProblemText(const SpotProblem& problem, const PointLocation& /*where*/, const BodyMap& map)
{
    const std::string& name = problem.name;
    switch (problem.kind) {
    case SpotProblemKind::UnknownRegion:
        return "region " + inQuotes(name) + " is not in the map " + inQuotes(map.id) + nearMiss(name, regionIds(map));
    case SpotProblemKind::LateralNeedsSidedView:
        return "attribute \"lateral\" needs a front or back map; " + notOnMap(map.id);
    case SpotProblemKind::BilateralNeedsSidedView:
        return "bilateral=\"true\" needs a front or back map to mirror the point; " + notOnMap(map.id);
    case SpotProblemKind::BilateralOnMidline:
        return "bilateral=\"true\" but the point lies on the midline; set bilateral=\"false\"";
    case SpotProblemKind::UnknownToward:
        return "landmark " + inQuotes(name) + " (in \"toward\") is not in the map " + inQuotes(map.id) +
               nearMiss(name, landmarkNames(map));
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
               " with bilateral=\"true\" for both sides";
    case SpotProblemKind::MidlineLateralNeedsBilateral:
        return "landmark " + inQuotes(name) + " is on the midline: a point " + formatNumber(problem.lateral) +
               " cun to the side of it needs bilateral=\"true\" (or a landmark with sides)";
    case SpotProblemKind::NoSidesForBilateral:
        return "landmark " + inQuotes(name) + " is off the midline and has no sides (" + inQuotes(name + ".L") + ", " +
               inQuotes(name + ".R") +
               "), so bilateral=\"true\" cannot place the other side";
    case SpotProblemKind::LandmarkHasTwoSides:
        return "landmark " + inQuotes(name) + " has two sides: name one (" + inQuotes(name + ".L") + " or " +
               inQuotes(name + ".R") + ") or set bilateral=\"true\"";
    case SpotProblemKind::UnknownLandmark:
        if (!problem.onlySide.empty())
            return "landmark " + inQuotes(name) + " is not in the map " + inQuotes(map.id) + " (only " +
                   inQuotes(problem.onlySide) + " is)";
        return "landmark " + inQuotes(name) + " is not in the map " + inQuotes(map.id) + nearMiss(name, landmarkNames(map));
    case SpotProblemKind::AxesOffsetsOnBilateral:
        return "\"dx\" and \"dy\" move along the map's axes, which would not mirror both sides; use \"lateral\" and "
               "\"inferior\" with bilateral=\"true\"";
    case SpotProblemKind::OutsideMap: {
        const std::string text =
            "the point lies outside the map: " + pointText(problem.spot) + " is not within " + rectText(map.bounds);
        return text;
    }
    }
    return "the point cannot be placed";
}

} // namespace acq
