// The players' history on a thread of its own: it opens (and if need be repairs or migrates) the
// database while the window opens, then commits each answer as it is given, so that a frame
// never waits for the disk and a crash loses at most the answer being given. What cannot be
// written (a full disk, another copy holding the lock) stays queued in memory, in order, and is
// written when writing works again.
#pragma once

#include "core/Attempt.h"
#include "core/Cards.h"
#include "core/LevelRecords.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace acq {

class HistoryStore;

struct HistoryLoad {
    LevelRecords records; // the profile's levels: attempts and bests
    std::map<std::string, CardSchedule> cards; // the profile's practice cards (CardKey::text)
    std::size_t newToday = 0;                  // cards first reviewed today
    std::string notice;   // for the player (a damaged file, an unwritable folder); empty if none
    bool kept = true;     // false: this session's answers are not kept on disk
};

struct WriteOutcome {
    bool ok = false;
    std::string problem; // why not, when !ok
};

class HistoryWorker {
public:
    using Clock = std::function<std::int64_t()>; // seconds since 1970, UTC
    using DayClock = std::function<std::int64_t()>; // the scheduler's day now (core/DayClock.h)

    // Starts the thread, which opens the history in `dataFolder` for `profile` at once. The
    // process then ignores SIGXFSZ, so that a file-size limit fails a write instead of killing
    // the game. `today` says which scheduler day it is (by default the UTC day of `clock`).
    HistoryWorker(std::filesystem::path dataFolder, std::string profile, Clock clock, DayClock today = {},
                  FsrsParameters fsrs = {});
    // Tries once more to write what is still queued, then stops (an unfinished backup is
    // dropped, not waited for).
    ~HistoryWorker();
    HistoryWorker(const HistoryWorker&) = delete;
    HistoryWorker& operator=(const HistoryWorker&) = delete;

    // The loaded history, once: empty while it is still loading, and after it was taken.
    std::optional<HistoryLoad> takeLoaded();
    // Waits for the load to finish, then as takeLoaded.
    std::optional<HistoryLoad> waitLoaded();

    // An attempt starts (kind, level, start time of `header`; its items are ignored); `attempt`
    // names it in the calls that follow.
    void begin(std::uint64_t attempt, const Attempt& header);
    // One answer of it, committed on its own; when it reviews a card, the card's schedule moves
    // on `today` in the same transaction (reported by takeReviews()).
    void answer(std::uint64_t attempt, ItemResult item, std::string answeredAt);
    // Its totals; the level's record is recomputed and reported by takeRecords().
    void finish(std::uint64_t attempt, const Attempt& totals, std::string finishedAt);

    // A read on the save thread, after the writes queued before it (so it sees every answer
    // given so far), with the thread's own connection: `store` is null when no history could be
    // opened. The job hands its result back itself (a promise); it must only read, except for
    // the profile screen's changes to the profiles table (each a transaction of its own, never an
    // answer of the profile in use). Reads are not held up by a failed write.
    using ReadJob = std::function<void(HistoryStore* store, std::int64_t profile)>;
    void read(ReadJob job);

    // Waits until everything queued so far is written or has failed; when the last write failed,
    // tries again first (the game calls this as it closes).
    void flush();
    // Waits until the load, the check of the file after it, and every write queued so far have
    // finished or failed.
    void waitIdle();
    // True while loading or checking, or while something queued is not written yet.
    bool busy() const;
    // The outcomes of writes since the last call, oldest first: a failure, or the success that
    // follows failures.
    std::vector<WriteOutcome> takeOutcomes();
    // The history as it is after the file was found damaged and replaced (by its backup or a new
    // one), once: all records, and the notice that says so.
    std::optional<HistoryLoad> takeReloaded();
    // Card schedules moved by answers since the last call.
    std::vector<std::pair<std::string, ReviewResult>> takeReviews();
    // Level records recomputed since the last call.
    std::vector<std::pair<std::string, LevelRecord>> takeRecords();

private:
    struct Op {
        enum class Type { Begin, Answer, Finish } type;
        std::uint64_t attempt = 0;
        Attempt totals;   // Begin, Finish (no items)
        ItemResult item;  // Answer
        std::string when; // Answer, Finish
        std::int64_t day = 0; // Answer: the scheduler's day it was given on
    };
    class Writer; // the database side, used by the thread only

    void push(Op op);
    bool idle() const; // with the lock held
    void run();
    // Writes queued ops in order until one fails or none is left. Called with the lock held.
    void writeQueued(std::unique_lock<std::mutex>& lock, Writer& writer);

    std::filesystem::path m_folder;
    std::string m_profile;
    Clock m_clock;
    DayClock m_today;
    FsrsParameters m_fsrs;
    mutable std::mutex m_mutex;     // guards everything below
    std::condition_variable m_wake; // for the thread: work, or stop
    std::condition_variable m_done; // for the callers: the load or a write finished
    std::optional<HistoryLoad> m_loaded;
    std::optional<HistoryLoad> m_reloaded;
    bool m_loadFinished = false;
    bool m_verifying = false; // the file is checked after the load (its notice may follow)
    std::deque<Op> m_queue;
    std::deque<ReadJob> m_reads;
    bool m_writing = false;
    bool m_reading = false;
    bool m_failed = false;    // the op at the queue's front failed; retried later
    bool m_retry = false;     // flush asked for a try
    bool m_stop = false;
    std::vector<WriteOutcome> m_outcomes;
    std::vector<std::pair<std::string, LevelRecord>> m_records;
    std::vector<std::pair<std::string, ReviewResult>> m_reviews;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace acq
