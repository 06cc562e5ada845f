// The history database's tables, and the migrations that bring an older file up to date.
#pragma once

#include "io/history/Database.h"

namespace acq {

// PRAGMA user_version of a database this version of the game writes (docs/saves.md).
constexpr int kHistorySchemaVersion = 5;

struct MigrationOutcome {
    DbError error;
    int foundVersion = 0; // the version the file had
    bool tooNew() const { return foundVersion > kHistorySchemaVersion; }
};

// Brings the database to kHistorySchemaVersion in one transaction (an empty database is
// version 0). A database of a newer version is left untouched (tooNew()). `upTo` stops at an
// earlier version: tests build the fixtures of older versions with it.
MigrationOutcome migrateHistory(Database& db, int upTo = kHistorySchemaVersion);

// Recomputes a level's derived statistics (attempt count, best completed score) from the stored
// attempts; ?1 is the profile's id, ?2 the level. Run inside the transaction that changed them.
extern const char* const kRefreshLevelStatsSql;

} // namespace acq
