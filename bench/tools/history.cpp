// bench_history: the players' history at the scale of years of play, through the game's own io
// layer (bench/history runs it; bench/README.md).
//
//   bench_history --write-xml DATA LEVELS   writes DATA/profiles/default/progress.xml, a first-release
//                                           save of LEVELS finished levels over the shipped levels
//   bench_history --migrate DATA            opens the history in DATA as the game does at its first
//                                           start, importing that save: prints its time and size
//   bench_history --commit DATA ANSWERS     commits ANSWERS answers one at a time, each in its own
//                                           transaction as the save thread does: p50/p99/max in ms;
//                                           and reads every level's record as the menu does
//   bench_history --practice DATA           gives every card of the shipped levels a schedule (if
//                                           none has one), then times what the menu's due count and
//                                           the practice screen's first card take
//   bench_history --progress DATA           after --practice: marks one placement answer in 20 as
//                                           landing on another point and counts each card's misses,
//                                           then times the progress screen's queries (as the save
//                                           thread runs them when the screen opens)
//
// The history is like a long-time player's: every shipped level in turn, each point or pair of
// it answered, with clicks and distances for placement, a hint now and then, mistakes in
// matching.
#include "core/Timestamp.h"
#include "io/DataPaths.h"
#include "io/LevelCatalog.h"
#include "io/ProgressXml.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"
#include "io/history/OldSaveImport.h"
#include "core/PracticeDeck.h"
#include "core/DayClock.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace acq;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Lcg {
    std::uint64_t state = 42;
    double next() // in [0, 1)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    }
};

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct ShippedLevel {
    std::string id;
    bool placement = false;
    std::vector<std::string> items;
};

std::vector<ShippedLevel> shippedLevels()
{
    const DataPaths paths = locateDataPaths();
    const LevelCatalog catalog = loadCatalog({paths.levelsDir}, paths.roots());
    std::vector<ShippedLevel> out;
    for (const LevelEntry& entry : catalog.entries) {
        if (!entry.playable())
            continue;
        ShippedLevel level{entry.level->id, entry.level->placement() != nullptr, {}};
        if (const PlacementLevel* p = entry.level->placement())
            for (const PointTarget& point : p->points)
                level.items.push_back(point.id);
        else
            for (const MatchPair& pair : entry.level->matching()->pairs)
                level.items.push_back(pair.id);
        out.push_back(std::move(level));
    }
    return out;
}

int writeXml(const fs::path& data, int levels)
{
    const std::vector<ShippedLevel> shipped = shippedLevels();
    if (shipped.empty()) {
        std::fprintf(stderr, "bench_history: no shipped levels found\n");
        return 1;
    }
    Lcg rng;
    Progress progress;
    std::size_t answers = 0;
    const std::int64_t start = 1577836800; // 2020-01-01: ten years of play, a level every hour or so
    for (int n = 0; n < levels; ++n) {
        const ShippedLevel& level = shipped[static_cast<std::size_t>(n) % shipped.size()];
        Attempt a;
        a.levelId = level.id;
        a.startedAt = formatUtc(start + static_cast<std::int64_t>(n) * 3000);
        a.seconds = 20.0 + rng.next() * 200.0;
        a.completed = true;
        for (const std::string& id : level.items) {
            ItemResult item;
            item.id = id;
            if (level.placement) {
                item.maxPoints = 100.0;
                item.distanceCun = rng.next() * 3.0;
                item.points = std::max(0.0, 100.0 - 40.0 * *item.distanceCun);
                item.correct = *item.distanceCun < 0.5;
                item.click = Vec2{150.0 + rng.next() * 100.0, 380.0 + rng.next() * 100.0};
            } else {
                item.maxPoints = 10.0;
                item.mistakes = rng.next() < 0.2 ? 1 : 0;
                item.points = 10.0;
                item.correct = item.mistakes == 0;
            }
            a.score += item.points;
            a.maxScore += item.maxPoints;
            a.items.push_back(std::move(item));
            ++answers;
        }
        progress.add(std::move(a));
    }
    const fs::path folder = data / "profiles" / "default";
    fs::create_directories(folder);
    std::ofstream(folder / "progress.xml", std::ios::binary) << progressToXml(progress);
    std::printf("levels %d\nanswers %zu\nxml_bytes %ju\n", levels, answers,
                static_cast<std::uintmax_t>(fs::file_size(folder / "progress.xml")));
    return 0;
}

