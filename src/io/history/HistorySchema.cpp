#include "io/history/HistorySchema.h"

#include <string>

namespace acq {
namespace {

// Each step takes the database from version i to i + 1. Never edit a step once released:
// add one.
const char* const kSteps[] = {
    // 1: profiles, attempts at levels, and every answer given in them.
    R"sql(
CREATE TABLE profiles(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE attempts(
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    level TEXT NOT NULL,
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    seconds REAL,
    score REAL,
    max_score REAL,
    completed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attempts_by_level ON attempts(profile_id, level, completed, score);
CREATE TABLE answers(
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES attempts(id),
    answered_at TEXT NOT NULL,
    item TEXT NOT NULL,
    points REAL NOT NULL,
    max_points REAL NOT NULL,
    correct INTEGER NOT NULL,
    distance_cun REAL,
    map_x REAL,
    map_y REAL,
    hint INTEGER,
    skipped INTEGER NOT NULL DEFAULT 0,
    mistakes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX answers_by_attempt ON answers(attempt_id);
CREATE TABLE imported_files(
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    sha256 TEXT NOT NULL,
    file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    PRIMARY KEY(profile_id, sha256)
);
)sql",
    // 2: each level's attempt count and best score kept beside the attempts, so that the menu
    // reads one row per level instead of scanning a long history; and answers by item, for
    // statistics per point.
    R"sql(
CREATE TABLE level_stats(
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    level TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    best_score REAL,
    best_max REAL,
    PRIMARY KEY(profile_id, level)
) WITHOUT ROWID;
INSERT INTO level_stats(profile_id, level, attempts, best_score, best_max)
SELECT a.profile_id, a.level, COUNT(*),
    (SELECT b.score FROM attempts b WHERE b.profile_id = a.profile_id AND b.level = a.level
        AND b.completed = 1 ORDER BY b.score DESC, b.id LIMIT 1),
    (SELECT b.max_score FROM attempts b WHERE b.profile_id = a.profile_id AND b.level = a.level
        AND b.completed = 1 ORDER BY b.score DESC, b.id LIMIT 1)
FROM attempts a GROUP BY a.profile_id, a.level;
CREATE INDEX answers_by_item ON answers(item, attempt_id);
)sql",
    // 3: spaced practice. Each answer names the card it reviewed and its grade; each card's
    // schedule (FSRS memory state, due day) is kept per profile, recomputed from the stored row
    // in the transaction that records the answer. Earlier answers review no card.
    R"sql(
ALTER TABLE answers ADD COLUMN card TEXT;
ALTER TABLE answers ADD COLUMN grade INTEGER;
ALTER TABLE answers ADD COLUMN scheduled INTEGER;
CREATE TABLE cards(
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    card TEXT NOT NULL,
    stability REAL,
    difficulty REAL,
    due_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    reviews INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    first_day INTEGER NOT NULL,
    PRIMARY KEY(profile_id, card)
) WITHOUT ROWID;
CREATE INDEX cards_by_due ON cards(profile_id, due_day);
CREATE INDEX answers_by_card ON answers(card) WHERE card IS NOT NULL;
)sql",
    // 4: the progress screen. Each placement answer names the other point its mark lay on (NULL
    // when none, and for every earlier answer), counted per profile, point asked and point named
    // in named_points; each card counts its answers and its misses (graded Again) beside its
    // schedule. Both are derived like level_stats, in the answer's transaction, so that the
    // screen reads a row per card or per pair of points instead of every answer of a long history.
    R"sql(
ALTER TABLE answers ADD COLUMN named TEXT;
ALTER TABLE cards ADD COLUMN asked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN missed INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET
    asked = (SELECT COUNT(*) FROM answers n JOIN attempts a ON a.id = n.attempt_id
        WHERE n.card = cards.card AND a.profile_id = cards.profile_id),
    missed = (SELECT COUNT(*) FROM answers n JOIN attempts a ON a.id = n.attempt_id
        WHERE n.card = cards.card AND a.profile_id = cards.profile_id AND n.grade = 1);
CREATE TABLE named_points(
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    item TEXT NOT NULL,
    named TEXT NOT NULL,
    times INTEGER NOT NULL,
    PRIMARY KEY(profile_id, item, named)
) WITHOUT ROWID;
)sql",
    // 5: profiles chosen, renamed and deleted in the game. A profile deleted there is kept with
    // every answer, renamed "NAME (deleted TIME)" so that its name is free again, and marked: the
    // game no longer lists it, and naming it with --profile brings it back (docs/saves.md).
    R"sql(
ALTER TABLE profiles ADD COLUMN deleted_at TEXT;
)sql",
};
static_assert(std::size(kSteps) == kHistorySchemaVersion);

} // namespace

const char* const kRefreshLevelStatsSql = R"sql(
INSERT INTO level_stats(profile_id, level, attempts, best_score, best_max)
SELECT ?1, ?2, (SELECT COUNT(*) FROM attempts WHERE profile_id = ?1 AND level = ?2),
    b.score, b.max_score
FROM (SELECT 1) LEFT JOIN (SELECT score, max_score FROM attempts
    WHERE profile_id = ?1 AND level = ?2 AND completed = 1 ORDER BY score DESC, id LIMIT 1) b ON 1
WHERE true -- SQLite needs it to tell the upsert's ON from the join's
ON CONFLICT(profile_id, level) DO UPDATE SET attempts = excluded.attempts,
    best_score = excluded.best_score, best_max = excluded.best_max
)sql";

MigrationOutcome migrateHistory(Database& db, int upTo)
{
    MigrationOutcome outcome;
    outcome.error = inTransaction(db, [&]() -> DbError {
        DbError error;
        const auto version = db.queryInteger("PRAGMA user_version", error);
        if (error)
            return error;
        outcome.foundVersion = static_cast<int>(*version);
        if (outcome.tooNew() || outcome.foundVersion >= upTo)
            return {};
        for (int v = outcome.foundVersion; v < upTo; ++v)
            if ((error = db.exec(kSteps[v])))
                return error;
        return db.exec("PRAGMA user_version = " + std::to_string(upTo));
    });
    return outcome;
}

} // namespace acq
