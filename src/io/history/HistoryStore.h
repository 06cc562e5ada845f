// Reads and writes one open history database: attempts and their answers, each level's record.
// Every write is one transaction; derived state (level_stats) is recomputed from the stored rows
// inside it, never written back from a copy in memory, so two copies of the game cannot undo
// each other's answers.
#pragma once

#include "core/Attempt.h"
#include "core/Cards.h"
#include "core/LevelRecords.h"
#include "core/Progress.h"
#include "io/history/Database.h"

#include <cstdint>
#include <functional>
#include <map>
#include <vector>
#include <string>

namespace acq {

class HistoryStore {
public:
    explicit HistoryStore(Database& db) : m_db(db) {}

    // The profile's row id, the row made if it is new. A deleted profile named here is
    // restored: --profile "NAME (deleted TIME)" is how one comes back.
    DbError profileId(const std::string& name, const std::string& now, std::int64_t& id);

    // Profiles as the profile screen lists them: those not deleted, by name (ASCII case aside).
    struct ProfileRow {
        std::string name;
        std::int64_t attempts = 0;
        std::string lastPlayed; // the start of its last attempt; empty if none
    };
    DbError profiles(std::vector<ProfileRow>& out);
    // Renames profile `from` (made if it does not exist yet) to `to`; an error when another
    // profile, deleted ones included, has that name already (`taken` is then true).
    DbError renameProfile(const std::string& from, const std::string& to, const std::string& now, bool& taken);
    // Deletes a profile from the list, keeping its rows: it is renamed "NAME (deleted NOW)"
    // (the name it is kept under in `keptAs`) and marked deleted. Nothing happens to a profile
    // that does not exist (`keptAs` empty).
    DbError deleteProfile(const std::string& name, const std::string& now, std::string& keptAs);

    // A new attempt row (not finished yet): its id in `attemptId`.
    DbError beginAttempt(std::int64_t profile, const Attempt& attempt, std::int64_t& attemptId);
    // One answer of an attempt, committed on its own. When the item reviews a card (its `card`
    // and `grade`), the card's schedule is moved on `today` in the same transaction, from the
    // stored row; the outcome in `review` when given.
    DbError addAnswer(std::int64_t profile, std::int64_t attemptId, const ItemResult& item, const std::string& answeredAt,
                      std::int64_t today = 0, const Fsrs& fsrs = Fsrs(), ReviewResult* review = nullptr);

    // Every card of a profile with its schedule (cards never reviewed have no row), and how many
    // were reviewed for the first time on `today`.
    DbError cardSchedules(std::int64_t profile, std::int64_t today, std::map<std::string, CardSchedule>& out,
                          std::size_t& newToday);
    // The attempt's totals, and the level's record recomputed; the new record in `updated`.
    DbError finishAttempt(std::int64_t profile, std::int64_t attemptId, const Attempt& totals,
                          const std::string& finishedAt, LevelRecord& updated);

    // Every level's record of a profile (one row per level played).
    DbError levelRecords(std::int64_t profile, LevelRecords& out);

    // Whether a file with this hash was imported for the profile already.
    DbError wasImported(std::int64_t profile, const std::string& sha256, bool& imported);
    // A first-release save, whole, in one transaction with the row that marks it imported.
    DbError importProgress(std::int64_t profile, const Progress& progress, const std::string& file,
                           const std::string& sha256, const std::string& now);

    // Read-only figures for the progress screen, each an indexed query whose cost follows the
    // profile's cards or the rows asked for, never the length of the history (bench/history).
    struct MissedCard {
        std::string card; // CardKey::text
        int missed = 0;   // answers graded Again
        int asked = 0;    // answers of the card
    };
    // The cards missed most (at least once), most first; ties by card.
    DbError missedMost(std::int64_t profile, std::size_t limit, std::vector<MissedCard>& out);
    struct NamedInstead {
        std::string asked; // the point asked for (its id)
        std::string named; // the other point the mark lay on
        int times = 0;
    };
    // Which other point the player places when asked for one (answers that named another point),
    // the most frequent first.
    DbError namedInstead(std::int64_t profile, std::size_t limit, std::vector<NamedInstead>& out);
    struct ScoreAt {
        std::string finishedAt;
        double score = 0, max = 0;
    };
    // The level's completed attempts, the last `limit` of them, oldest first.
    DbError scoresOverTime(std::int64_t profile, const std::string& level, std::size_t limit, std::vector<ScoreAt>& out);
    struct Placement {
        std::string level;      // the attempt's level id ("practice" for a practice session)
        std::string card;       // the practice card the answer reviewed; empty for older answers
        std::string answeredAt;
        Vec2 mark;              // where it was placed, in the coordinates of the map it was asked on
        std::optional<double> distanceCun;
    };
    // The last `limit` marks placed when point `item` was asked (answers with a mark; skipped
    // ones have none), oldest first. Which map a mark lies on follows from its level (docs/saves.md).
    DbError placementsOf(std::int64_t profile, const std::string& item, std::size_t limit, std::vector<Placement>& out);

    // Every answer (of one profile, or of all when `profile` is empty), oldest first, one call
    // of `row` each; nothing is held in memory beyond the row.
    struct AnswerRow {
        std::string profile, answeredAt, level, item, kind;
        double points = 0, max = 0;
        bool correct = false;
        std::optional<double> distanceCun, mapX, mapY;
        std::optional<std::int64_t> hint;
        bool skipped = false;
        int mistakes = 0;
        std::string attemptStartedAt;
        std::string card;                  // the practice card it reviewed, if any
        std::optional<std::int64_t> grade; // 1-4 with the card
        std::optional<std::int64_t> scheduled;
    };
    DbError forEachAnswer(const std::optional<std::string>& profile, const std::function<void(const AnswerRow&)>& row);

private:
    DbError insertAttempt(std::int64_t profile, const Attempt& attempt, const std::optional<std::string>& finishedAt,
                          std::int64_t& attemptId);
    DbError insertAnswer(std::int64_t attemptId, const ItemResult& item, const std::string& answeredAt,
                         std::optional<bool> scheduled = std::nullopt);
    DbError countAnswer(std::int64_t profile, const ItemResult& item);
    DbError countNamed(std::int64_t profile, const ItemResult& item);
    DbError readCard(std::int64_t profile, const std::string& card, std::optional<CardSchedule>& out);
    DbError writeCard(std::int64_t profile, const std::string& card, const CardSchedule& schedule, std::int64_t today);
    DbError refreshLevel(std::int64_t profile, const std::string& level, LevelRecord* updated);
    DbError readLevel(std::int64_t profile, const std::string& level, LevelRecord& out);
    Statement& cached(Statement& slot, const char* sql, DbError& error);

    Database& m_db;
    Statement m_insertAnswer;
    Statement m_insertAttempt;
    Statement m_refresh;
    Statement m_readCard; // once per answer that reviews a card
};

} // namespace acq
