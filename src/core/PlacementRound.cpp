#include "core/PlacementRound.h"

#include "core/AskedPoints.h"
#include "core/Neighbours.h"
#include "core/Scoring.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace acq {

PlacementRound::PlacementRound(const Level& level, double now)
    : m_level(std::get<PlacementLevel>(level.content))
    , m_order(m_level.points.size())
    , m_phase(m_level.points.empty() ? Phase::Finished : Phase::Asking)
    , m_askedAt(now)
{
    std::iota(m_order.begin(), m_order.end(), std::size_t{0});
}

PlacementRound::PlacementRound(const Level& level, std::vector<std::size_t> ask, double now)
    : PlacementRound(level, now)
{
    std::erase_if(ask, [&](std::size_t i) { return i >= m_level.points.size(); });
    m_order = std::move(ask);
    if (m_order.empty())
        m_phase = Phase::Finished;
}

PlacementRound::PlacementRound(const Level& level, std::uint64_t seed, double now)
    : PlacementRound(level, askedPoints(std::get<PlacementLevel>(level.content), seed), now)
{
}

CunScale PlacementRound::cunScale(const PointTarget& target) const { return m_level.cunScale(target); }

std::vector<Vec2> PlacementRound::askedSpots(const PointTarget& target) const
{
    const BodyMap& map = mapOf(target);
    if (m_sides == SideChoice::Either || target.placeAll || map.view == MapView::Other)
        return target.spots;
    std::vector<Vec2> side;
    for (Vec2 spot : target.spots) {
        const double towardLeft = (spot.x - map.midlineX) * map.towardPatientLeft();
        if ((m_sides == SideChoice::Left && towardLeft > 0.0) || (m_sides == SideChoice::Right && towardLeft < 0.0))
            side.push_back(spot);
    }
    // A point on one side only (or on the midline) is asked where it is.
    return side.empty() || side.size() == target.spots.size() ? target.spots : side;
}

SideChoice PlacementRound::askedSide() const
{
    if (count() == 0)
        return SideChoice::Either;
    return askedSpots(current()).size() == current().spots.size() ? SideChoice::Either : m_sides;
}

std::vector<Vec2> PlacementRound::openSpots() const
{
    if (m_phase != Phase::Asking)
        return {};
    std::vector<Vec2> open = current().placeAll ? current().spots : askedSpots(current());
    for (Vec2 click : m_pending) {
        if (open.empty())
            break;
        const auto nearest = std::min_element(open.begin(), open.end(), [&](Vec2 a, Vec2 b) {
            return distance(a, click) < distance(b, click);
        });
        open.erase(nearest);
    }
    return open;
}

bool PlacementRound::place(Vec2 mapPoint, double now)
{
    if (m_phase != Phase::Asking)
        return false;
    m_pending.push_back(mapPoint);
    if (m_pending.size() < current().placements())
        return true;
    std::vector<std::optional<Vec2>> clicks(m_pending.begin(), m_pending.end());
    score(clicks, now);
    return true;
}

bool PlacementRound::skip(double now)
{
    if (m_phase != Phase::Asking)
        return false;
    std::vector<std::optional<Vec2>> clicks(m_pending.begin(), m_pending.end());
    clicks.resize(current().placements()); // the spots not yet placed score nothing
    score(clicks, now);
    return true;
}

void PlacementRound::useHint()
{
    if (m_phase == Phase::Asking)
        m_hinted = true;
}

void PlacementRound::score(const std::vector<std::optional<Vec2>>& clicks, double now)
{
    const PointTarget& target = current();
    const BodyMap& map = mapOf(target);
    const CunScale scale = cunScale(target);

    // Which spot each click is scored against. One click: the nearest spot. Several: the
    // one-to-one assignment with the least total distance (spots are few, so try them all).
    std::vector<std::size_t> assigned(clicks.size(), 0);
    if (clicks.size() == 1) {
        if (clicks[0]) {
            PointTarget asked = target;
            asked.spots = askedSpots(target); // the side the player was asked for, if any
            const Vec2 nearest = nearestSpot(asked, *clicks[0]);
            for (std::size_t s = 0; s < target.spots.size(); ++s)
                if (target.spots[s] == nearest)
                    assigned[0] = s;
        }
    } else {
        std::vector<std::size_t> order(target.spots.size());
        std::iota(order.begin(), order.end(), 0);
        double best = std::numeric_limits<double>::infinity();
        do {
            double total = 0.0;
            for (std::size_t c = 0; c < clicks.size(); ++c)
                total += clicks[c] ? distance(*clicks[c], target.spots[order[c]]) : 0.0;
            if (total < best) {
                best = total;
                std::copy(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(clicks.size()), assigned.begin());
            }
        } while (std::next_permutation(order.begin(), order.end()));
    }

    m_lastScoredFrom = m_placements.size();
    for (std::size_t c = 0; c < clicks.size(); ++c) {
        Placement result;
        result.id = target.id;
        result.click = clicks[c];
        result.spot = target.spots.empty() ? Vec2{} : target.spots[assigned[c]];
        result.seconds = now - m_askedAt;
        result.hinted = m_hinted;
        if (clicks[c]) {
            result.distanceCun = distanceInCun(*clicks[c], result.spot, scale);
            const PlacementScore scored = scorePlacement(result.distanceCun, m_level.scoringOf(target), m_hinted);
            result.points = scored.points;
            result.verdict = scored.verdict;
            result.miss = describeMiss(*clicks[c], result.spot, scale, map);
            // On another point of the level: that point is named, and the placement earns nothing.
            if (const auto named = namedNeighbour(m_level, currentPoint(), *clicks[c], result.spot)) {
                result.named = named;
                result.verdict = Verdict::NamedOther;
                result.points = 0.0;
            }
        } else {
            result.verdict = Verdict::Skipped;
            result.miss = "skipped";
        }
        m_placements.push_back(std::move(result));
    }
    m_pending.clear();
    m_phase = Phase::Feedback;
}

void PlacementRound::next(double now)
{
    if (m_phase != Phase::Feedback)
        return;
    ++m_index;
    m_askedAt = now;
    m_hinted = false;
    m_phase = m_index < count() ? Phase::Asking : Phase::Finished;
}

std::span<const Placement> PlacementRound::lastScored() const
{
    if (m_phase != Phase::Feedback && m_phase != Phase::Finished)
        return {};
    return std::span<const Placement>(m_placements).subspan(m_lastScoredFrom);
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
    std::size_t placements = 0;
    for (std::size_t i : m_order)
        placements += m_level.points.at(i).placements();
    return m_level.scoring.maxPoints * static_cast<double>(placements);
}

} // namespace acq
