#include "core/PlacementRound.h"

#include "core/Scoring.h"

namespace acq {

PlacementRound::PlacementRound(const Level& level, double now)
    : m_level(std::get<PlacementLevel>(level.content))
    , m_phase(m_level.points.empty() ? Phase::Finished : Phase::Asking)
    , m_askedAt(now)
{
}

double PlacementRound::unitsPerCun(const PointTarget& target) const
{
    const BodyRegion* region = m_level.map->findRegion(target.regionId);
    return region ? region->unitsPerCun : 1.0; // the loader refuses unknown regions
}

const Placement* PlacementRound::place(Vec2 mapPoint, double now)
{
    if (m_phase != Phase::Asking)
        return nullptr;
    const PointTarget& target = current();
    const double scale = unitsPerCun(target);
    Placement result;
    result.code = target.code;
    result.click = mapPoint;
    result.spot = nearestSpot(target, mapPoint);
    result.distanceCun = distanceInCun(mapPoint, result.spot, scale);
    result.points = placementPoints(result.distanceCun, m_level.scoring);
    result.seconds = now - m_askedAt;
    result.miss = describeMiss(mapPoint, result.spot, scale, *m_level.map);
    m_placements.push_back(std::move(result));
    m_phase = Phase::Feedback;
    return &m_placements.back();
}

const Placement* PlacementRound::skip(double now)
{
    if (m_phase != Phase::Asking)
        return nullptr;
    const PointTarget& target = current();
    Placement result;
    result.code = target.code;
    result.spot = target.spots.empty() ? Vec2{} : target.spots.front();
    result.seconds = now - m_askedAt;
    result.miss = "skipped";
    m_placements.push_back(std::move(result));
    m_phase = Phase::Feedback;
    return &m_placements.back();
}

void PlacementRound::next(double now)
{
    if (m_phase != Phase::Feedback)
        return;
    ++m_index;
    m_askedAt = now;
    m_phase = m_index < count() ? Phase::Asking : Phase::Finished;
}

const Placement* PlacementRound::lastPlacement() const
{
    return m_placements.empty() ? nullptr : &m_placements.back();
}

double PlacementRound::score() const
{
    double total = 0.0;
    for (const Placement& p : m_placements)
        total += p.points;
    return total;
}

double PlacementRound::maxScore() const
{
    return m_level.scoring.maxPoints * static_cast<double>(count());
}

} // namespace acq
