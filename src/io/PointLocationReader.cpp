#include "io/PointLocationReader.h"

#include <limits>
#include <string>

namespace acq {
namespace {

constexpr double kAny = std::numeric_limits<double>::infinity();

} // namespace

bool readPointLocation(ElementReader& r, const tinyxml2::XMLElement& el, PointLocation& where)
{
    bool ok = true;
    const bool hasLandmark = el.Attribute("landmark");
    const bool hasX = el.Attribute("x");
    const bool hasY = el.Attribute("y");
    where.landmark = r.optionalId("landmark");
    ok = ok && (!hasLandmark || where.landmark);
    const auto lateral = r.optionalNumber("lateral", -100.0, 100.0);
    const auto inferior = r.optionalNumber("inferior", -100.0, 100.0);
    const auto dx = r.optionalNumber("dx", -100.0, 100.0);
    const auto dy = r.optionalNumber("dy", -100.0, 100.0);
    where.toward = r.optionalId("toward");
    const auto fraction = r.optionalNumber("fraction", 0.0, 1.0);
    for (const char* name : {"lateral", "inferior", "dx", "dy", "toward", "fraction"})
        if (el.Attribute(name))
            ok = ok && (std::string(name) == "lateral"    ? lateral.has_value()
                        : std::string(name) == "inferior" ? inferior.has_value()
                        : std::string(name) == "dx"       ? dx.has_value()
                        : std::string(name) == "dy"       ? dy.has_value()
                        : std::string(name) == "toward"   ? where.toward.has_value()
                                                          : fraction.has_value());
    const auto x = r.optionalNumber("x", -kAny, kAny);
    const auto y = r.optionalNumber("y", -kAny, kAny);
    ok = ok && (!hasX || x) && (!hasY || y);
    const auto bilateral = r.optionalBool("bilateral");
    ok = ok && (!el.Attribute("bilateral") || bilateral);

    const char* offsets[] = {"lateral", "inferior", "toward", "fraction"};
    if (hasLandmark && (hasX || hasY)) {
        r.error("give either \"landmark\" or \"x\" and \"y\", not both");
        ok = false;
    } else if (!hasLandmark && !hasX && !hasY) {
        r.error("needs attribute \"landmark\" or both \"x\" and \"y\"");
        ok = false;
    } else if (!hasLandmark && hasX != hasY) {
        r.error(hasX ? "has \"x\" but no \"y\": add \"y\", or give a \"landmark\" instead of \"x\""
                     : "has \"y\" but no \"x\": add \"x\", or give a \"landmark\" instead of \"y\"");
        ok = false;
    } else if (!hasLandmark) {
        for (const char* name : offsets)
            if (el.Attribute(name)) {
                r.error(std::string("attribute \"") + name +
                        "\" is measured from a landmark: it needs \"landmark\", not \"x\" and \"y\"");
                ok = false;
                break;
            }
    }
    if (el.Attribute("fraction") && !el.Attribute("toward")) {
        r.error("attribute \"fraction\" needs \"toward\" (the landmark it is a share of the way to)");
        ok = false;
    }
    where.hasLateral = lateral.has_value();
    where.lateral = lateral.value_or(0.0);
    where.inferior = inferior.value_or(0.0);
    where.dx = dx.value_or(0.0);
    where.dy = dy.value_or(0.0);
    where.fraction = fraction.value_or(0.5);
    if (x && y)
        where.xy = Vec2{*x, *y};
    where.bilateral = bilateral.value_or(false);
    return ok;
}

} // namespace acq
