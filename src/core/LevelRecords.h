// What the menu and a level's introduction show of the history: per level (or "#name" mode),
// how often it was played and its best completed score. Read from the history's indexed
// summary, never computed from the whole history in memory.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace acq {

struct LevelRecord {
    int attempts = 0;
    std::optional<double> best;    // best score of a completed attempt
    std::optional<double> bestMax; // the maximum of that attempt
};

class LevelRecords {
public:
    void set(const std::string& levelId, LevelRecord record) { m_records[levelId] = record; }
    std::optional<double> best(const std::string& levelId) const;
    std::optional<double> bestMax(const std::string& levelId) const;
    int attemptCount(const std::string& levelId) const;
    std::size_t size() const { return m_records.size(); }

private:
    const LevelRecord* find(const std::string& levelId) const;
    std::map<std::string, LevelRecord> m_records;
};

// Whether a completed round of `score` out of `maxScore` beats the best so far (compared as
// shares, in case the level's maximum changed). No best yet: nothing is beaten.
bool beatsBest(std::optional<double> best, std::optional<double> bestMax, double score, double maxScore);

} // namespace acq
