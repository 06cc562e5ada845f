// save_crasher FOLDER FIRST: opens the history in FOLDER through the game's save thread
// (HistoryWorker, profile "kill"), prints "loaded", then gives answers FIRST, FIRST+1, ... one at
// a time, printing "committed N" once answer N's commit has returned, until it is killed; every
// ten answers it also finishes its attempt and begins another. The SIGKILL test kills it at
// random moments, checks the database and starts it again with the next number.
// Its clock runs two days ahead, so that every start also makes the daily backup, which the kills
// then interrupt too.
// Exit codes: 2 usage, 3 the history opened with a notice or was found damaged and replaced, 5 a
// write failed.
#include "CrashAnswers.h"

#include "io/history/HistoryWorker.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <string>

namespace {

void say(const std::string& line)
{
    const std::string text = line + "\n";
    // One write per line, unbuffered: a kill never leaves half a line or a line not yet sent.
    if (::write(STDOUT_FILENO, text.data(), text.size()) < 0)
        ::_exit(6);
}

bool writesOk(acq::HistoryWorker& worker)
{
    bool ok = true;
    for (const acq::WriteOutcome& outcome : worker.takeOutcomes())
        if (!outcome.ok) {
            std::fprintf(stderr, "save_crasher: a write failed: %s\n", outcome.problem.c_str());
            ok = false;
        }
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: save_crasher FOLDER FIRST\n");
        return 2;
    }
    const long first = std::stol(argv[2]);
    acq::HistoryWorker worker(argv[1], acq::crash::kProfile,
                              [] { return static_cast<std::int64_t>(std::time(nullptr)) + 2 * 86400; });
    const auto loaded = worker.waitLoaded();
    if (!loaded || !loaded->kept || !loaded->notice.empty()) {
        std::fprintf(stderr, "save_crasher: the history opened with a notice: %s\n",
                     loaded ? loaded->notice.c_str() : "(none loaded)");
        return 3;
    }
    say("loaded");
    std::uint64_t attempt = 1;
    worker.begin(attempt, acq::crash::attemptHeader(first));
    for (long n = first;; ++n) {
        worker.answer(attempt, acq::crash::answer(n), acq::crash::answeredAt(n));
        worker.waitIdle();
        if (!writesOk(worker))
            return 5;
        if (const auto reloaded = worker.takeReloaded()) {
            // The save thread's quick_check found the file damaged and replaced it.
            std::fprintf(stderr, "save_crasher: the history was replaced: %s\n", reloaded->notice.c_str());
            return 3;
        }
        say("committed " + std::to_string(n));
        if (n % 10 == 0) {
            worker.finish(attempt, acq::crash::attemptTotals(n), acq::crash::answeredAt(n));
            worker.begin(++attempt, acq::crash::attemptHeader(n + 1));
        }
    }
}
