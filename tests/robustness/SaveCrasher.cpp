// save_crasher FOLDER: loads the save in FOLDER, checks every attempt in it, prints
// "loaded N", then adds attempts and saves after each, printing "saved N" once a save is done,
// until it is killed. The SIGKILL test kills it at random moments and starts it again.
// Exit codes: 3 the load gave a notice (a damaged or missing save), 4 an attempt is wrong,
// 5 a save failed.
#include "io/ProgressStore.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace {

void say(const std::string& line)
{
    const std::string text = line + "\n";
    // One write per line, unbuffered: a kill never leaves half a line or a line not yet sent.
    if (::write(STDOUT_FILENO, text.data(), text.size()) < 0)
        ::_exit(6);
}

// Attempt n (from 1) as the crasher makes it: every field follows from n.
acq::Attempt attempt(int n)
{
    acq::Attempt a;
    a.levelId = "kill-test";
    a.startedAt = "attempt-" + std::to_string(n);
    a.seconds = n * 0.5;
    a.score = n;
    a.maxScore = 3.0 * n;
    a.completed = n % 2 == 0;
    for (int k = 0; k < 3; ++k) {
        acq::ItemResult item;
        item.id = "item-" + std::to_string(k);
        item.points = n + k / 4.0;
        item.maxPoints = n;
        item.correct = k == 1;
        item.distanceCun = k * 0.1;
        item.click = acq::Vec2{n * 1.0, k * -1.0};
        a.items.push_back(item);
    }
    return a;
}

bool same(const acq::Attempt& x, const acq::Attempt& y)
{
    if (x.levelId != y.levelId || x.startedAt != y.startedAt || x.seconds != y.seconds || x.score != y.score ||
        x.maxScore != y.maxScore || x.completed != y.completed || x.items.size() != y.items.size())
        return false;
    for (std::size_t k = 0; k < x.items.size(); ++k) {
        const acq::ItemResult& p = x.items[k];
        const acq::ItemResult& q = y.items[k];
        if (p.id != q.id || p.points != q.points || p.maxPoints != q.maxPoints || p.correct != q.correct ||
            p.distanceCun != q.distanceCun || !p.click || !q.click || !(*p.click == *q.click))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: save_crasher FOLDER\n");
        return 2;
    }
    acq::ProgressStore store(argv[1]);
    acq::LoadOutcome loaded = store.load();
    if (!loaded.notice.empty()) {
        std::fprintf(stderr, "notice: %s\n", loaded.notice.c_str());
        return 3;
    }
    acq::Progress progress = std::move(loaded.progress);
    const auto& attempts = progress.attempts();
    for (std::size_t i = 0; i < attempts.size(); ++i)
        if (!same(attempts[i], attempt(static_cast<int>(i) + 1))) {
            std::fprintf(stderr, "attempt %zu is not the one saved\n", i + 1);
            return 4;
        }
    say("loaded " + std::to_string(attempts.size()));
    for (int n = static_cast<int>(attempts.size()) + 1;; ++n) {
        progress.add(attempt(n));
        const acq::SaveOutcome saved = store.save(progress);
        if (!saved.ok) {
            std::fprintf(stderr, "save failed: %s\n", saved.problem.c_str());
            return 5;
        }
        say("saved " + std::to_string(n));
    }
}
