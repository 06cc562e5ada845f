// One play of a placement level: asks for each point in turn, scores each placement.
#pragma once

#include "core/Level.h"

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
    double points = 0.0;
    double seconds = 0.0;      // time taken to answer the point
    bool hinted = false;       // a hint was bought for this point
    std::string miss;          // e.g. "0.6 cun too lateral"
};

class PlacementRound {
public:
    enum class Phase { Asking, Feedback, Finished };

    // The level must outlive the round.
    PlacementRound(const Level& level, double now);

    Phase phase() const { return m_phase; }
    std::size_t index() const { return m_index; }
    std::size_t count() const { return m_level.points.size(); }
    const PointTarget& current() const { return m_level.points.at(m_index); }
    const PlacementLevel& level() const { return m_level; }
    const BodyMap& mapOf(const PointTarget& target) const { return *m_level.mapOf(target).map; }
    const BodyMap& map() const { return mapOf(current()); }
    double unitsPerCun(const PointTarget& target) const;

    // Asking: records a placement. A point that asks for several spots collects them and is
    // scored (-> Feedback) with the last; each placement is then matched to its own spot so
    // that the total distance is least. Returns false when ignored (not asking).
    bool place(Vec2 mapPoint, double now);
    // Asking -> Feedback with nothing placed (still-missing spots score 0).
    bool skip(double now);
    // The placements collected so far for the current point (before it is scored).
    const std::vector<Vec2>& pending() const { return m_pending; }
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
    Phase m_phase;
    std::size_t m_index = 0;
    double m_askedAt;
    bool m_hinted = false;
    std::vector<Vec2> m_pending;
    std::size_t m_lastScoredFrom = 0;
    std::vector<Placement> m_placements;
};

} // namespace acq
