#include "io/history/HistoryWorker.h"

#include "core/Timestamp.h"
#include "io/BackgroundPriority.h"
#include "io/history/HistoryBackup.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"
#include "io/history/OldSaveImport.h"

#include <chrono>
#include <csignal>
#include <map>
#include <memory>

namespace acq {
namespace {

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
    Writer(const std::filesystem::path& folder, const std::string& profile, const Clock& clock, HistoryLoad& load)
        : m_folder(folder)
        , m_profileName(profile)
    {
        const std::int64_t now = clock();
        m_history = openHistory(folder, static_cast<std::time_t>(now));
        load.notice = m_history.notice;
        load.kept = m_history.mode == OpenedHistory::Mode::OnDisk;
        if (!m_history.db)
            return;
        m_store = std::make_unique<HistoryStore>(*m_history.db);
        if (m_history.mode != OpenedHistory::Mode::Memory) {
            const ImportOutcome imported = importOldSaves(*m_history.db, folder, formatUtc(now), !load.kept);
            load.notice = joined(load.notice, imported.notice);
        }
        if (DbError e = m_store->profileId(profile, formatUtc(now), m_profile)) {
            m_profileProblem = e.message;
            load.notice = joined(load.notice, "Your history could not be read (" + e.message + ").");
            return;
        }
        m_profileKnown = true;
        if (DbError e = m_store->levelRecords(m_profile, load.records))
            load.notice = joined(load.notice, "Your scores could not be read (" + e.message + ").");
        if (load.kept && HistoryBackup::due(folder, static_cast<std::time_t>(now)))
            m_backup = std::make_unique<HistoryBackup>(*m_history.db, folder);
    }
    ~Writer()
    {
        m_backup.reset(); // both hold on to the connection: first
        m_store.reset();
        closeHistory(m_history);
    }

    DbError write(const Op& op, std::vector<std::pair<std::string, LevelRecord>>& records)
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
        case Op::Type::Begin: {
            std::int64_t id = 0;
            if (DbError e = m_store->beginAttempt(m_profile, op.totals, id))
                return e;
            m_rows[op.attempt] = id;
            return {};
        }
        case Op::Type::Answer: {
            const auto row = m_rows.find(op.attempt);
            if (row == m_rows.end())
                return {}; // its attempt was never begun: nothing to attach it to
            return m_store->addAnswer(row->second, op.item, op.when);
        }
        case Op::Type::Finish: {
            const auto row = m_rows.find(op.attempt);
            if (row == m_rows.end())
                return {};
            LevelRecord record;
            if (DbError e = m_store->finishAttempt(m_profile, row->second, op.totals, op.when, record))
                return e;
            m_rows.erase(row);
            records.emplace_back(op.totals.levelId, record);
            return {};
        }
        }
        return {};
    }

    bool backingUp() const { return m_backup != nullptr; }
    void stepBackup()
    {
        if (m_backup && m_backup->step(kBackupPagesPerStep) != HistoryBackup::Step::More)
            m_backup.reset();
    }

private:
    std::filesystem::path m_folder;
    std::string m_profileName;
    OpenedHistory m_history;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryBackup> m_backup;
    std::int64_t m_profile = 0;
    bool m_profileKnown = false;
    std::string m_profileProblem;
    std::map<std::uint64_t, std::int64_t> m_rows; // attempts of this session -> their rows
};

HistoryWorker::HistoryWorker(std::filesystem::path dataFolder, std::string profile, Clock clock)
    : m_folder(std::move(dataFolder))
    , m_profile(std::move(profile))
    , m_clock(std::move(clock))
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
    Writer writer(m_folder, m_profile, m_clock, load);

    std::unique_lock lock(m_mutex);
    m_loaded = std::move(load);
    m_loadFinished = true;
    m_done.notify_all();
    for (;;) {
        const auto ready = [&] {
            return m_stop || m_retry || (!m_queue.empty() && !m_failed) || writer.backingUp();
        };
        if (m_failed && !m_queue.empty()) {
            if (!m_wake.wait_for(lock, kRetryAfter, ready))
                m_failed = false; // time to try again
        } else {
            m_wake.wait(lock, ready);
        }
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
        lock.unlock();
        const DbError error = writer.write(op, records);
        lock.lock();
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

void HistoryWorker::begin(std::uint64_t attempt, const Attempt& header)
{
    Op op{Op::Type::Begin, attempt, header, {}, {}};
    op.totals.items.clear();
    push(std::move(op));
}

void HistoryWorker::answer(std::uint64_t attempt, ItemResult item, std::string answeredAt)
{
    push(Op{Op::Type::Answer, attempt, {}, std::move(item), std::move(answeredAt)});
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
    m_done.wait(lock, [&] { return m_loadFinished && !m_writing && !m_retry && (m_queue.empty() || m_failed); });
}

void HistoryWorker::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_loadFinished && !m_writing && !m_retry && (m_queue.empty() || m_failed); });
}

bool HistoryWorker::busy() const
{
    std::lock_guard lock(m_mutex);
    return !m_loadFinished || m_writing || m_retry || (!m_queue.empty() && !m_failed);
}

std::vector<WriteOutcome> HistoryWorker::takeOutcomes()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_outcomes, {});
}

std::vector<std::pair<std::string, LevelRecord>> HistoryWorker::takeRecords()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_records, {});
}

} // namespace acq
