// bench_launch: starts a program and measures it from outside, for bench/run.
//
//   bench_launch [--out FILE] [--repeat N] -- CMD ARGS...
//       runs CMD to its end (N times): wall time, peak resident memory (wait4's ru_maxrss), exit code
//   bench_launch --startup LOG [--out FILE] [--rss-after S] [--cpu-over S] -- CMD ARGS...
//       starts CMD, waits for the "first-display monotonic=NS" line that FrameStats writes to LOG,
//       then S seconds later reads its memory, measures its CPU time over the next S seconds,
//       and stops it with SIGTERM.
//
// Prints "key value" lines. Times from CLOCK_MONOTONIC, the clock FrameStats writes.
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

void sleepMs(long ms)
{
    timespec ts{ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "bench_launch: %s\n", message.c_str());
    std::exit(2);
}

pid_t start(const std::vector<char*>& command, const std::string& out)
{
    const pid_t pid = fork();
    if (pid < 0)
        die("fork failed");
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // never outlive the bench
        if (!out.empty()) {
            const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
            if (fd >= 0) {
                dup2(fd, 1);
                dup2(fd, 2);
            }
        }
        execvp(command[0], command.data());
        std::fprintf(stderr, "bench_launch: cannot run %s: %s\n", command[0], std::strerror(errno));
        _exit(127);
    }
    return pid;
}

// A field of /proc/PID/status in kB ("VmRSS"), or -1.
long statusKb(pid_t pid, const char* field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            return std::strtol(line.c_str() + prefix.size(), nullptr, 10);
    return -1;
}

// utime + stime of all threads, in clock ticks (/proc/PID/stat fields 14 and 15).
long long cpuTicks(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = all.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream rest(all.substr(close + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14)
            utime = std::atoll(field.c_str());
        if (i == 15)
            stime = std::atoll(field.c_str());
    }
    return utime + stime;
}

// Time on a CPU of all threads in ns (/proc/PID/task/*/schedstat): finer than the ticks.
long long cpuNs(pid_t pid)
{
    const std::string dir = "/proc/" + std::to_string(pid) + "/task";
    DIR* d = opendir(dir.c_str());
    if (!d)
        return -1;
    long long sum = 0;
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        std::ifstream in(dir + "/" + e->d_name + "/schedstat");
        long long ns = 0;
        if (in >> ns)
            sum += ns;
    }
    closedir(d);
    return sum;
}

// The NS of "first-display monotonic=NS" in the log, or 0 while it is not there.
long long firstDisplay(const std::string& log)
{
    std::ifstream in(log);
    std::string line;
    while (std::getline(in, line)) {
        const auto at = line.find("first-display monotonic=");
        if (at != std::string::npos)
            return std::atoll(line.c_str() + at + 24);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::string out, startupLog;
    int repeat = 1;
    double rssAfter = 3.0, cpuOver = 10.0;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                die(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--") {
            ++i;
            break;
        } else if (arg == "--out")
            out = next();
        else if (arg == "--repeat")
            repeat = std::max(1, std::atoi(next().c_str()));
        else if (arg == "--startup")
            startupLog = next();
        else if (arg == "--rss-after")
            rssAfter = std::atof(next().c_str());
        else if (arg == "--cpu-over")
            cpuOver = std::atof(next().c_str());
        else
            die("unknown option " + arg);
    }
    if (i >= argc)
        die("no command given (after --)");
    ::signal(SIGPIPE, SIG_IGN); // a closed stdout must not keep us from stopping the program
    std::vector<char*> command(argv + i, argv + argc);
    command.push_back(nullptr);

    if (startupLog.empty()) {
        std::vector<double> walls;
        long maxRss = 0;
        int code = 0;
        for (int n = 0; n < repeat; ++n) {
            const long long t0 = monotonicNs();
            const pid_t pid = start(command, out);
            int status = 0;
            rusage usage{};
            wait4(pid, &status, 0, &usage);
            walls.push_back(static_cast<double>(monotonicNs() - t0) / 1e6);
            maxRss = std::max(maxRss, usage.ru_maxrss);
            code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        std::vector<double> sorted = walls;
        std::sort(sorted.begin(), sorted.end());
        std::printf("runs %d\nwall_ms_min %.2f\nwall_ms_median %.2f\nwall_ms_max %.2f\nmax_rss_kb %ld\nexit %d\n", repeat,
                    sorted.front(), sorted[sorted.size() / 2], sorted.back(), maxRss, code);
        return 0;
    }

    ::unlink(startupLog.c_str());
    const long long t0 = monotonicNs();
    const pid_t pid = start(command, out);
    long long shown = 0;
    for (int waited = 0; waited < 60000 && !shown; ++waited) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid)
            die(std::string(command[0]) + " ended before its first frame");
        shown = firstDisplay(startupLog);
        if (!shown)
            sleepMs(1);
    }
    if (!shown) {
        kill(pid, SIGKILL);
        die("no first frame within 60 s");
    }
    std::printf("first_paint_ms %.2f\n", static_cast<double>(shown - t0) / 1e6);
    sleepMs(static_cast<long>(rssAfter * 1000));
    std::printf("rss_kb %ld\nrss_anon_kb %ld\nrss_file_kb %ld\nhwm_kb %ld\n", statusKb(pid, "VmRSS"),
                statusKb(pid, "RssAnon"), statusKb(pid, "RssFile"), statusKb(pid, "VmHWM"));
    const long long ticks0 = cpuTicks(pid), ns0 = cpuNs(pid), w0 = monotonicNs();
    sleepMs(static_cast<long>(cpuOver * 1000));
    const long long ticks1 = cpuTicks(pid), ns1 = cpuNs(pid), w1 = monotonicNs();
    const double wall = static_cast<double>(w1 - w0) / 1e9;
    std::printf("cpu_ticks %lld\ncpu_percent %.3f\ncpu_percent_schedstat %.3f\n", ticks1 - ticks0,
                100.0 * static_cast<double>(ticks1 - ticks0) / static_cast<double>(sysconf(_SC_CLK_TCK)) / wall,
                100.0 * static_cast<double>(ns1 - ns0) / 1e9 / wall);
    std::printf("hwm_end_kb %ld\n", statusKb(pid, "VmHWM"));
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    return 0;
}
