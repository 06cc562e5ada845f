// The history killed with SIGKILL at random moments while answers are committed, many times over
// (save_crasher, through the game's save thread): after each kill the database passes
// PRAGMA integrity_check and holds every answer acknowledged before the kill, exactly as given.
#include "CrashAnswers.h"
#include "Support.h"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <thread>

using namespace acq::robust;
namespace fs = std::filesystem;
namespace crash = acq::crash;

namespace {

struct Victim {
    pid_t pid = -1;
    int out = -1; // read end of its stdout
};

Victim start(const fs::path& folder, long first)
{
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    const std::string firstText = std::to_string(first);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::execl(ACUQUEST_SAVE_CRASHER, "save_crasher", folder.c_str(), firstText.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

// Everything the victim printed until it ended (its stdout closes when it dies).
std::string drain(int fd)
{
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return text;
}

// The first line the victim prints ("loaded": its history is open), read byte by byte so
// nothing after it is taken; what there was if it ended first.
std::string firstLine(int fd)
{
    std::string line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return line;
        line += c;
        if (c == '\n')
            return line;
    }
}

// Lines the victim prints up to and including the first that starts with `prefix`, read byte by
// byte so nothing after it is taken; what there was if it ended first. Fails the test if no such
// line comes within `seconds` (a victim that makes no progress).
std::string readThrough(int fd, const std::string& prefix, double seconds)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    std::string text;
    std::size_t lineStart = 0;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        struct pollfd ready {fd, POLLIN, 0};
        const int n = ::poll(&ready, 1, static_cast<int>(std::max<long>(0, left.count())));
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            FAIL("no line \"" << prefix << "\" within " << seconds << " s; so far: " << text);
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return text;
        text += c;
        if (c == '\n') {
            if (text.compare(lineStart, prefix.size(), prefix) == 0)
                return text;
            lineStart = text.size();
        }
    }
}

// The number of the last "committed N" line, or `none`.
long lastCommitted(const std::string& text, long none)
{
    long last = none;
    for (const std::string& line : lines(text))
        if (line.rfind("committed ", 0) == 0)
            last = std::stol(line.substr(10));
    return last;
}

std::string num(double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

// An answer row as query() gives it: what save_crasher's answer n must look like in the database.
std::vector<std::string> expectedRow(long n)
{
    const acq::ItemResult item = crash::answer(n);
    return {item.id,
            crash::answeredAt(n),
            num(item.points),
            num(item.maxPoints),
            item.correct ? "1" : "0",
            item.distanceCun ? num(*item.distanceCun) : "NULL",
            item.click ? num(item.click->x) : "NULL",
            item.click ? num(item.click->y) : "NULL",
            item.hinted ? (*item.hinted ? "1" : "0") : "NULL",
            item.skipped ? "1" : "0",
            std::to_string(item.mistakes),
            crash::kLevel,
            "placement",
            crash::kProfile};
}

// The answers in `db`, oldest first, columns as expectedRow's.
const char* const kAnswersSql =
    "SELECT n.item, n.answered_at, n.points, n.max_points, n.correct, n.distance_cun, n.map_x, n.map_y, n.hint, "
    "n.skipped, n.mistakes, a.level, a.kind, p.name "
    "FROM answers n JOIN attempts a ON a.id = n.attempt_id JOIN profiles p ON p.id = a.profile_id ORDER BY n.id";

// Checks the database as a kill left it: sound, its answers numbered 1..M in order with nothing
// missing, doubled or altered, its level summary agreeing with its attempts. Returns M.
long checkHistory(const fs::path& db)
{
    REQUIRE(fs::exists(db));
    REQUIRE(integrity(db) == "ok");
    CHECK(query(db, "PRAGMA foreign_key_check").empty());
    const auto rows = query(db, kAnswersSql);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const long n = static_cast<long>(i) + 1;
        if (rows[i] != expectedRow(n)) {
            std::string got;
            for (const std::string& v : rows[i])
                got += v + "|";
            FAIL_CHECK("answer " << n << " is stored as " << got);
            break;
        }
    }
    // The summary the menu reads is recomputed in the same transaction as the attempts it sums.
    const auto stats = query(db, "SELECT s.attempts, COALESCE(s.best_score, 'none') FROM level_stats s "
                                 "JOIN profiles p ON p.id = s.profile_id WHERE p.name = 'kill'");
    const auto actual = query(db, "SELECT COUNT(*), COALESCE((SELECT MAX(score) FROM attempts WHERE completed = 1), "
                                  "'none') FROM attempts");
    if (actual[0][0] != "0") {
        REQUIRE(stats.size() == 1);
        CHECK(stats[0] == actual[0]);
    }
    return static_cast<long>(rows.size());
}

} // namespace

