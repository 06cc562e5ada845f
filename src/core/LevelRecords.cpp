#include "core/LevelRecords.h"

namespace acq {

const LevelRecord* LevelRecords::find(const std::string& levelId) const
{
    const auto it = m_records.find(levelId);
    return it == m_records.end() ? nullptr : &it->second;
}

std::optional<double> LevelRecords::best(const std::string& levelId) const
{
    const LevelRecord* r = find(levelId);
    return r ? r->best : std::nullopt;
}

std::optional<double> LevelRecords::bestMax(const std::string& levelId) const
{
    const LevelRecord* r = find(levelId);
    return r ? r->bestMax : std::nullopt;
}

int LevelRecords::attemptCount(const std::string& levelId) const
{
    const LevelRecord* r = find(levelId);
    return r ? r->attempts : 0;
}

bool beatsBest(std::optional<double> best, std::optional<double> bestMax, double score, double maxScore)
{
    if (!best || !bestMax || *bestMax <= 0.0 || maxScore <= 0.0)
        return false;
    // Cross-multiplied: no rounding of the two shares can call a tie a win.
    return score * *bestMax > *best * maxScore;
}

} // namespace acq
