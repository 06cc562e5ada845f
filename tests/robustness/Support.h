// Helpers for the robustness tests: running the game binary, folders, and tests that need
// privileges this machine may lack.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace acq::robust {

// A fresh folder under the system temp folder, canonical, removed with its content at the end.
class Scratch {
public:
    Scratch();
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

struct Run {
    int exitCode = -1; // 128 + signal when killed
    std::string out;
    std::string err;
    double seconds = 0.0;   // wall time
    long peakKilobytes = 0; // the largest resident size of the command and what it ran
};

// Runs `command` with /bin/sh in `cwd`, capturing stdout and stderr.
Run shell(const std::string& command, const std::filesystem::path& cwd);
// Single quotes for the shell.
std::string quoted(const std::string& text);
std::string gameBinary();

std::string readFile(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, const std::string& bytes);
std::vector<std::string> lines(const std::string& text);
std::size_t count(const std::string& text, const std::string& part);

// What this machine lets a test do. Root in CI: permission bits do not stop root, so unreadable
// and read-only cases run as an unprivileged user (setpriv) or in a private mount namespace.
bool isRoot();
bool canUnshareMounts(); // unshare -m, with mount --bind inside
bool canDropToNobody();  // root with setpriv: run a command as an unprivileged user
// The prefix that runs a shell command as user nobody (empty when not root).
std::string asNobody();

// Every row `sql` gives on the SQLite database `file`, each column as text ("NULL" for null, a
// real with all its digits, as printf's %.17g).
// The connection does not checkpoint as it closes, so a -wal left by a killed process stays for
// the next one to find. Throws (a test failure) when the database cannot be opened or read.
std::vector<std::vector<std::string>> query(const std::filesystem::path& file, const std::string& sql);
// The one value of a one-row, one-column query.
std::string queryValue(const std::filesystem::path& file, const std::string& sql);
// PRAGMA integrity_check's lines joined: "ok" when the file is sound.
std::string integrity(const std::filesystem::path& file);

// Reports the test as skipped (CTest's SKIP_RETURN_CODE 77) when `have` is false, except under
// CI=true, where it fails: CI must run every test the machine can run.
void requireCapability(bool have, const std::string& what);

} // namespace acq::robust

namespace acq::robust {

// Watches a folder and the files in it for any open, read, write or creation, through any path
// (inotify reports on the file itself, so a symlink or ../ leading here is seen too).
class AccessWatch {
public:
    explicit AccessWatch(const std::filesystem::path& folder);
    ~AccessWatch();
    AccessWatch(const AccessWatch&) = delete;
    AccessWatch& operator=(const AccessWatch&) = delete;
    // The names touched since the watch began ("secret.svg opened", ...); empty when none.
    std::vector<std::string> touched();

private:
    int m_fd = -1;
};

} // namespace acq::robust
