#include "io/history/HistoryWorker.h"

#include "core/DayClock.h"
#include "core/Timestamp.h"
#include "io/BackgroundPriority.h"
#include "io/history/HistoryBackup.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"
#include "io/history/OldSaveImport.h"

#include <chrono>
#include <csignal>
#include <algorithm>
#include <map>
#include <memory>

namespace acq {
namespace {

using SteadyClock = std::chrono::steady_clock;

// The longest an answer's commit waits for the checkpoint that puts it on the disk for good
// (a power cut loses at most this much play; a crash of the game itself loses nothing).
constexpr auto kSyncAfter = std::chrono::seconds(5);
// How long queued answers wait after a failed write before the next try, when nothing new
// comes to trigger one.
constexpr auto kRetryAfter = std::chrono::seconds(20);
// Pages copied per backup step: about 0.25 MB, well under a millisecond, so that an answer
// waits at most that long behind the backup.
constexpr int kBackupPagesPerStep = 64;

std::string joined(const std::string& a, const std::string& b)
{
    return a.empty() ? b : b.empty() ? a : a + " " + b;
}

} // namespace

class HistoryWorker::Writer {
public:
    Writer(const std::filesystem::path& folder, const std::string& profile, const Clock& clock, const DayClock& today,
           const FsrsParameters& fsrs, HistoryLoad& load)
        : m_folder(folder)
        , m_profileName(profile)
        , m_clock(clock)
        , m_today(today)
        , m_fsrs(fsrs)
    {
        const std::int64_t now = clock();
        m_history = openHistory(folder, static_cast<std::time_t>(now));
        load.notice = m_history.notice;
        load.kept = m_history.mode == OpenedHistory::Mode::OnDisk;
        if (!m_history.db)
            return;
        if (m_history.mode != OpenedHistory::Mode::Memory) {
            const ImportOutcome imported = importOldSaves(*m_history.db, folder, formatUtc(now), !load.kept);
            load.notice = joined(load.notice, imported.notice);
        }
        readRecords(load);
    }

    // Checks the whole file once the records are shown. A damaged history is replaced (by the
    // backup, or a new one): true then, with the new records and the notice in `reload`.
    bool verify(HistoryLoad& reload)
    {
        if (m_history.mode != OpenedHistory::Mode::OnDisk || !m_history.db || !quickCheckFails(*m_history.db))
            return false;
        // Damaged: let go of every statement and the backup on it before the file is moved.
        m_backup.reset();
        m_store.reset();
        if (!checkHistory(m_history, m_folder, static_cast<std::time_t>(m_clock())))
            return false;
        m_rows.clear(); // rows of the old file: attempts still open begin again in the new one
        reload.notice = m_history.notice;
        reload.kept = m_history.mode == OpenedHistory::Mode::OnDisk;
        readRecords(reload);
        return true;
    }

    void startBackupIfDue()
    {
        if (m_history.mode == OpenedHistory::Mode::OnDisk &&
            HistoryBackup::due(m_folder, static_cast<std::time_t>(m_clock())))
            m_backup = std::make_unique<HistoryBackup>(*m_history.db, m_folder);
    }
    ~Writer()
    {
        m_backup.reset(); // both hold on to the connection: first
        m_store.reset();
        closeHistory(m_history);
    }

    // One op; a write that finds the file damaged replaces it (verify) and tries once more.
    DbError write(const Op& op, std::vector<std::pair<std::string, LevelRecord>>& records,
                  std::vector<std::pair<std::string, ReviewResult>>& reviews, std::optional<HistoryLoad>& reload)
    {
        DbError error = writeOnce(op, records, reviews);
        if (!error && m_history.mode == OpenedHistory::Mode::OnDisk) {
            if (!m_unsyncedSince)
                m_unsyncedSince = SteadyClock::now();
            if (op.type == Op::Type::Finish)
                sync(); // a finished level is on the disk before the player sees its results
        }
        if (error.corrupt()) {
            HistoryLoad replaced;
            if (verify(replaced)) {
                reload = std::move(replaced);
                error = writeOnce(op, records, reviews);
            }
        }
        return error;
    }

    // Commits are synchronous=NORMAL (docs/saves.md): the WAL reaches the disk at a checkpoint,
    // made at the end of each level and at most kSyncAfter after any other answer.
    SteadyClock::time_point syncDeadline() const
    {
        return m_unsyncedSince ? *m_unsyncedSince + kSyncAfter : SteadyClock::time_point::max();
    }
    bool syncDue() const { return m_unsyncedSince && SteadyClock::now() >= syncDeadline(); }
    void sync()
    {
        if (m_history.db && !m_history.db->exec("PRAGMA wal_checkpoint(PASSIVE)"))
            m_unsyncedSince.reset();
    }

    void read(const ReadJob& job) { job(m_profileKnown ? m_store.get() : nullptr, m_profile); }

