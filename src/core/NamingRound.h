// The reverse of placement: a point is marked on the map and the player names it from four
// choices drawn from the same level (preferring the same region).
#pragma once

#include "core/Level.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace acq {

struct NamingAnswer {
    std::size_t point = 0;  // the marked point (index into the level's points)
    std::size_t chosen = 0; // the point chosen
    bool correct = false;
    double seconds = 0.0;
};

class NamingRound {
public:
    enum class Phase { Asking, Feedback, Finished };
    static constexpr std::size_t kChoices = 4;

    // The level must outlive the round. The order of the questions and the choices are
    // shuffled from the seed.
    NamingRound(const Level& level, std::uint64_t seed, double now);

    // A level can be played this way when it has at least two points to choose between.
    static bool possible(const Level& level);

    Phase phase() const { return m_phase; }
    std::size_t index() const { return m_index; }
    // Points asked: all, or the few a level asks per round (<scoring ask>), as placement does.
    std::size_t count() const { return m_order.size(); }
    // The index in the level's points of the marked point (of the last one once finished).
    std::size_t markedPoint() const { return m_order.at(std::min(m_index, count() - 1)); }
    const PointTarget& marked() const { return m_level.points.at(markedPoint()); }
    // Indices into the level's points, in the order shown.
    const std::vector<std::size_t>& choices() const { return m_choices.at(markedPoint()); }
    const PlacementLevel& level() const { return m_level; }

    // Asking -> Feedback. Returns false when ignored (not asking, or no such choice).
    bool answer(std::size_t choice, double now);
    void next(double now);

    const std::vector<NamingAnswer>& answers() const { return m_answers; }
    double score() const;
    double maxScore() const;

private:
    const PlacementLevel& m_level;
    std::vector<std::vector<std::size_t>> m_choices; // per point of the level
    std::vector<std::size_t> m_order;                // the points in the order asked
    Phase m_phase;
    std::size_t m_index = 0;
    double m_askedAt;
    std::vector<NamingAnswer> m_answers;
};

} // namespace acq