TEST_CASE("[robustness] the history killed at random moments keeps every committed answer")
{
    Scratch scratch;
    const fs::path folder = scratch.path() / "data";
    const fs::path db = folder / "history.sqlite";
    std::mt19937 random(20240501u);
    std::uniform_int_distribution<int> delayMicros(0, 40000);
    std::uniform_int_distribution<int> earlyMicros(0, 8000);
    constexpr int kKills = 150;
    long acknowledged = 0;  // the last answer a victim said was committed
    long stored = 0;        // answers in the database after the last kill
    int killedInCommit = 0; // kills between a commit and its acknowledgement
    int killedInOpen = 0;   // kills before the history was open
    int killedInBackup = 0; // kills that left an unfinished backup
    const auto began = std::chrono::steady_clock::now();
    for (int round = 0; round < kKills; ++round) {
        INFO("round " << round << ", last acknowledged answer " << acknowledged << ", " << stored << " stored");
        Victim victim = start(folder, stored + 1);
        std::string said;
        if (round % 5 == 4) {
            // Now and then while it opens: migration, the import scan, the check, the backup.
            std::this_thread::sleep_for(std::chrono::microseconds(earlyMicros(random)));
        } else if (round % 5 == 3) {
            // Right after it opened: its first answers, waiting behind the check and the backup.
            said = firstLine(victim.out);
            std::this_thread::sleep_for(std::chrono::microseconds(delayMicros(random)));
        } else {
            // Once it commits, however loaded the machine: the history grows every round.
            said = readThrough(victim.out, "committed ", 20.0);
            std::this_thread::sleep_for(std::chrono::microseconds(delayMicros(random)));
        }
        ::kill(victim.pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(victim.pid, &status, 0) == victim.pid);
        said += drain(victim.out);
        // Only a failure ends it before the kill (a notice at open, a failed write).
        if (WIFEXITED(status))
            FAIL("save_crasher exited with " << WEXITSTATUS(status) << " after: " << said);
        if (said.find("loaded") == std::string::npos)
            ++killedInOpen;
        acknowledged = lastCommitted(said, acknowledged);
        if (fs::exists(folder / "history.sqlite.backup.tmp"))
            ++killedInBackup;
        if (!fs::exists(db)) {
            CHECK(acknowledged == 0);
            continue;
        }
        const long now = checkHistory(db);
        // Every acknowledged answer is there; beyond them at most the one being committed.
        CHECK(now >= acknowledged);
        CHECK(now <= std::max(acknowledged, stored) + 1);
        killedInCommit += now > acknowledged;
        stored = now;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    MESSAGE(kKills << " kills in " << seconds << " s: " << stored << " answers stored, " << killedInCommit
                   << " kills after a commit and before its acknowledgement, " << killedInOpen << " while opening, "
                   << killedInBackup << " in the middle of a backup");
    CHECK(acknowledged >= kKills * 3 / 5);
    CHECK(killedInOpen > 0);

    // A last run, not killed mid-way: it opens what the kills left without a notice (the crasher
    // exits 3 otherwise) and goes on from there.
    Victim last = start(folder, stored + 1);
    const std::string first = firstLine(last.out);
    // Killed once it has acknowledged a commit: on a loaded machine the first one waits behind
    // the check of the whole file and can take well over 100 ms, so no fixed wait will do.
    std::string afterFirst;
    for (int i = 0; i < 200 && afterFirst.find("committed ") == std::string::npos; ++i) {
        const std::string line = firstLine(last.out);
        if (line.empty())
            break;
        afterFirst += line;
    }
    ::kill(last.pid, SIGKILL);
    int status = 0;
    ::waitpid(last.pid, &status, 0);
    const std::string said = first + afterFirst + drain(last.out);
    CHECK_FALSE(WIFEXITED(status));
    CHECK(first == "loaded\n");
    CHECK(lastCommitted(said, 0) > stored);
    CHECK(checkHistory(db) >= lastCommitted(said, 0));

    // The daily backup, made while the answers were committed and interrupted by kills, is a
    // sound database holding answers 1..K exactly as given.
    const fs::path backup = folder / "history.sqlite.backup";
    REQUIRE(fs::exists(backup));
    CHECK(checkHistory(backup) > 0);
}
