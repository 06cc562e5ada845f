// A point or offset in a body map's own coordinate space (same unit on both axes).
#pragma once

#include <cmath>

namespace acq {

struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double k) { return {a.x * k, a.y * k}; }
    friend bool operator==(Vec2 a, Vec2 b) = default;
};

inline double length(Vec2 v) { return std::hypot(v.x, v.y); }
inline double distance(Vec2 a, Vec2 b) { return length(a - b); }

// An axis-aligned rectangle in map units.
struct Rect {
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;

    bool contains(Vec2 p) const { return p.x >= x && p.y >= y && p.x <= x + width && p.y <= y + height; }
    Vec2 centre() const { return {x + width / 2.0, y + height / 2.0}; }
};

} // namespace acq