long peakRssKb()
{
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int migrate(const fs::path& data)
{
    const auto t0 = Clock::now();
    OpenedHistory history = openHistory(data, std::time(nullptr));
    if (history.mode != OpenedHistory::Mode::OnDisk) {
        std::fprintf(stderr, "bench_history: %s\n", history.notice.c_str());
        return 1;
    }
    const ImportOutcome imported = importOldSaves(*history.db, data, formatUtc(std::time(nullptr)), false);
    const double ms = msSince(t0);
    DbError error;
    const auto answers = history.db->queryInteger("SELECT COUNT(*) FROM answers", error);
    const auto attempts = history.db->queryInteger("SELECT COUNT(*) FROM attempts", error);
    closeHistory(history);
    if (imported.filesImported != 1 || !imported.notice.empty()) {
        std::fprintf(stderr, "bench_history: the import failed: %s\n", imported.notice.c_str());
        return 1;
    }
    std::printf("migrate_ms %.1f\nattempts %lld\nanswers %lld\ndb_bytes %ju\nmigrate_peak_rss_kb %ld\n", ms,
                static_cast<long long>(attempts.value_or(0)), static_cast<long long>(answers.value_or(0)),
                static_cast<std::uintmax_t>(fs::file_size(historyFile(data))), peakRssKb());
    return 0;
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

int commit(const fs::path& data, int count)
{
    auto t0 = Clock::now();
    OpenedHistory history = openHistory(data, std::time(nullptr));
    const double openMs = msSince(t0);
    if (history.mode != OpenedHistory::Mode::OnDisk) {
        std::fprintf(stderr, "bench_history: %s\n", history.notice.c_str());
        return 1;
    }
    HistoryStore store(*history.db);
    std::int64_t profile = 0, attempt = 0;
    if (store.profileId("default", "t", profile))
        return 1;
    t0 = Clock::now();
    LevelRecords records;
    if (store.levelRecords(profile, records))
        return 1;
    const double recordsMs = msSince(t0);

    Attempt a;
    a.levelId = "lower-back";
    a.startedAt = formatUtc(std::time(nullptr));
    if (store.beginAttempt(profile, a, attempt))
        return 1;
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        ItemResult item;
        item.id = "BL23";
        item.points = 80;
        item.maxPoints = 100;
        item.distanceCun = 0.7;
        item.click = Vec2{180.0, 415.0};
        item.hinted = false;
        const auto t = Clock::now();
        if (DbError e = store.addAnswer(profile, attempt, item, a.startedAt)) {
            std::fprintf(stderr, "bench_history: %s\n", e.message.c_str());
            return 1;
        }
        times.push_back(msSince(t));
    }
    t0 = Clock::now();
    LevelRecord record;
    if (store.finishAttempt(profile, attempt, a, a.startedAt, record))
        return 1;
    const double finishMs = msSince(t0);
    t0 = Clock::now();
    const bool damaged = quickCheckFails(*history.db);
    const double checkMs = msSince(t0);
    closeHistory(history);
    std::printf("open_ms %.2f\nrecords_ms %.3f\nrecord_levels %zu\ncommits %d\ncommit_p50_ms %.3f\ncommit_p99_ms %.3f\n"
                "commit_max_ms %.3f\nfinish_ms %.3f\nquick_check_ms %.1f\nquick_check %s\n",
                openMs, recordsMs, records.size(), count, percentile(times, 0.5), percentile(times, 0.99),
                percentile(times, 1.0), finishMs, checkMs, damaged ? "damaged" : "ok");
    return 0;
}

int practice(const fs::path& data)
{
    const DataPaths paths = locateDataPaths();
    LevelCatalog catalog = loadCatalog({paths.levelsDir}, paths.roots());
    std::vector<const Level*> levels;
    for (LevelEntry& entry : catalog.entries)
        if (entry.level) {
            entry.level->source = "shipped";
            levels.push_back(&*entry.level);
        }
    OpenedHistory history = openHistory(data, std::time(nullptr));
    if (history.mode != OpenedHistory::Mode::OnDisk)
        return 1;
    HistoryStore store(*history.db);
    std::int64_t profile = 0;
    if (store.profileId("default", "t", profile))
        return 1;
    const std::int64_t today = dayNumber(std::time(nullptr), 0);
    {
        // A long-time player's cards: every card reviewed, due over the past and next months.
        DbError error;
        if (DbError e = history.db->exec("BEGIN"))
            return 1;
        Statement insert = history.db->prepare(
            "INSERT OR IGNORE INTO cards(profile_id, card, stability, difficulty, due_day, last_day, reviews, lapses, "
            "first_day) VALUES(?1, ?2, ?3, ?4, ?5, ?6, 12, 2, ?7)",
            error);
        Lcg rng;
        for (const DeckCard& card : buildDeck(levels)) {
            const auto due = today - 30 + static_cast<std::int64_t>(rng.next() * 60);
            insert.bind(1, profile).bind(2, card.key.text()).bind(3, 1.0 + rng.next() * 100).bind(4, 1.0 + rng.next() * 9);
            insert.bind(5, due).bind(6, due - 10).bind(7, today - 3000);
            insert.step();
            insert.reset();
        }
        if (DbError e = history.db->exec("COMMIT"))
            return 1;
    }
    // What the save thread reads at start, then what the menu and the practice screen compute.
    auto t0 = Clock::now();
    std::map<std::string, CardSchedule> schedules;
    std::size_t newToday = 0;
    if (store.cardSchedules(profile, today, schedules, newToday))
        return 1;
    const double loadMs = msSince(t0);
    t0 = Clock::now();
    const std::vector<CardStatus> statuses = deckStatuses(buildDeck(levels), schedules);
    const std::size_t due = dueCount(statuses, today);
    const double dueMs = msSince(t0);
    t0 = Clock::now();
    const std::vector<DeckCard> deck = buildDeck(levels);
    const PracticePlan plan = planPractice(deckStatuses(deck, schedules), today, newToday, PracticeSettings{});
    const double planMs = msSince(t0);
    closeHistory(history);
    std::printf("cards %zu\ncards_due %zu\ncards_load_ms %.3f\ndue_count_ms %.3f\npractice_plan_ms %.3f\nplan_cards %zu\n",
                schedules.size(), due, loadMs, dueMs, planMs, plan.cards.size());
    return 0;
}

int progress(const fs::path& data)
{
    const DataPaths paths = locateDataPaths();
    const LevelCatalog catalog = loadCatalog({paths.levelsDir}, paths.roots());
    std::vector<std::string> placementLevels;
    for (const LevelEntry& entry : catalog.entries)
        if (entry.level && entry.level->placement())
            placementLevels.push_back(entry.level->id);
    OpenedHistory history = openHistory(data, std::time(nullptr));
    if (history.mode != OpenedHistory::Mode::OnDisk)
        return 1;
    HistoryStore store(*history.db);
    std::int64_t profile = 0;
    if (store.profileId("default", "t", profile))
        return 1;
    // A player whose mark lands on another point once in 20 placements (the first release kept
    // no such name), and whose cards were missed now and then.
    if (history.db->exec("UPDATE answers SET named = 'BL23' WHERE named IS NULL AND map_x IS NOT NULL AND id % 20 = 0 "
                         "AND item <> 'BL23'") ||
        history.db->exec("DELETE FROM named_points") ||
        history.db->exec("INSERT INTO named_points(profile_id, item, named, times) SELECT a.profile_id, n.item, "
                         "n.named, COUNT(*) FROM answers n JOIN attempts a ON a.id = n.attempt_id WHERE n.named IS "
                         "NOT NULL GROUP BY a.profile_id, n.item, n.named") ||
        history.db->exec("UPDATE cards SET asked = 20 + (unicode(substr(card, -1)) * 7) % 40, "
                         "missed = (unicode(substr(card, -2)) * 31) % 9"))
        return 1;
    DbError error;
    const auto named = history.db->queryInteger("SELECT COUNT(*) FROM answers WHERE named IS NOT NULL", error);
    // What ProgressScene asks through Session::requestProgress, timed as one.
    const auto t0 = Clock::now();
    std::vector<HistoryStore::MissedCard> missed;
    std::vector<HistoryStore::NamedInstead> instead;
    if (store.missedMost(profile, 24, missed) || store.namedInstead(profile, 24, instead))
        return 1;
    std::size_t scores = 0;
    for (const std::string& level : placementLevels) {
        std::vector<HistoryStore::ScoreAt> rows;
        if (store.scoresOverTime(profile, level, 30, rows))
            return 1;
        scores += rows.size();
    }
    const double queriesMs = msSince(t0);
    // A point chosen on the figure: its last 100 marks (Session::requestPlacements), the point
    // placed most often in this history.
    const auto t1 = Clock::now();
    std::vector<HistoryStore::Placement> marks;
    if (store.placementsOf(profile, "BL23", 100, marks))
        return 1;
    const double marksMs = msSince(t1);
    closeHistory(history);
    std::printf("named_answers %lld\nprogress_queries_ms %.3f\nmissed_rows %zu\nnamed_rows %zu\nscore_points %zu\n"
                "placements_ms %.3f\nplacements_rows %zu\n",
                static_cast<long long>(named.value_or(0)), queriesMs, missed.size(), instead.size(), scores, marksMs,
                marks.size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 3 && args[0] == "--write-xml")
        return writeXml(args[1], std::atoi(args[2].c_str()));
    if (args.size() == 2 && args[0] == "--migrate")
        return migrate(args[1]);
    if (args.size() == 2 && args[0] == "--practice")
        return practice(args[1]);
    if (args.size() == 2 && args[0] == "--progress")
        return progress(args[1]);
    if (args.size() == 3 && args[0] == "--commit")
        return commit(args[1], std::atoi(args[2].c_str()));
    std::fprintf(stderr, "usage: bench_history --write-xml DATA LEVELS | --migrate DATA | --commit DATA ANSWERS | "
                         "--practice DATA | --progress DATA\n");
    return 2;
}
