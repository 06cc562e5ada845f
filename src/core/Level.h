// The model of a quiz level as loaded from its file: what to ask and how to score it.
#pragma once

#include "core/BodyMap.h"
#include "core/Vec2.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace acq {

struct PlacementScoring {
    double toleranceCun = 0.5; // full marks within this distance
    double falloffCun = 2.0;   // then a smooth fall to zero over this distance
    double maxPoints = 100.0;
    double hintCost = 0.25;    // share of a point's score lost by asking for a hint
};

// One acupuncture point to place. A bilateral point has a spot on each side; one placement is
// scored against the nearer spot, or, when every spot is asked for, each placement against its
// own spot (matched one-to-one to the nearest).
struct PointTarget {
    std::string id;     // unique in the level (the code unless the level gives one)
    std::string label;  // what the player is asked for, e.g. "EX-B2 beside L3" (default: the code)
    std::string code;
    std::string name;        // pinyin with tone marks
    std::string hanzi;       // the name in simplified characters (may be empty)
    std::string traditional; // ... in traditional characters (may be empty)
    std::string meaning;     // an English rendering of the name (may be empty)
    std::string regionId;
    std::string location;
    std::string caution;
    std::vector<std::string> aliases;
    std::vector<Vec2> spots;
    std::vector<std::string> landmarks; // the landmarks its location is measured from
    int line = 0;                       // where it is defined, for messages
    std::size_t map = 0;                // index into the level's maps
    bool placeAll = false;              // the player places every spot, not just one
    std::optional<double> toleranceCun; // overrides the level's, e.g. tighter beside the spine
    std::optional<double> falloffCun;   // overrides the level's, e.g. shorter beside a neighbour

    // The name as shown: pinyin, characters (traditional after a slash where they differ) and
    // meaning, e.g. "Shènshū 肾俞 / 腎俞 “Kidney Shu”".
    std::string fullName() const;

    // How many placements the point asks for.
    std::size_t placements() const { return placeAll ? spots.size() : 1; }
};

// A body map as a level uses it: the figure and the part shown first.
struct LevelMap {
    std::string id;
    std::shared_ptr<const BodyMap> map;
    std::optional<Rect> frame;
};

struct PlacementLevel {
    std::vector<LevelMap> maps;
    PlacementScoring scoring;
    std::vector<PointTarget> points;
    // How many of the points one round asks (<scoring ask>), chosen afresh for each round, so a
    // level of many points plays as short rounds; none: every point (core/AskedPoints.h).
    std::optional<std::size_t> askPerRound;

    std::size_t askedPerRound() const { return std::min(askPerRound.value_or(points.size()), points.size()); }

    const LevelMap& mapOf(const PointTarget& point) const { return maps.at(point.map); }
    // The level's scoring with the point's own tolerance and fall-off, where it has them.
    PlacementScoring scoringOf(const PointTarget& point) const
    {
        PlacementScoring own = scoring;
        own.toleranceCun = point.toleranceCun.value_or(scoring.toleranceCun);
        own.falloffCun = point.falloffCun.value_or(scoring.falloffCun);
        return own;
    }
    // Map units per cun where the point lies (its region's scale on its map, per axis).
    CunScale cunScale(const PointTarget& point) const
    {
        const BodyRegion* region = mapOf(point).map->findRegion(point.regionId);
        return region ? region->scale : CunScale{}; // the loader refuses unknown regions
    }
};

struct MatchPair {
    std::string id;
    std::string prompt;
    std::string answer;
    std::string explain;
};

struct MatchingScoring {
    int pairPoints = 10;
    int wrongPenalty = 3;
};

struct MatchingLevel {
    MatchingScoring scoring;
    std::vector<MatchPair> pairs;
    std::vector<std::string> distractors;
};

enum class LevelKind { Placement, Matching };

struct Level {
    std::string id;
    std::string title;
    std::string intro;
    std::string file; // where it was loaded from
    // Which set of levels it belongs to, for practice cards (core/Cards.h): "shipped", "user",
    // or "dir:" and a folder named with --levels. Set by the game after loading.
    std::string source;
    double order = 100.0;
    std::vector<std::string> sources;
    std::variant<PlacementLevel, MatchingLevel> content;

    LevelKind kind() const { return content.index() == 0 ? LevelKind::Placement : LevelKind::Matching; }
    const PlacementLevel* placement() const { return std::get_if<PlacementLevel>(&content); }
    const MatchingLevel* matching() const { return std::get_if<MatchingLevel>(&content); }
};

const char* kindName(LevelKind kind);

} // namespace acq