    bool backingUp() const { return m_backup != nullptr; }
    void stepBackup()
    {
        if (m_backup && m_backup->step(kBackupPagesPerStep) != HistoryBackup::Step::More)
            m_backup.reset();
    }

private:
    void readRecords(HistoryLoad& load)
    {
        m_store.reset();
        m_profileKnown = false;
        if (!m_history.db)
            return;
        m_store = std::make_unique<HistoryStore>(*m_history.db);
        if (DbError e = m_store->profileId(m_profileName, formatUtc(m_clock()), m_profile)) {
            load.notice = joined(load.notice, "Your history could not be read (" + e.message + ").");
            return;
        }
        m_profileKnown = true;
        if (DbError e = m_store->levelRecords(m_profile, load.records))
            load.notice = joined(load.notice, "Your scores could not be read (" + e.message + ").");
        if (DbError e = m_store->cardSchedules(m_profile, m_today(), load.cards, load.newToday))
            load.notice = joined(load.notice, "Your practice could not be read (" + e.message + ").");
    }

    DbError writeOnce(const Op& op, std::vector<std::pair<std::string, LevelRecord>>& records,
                      std::vector<std::pair<std::string, ReviewResult>>& reviews)
    {
        if (!m_store)
            return {SQLITE_CANTOPEN, "no history could be opened"};
        if (!m_profileKnown) {
            // The profile's row could not be made at start (another copy held the lock): again.
            if (DbError e = m_store->profileId(m_profileName, op.when.empty() ? op.totals.startedAt : op.when, m_profile))
                return e;
            m_profileKnown = true;
        }
        switch (op.type) {
        case Op::Type::Begin:
            m_headers[op.attempt] = op.totals;
            return rowOf(op.attempt).second;
        case Op::Type::Answer: {
            const auto [row, error] = rowOf(op.attempt);
            if (error)
                return error;
            ReviewResult review;
            if (DbError e = m_store->addAnswer(m_profile, row, op.item, op.when, op.day, m_fsrs, &review))
                return e;
            if (!op.item.card.empty() && op.item.grade)
                reviews.emplace_back(op.item.card, review);
            return {};
        }
        case Op::Type::Finish: {
            const auto [row, error] = rowOf(op.attempt);
            if (error)
                return error;
            LevelRecord record;
            if (DbError e = m_store->finishAttempt(m_profile, row, op.totals, op.when, record))
                return e;
            m_rows.erase(op.attempt);
            m_headers.erase(op.attempt);
            records.emplace_back(op.totals.levelId, record);
            return {};
        }
        }
        return {};
    }

    // The attempt's row, made now if this file has none yet (it began before the file was
    // replaced).
    std::pair<std::int64_t, DbError> rowOf(std::uint64_t attempt)
    {
        if (const auto row = m_rows.find(attempt); row != m_rows.end())
            return {row->second, {}};
        const auto header = m_headers.find(attempt);
        if (header == m_headers.end())
            return {0, {SQLITE_MISUSE, "an answer of an attempt that never began"}};
        std::int64_t id = 0;
        if (DbError e = m_store->beginAttempt(m_profile, header->second, id))
            return {0, e};
        m_rows[attempt] = id;
        return {id, {}};
    }

