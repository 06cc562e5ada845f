// One play of a placement level: asks for each point in turn, scores each placement.
#pragma once

#include "core/Level.h"

#include <optional>
#include <string>
#include <vector>

namespace acq {

struct Placement {
    std::string code;
    std::optional<Vec2> click; // none when skipped
    Vec2 spot;                 // the true spot it was scored against
    double distanceCun = 0.0;
    double points = 0.0;
    double seconds = 0.0;      // time taken to answer
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
    const BodyMap& map() const { return *m_level.map; }

    // Asking -> Feedback. Ignored (returns nullptr) in any other phase.
    const Placement* place(Vec2 mapPoint, double now);
    const Placement* skip(double now);
    // Feedback -> Asking the next point, or Finished after the last.
    void next(double now);

    const std::vector<Placement>& placements() const { return m_placements; }
    const Placement* lastPlacement() const;
    double score() const;
    double maxScore() const;
    double unitsPerCun(const PointTarget& target) const;

private:
    const PlacementLevel& m_level;
    Phase m_phase;
    std::size_t m_index = 0;
    double m_askedAt;
    std::vector<Placement> m_placements;
};

} // namespace acq
