#include "core/Progress.h"

#include <algorithm>
#include <map>

namespace acq {

const Attempt* Progress::bestAttempt(const std::string& levelId) const
{
    const Attempt* best = nullptr;
    for (const Attempt& a : m_attempts)
        if (a.completed && a.levelId == levelId && (!best || a.score > best->score))
            best = &a;
    return best;
}

std::optional<double> Progress::best(const std::string& levelId) const
{
    const Attempt* a = bestAttempt(levelId);
    return a ? std::optional<double>(a->score) : std::nullopt;
}

std::optional<double> Progress::bestMax(const std::string& levelId) const
{
    const Attempt* a = bestAttempt(levelId);
    return a ? std::optional<double>(a->maxScore) : std::nullopt;
}

int Progress::attemptCount(const std::string& levelId) const
{
    return static_cast<int>(std::count_if(m_attempts.begin(), m_attempts.end(),
        [&](const Attempt& a) { return a.levelId == levelId; }));
}

std::vector<ItemStats> Progress::itemStats(const std::string& levelId) const
{
    std::map<std::string, ItemStats> byId;
    for (const Attempt& a : m_attempts) {
        if (a.levelId != levelId)
            continue;
        for (const ItemResult& item : a.items) {
            ItemStats& stats = byId[item.id];
            stats.id = item.id;
            ++stats.seen;
            stats.correct += item.correct ? 1 : 0;
        }
    }
    std::vector<ItemStats> out;
    for (auto& [id, stats] : byId)
        out.push_back(stats);
    std::stable_sort(out.begin(), out.end(), [](const ItemStats& a, const ItemStats& b) {
        return a.correct * b.seen < b.correct * a.seen; // compares correct/seen without division
    });
    return out;
}

} // namespace acq
