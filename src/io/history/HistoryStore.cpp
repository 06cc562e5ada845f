#include "io/history/HistoryStore.h"

#include "io/history/HistorySchema.h"

#include "core/Timestamp.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace acq {
namespace {

DbError stepDone(Database& db, Statement& stmt)
{
    const int rc = stmt.step();
    DbError error = rc == SQLITE_DONE || rc == SQLITE_ROW ? DbError{} : db.lastError();
    stmt.reset();
    return error;
}

// A card's schedule from six columns of a row, from `first` on: stability, difficulty (both NULL
// before a first review), due_day, last_day, reviews, lapses.
CardSchedule scheduleAt(const Statement& stmt, int first)
{
    CardSchedule c;
    if (!stmt.isNull(first) && !stmt.isNull(first + 1))
        c.memory = MemoryState{stmt.real(first), stmt.real(first + 1)};
    c.dueDay = stmt.integer(first + 2);
    c.lastDay = stmt.integer(first + 3);
    c.reviews = static_cast<int>(stmt.integer(first + 4));
    c.lapses = static_cast<int>(stmt.integer(first + 5));
    return c;
}

// The first release saved no kind: a level whose attempts hold a placed mark is a placement
// level, an id ending "#name" the naming mode, and the rest matching (docs/saves.md).
std::map<std::string, AttemptKind> inferKinds(const Progress& progress)
{
    std::map<std::string, AttemptKind> kinds;
    for (const Attempt& a : progress.attempts()) {
        AttemptKind& kind = kinds.try_emplace(a.levelId, AttemptKind::Matching).first->second;
        if (a.levelId.ends_with(namingProgressId("")))
            kind = AttemptKind::Naming;
        else
            for (const ItemResult& item : a.items)
                if (item.click || item.distanceCun)
                    kind = AttemptKind::Placement;
    }
    return kinds;
}

// When an old attempt ended: its start plus its duration, when the start can be read.
std::optional<std::string> endOf(const Attempt& a)
{
    const auto start = parseUtc(a.startedAt);
    if (!start || !std::isfinite(a.seconds) || a.seconds < 0 || a.seconds > 1e9)
        return std::nullopt;
    return formatUtc(*start + static_cast<std::int64_t>(std::llround(a.seconds)));
}

} // namespace

Statement& HistoryStore::cached(Statement& slot, const char* sql, DbError& error)
{
    if (!slot)
        slot = m_db.prepare(sql, error);
    else
        error = {};
    return slot;
}

