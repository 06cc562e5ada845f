// Helpers for the history tests: attempts as the rounds make them, and direct looks into a
// history database beside the code under test.
#pragma once

#include "core/Attempt.h"
#include "io/history/Database.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>

namespace acq::test {

// A placement attempt at `level` with `items` answers; item k scores 100 - 10k of 100.
inline Attempt placementAttempt(const std::string& level, const std::string& startedAt, int items, double score)
{
    Attempt a;
    a.kind = AttemptKind::Placement;
    a.levelId = level;
    a.startedAt = startedAt;
    a.seconds = 12.5;
    a.score = score;
    a.maxScore = 100.0 * items;
    a.completed = true;
    for (int k = 0; k < items; ++k) {
        ItemResult item;
        item.id = "P" + std::to_string(k);
        item.points = 100.0 - 10.0 * k;
        item.maxPoints = 100.0;
        item.correct = k == 0;
        item.distanceCun = 0.25 * k;
        item.click = Vec2{100.0 + k, 200.5 - k};
        item.hinted = k == 1;
        a.items.push_back(item);
    }
    return a;
}

// Opens a database file as a second program would, to look at what was written.
inline std::unique_ptr<Database> peek(const std::filesystem::path& file)
{
    DbError error;
    auto db = Database::open(file.string(), SQLITE_OPEN_READWRITE, error);
    REQUIRE_MESSAGE(db, error.message);
    sqlite3_busy_timeout(db->handle(), 5000);
    return db;
}

inline std::int64_t count(Database& db, const std::string& sql)
{
    DbError error;
    const auto value = db.queryInteger(sql, error);
    REQUIRE_MESSAGE(!error, error.message);
    return *value;
}

} // namespace acq::test
