// The player's profile while the game runs: each answer is handed to the history's thread as it
// is given (HistoryWorker), so neither a long history nor a slow disk stalls a frame, and the
// menu's records come from the history's summary, not from the whole history in memory.
#pragma once

#include "core/Attempt.h"
#include "core/Cards.h"
#include "core/LevelRecords.h"
#include "io/history/HistoryStore.h"
#include "io/history/HistoryWorker.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace acq {

// What the progress screen reads from the history (besides the cards, which the session holds).
struct ProgressFigures {
    std::vector<HistoryStore::MissedCard> missed;
    std::vector<HistoryStore::NamedInstead> named;
    std::map<std::string, std::vector<HistoryStore::ScoreAt>> scores; // per level id asked for
    std::string problem; // why they could not be read; empty if they were
    double milliseconds = 0; // the queries' time on the save thread
};

// A point's past placements, read for the progress screen's cloud.
struct PlacementsRead {
    std::vector<HistoryStore::Placement> placements; // oldest first
    std::string problem; // why they could not be read; empty if they were
};

// The profiles the history holds (those not deleted), for the profile screen.
struct ProfilesRead {
    std::vector<HistoryStore::ProfileRow> profiles; // by name
    std::string problem; // why they could not be read; empty if they were
};

// How a change to the profiles went.
struct ProfileChange {
    std::string problem; // why it was not made; empty when it was
    std::string keptAs;  // a deletion: the name the profile's answers are kept under
};

// How the export from the game went.
struct ExportOutcome {
    std::filesystem::path file;
    std::size_t rows = 0;
    std::string problem; // empty when written
};

class Session {
public:
    // Starts opening the history in `dataFolder` for `profile` in the background. `clock` says
    // what time it is (seconds since 1970, UTC).
    Session(const std::filesystem::path& dataFolder, const std::string& profile,
            HistoryWorker::Clock clock = systemClock);
    static std::int64_t systemClock();
    // The local time's offset from UTC at an instant, by the process's TZ (localtime_r).
    static std::int64_t utcOffsetAt(std::int64_t utcSeconds);

    // Whether the history has been opened (records() would not wait).
    bool loaded() const { return m_loaded; }
    // Waits for the history to open, the first time it is called before that.
    const LevelRecords& records();

    // The round so far: the answers in it not yet handed over are committed now, each on its
    // own, each a review of its practice card (attachReviews) when `level` is given. Call after
    // every action that may have answered something.
    void answered(const Attempt& snapshot, const Level* level = nullptr);
    // The round ended, finished or abandoned: its last answers and its totals.
    void record(Attempt attempt, const Level* level = nullptr);
    // Whether the round last recorded was completed and beat its level's best (the results'
    // "New best!"): decided when it is recorded, before its own score joins the records.
    bool lastRoundBeatBest() const { return m_lastRoundBeatBest; }
    // Told of every answered() and record(), after the answers are handed over (the game's
    // sound cues: core/AnswerCues.h). `ending` is true for record().
    using AnswerListener = std::function<void(const Attempt& snapshot, bool ending)>;
    void setAnswerListener(AnswerListener listener) { m_answerListener = std::move(listener); }
    // Waits until every answer is written, and tries again if the last write failed (on exit).
    void flush();

    // Takes in what the background finished: the opened history, new records, failed writes.
    // Called every frame; true when the player would see something new (scores, a notice).
    bool poll();
    // Waits until the background has finished what it was given, then polls: scripted checks
    // see the outcome of every write before them. True when there was something to wait for.
    bool settle();

    // Something the player must be told (a damaged history, a write that failed); empty if none.
    // Each problem is reported once.
    const std::string& notice() const { return m_notice; }
    void dismissNotice() { m_notice.clear(); }

    // Now, as the history records it ("2026-12-06T19:08:57Z").
    std::string timestamp() const;
    // The scheduler's day now: from 04:00 local time to 04:00 (core/DayClock.h).
    std::int64_t today() const;

    // The practice cards the history holds (by CardKey::text), kept up to date as answers
    // review them; and how many were first asked today. Waits for the history to open.
    const std::map<std::string, CardSchedule>& cards();
    std::size_t newToday();
    // Changes whenever cards() does: a screen that counts from the cards (the menu's due counts)
    // counts again only then.
    std::uint64_t cardsVersion() const { return m_cardsVersion; }

    // The progress screen's figures, read on the history's thread after the answers given so
    // far (HistoryWorker::read): a few indexed queries, never the whole history in memory. The
    // scene polls the future; settle() waits for it in scripted play.
    std::future<ProgressFigures> requestProgress(std::vector<std::string> levels, std::size_t listLength,
                                                 std::size_t scoresPerLevel);
    // The last `limit` marks placed for point `pointId`, read on the history's thread likewise.
    std::future<PlacementsRead> requestPlacements(std::string pointId, std::size_t limit);
    // Writes this profile's answers as CSV to `file` on the history's thread.
    std::future<ExportOutcome> requestExport(std::filesystem::path file);
    const std::string& profile() const { return m_profile; }

    // Profiles, managed on the history's thread: each change is one transaction there, after
    // the answers queued before it. Renaming the profile in use also plays on under the new name.
    std::future<ProfilesRead> requestProfiles();
    std::future<ProfileChange> requestRename(std::string from, std::string to);
    // Deletes a profile from the list, its answers kept (HistoryStore::deleteProfile). Not the
    // profile in use.
    std::future<ProfileChange> requestDelete(std::string name);
    // Plays on as `name` (made if new): every answer so far written first, then the history
    // opened anew for it. Refused (the reason returned) while answers of the profile in use
    // cannot be written, or a round is open.
    std::string switchProfile(const std::string& name);

private:
    struct OpenAttempt {
        std::uint64_t id = 0;
        std::string levelId;
        std::string startedAt;
        std::vector<bool> sent; // per item of the round: handed over already
    };

    void sendNew(Attempt snapshot, const Level* level, bool ending);
    void adopt(HistoryLoad loaded);
    bool takeOutcomes();

    std::unique_ptr<HistoryWorker> makeWorker(const std::string& profile) const;

    std::filesystem::path m_dataFolder;
    std::string m_profile;
    HistoryWorker::Clock m_clock;
    std::unique_ptr<HistoryWorker> m_worker; // the profile's; replaced when it changes
    LevelRecords m_records;
    bool m_lastRoundBeatBest = false;
    AnswerListener m_answerListener;
    std::map<std::string, CardSchedule> m_cards;
    std::uint64_t m_cardsVersion = 0;
    std::size_t m_newToday = 0;
    bool m_loaded = false;
    std::optional<OpenAttempt> m_open;
    std::uint64_t m_nextAttempt = 1;
    std::string m_notice;
    std::string m_lastProblem;
};

} // namespace acq
