// Saves killed with SIGKILL at random moments, many times over: every restart must load a valid
// save holding every attempt completed before the last successful save.
#include "Support.h"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

using namespace acq::robust;
namespace fs = std::filesystem;

namespace {

struct Victim {
    pid_t pid = -1;
    int out = -1; // read end of its stdout
};

Victim start(const fs::path& folder)
{
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::execl(ACUQUEST_SAVE_CRASHER, "save_crasher", folder.c_str(), static_cast<char*>(nullptr));
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

// The first line the victim prints (it has loaded), read byte by byte so nothing after it is
// taken; empty if it ended first.
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

// The number after the last "saved " line, or `none`.
int lastSaved(const std::string& text, int none)
{
    int last = none;
    for (const std::string& line : lines(text))
        if (line.rfind("saved ", 0) == 0)
            last = std::stoi(line.substr(6));
    return last;
}

int loadedCount(const std::string& text)
{
    const std::vector<std::string> all = lines(text);
    REQUIRE_FALSE(all.empty());
    REQUIRE(all.front().rfind("loaded ", 0) == 0);
    return std::stoi(all.front().substr(7));
}

bool tempFilesIn(const fs::path& folder)
{
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("[robustness] saves killed at random moments never lose a completed save")
{
    Scratch scratch;
    const fs::path folder = scratch.path() / "profile";
    std::mt19937 random(20240501u);
    std::uniform_int_distribution<int> delayMicros(0, 30000);
    constexpr int kKills = 150;
    int saved = 0;         // the last attempt a victim said was saved
    int killedMidSave = 0; // kills that left a temporary file behind: the save was in progress
    for (int round = 0; round < kKills; ++round) {
        INFO("round " << round << ", last saved attempt " << saved);
        Victim victim = start(folder);
        // Killed at a random moment after its load (a sanitized build starts slowly), while it
        // adds attempts and saves.
        const std::string first = firstLine(victim.out);
        std::this_thread::sleep_for(std::chrono::microseconds(delayMicros(random)));
        ::kill(victim.pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(victim.pid, &status, 0) == victim.pid);
        const std::string said = first + drain(victim.out);
        if (WIFEXITED(status)) {
            // It ended by itself before the kill: only a failure can do that.
            FAIL("save_crasher exited with " << WEXITSTATUS(status) << " after: " << said);
        }
        const int loaded = loadedCount(said);
        // The last save it reported is on disk; one more may be, if the kill came between the
        // rename and the report.
        CHECK(loaded >= saved);
        CHECK(loaded <= saved + 1);
        saved = lastSaved(said, loaded);
        if (fs::exists(folder) && tempFilesIn(folder))
            ++killedMidSave;
    }
    MESSAGE(kKills << " kills, " << killedMidSave << " in the middle of a save, " << saved << " attempts saved");
    CHECK(killedMidSave > 0);
    CHECK(saved > 0);

    // A last run that is not killed: it loads everything and leaves no temporary file behind.
    Victim last = start(folder);
    const std::string first = firstLine(last.out);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::kill(last.pid, SIGKILL);
    ::waitpid(last.pid, nullptr, 0);
    const std::string said = first + drain(last.out);
    CHECK(loadedCount(said) >= saved);
    CHECK(count(said, "\n") >= 2);
}

TEST_CASE("[robustness] temporary files of killed saves are cleared at the next load")
{
    Scratch scratch;
    const fs::path folder = scratch.path() / "profile";
    fs::create_directories(folder);
    // Left by processes that no longer run (pid 999999999 cannot exist: above pid_max).
    writeFile(folder / "progress.xml.tmp-999999999", "<acuquest-progress format=\"1\">");
    writeFile(folder / "progress.xml.bak.tmp-999999999", "<acuquest-");
    // Not ours: other names are never touched.
    writeFile(folder / "progress.xml.tmp-notes", "mine");
    Victim victim = start(folder);
    const std::string first = firstLine(victim.out);
    ::kill(victim.pid, SIGKILL);
    ::waitpid(victim.pid, nullptr, 0);
    CHECK(loadedCount(first + drain(victim.out)) == 0);
    CHECK_FALSE(fs::exists(folder / "progress.xml.tmp-999999999"));
    CHECK_FALSE(fs::exists(folder / "progress.xml.bak.tmp-999999999"));
    CHECK(readFile(folder / "progress.xml.tmp-notes") == "mine");
}
