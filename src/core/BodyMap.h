// A body figure as the quiz sees it: its coordinate space, named landmarks and cun scales.
#pragma once

#include "core/CunScale.h"
#include "core/Vec2.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace acq {

// A landmark within this distance (map units) of the map's midline lies on it.
constexpr double kMidlineTolerance = 0.5;

// Which way the figure faces decides where the patient's left is on the map.
enum class MapView { Back, Front, Other };

// A part of the body with its own proportional unit: distances there are scored in its cun,
// sideways in its x cun and up and down in its y cun (the same on most regions).
// Where a region's cun comes from, as its map says: the span `from`-`to` is `cun` cun, or a scale
// given directly, with its `basis`. Kept for the map reference an author reads (docs/maps.md).
struct CunBasis {
    std::string from, to;
    double cun = 0.0;
    std::string basis; // a scale given directly: why it is right
};

struct BodyRegion {
    std::string id;
    std::string name;
    CunScale scale;
    CunBasis basis{};                  // up and down, and sideways too unless `sideways` is set
    std::optional<CunBasis> sideways{}; // a sideways cun of its own (the abdomen's nipple span)
};

// A span of the standard's proportional measures that the art must keep (WHO 2008: gluteal fold
// to popliteal crease = 14 B-cun): declared by the map, checked against its landmarks by the
// content tests (tests/content/test_art_proportions.cpp), not by the loader, so that a user's
// rough map still loads.
struct Proportion {
    std::string from, to; // landmarks
    std::string regionId; // whose cun measures it
    char axis = 'd';      // 'x' or 'y': only that component of the span; 'd': the straight distance
    double cun = 0.0;
    double within = 0.05; // allowed share off
    std::string basis;    // where the figure comes from
    int line = 0;
};

struct BodyMap {
    std::string id;
    std::string title;
    MapView view = MapView::Other;
    std::string artPath;   // the SVG the figure is drawn from (absolute once loaded)
    Rect bounds;           // the SVG viewBox: the whole map space
    double midlineX = 0.0; // the body's midline on front and back views
    std::map<std::string, Vec2> landmarks;
    // What a learner calls each landmark ("PSIS", "4th sacral foramen"), by its id without the
    // side: the sides of "psis.L" and "psis.R" are added as ", left" and ", right" (the patient's).
    std::map<std::string, std::string> landmarkNames;
    std::vector<BodyRegion> regions;
    std::vector<Proportion> proportions;
    // On a close-up (view Other): the anatomical direction toward the top and the left of the
    // map, e.g. "distal" and "radial" on the back of a hand drawn fingers up; empty when the
    // map does not say (misses are then told as up/down/left/right).
    std::string upTerm;
    std::string leftTerm;

    const BodyRegion* findRegion(const std::string& regionId) const;
    std::optional<Vec2> landmark(const std::string& name) const;
    // The landmark's name for the player, e.g. "PSIS, left" for "psis.L"; its id when unnamed.
    std::string landmarkName(const std::string& id) const;
    // The sign of x that points toward the patient's left: seen from behind the patient's left
    // is on the viewer's left (smaller x), seen from the front it is on the viewer's right.
    double towardPatientLeft() const { return view == MapView::Front ? 1.0 : -1.0; }
};

} // namespace acq
