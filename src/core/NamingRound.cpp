#include "core/NamingRound.h"

#include "core/AskedPoints.h"
#include "core/Random.h"

#include <algorithm>
#include <numeric>

namespace acq {

bool NamingRound::possible(const Level& level)
{
    const PlacementLevel* placement = level.placement();
    return placement && placement->points.size() >= 2;
}

NamingRound::NamingRound(const Level& level, std::uint64_t seed, double now)
    : m_level(std::get<PlacementLevel>(level.content))
    , m_phase(m_level.points.size() >= 2 ? Phase::Asking : Phase::Finished)
    , m_askedAt(now)
{
    Random random(seed);
    const auto& points = m_level.points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        // Wrong choices from the same region first (the harder, more useful question), then
        // from anywhere in the level; never two with the same code (EX-B2 at two levels).
        std::vector<std::size_t> same;
        std::vector<std::size_t> other;
        for (std::size_t j = 0; j < points.size(); ++j) {
            if (j == i || points[j].code == points[i].code)
                continue;
            (points[j].regionId == points[i].regionId ? same : other).push_back(j);
        }
        random.shuffle(same);
        random.shuffle(other);
        std::vector<std::size_t> choices{i};
        for (const auto* pool : {&same, &other})
            for (std::size_t j : *pool) {
                const bool codeTaken = std::any_of(choices.begin(), choices.end(),
                    [&](std::size_t k) { return points[k].code == points[j].code; });
                if (choices.size() < kChoices && !codeTaken)
                    choices.push_back(j);
            }
        random.shuffle(choices);
        m_choices.push_back(std::move(choices));
    }
    if (m_level.askPerRound) {
        m_order = askedPoints(m_level, seed); // the same few a placement round of this seed asks
    } else {
        m_order.resize(points.size());
        std::iota(m_order.begin(), m_order.end(), std::size_t{0});
        random.shuffle(m_order);
    }
}

bool NamingRound::answer(std::size_t choice, double now)
{
    if (m_phase != Phase::Asking || choice >= choices().size())
        return false;
    const std::size_t chosen = choices()[choice];
    m_answers.push_back({markedPoint(), chosen, chosen == markedPoint(), now - m_askedAt});
    m_phase = Phase::Feedback;
    return true;
}

void NamingRound::next(double now)
{
    if (m_phase != Phase::Feedback)
        return;
    ++m_index;
    m_askedAt = now;
    m_phase = m_index < count() ? Phase::Asking : Phase::Finished;
}

double NamingRound::score() const
{
    return m_level.scoring.maxPoints *
           static_cast<double>(std::count_if(m_answers.begin(), m_answers.end(), [](const NamingAnswer& a) { return a.correct; }));
}

double NamingRound::maxScore() const { return m_level.scoring.maxPoints * static_cast<double>(count()); }

} // namespace acq
