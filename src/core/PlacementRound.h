// One play of a placement level: asks for each point in turn, scores each placement.
#pragma once

#include "core/Level.h"
#include "core/Settings.h"
#include "core/Verdict.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace acq {

struct Placement {
    std::string id;            // the point's id in the level
    std::optional<Vec2> click; // none when skipped
    Vec2 spot;                 // the true spot it was scored against
    double distanceCun = 0.0;
    double points = 0.0;       // whole points, rounded once (scorePlacement)
    Verdict verdict = Verdict::Skipped;
    std::optional<std::size_t> named; // NamedOther: the point it lies on (index into the level's points)
    double seconds = 0.0;      // time taken to answer the point
    bool hinted = false;       // a hint was bought for this point
    std::string miss;          // e.g. "0.6 cun too lateral"
};

class PlacementRound {
public:
    enum class Phase { Asking, Feedback, Finished };

    // The level must outlive the round. Points are asked in an order shuffled from `seed`, so
    // that playing again does not teach the sequence; a level that asks a few per round asks
    // those `seed` chooses (core/AskedPoints.h).
    PlacementRound(const Level& level, std::uint64_t seed, double now);
    // Points asked in the file's order (tests, and what the author checks).
    PlacementRound(const Level& level, double now);
    // Only the points `ask` (indices into the level's points), in that order: practice asks one
    // point with its level's map, scoring and neighbours.
    PlacementRound(const Level& level, std::vector<std::size_t> ask, double now);

    // Which spot of a bilateral point is asked for (the player's setting): with Left or Right,
    // a single placement is scored against that side's spot only. Points whose spots are all on
    // one side, points that ask for every spot, and close-up maps (no midline) are unaffected.
    void setSides(SideChoice sides) { m_sides = sides; }
    // The side the current point is asked on, when the setting restricts it (else Either).
    SideChoice askedSide() const;
    // The spots a single placement of `target` may be scored against.
    std::vector<Vec2> askedSpots(const PointTarget& target) const;

    Phase phase() const { return m_phase; }
    // How many points have been asked before the current one.
    std::size_t index() const { return m_index; }
    std::size_t count() const { return m_order.size(); }
    // The level's points in the order they are asked (indices into the level's points).
    const std::vector<std::size_t>& order() const { return m_order; }
    // The index in the level's points of the point being asked (of the last one once finished).
    std::size_t currentPoint() const { return m_order.at(std::min(m_index, count() - 1)); }
    const PointTarget& current() const { return m_level.points.at(currentPoint()); }
    const PlacementLevel& level() const { return m_level; }
    const BodyMap& mapOf(const PointTarget& target) const { return *m_level.mapOf(target).map; }
    const BodyMap& map() const { return mapOf(current()); }
    CunScale cunScale(const PointTarget& target) const;

    // Asking: records a placement. A point that asks for several spots collects them and is
    // scored (-> Feedback) with the last; each placement is then matched to its own spot so
    // that the total distance is least. Returns false when ignored (not asking).
    bool place(Vec2 mapPoint, double now);
    // Asking -> Feedback with nothing placed (still-missing spots score 0).
    bool skip(double now);
    // The placements collected so far for the current point (before it is scored).
    const std::vector<Vec2>& pending() const { return m_pending; }
    // The spots of the current point not yet taken by a pending placement (each pending click
    // takes the spot nearest to it), for scripts that click the answer.
    std::vector<Vec2> openSpots() const;
    // Asking: shows a hint (the landmarks the point is measured from) at a cost.
    void useHint();
    bool hintUsed() const { return m_hinted; }
    // Feedback -> Asking the next point, or Finished after the last.
    void next(double now);

    const std::vector<Placement>& placements() const { return m_placements; }
    // The placements of the point just scored (Feedback), one per spot asked for.
    std::span<const Placement> lastScored() const;
    double score() const;
    double maxScore() const;

private:
    void score(const std::vector<std::optional<Vec2>>& clicks, double now);

    const PlacementLevel& m_level;
    std::vector<std::size_t> m_order;
    Phase m_phase;
    std::size_t m_index = 0;
    double m_askedAt;
    bool m_hinted = false;
    SideChoice m_sides = SideChoice::Either;
    std::vector<Vec2> m_pending;
    std::size_t m_lastScoredFrom = 0;
    std::vector<Placement> m_placements;
};

} // namespace acq