DbError HistoryStore::profileId(const std::string& name, const std::string& now, std::int64_t& id)
{
    return inTransaction(m_db, [&]() -> DbError {
        DbError error;
        Statement insert = m_db.prepare("INSERT OR IGNORE INTO profiles(name, created_at) VALUES(?1, ?2)", error);
        if (error)
            return error;
        insert.bind(1, name).bind(2, now);
        if ((error = stepDone(m_db, insert)))
            return error;
        Statement select = m_db.prepare("SELECT id FROM profiles WHERE name = ?1", error);
        if (error)
            return error;
        select.bind(1, name);
        if (select.step() != SQLITE_ROW)
            return m_db.lastError();
        id = select.integer(0);
        Statement restore = m_db.prepare("UPDATE profiles SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                                         error);
        if (error)
            return error;
        restore.bind(1, id);
        return stepDone(m_db, restore);
    });
}

DbError HistoryStore::profiles(std::vector<ProfileRow>& out)
{
    // attempts_by_level starts with profile_id: the count and the last start come from the index.
    DbError error;
    Statement stmt = m_db.prepare("SELECT p.name, (SELECT COUNT(*) FROM attempts a WHERE a.profile_id = p.id), "
                                  "(SELECT MAX(a.started_at) FROM attempts a WHERE a.profile_id = p.id) "
                                  "FROM profiles p WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.name",
                                  error);
    if (error)
        return error;
    out.clear();
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.push_back({stmt.text(0), stmt.integer(1), stmt.isNull(2) ? std::string() : stmt.text(2)});
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::renameProfile(const std::string& from, const std::string& to, const std::string& now, bool& taken)
{
    taken = false;
    return inTransaction(m_db, [&]() -> DbError {
        DbError error;
        Statement exists = m_db.prepare("SELECT 1 FROM profiles WHERE name = ?1", error);
        if (error)
            return error;
        exists.bind(1, to);
        if (exists.step() == SQLITE_ROW) {
            taken = from != to;
            return taken ? DbError{SQLITE_CONSTRAINT, "a profile is called \"" + to + "\" already"} : DbError{};
        }
        Statement insert = m_db.prepare("INSERT OR IGNORE INTO profiles(name, created_at) VALUES(?1, ?2)", error);
        if (error)
            return error;
        insert.bind(1, from).bind(2, now);
        if ((error = stepDone(m_db, insert)))
            return error;
        Statement rename = m_db.prepare("UPDATE profiles SET name = ?2 WHERE name = ?1", error);
        if (error)
            return error;
        rename.bind(1, from).bind(2, to);
        return stepDone(m_db, rename);
    });
}

DbError HistoryStore::deleteProfile(const std::string& name, const std::string& now, std::string& keptAs)
{
    keptAs.clear();
    return inTransaction(m_db, [&]() -> DbError {
        DbError error;
        // A second deletion in the same second (a profile made again and deleted again) gets a
        // number, so that the name stays unique.
        std::string kept = name + " (deleted " + now + ")";
        Statement taken = m_db.prepare("SELECT 1 FROM profiles WHERE name = ?1", error);
        if (error)
            return error;
        for (int n = 2;; ++n) {
            taken.bind(1, kept);
            const int rc = taken.step();
            taken.reset();
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_ROW)
                return m_db.lastError();
            kept = name + " (deleted " + now + ", " + std::to_string(n) + ")";
        }
        Statement mark = m_db.prepare("UPDATE profiles SET name = ?2, deleted_at = ?3 WHERE name = ?1", error);
        if (error)
            return error;
        mark.bind(1, name).bind(2, kept).bind(3, now);
        if ((error = stepDone(m_db, mark)))
            return error;
        if (m_db.changes() > 0)
            keptAs = kept;
        return {};
    });
}

DbError HistoryStore::insertAttempt(std::int64_t profile, const Attempt& a, const std::optional<std::string>& finishedAt,
                                    std::int64_t& attemptId)
{
    DbError error;
    Statement& stmt = cached(m_insertAttempt,
                             "INSERT INTO attempts(profile_id, level, kind, started_at, finished_at, seconds, score, "
                             "max_score, completed) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                             error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, a.levelId).bind(3, kindName(a.kind)).bind(4, a.startedAt).bind(5, finishedAt);
    if (finishedAt)
        stmt.bind(6, a.seconds).bind(7, a.score).bind(8, a.maxScore).bind(9, a.completed);
    else
        stmt.bindNull(6).bindNull(7).bindNull(8).bind(9, false);
    if ((error = stepDone(m_db, stmt)))
        return error;
    attemptId = m_db.lastInsertId();
    return {};
}

DbError HistoryStore::insertAnswer(std::int64_t attemptId, const ItemResult& item, const std::string& answeredAt,
                                   std::optional<bool> scheduled)
{
    DbError error;
    Statement& stmt = cached(m_insertAnswer,
                             "INSERT INTO answers(attempt_id, answered_at, item, points, max_points, correct, "
                             "distance_cun, map_x, map_y, hint, skipped, mistakes, card, grade, scheduled, named) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                             error);
    if (error)
        return error;
    stmt.bind(1, attemptId).bind(2, answeredAt).bind(3, item.id).bind(4, item.points).bind(5, item.maxPoints);
    stmt.bind(6, item.correct).bind(7, item.distanceCun);
    if (item.click)
        stmt.bind(8, item.click->x).bind(9, item.click->y);
    stmt.bind(10, item.hinted).bind(11, item.skipped).bind(12, item.mistakes);
    if (!item.card.empty() && item.grade)
        stmt.bind(13, item.card).bind(14, static_cast<int>(*item.grade)).bind(15, scheduled);
    if (!item.namedPoint.empty())
        stmt.bind(16, item.namedPoint);
    return stepDone(m_db, stmt);
}

DbError HistoryStore::readCard(std::int64_t profile, const std::string& card, std::optional<CardSchedule>& out)
{
    DbError error;
    Statement& stmt = cached(m_readCard,
                             "SELECT stability, difficulty, due_day, last_day, reviews, lapses FROM cards "
                             "WHERE profile_id = ?1 AND card = ?2",
                             error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, card);
    out.reset();
    const int rc = stmt.step();
    if (rc == SQLITE_ROW)
        out = scheduleAt(stmt, 0);
    error = rc == SQLITE_ROW || rc == SQLITE_DONE ? DbError{} : m_db.lastError();
    stmt.reset();
    return error;
}

DbError HistoryStore::writeCard(std::int64_t profile, const std::string& card, const CardSchedule& c, std::int64_t today)
{
    DbError error;
    Statement stmt = m_db.prepare(
        "INSERT INTO cards(profile_id, card, stability, difficulty, due_day, last_day, reviews, lapses, first_day) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(profile_id, card) DO UPDATE SET "
        "stability = excluded.stability, difficulty = excluded.difficulty, due_day = excluded.due_day, "
        "last_day = excluded.last_day, reviews = excluded.reviews, lapses = excluded.lapses",
        error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, card);
    if (c.memory)
        stmt.bind(3, c.memory->stability).bind(4, c.memory->difficulty);
    stmt.bind(5, c.dueDay).bind(6, c.lastDay).bind(7, c.reviews).bind(8, c.lapses).bind(9, today);
    return stepDone(m_db, stmt);
}

DbError HistoryStore::cardSchedules(std::int64_t profile, std::int64_t today, std::map<std::string, CardSchedule>& out,
                                    std::size_t& newToday)
{
    DbError error;
    Statement stmt = m_db.prepare("SELECT card, stability, difficulty, due_day, last_day, reviews, lapses, first_day "
                                  "FROM cards WHERE profile_id = ?1",
                                  error);
    if (error)
        return error;
    stmt.bind(1, profile);
    newToday = 0;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        if (stmt.integer(7) == today)
            ++newToday;
        out[stmt.text(0)] = scheduleAt(stmt, 1);
    }
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::refreshLevel(std::int64_t profile, const std::string& level, LevelRecord* updated)
{
    DbError error;
    Statement& stmt = cached(m_refresh, kRefreshLevelStatsSql, error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, level);
    if ((error = stepDone(m_db, stmt)))
        return error;
    return updated ? readLevel(profile, level, *updated) : DbError{};
}

DbError HistoryStore::readLevel(std::int64_t profile, const std::string& level, LevelRecord& out)
{
    DbError error;
    Statement stmt = m_db.prepare(
        "SELECT attempts, best_score, best_max FROM level_stats WHERE profile_id = ?1 AND level = ?2", error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, level);
    out = {};
    const int rc = stmt.step();
    if (rc == SQLITE_ROW) {
        out.attempts = static_cast<int>(stmt.integer(0));
        out.best = stmt.optionalReal(1);
        out.bestMax = stmt.optionalReal(2);
        return {};
    }
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::beginAttempt(std::int64_t profile, const Attempt& attempt, std::int64_t& attemptId)
{
    return inTransaction(m_db, [&]() -> DbError {
        if (DbError e = insertAttempt(profile, attempt, std::nullopt, attemptId))
            return e;
        return refreshLevel(profile, attempt.levelId, nullptr);
    });
}

DbError HistoryStore::addAnswer(std::int64_t profile, std::int64_t attemptId, const ItemResult& item,
                                const std::string& answeredAt, std::int64_t today, const Fsrs& fsrs,
                                ReviewResult* review)
{
    return inTransaction(m_db, [&]() -> DbError {
        if (DbError e = countNamed(profile, item))
            return e;
        if (item.card.empty() || !item.grade)
            return insertAnswer(attemptId, item, answeredAt);
        if (item.extra) { // practice beyond the due cards: counted, never scheduled
            if (DbError e = countAnswer(profile, item))
                return e;
            return insertAnswer(attemptId, item, answeredAt, false);
        }
        // The card's schedule moves from the row as stored, not from a copy held in memory.
        std::optional<CardSchedule> current;
        if (DbError e = readCard(profile, item.card, current))
            return e;
        const ReviewResult result = reviewCard(fsrs, current, *item.grade, today);
        if (result.scheduled)
            if (DbError e = writeCard(profile, item.card, result.schedule, today))
                return e;
        if (review)
            *review = result;
        if (DbError e = countAnswer(profile, item))
            return e;
        return insertAnswer(attemptId, item, answeredAt, result.scheduled);
    });
}

DbError HistoryStore::countAnswer(std::int64_t profile, const ItemResult& item)
{
    // A card's answers and misses, derived like level_stats: moved in the answer's transaction.
    DbError error;
    Statement stmt = m_db.prepare(
        "UPDATE cards SET asked = asked + 1, missed = missed + ?3 WHERE profile_id = ?1 AND card = ?2", error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, item.card).bind(3, item.grade == Grade::Again);
    return stepDone(m_db, stmt);
}

DbError HistoryStore::countNamed(std::int64_t profile, const ItemResult& item)
{
    if (item.namedPoint.empty())
        return {};
    DbError error;
    Statement stmt = m_db.prepare("INSERT INTO named_points(profile_id, item, named, times) VALUES(?1, ?2, ?3, 1) "
                                  "ON CONFLICT(profile_id, item, named) DO UPDATE SET times = times + 1",
                                  error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, item.id).bind(3, item.namedPoint);
    return stepDone(m_db, stmt);
}

DbError HistoryStore::missedMost(std::int64_t profile, std::size_t limit, std::vector<MissedCard>& out)
{
    // One row per card of the profile (the cards' primary key), not one per answer.
    DbError error;
    Statement stmt = m_db.prepare("SELECT card, missed, asked FROM cards WHERE profile_id = ?1 AND missed > 0 "
                                  "ORDER BY missed DESC, card LIMIT ?2",
                                  error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, static_cast<std::int64_t>(limit));
    out.clear();
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.push_back({stmt.text(0), static_cast<int>(stmt.integer(1)), static_cast<int>(stmt.integer(2))});
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::namedInstead(std::int64_t profile, std::size_t limit, std::vector<NamedInstead>& out)
{
    // The counts kept beside the answers (named_points): a row per pair of points, not a look at
    // every answer that named one.
    DbError error;
    Statement stmt = m_db.prepare("SELECT item, named, times FROM named_points WHERE profile_id = ?1 "
                                  "ORDER BY times DESC, item, named LIMIT ?2",
                                  error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, static_cast<std::int64_t>(limit));
    out.clear();
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.push_back({stmt.text(0), stmt.text(1), static_cast<int>(stmt.integer(2))});
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::scoresOverTime(std::int64_t profile, const std::string& level, std::size_t limit,
                                     std::vector<ScoreAt>& out)
{
    // attempts_by_level (profile, level, completed, ...) finds the level's finished attempts.
    DbError error;
    Statement stmt = m_db.prepare("SELECT finished_at, score, max_score FROM (SELECT id, finished_at, score, max_score "
                                  "FROM attempts WHERE profile_id = ?1 AND level = ?2 AND completed = 1 "
                                  "ORDER BY id DESC LIMIT ?3) ORDER BY id",
                                  error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, level).bind(3, static_cast<std::int64_t>(limit));
    out.clear();
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.push_back({stmt.text(0), stmt.real(1), stmt.real(2)});
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::placementsOf(std::int64_t profile, const std::string& item, std::size_t limit,
                                   std::vector<Placement>& out)
{
    // answers_by_item (item, attempt_id) gives the point's answers newest attempt first, so the
    // scan stops after `limit` of this profile's marks, however long the history.
    DbError error;
    Statement stmt = m_db.prepare("SELECT a.level, n.card, n.answered_at, n.map_x, n.map_y, n.distance_cun "
                                  "FROM answers n JOIN attempts a ON a.id = n.attempt_id "
                                  "WHERE n.item = ?2 AND a.profile_id = ?1 AND n.map_x IS NOT NULL "
                                  "AND n.map_y IS NOT NULL ORDER BY n.attempt_id DESC, n.id DESC LIMIT ?3",
                                  error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, item).bind(3, static_cast<std::int64_t>(limit));
    out.clear();
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.push_back({stmt.text(0), stmt.isNull(1) ? std::string() : stmt.text(1), stmt.text(2),
                       Vec2{stmt.real(3), stmt.real(4)}, stmt.optionalReal(5)});
    std::reverse(out.begin(), out.end());
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::finishAttempt(std::int64_t profile, std::int64_t attemptId, const Attempt& totals,
                                    const std::string& finishedAt, LevelRecord& updated)
{
    return inTransaction(m_db, [&]() -> DbError {
        DbError error;
        Statement stmt = m_db.prepare("UPDATE attempts SET finished_at = ?2, seconds = ?3, score = ?4, "
                                      "max_score = ?5, completed = ?6 WHERE id = ?1",
                                      error);
        if (error)
            return error;
        stmt.bind(1, attemptId).bind(2, finishedAt).bind(3, totals.seconds).bind(4, totals.score);
        stmt.bind(5, totals.maxScore).bind(6, totals.completed);
        if ((error = stepDone(m_db, stmt)))
            return error;
        return refreshLevel(profile, totals.levelId, &updated);
    });
}

DbError HistoryStore::levelRecords(std::int64_t profile, LevelRecords& out)
{
    DbError error;
    Statement stmt =
        m_db.prepare("SELECT level, attempts, best_score, best_max FROM level_stats WHERE profile_id = ?1", error);
    if (error)
        return error;
    stmt.bind(1, profile);
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW)
        out.set(stmt.text(0), {static_cast<int>(stmt.integer(1)), stmt.optionalReal(2), stmt.optionalReal(3)});
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::wasImported(std::int64_t profile, const std::string& sha256, bool& imported)
{
    DbError error;
    Statement stmt = m_db.prepare("SELECT 1 FROM imported_files WHERE profile_id = ?1 AND sha256 = ?2", error);
    if (error)
        return error;
    stmt.bind(1, profile).bind(2, sha256);
    const int rc = stmt.step();
    imported = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

DbError HistoryStore::importProgress(std::int64_t profile, const Progress& progress, const std::string& file,
                                     const std::string& sha256, const std::string& now)
{
    const auto kinds = inferKinds(progress);
    return inTransaction(m_db, [&]() -> DbError {
        std::set<std::string> levels;
        for (Attempt a : progress.attempts()) {
            a.kind = kinds.at(a.levelId);
            std::int64_t attemptId = 0;
            // The old format kept no finishing time: the start plus the duration stands for it.
            if (DbError e = insertAttempt(profile, a, endOf(a).value_or(a.startedAt), attemptId))
                return e;
            for (ItemResult item : a.items) {
                item.hinted.reset(); // not recorded by the first release: unknown
                item.skipped = a.kind == AttemptKind::Placement && !item.click;
                if (DbError e = insertAnswer(attemptId, item, a.startedAt)) // no time per answer either
                    return e;
            }
            levels.insert(a.levelId);
        }
        for (const std::string& level : levels)
            if (DbError e = refreshLevel(profile, level, nullptr))
                return e;
        DbError error;
        Statement mark = m_db.prepare("INSERT INTO imported_files(profile_id, sha256, file, imported_at, attempts) "
                                      "VALUES(?1, ?2, ?3, ?4, ?5)",
                                      error);
        if (error)
            return error;
        mark.bind(1, profile).bind(2, sha256).bind(3, file).bind(4, now);
        mark.bind(5, static_cast<std::int64_t>(progress.attempts().size()));
        return stepDone(m_db, mark);
    });
}

DbError HistoryStore::forEachAnswer(const std::optional<std::string>& profile,
                                    const std::function<void(const AnswerRow&)>& row)
{
    DbError error;
    Statement stmt = m_db.prepare(
        "SELECT p.name, n.answered_at, a.level, n.item, a.kind, n.points, n.max_points, n.correct, n.distance_cun, "
        "n.map_x, n.map_y, n.hint, n.skipped, n.mistakes, a.started_at, n.card, n.grade, n.scheduled "
        "FROM answers n JOIN attempts a ON a.id = n.attempt_id JOIN profiles p ON p.id = a.profile_id "
        "WHERE ?1 IS NULL OR p.name = ?1 ORDER BY n.id",
        error);
    if (error)
        return error;
    stmt.bind(1, profile);
    int rc;
    AnswerRow r;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        r.profile = stmt.text(0);
        r.answeredAt = stmt.text(1);
        r.level = stmt.text(2);
        r.item = stmt.text(3);
        r.kind = stmt.text(4);
        r.points = stmt.real(5);
        r.max = stmt.real(6);
        r.correct = stmt.integer(7) != 0;
        r.distanceCun = stmt.optionalReal(8);
        r.mapX = stmt.optionalReal(9);
        r.mapY = stmt.optionalReal(10);
        r.hint = stmt.optionalInteger(11);
        r.skipped = stmt.integer(12) != 0;
        r.mistakes = static_cast<int>(stmt.integer(13));
        r.attemptStartedAt = stmt.text(14);
        r.card = stmt.text(15);
        r.grade = stmt.optionalInteger(16);
        r.scheduled = stmt.optionalInteger(17);
        row(r);
    }
    return rc == SQLITE_DONE ? DbError{} : m_db.lastError();
}

} // namespace acq
