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

} // namespace acq