    std::filesystem::path m_folder;
    std::string m_profileName;
    OpenedHistory m_history;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryBackup> m_backup;
    std::int64_t m_profile = 0;
    bool m_profileKnown = false;
    Clock m_clock;
    DayClock m_today;
    Fsrs m_fsrs;
    std::map<std::uint64_t, std::int64_t> m_rows;  // attempts of this session -> their rows
    std::map<std::uint64_t, Attempt> m_headers;    // ... and how they began, while open
    std::optional<SteadyClock::time_point> m_unsyncedSince; // commits not yet synced to the disk
};

HistoryWorker::HistoryWorker(std::filesystem::path dataFolder, std::string profile, Clock clock, DayClock today,
                             FsrsParameters fsrs)
    : m_folder(std::move(dataFolder))
    , m_profile(std::move(profile))
    , m_clock(std::move(clock))
    , m_today(today ? std::move(today) : DayClock([c = m_clock] { return dayNumber(c(), 0); }))
    , m_fsrs(std::move(fsrs))
    , m_thread([this] { run(); })
{
}

HistoryWorker::~HistoryWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void HistoryWorker::run()
{
    lowerThisThreadsPriority(kNeededLater); // behind the first frame and the levels
    // A file-size limit (ulimit -f) would kill the game with SIGXFSZ in the middle of a write;
    // ignored, the write fails (SQLITE_IOERR), the database stays consistent, and the answers
    // stay queued.
    std::signal(SIGXFSZ, SIG_IGN);
    HistoryLoad load;
    Writer writer(m_folder, m_profile, m_clock, m_today, m_fsrs, load);

    {
        std::lock_guard lock(m_mutex);
        m_loaded = std::move(load);
        m_loadFinished = true;
        m_verifying = true;
    }
    m_done.notify_all();
    // Then the whole file is checked, while the player looks at the menu (answers wait, queued).
    HistoryLoad reload;
    const bool replaced = writer.verify(reload);
    writer.startBackupIfDue();

    std::unique_lock lock(m_mutex);
    if (replaced)
        m_reloaded = std::move(reload);
    m_verifying = false;
    m_done.notify_all();
    auto retryAt = SteadyClock::time_point::max();
    for (;;) {
        const auto ready = [&] {
            return m_stop || m_retry || (!m_queue.empty() && !m_failed) || !m_reads.empty() || writer.backingUp();
        };
        if (m_failed && !m_queue.empty() && retryAt == SteadyClock::time_point::max())
            retryAt = SteadyClock::now() + kRetryAfter;
        const auto until = std::min(retryAt, writer.syncDeadline());
        if (until == SteadyClock::time_point::max())
            m_wake.wait(lock, ready);
        else if (!m_wake.wait_until(lock, until, ready) && SteadyClock::now() >= retryAt) {
            m_failed = false; // time to try again
            retryAt = SteadyClock::time_point::max();
        }
        if (writer.syncDue()) {
            lock.unlock();
            writer.sync();
            lock.lock();
        }
        if (!m_failed)
            retryAt = SteadyClock::time_point::max();
        if (m_stop) {
            m_failed = false; // one last try of whatever is queued
            writeQueued(lock, writer);
            break;
        }
        if (m_retry || (!m_queue.empty() && !m_failed)) {
            m_retry = false;
            m_failed = false;
            writeQueued(lock, writer);
            continue;
        }
        if (!m_reads.empty()) {
            // After the writes queued before it (above), so that it sees them.
            const ReadJob job = std::move(m_reads.front());
            m_reads.pop_front();
            m_reading = true;
            lock.unlock();
            writer.read(job);
            lock.lock();
            m_reading = false;
            m_done.notify_all();
            continue;
        }
        if (writer.backingUp()) {
            lock.unlock();
            writer.stepBackup();
            lock.lock();
        }
    }
}

void HistoryWorker::writeQueued(std::unique_lock<std::mutex>& lock, Writer& writer)
{
    m_writing = true;
    bool hadFailed = false;
    while (!m_queue.empty()) {
        const Op op = m_queue.front();
        std::vector<std::pair<std::string, LevelRecord>> records;
        std::vector<std::pair<std::string, ReviewResult>> reviews;
        std::optional<HistoryLoad> reload;
        lock.unlock();
        const DbError error = writer.write(op, records, reviews, reload);
        lock.lock();
        m_reviews.insert(m_reviews.end(), reviews.begin(), reviews.end());
        if (reload)
            m_reloaded = std::move(reload);
        if (error) {
            m_failed = true;
            m_outcomes.push_back({false, error.message});
            hadFailed = true;
            break;
        }
        m_queue.pop_front();
        m_records.insert(m_records.end(), records.begin(), records.end());
    }
    if (!hadFailed)
        m_outcomes.push_back({true, {}});
    m_writing = false;
    m_done.notify_all();
}

void HistoryWorker::push(Op op)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(op));
        m_failed = false; // something new: try again now, from the oldest
    }
    m_wake.notify_all();
}

void HistoryWorker::read(ReadJob job)
{
    {
        std::lock_guard lock(m_mutex);
        m_reads.push_back(std::move(job));
    }
    m_wake.notify_all();
}

void HistoryWorker::begin(std::uint64_t attempt, const Attempt& header)
{
    Op op{Op::Type::Begin, attempt, header, {}, {}};
    op.totals.items.clear();
    push(std::move(op));
}

void HistoryWorker::answer(std::uint64_t attempt, ItemResult item, std::string answeredAt)
{
    const std::int64_t day = m_today();
    push(Op{Op::Type::Answer, attempt, {}, std::move(item), std::move(answeredAt), day});
}

void HistoryWorker::finish(std::uint64_t attempt, const Attempt& totals, std::string finishedAt)
{
    Op op{Op::Type::Finish, attempt, totals, {}, std::move(finishedAt)};
    op.totals.items.clear();
    push(std::move(op));
}

std::optional<HistoryLoad> HistoryWorker::takeLoaded()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_loaded, std::nullopt);
}

std::optional<HistoryLoad> HistoryWorker::waitLoaded()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_loadFinished; });
    return std::exchange(m_loaded, std::nullopt);
}

void HistoryWorker::flush()
{
    std::unique_lock lock(m_mutex);
    if (m_failed && !m_queue.empty())
        m_retry = true;
    m_wake.notify_all();
    m_done.wait(lock, [&] { return idle(); });
}

void HistoryWorker::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return idle(); });
}

bool HistoryWorker::busy() const
{
    std::lock_guard lock(m_mutex);
    return !idle();
}

bool HistoryWorker::idle() const
{
    return m_loadFinished && !m_verifying && !m_writing && !m_retry && (m_queue.empty() || m_failed) &&
           m_reads.empty() && !m_reading;
}

std::vector<WriteOutcome> HistoryWorker::takeOutcomes()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_outcomes, {});
}

std::vector<std::pair<std::string, ReviewResult>> HistoryWorker::takeReviews()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_reviews, {});
}

std::optional<HistoryLoad> HistoryWorker::takeReloaded()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_reloaded, std::nullopt);
}

std::vector<std::pair<std::string, LevelRecord>> HistoryWorker::takeRecords()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_records, {});
}

} // namespace acq
