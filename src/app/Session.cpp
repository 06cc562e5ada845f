#include "app/Session.h"

#include "core/DayClock.h"
#include "core/Level.h"
#include "core/Timestamp.h"
#include "io/history/CsvExport.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>

namespace acq {

Session::Session(const std::filesystem::path& dataFolder, const std::string& profile, HistoryWorker::Clock clock)
    : m_dataFolder(dataFolder)
    , m_profile(profile)
    , m_clock(std::move(clock))
    , m_worker(makeWorker(profile))
{
}

std::unique_ptr<HistoryWorker> Session::makeWorker(const std::string& profile) const
{
    return std::make_unique<HistoryWorker>(m_dataFolder, profile, m_clock, [clock = m_clock] {
        const std::int64_t now = clock();
        return dayNumber(now, utcOffsetAt(now));
    });
}

std::string Session::switchProfile(const std::string& name)
{
    if (m_open)
        return "a round is still open";
    records();
    m_worker->flush();
    m_worker->waitIdle();
    poll();
    if (m_worker->busy()) // a write failed and is still queued: the old thread must not drop it
        return "your answers are not all saved yet (" + (m_lastProblem.empty() ? std::string("the disk") : m_lastProblem) +
               "); try again in a moment";
    m_worker.reset(); // its thread ends with nothing left to write
    m_profile = name;
    m_records = LevelRecords();
    m_cards.clear();
    ++m_cardsVersion;
    m_newToday = 0;
    m_loaded = false;
    m_notice.clear();
    m_lastProblem.clear();
    m_worker = makeWorker(name);
    return {};
}

std::int64_t Session::systemClock() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::int64_t Session::utcOffsetAt(std::int64_t utcSeconds)
{
    const std::time_t t = static_cast<std::time_t>(utcSeconds);
    std::tm local{};
    localtime_r(&t, &local);
    return local.tm_gmtoff;
}

std::int64_t Session::today() const
{
    const std::int64_t now = m_clock();
    return dayNumber(now, utcOffsetAt(now));
}

const std::map<std::string, CardSchedule>& Session::cards()
{
    records();
    return m_cards;
}

std::size_t Session::newToday()
{
    records();
    return m_newToday;
}

std::string Session::timestamp() const { return formatUtc(m_clock()); }

const LevelRecords& Session::records()
{
    if (!m_loaded)
        if (auto loaded = m_worker->waitLoaded())
            adopt(std::move(*loaded));
    return m_records;
}

void Session::sendNew(Attempt snapshot, const Level* level, bool ending)
{
    if (level)
        attachReviews(snapshot, *level);
    if (!m_open || m_open->levelId != snapshot.levelId || m_open->startedAt != snapshot.startedAt) {
        m_open = OpenAttempt{m_nextAttempt++, snapshot.levelId, snapshot.startedAt, {}};
        m_worker->begin(m_open->id, snapshot);
    }
    m_open->sent.resize(std::max(m_open->sent.size(), snapshot.items.size()), false);
    const std::string now = timestamp();
    for (std::size_t i = 0; i < snapshot.items.size(); ++i) {
        const ItemResult& item = snapshot.items[i];
        // A matching prompt left unmatched when the round ends still had its wrong pairs.
        const bool given = item.answered || (ending && item.mistakes > 0);
        if (given && !m_open->sent[i]) {
            m_worker->answer(m_open->id, item, now);
            m_open->sent[i] = true;
        }
    }
}

void Session::answered(const Attempt& snapshot, const Level* level)
{
    sendNew(snapshot, level, false);
    if (m_answerListener)
        m_answerListener(snapshot, false);
}

void Session::record(Attempt attempt, const Level* level)
{
    // From the records before this round joins them. records() waits for a history still
    // opening (a round played in the first moments, as scripts do): once, at the end of a round.
    const LevelRecords& before = records();
    m_lastRoundBeatBest = attempt.completed && beatsBest(before.best(attempt.levelId), before.bestMax(attempt.levelId),
                                                         attempt.score, attempt.maxScore);
    sendNew(attempt, level, true);
    m_worker->finish(m_open->id, attempt, timestamp());
    m_open.reset();
    if (m_answerListener)
        m_answerListener(attempt, true);
}

void Session::flush()
{
    records();
    m_worker->flush();
    poll();
}

bool Session::poll()
{
    bool changed = false;
    if (!m_loaded) {
        if (auto loaded = m_worker->takeLoaded()) {
            adopt(std::move(*loaded));
            changed = true;
        }
    }
    if (!m_loaded)
        return changed;
    if (auto reloaded = m_worker->takeReloaded()) {
        adopt(std::move(*reloaded)); // the file was damaged and replaced: its records, and why
        changed = true;
    }
    for (auto& [card, review] : m_worker->takeReviews()) {
        if (review.scheduled && !m_cards.contains(card))
            ++m_newToday;
        m_cards[card] = review.schedule;
        ++m_cardsVersion;
        changed = true;
    }
    for (auto& [level, record] : m_worker->takeRecords()) {
        m_records.set(level, record);
        changed = true;
    }
    return takeOutcomes() || changed;
}

bool Session::settle()
{
    const bool waited = m_worker->busy();
    if (waited) {
        records();
        m_worker->waitIdle();
    }
    return poll() || waited;
}

void Session::adopt(HistoryLoad loaded)
{
    m_records = std::move(loaded.records);
    m_cards = std::move(loaded.cards);
    ++m_cardsVersion;
    m_newToday = loaded.newToday;
    m_loaded = true;
    if (!loaded.notice.empty()) {
        m_notice = std::move(loaded.notice);
        std::cerr << "acuquest: " << m_notice << "\n";
    }
}

bool Session::takeOutcomes()
{
    bool changed = false;
    for (const WriteOutcome& outcome : m_worker->takeOutcomes()) {
        if (outcome.ok) {
            m_lastProblem.clear();
            continue;
        }
        // Told once per kind of problem, not after every answer; play goes on and the answers
        // stay queued for the next try.
        if (outcome.problem != m_lastProblem) {
            m_lastProblem = outcome.problem;
            m_notice = "Your answers could not be saved (" + outcome.problem +
                       "). Play goes on: they are kept and written as soon as the disk allows.";
            std::cerr << "acuquest: " << m_notice << "\n";
            changed = true;
        }
    }
    return changed;
}

} // namespace acq

