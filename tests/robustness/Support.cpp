#include "Support.h"

#include "../io/TempDir.h"

#include <doctest/doctest.h>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace acq::robust {

Scratch::Scratch()
{
    std::string pattern = (fs::temp_directory_path() / "acuquest-robust-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = fs::canonical(pattern);
    // Tests that run a command as user nobody need to reach their files.
    fs::permissions(m_path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec);
}

Scratch::~Scratch()
{
    std::error_code ec;
    // Anything left read-only or mode 000 by a test must not stop the clean-up.
    for (auto it = fs::recursive_directory_iterator(m_path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (!it->is_symlink(ec))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_path, ec);
}

std::string quoted(const std::string& text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

namespace {

// The folder holding a copy of the game for user nobody, removed when the test program ends.
fs::path g_binaryCopyFolder;
void removeBinaryCopy()
{
    std::error_code ec;
    if (!g_binaryCopyFolder.empty())
        fs::remove_all(g_binaryCopyFolder, ec);
}

} // namespace

std::string gameBinary()
{
    // Tests run the game as user nobody (asNobody). A clone in a private folder (root's home,
    // a mkdtemp folder) keeps nobody from the build's binary: those runs get a copy in a folder
    // anyone may enter. The game finds no data through the clone then, so those tests give it
    // their own (ACUQUEST_DATA_DIR).
    static const std::string binary = [] {
        const std::string built = ACUQUEST_BINARY;
        if (!isRoot() || std::system((asNobody() + "test -x " + quoted(built) + " >/dev/null 2>&1").c_str()) == 0)
            return built;
        std::string pattern = (fs::temp_directory_path() / "acuquest-robust-bin-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            return built;
        g_binaryCopyFolder = pattern;
        std::atexit(removeBinaryCopy);
        const fs::path copy = g_binaryCopyFolder / "acuquest";
        const auto readAndRun = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                fs::perms::others_read | fs::perms::others_exec;
        std::error_code copied, folderOpened, copyOpened;
        fs::copy_file(built, copy, copied);
        fs::permissions(g_binaryCopyFolder, readAndRun, folderOpened);
        fs::permissions(copy, readAndRun, copyOpened);
        return copied || folderOpened || copyOpened ? built : copy.string();
    }();
    return binary;
}

std::string readFile(const fs::path& file) { return acq::test::TempDir::read(file); }

void writeFile(const fs::path& file, const std::string& bytes)
{
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

Run shell(const std::string& command, const fs::path& cwd)
{
    static std::atomic<int> counter = 0; // tests may run two games at once
    const std::string stem = "acuquest-run-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
    const fs::path out = fs::temp_directory_path() / (stem + ".out");
    const fs::path err = fs::temp_directory_path() / (stem + ".err");
    const std::string full = "cd " + quoted(cwd.string()) + " && { " + command + " ; } >" + quoted(out.string()) +
                             " 2>" + quoted(err.string()) + " </dev/null";
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::execl("/bin/sh", "sh", "-c", full.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR)
            throw std::runtime_error("wait4 failed");
    Run run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakKilobytes = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = readFile(out);
    run.err = readFile(err);
    std::error_code ec;
    fs::remove(out, ec);
    fs::remove(err, ec);
    return run;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::size_t count(const std::string& text, const std::string& part)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++n;
    return n;
}

std::vector<std::vector<std::string>> query(const fs::path& file, const std::string& sql)
{
    if (!fs::is_regular_file(file))
        throw std::runtime_error("no database " + file.string());
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + file.string() + ": " + why);
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_busy_timeout(db, 10000);
    std::vector<std::vector<std::string>> rows;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        if ((rc = sqlite3_step(stmt)) != SQLITE_ROW)
            break;
        std::vector<std::string>& row = rows.emplace_back();
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_FLOAT) {
                // Every digit: SQLite's own text of a real has 15 and would hide a rounding.
                char digits[64];
                std::snprintf(digits, sizeof digits, "%.17g", sqlite3_column_double(stmt, c));
                row.push_back(digits);
                continue;
            }
            const auto* text = sqlite3_column_text(stmt, c);
            row.push_back(text ? reinterpret_cast<const char*>(text) : "NULL");
        }
    }
    const std::string why = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (rc != SQLITE_DONE)
        throw std::runtime_error(file.string() + ": " + sql + ": " + why);
    return rows;
}

std::string queryValue(const fs::path& file, const std::string& sql)
{
    const auto rows = query(file, sql);
    if (rows.size() != 1 || rows[0].size() != 1)
        throw std::runtime_error(file.string() + ": " + sql + ": not one value");
    return rows[0][0];
}

std::string integrity(const fs::path& file)
{
    std::string out;
    for (const auto& row : query(file, "PRAGMA integrity_check"))
        out += (out.empty() ? "" : "\n") + row.at(0);
    return out;
}

bool isRoot() { return ::geteuid() == 0; }

bool canUnshareMounts()
{
    static const bool can =
        std::system("unshare -m sh -c 'mount --make-rprivate / && mount --bind /tmp /tmp' >/dev/null 2>&1") == 0;
    return can;
}

bool canDropToNobody()
{
    static const bool can = isRoot() && std::system((asNobody() + "true >/dev/null 2>&1").c_str()) == 0;
    return can;
}

std::string asNobody() { return isRoot() ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""; }

void requireCapability(bool have, const std::string& what)
{
    if (have)
        return;
    const char* ci = std::getenv("CI");
    if (ci && std::string(ci) == "true")
        FAIL("this machine cannot " << what << ", and under CI=true that is a failure, not a skip");
    std::cerr << "skipped: this machine cannot " << what << "\n";
    std::exit(77);
}

} // namespace acq::robust

#include <sys/inotify.h>

namespace acq::robust {

AccessWatch::AccessWatch(const fs::path& folder)
{
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0)
        throw std::runtime_error("inotify_init1 failed");
    const std::uint32_t mask = IN_OPEN | IN_ACCESS | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                               IN_ATTRIB;
    if (::inotify_add_watch(m_fd, folder.c_str(), mask) < 0)
        throw std::runtime_error("inotify_add_watch failed");
}

AccessWatch::~AccessWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::vector<std::string> AccessWatch::touched()
{
    std::vector<std::string> out;
    alignas(inotify_event) char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            std::string name = event->len > 0 ? std::string(event->name) : std::string(".");
            if (event->mask & IN_OPEN)
                out.push_back(name + " opened");
            if (event->mask & IN_ACCESS)
                out.push_back(name + " read");
            if (event->mask & (IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB))
                out.push_back(name + " changed");
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
        }
    }
    return out;
}

} // namespace acq::robust
