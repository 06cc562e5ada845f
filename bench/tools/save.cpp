// bench_save: writing and loading a save holding many attempts, through the game's own io layer.
//
//   bench_save [ATTEMPTS=10000]         times it (below) in a new folder under $TMPDIR or /var/tmp
//   bench_save --write FOLDER [ATTEMPTS] only writes FOLDER/progress.xml (a big save to play with)
//
// The history is like a long-time player's: the shipped levels in turn, placement attempts of
// 5 points with clicks and distances, matching attempts of 10 pairs. Timed, each the median of
// several runs: the XML text alone (progressToXml, progressFromXml); ProgressStore::save of the
// whole history (text, temporary file, fsync, backup, rename) and ProgressStore::load; the save
// the game makes after a level (SaveWorker, on its own thread: one attempt appended to the text
// it keeps, then ProgressStore::saveXml); and what that costs the frame that records the attempt
// (SaveWorker::add). Last, the largest number of such attempts whose save still reads back.
#include "io/ProgressStore.h"
#include "io/ProgressXml.h"
#include "io/SaveWorker.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace acq;
namespace fs = std::filesystem;

namespace {

struct Lcg {
    std::uint64_t state = 42;
    double next() // in [0, 1)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    }
};

Progress history(int attempts)
{
    Lcg rng;
    Progress progress;
    const char* placementCodes[] = {"BL23", "BL25", "BL52", "GV4", "GV3"};
    const char* pairIds[] = {"herniated-disc", "degenerative-disc", "facet-joint", "sacroiliac-joint", "spinal-stenosis",
                             "spondylolisthesis", "osteoarthritis", "deformity", "muscle-strain", "fibromyalgia"};
    for (int n = 0; n < attempts; ++n) {
        Attempt a;
        char started[32];
        std::snprintf(started, sizeof started, "2024-%02d-%02dT%02d:%02d:%02dZ", 1 + n % 12, 1 + n % 28, n % 24, n % 60,
                      (n * 7) % 60);
        a.startedAt = started;
        a.seconds = 20.0 + rng.next() * 200.0;
        a.completed = n % 17 != 0;
        if (n % 2 == 0) {
            a.levelId = "lower-back";
            for (const char* code : placementCodes) {
                ItemResult item;
                item.id = code;
                item.maxPoints = 100.0;
                const double d = rng.next() * 3.0;
                item.distanceCun = d;
                item.points = d <= 0.5 ? 100.0 : std::max(0.0, 100.0 * (1.0 - (d - 0.5) / 2.0));
                item.correct = d <= 0.5;
                item.click = Vec2{150.0 + rng.next() * 100.0, 380.0 + rng.next() * 120.0};
                a.score += item.points;
                a.maxScore += item.maxPoints;
                a.items.push_back(item);
            }
        } else {
            a.levelId = "causes";
            for (const char* id : pairIds) {
                ItemResult item;
                item.id = id;
                item.maxPoints = 10.0;
                item.mistakes = rng.next() < 0.2 ? 1 : 0;
                item.points = 10.0;
                item.correct = item.mistakes == 0;
                a.score += item.points - 3.0 * item.mistakes;
                a.maxScore += item.maxPoints;
                a.items.push_back(item);
            }
        }
        progress.add(std::move(a));
    }
    return progress;
}

// The folder made for the timings, removed however the program ends.
fs::path g_madeFolder;
void removeMadeFolder()
{
    std::error_code ec;
    if (!g_madeFolder.empty())
        fs::remove_all(g_madeFolder, ec);
}

// Median and fastest of `runs` timings of `work`, in ms.
std::pair<double, double> timeIt(int runs, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

void print(const char* key, std::pair<double, double> t)
{
    std::printf("%s_ms %.2f\n%s_ms_min %.2f\n", key, t.first, key, t.second);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 2 && std::string(argv[1]) == "--write") {
        const int count = argc > 3 ? std::atoi(argv[3]) : 10000;
        const SaveOutcome outcome = ProgressStore(argv[2]).save(history(count));
        if (!outcome.ok)
            std::fprintf(stderr, "bench_save: %s\n", outcome.problem.c_str());
        return outcome.ok ? 0 : 1;
    }
    const int attempts = argc > 1 ? std::atoi(argv[1]) : 10000;
    fs::path folder;
    {
        const char* tmp = std::getenv("TMPDIR");
        char pattern[] = "acuquest-bench-save-XXXXXX";
        folder = fs::path(tmp && *tmp ? tmp : "/var/tmp") / pattern;
        std::string name = folder.string();
        if (!mkdtemp(name.data())) {
            std::perror("bench_save: mkdtemp");
            return 2;
        }
        folder = name;
        g_madeFolder = folder;
        std::atexit(removeMadeFolder);
    }
    const Progress progress = history(attempts);
    std::size_t items = 0;
    for (const Attempt& a : progress.attempts())
        items += a.items.size();
    const int runs = 7;

    std::string xml;
    print("serialize", timeIt(runs, [&] { xml = progressToXml(progress); }));
    print("parse", timeIt(runs, [&] {
              Progress back;
              std::string problem;
              if (!progressFromXml(xml, back, problem) || back.attempts().size() != progress.attempts().size()) {
                  std::fprintf(stderr, "bench_save: the save does not read back: %s\n", problem.c_str());
                  std::exit(1);
              }
          }));

    ProgressStore store(folder / "profile");
    // The first save (no file yet) and then saves over an existing file, as after every level.
    print("store_save_first", timeIt(1, [&] {
              if (!store.save(progress).ok)
                  std::exit(1);
          }));
    print("store_save", timeIt(runs, [&] {
              const SaveOutcome outcome = store.save(progress);
              if (!outcome.ok) {
                  std::fprintf(stderr, "bench_save: %s\n", outcome.problem.c_str());
                  std::exit(1);
              }
          }));
    print("store_load", timeIt(runs, [&] {
              const LoadOutcome loaded = store.load();
              if (!loaded.notice.empty() || loaded.progress.attempts().size() != progress.attempts().size()) {
                  std::fprintf(stderr, "bench_save: load: %s\n", loaded.notice.c_str());
                  std::exit(1);
              }
          }));
    // After a level: the save thread appends the new attempt to the text it keeps and saves it.
    ProgressXmlText text(progress);
    const Attempt& oneMore = progress.attempts().back();
    print("level_save", timeIt(runs, [&] {
              text.append(oneMore);
              const SaveOutcome outcome = store.saveXml(text.text());
              if (!outcome.ok) {
                  std::fprintf(stderr, "bench_save: %s\n", outcome.problem.c_str());
                  std::exit(1);
              }
          }));
    // What the frame that ends a level pays: handing the attempt to the save thread.
    {
        SaveWorker worker(folder / "worker");
        if (!worker.waitLoaded())
            std::exit(1);
        print("record_handover", timeIt(runs, [&] { worker.add(oneMore); }));
        worker.waitIdle();
    }
    std::printf("attempts %zu\nitems %zu\nfile_bytes %zu\n", progress.attempts().size(), items, xml.size());
    // The most attempts of this mix whose save still reads back (the XML reader's limits).
    int good = 0, bad = 200000;
    while (bad - good > 100) {
        const int mid = (good + bad) / 2;
        Progress back;
        std::string problem;
        (progressFromXml(progressToXml(history(mid)), back, problem) ? good : bad) = mid;
    }
    std::printf("readable_attempts_max %d\n", good);
    return 0;
}