namespace acq {

// Through the save thread rather than a second, read-only connection of the scene's own: it is
// the one connection that exists in every mode (a history in memory, a read-only copy), it sees
// this session's answers as soon as they are written (they are queued before the read), and a
// file the save thread has just replaced (damaged) is never read by a stale handle.
std::future<ProgressFigures> Session::requestProgress(std::vector<std::string> levels, std::size_t listLength,
                                                      std::size_t scoresPerLevel)
{
    auto promise = std::make_shared<std::promise<ProgressFigures>>();
    auto future = promise->get_future();
    m_worker->read([promise, levels = std::move(levels), listLength, scoresPerLevel](HistoryStore* store,
                                                                                    std::int64_t profile) {
        const auto start = std::chrono::steady_clock::now();
        ProgressFigures figures;
        DbError error;
        if (!store)
            error = {SQLITE_CANTOPEN, "no history could be opened"};
        if (!error)
            error = store->missedMost(profile, listLength, figures.missed);
        if (!error)
            error = store->namedInstead(profile, listLength, figures.named);
        for (const std::string& level : levels) {
            if (error)
                break;
            error = store->scoresOverTime(profile, level, scoresPerLevel, figures.scores[level]);
        }
        if (error)
            figures.problem = error.message;
        figures.milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        promise->set_value(std::move(figures));
    });
    return future;
}

std::future<PlacementsRead> Session::requestPlacements(std::string pointId, std::size_t limit)
{
    auto promise = std::make_shared<std::promise<PlacementsRead>>();
    auto future = promise->get_future();
    m_worker->read([promise, pointId = std::move(pointId), limit](HistoryStore* store, std::int64_t profile) {
        PlacementsRead read;
        if (!store)
            read.problem = "no history could be opened";
        else if (const DbError e = store->placementsOf(profile, pointId, limit, read.placements))
            read.problem = e.message;
        promise->set_value(std::move(read));
    });
    return future;
}

std::future<ProfilesRead> Session::requestProfiles()
{
    auto promise = std::make_shared<std::promise<ProfilesRead>>();
    auto future = promise->get_future();
    m_worker->read([promise](HistoryStore* store, std::int64_t) {
        ProfilesRead read;
        if (!store)
            read.problem = "no history could be opened";
        else if (const DbError e = store->profiles(read.profiles))
            read.problem = e.message;
        promise->set_value(std::move(read));
    });
    return future;
}

// Profile changes are the one kind of job on the save thread that writes: each is a transaction
// of its own on the profiles table, queued after the answers given so far.
std::future<ProfileChange> Session::requestRename(std::string from, std::string to)
{
    auto promise = std::make_shared<std::promise<ProfileChange>>();
    auto future = promise->get_future();
    m_worker->read([promise, from = std::move(from), to = std::move(to), now = timestamp()](HistoryStore* store,
                                                                                          std::int64_t) {
        bool taken = false;
        if (!store)
            promise->set_value({"no history could be opened", {}});
        else if (const DbError e = store->renameProfile(from, to, now, taken))
            promise->set_value({taken ? "another profile is called that" : e.message, {}});
        else
            promise->set_value({});
    });
    return future;
}

std::future<ProfileChange> Session::requestDelete(std::string name)
{
    auto promise = std::make_shared<std::promise<ProfileChange>>();
    auto future = promise->get_future();
    if (name == m_profile) {
        promise->set_value({"the profile in use cannot be deleted: choose another first", {}});
        return future;
    }
    m_worker->read([promise, name = std::move(name), now = timestamp()](HistoryStore* store, std::int64_t) {
        std::string keptAs;
        if (!store)
            promise->set_value({"no history could be opened", {}});
        else if (const DbError e = store->deleteProfile(name, now, keptAs))
            promise->set_value({e.message, {}});
        else
            promise->set_value({{}, keptAs});
    });
    return future;
}

std::future<ExportOutcome> Session::requestExport(std::filesystem::path file)
{
    auto promise = std::make_shared<std::promise<ExportOutcome>>();
    auto future = promise->get_future();
    m_worker->read([promise, file = std::move(file), name = m_profile](HistoryStore* store, std::int64_t) {
        ExportOutcome outcome;
        outcome.file = file;
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (!store)
            outcome.problem = "no history could be opened";
        else if (const DbError e = writeAnswersCsvFile(*store, name, file, outcome.rows))
            outcome.problem = e.message;
        promise->set_value(std::move(outcome));
    });
    return future;
}

} // namespace acq
