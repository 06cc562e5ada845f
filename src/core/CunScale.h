// Map units per cun along each axis of a region. WHO 2008 measures some regions with a
// different span each way: the lower abdomen sideways by the nipples (8 B-cun apart) and up and
// down by the umbilicus to the pubic symphysis (5 B-cun), so its cun is not the same both ways.
#pragma once

#include "core/Vec2.h"

#include <cmath>

namespace acq {

struct CunScale {
    double x = 1.0; // map units per cun along the map's x axis (sideways on the whole figures)
    double y = 1.0; // along the y axis (up and down)

    static CunScale uniform(double unitsPerCun) { return {unitsPerCun, unitsPerCun}; }
    bool isUniform() const { return x == y; }

    Vec2 toCun(Vec2 units) const { return {units.x / x, units.y / y}; }
    Vec2 toUnits(Vec2 cun) const { return {cun.x * x, cun.y * y}; }
    // How far a map offset reaches in cun: each component in its own axis's cun.
    double lengthInCun(Vec2 units) const { return std::hypot(units.x / x, units.y / y); }
};

} // namespace acq
