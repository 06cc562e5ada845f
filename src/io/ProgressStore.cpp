#include "io/ProgressStore.h"

#include "io/Numbers.h"
#include "io/XmlFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <tinyxml2.h>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr const char* kRoot = "acuquest-progress";
constexpr int kFormat = 1;
// More damaged saves than this kept aside means something keeps breaking them: stop renaming.
constexpr int kMaxKeptAside = 1000;

std::string number(double value)
{
    char buffer[64];
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest exact form
    return ec == std::errc() ? std::string(buffer, ptr) : std::string("0");
}

std::string errnoText() { return std::strerror(errno); }

// Reads an attribute, recording the first problem only (the file is rejected as a whole).
class Attrs {
public:
    Attrs(const tinyxml2::XMLElement& el, std::string& problem) : m_el(el), m_problem(problem) {}

    std::optional<std::string> text(const char* name, bool required)
    {
        const char* value = m_el.Attribute(name);
        if (!value && required)
            fail(name, "is missing");
        return value ? std::optional<std::string>(value) : std::nullopt;
    }
    std::optional<double> real(const char* name, bool required)
    {
        const auto raw = text(name, required);
        if (!raw)
            return std::nullopt;
        const auto value = parseNumber(*raw);
        if (!value)
            fail(name, "is not a number");
        return value;
    }
    std::optional<int> integer(const char* name, bool required)
    {
        const auto raw = text(name, required);
        if (!raw)
            return std::nullopt;
        const auto value = parseInteger(*raw);
        if (!value)
            fail(name, "is not a whole number");
        return value;
    }
    std::optional<bool> flag(const char* name, bool required)
    {
        const auto raw = text(name, required);
        if (!raw)
            return std::nullopt;
        if (*raw == "true")
            return true;
        if (*raw == "false")
            return false;
        fail(name, "is not true or false");
        return std::nullopt;
    }

private:
    void fail(const char* name, const char* what)
    {
        if (m_problem.empty())
            m_problem = "line " + std::to_string(m_el.GetLineNum()) + ": <" + m_el.Name() + "> attribute \"" + name +
                        "\" " + what;
    }
    const tinyxml2::XMLElement& m_el;
    std::string& m_problem;
};

// Reads a whole file of at most kMaxXmlFileBytes. False with a reason when it cannot.
bool readFile(const fs::path& path, std::string& bytes, std::string& problem)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        problem = errnoText();
        return false;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        problem = "not a regular file";
        ::close(fd);
        return false;
    }
    bytes.clear();
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            problem = errnoText();
            ::close(fd);
            return false;
        }
        if (got == 0)
            break;
        bytes.append(buffer, static_cast<std::size_t>(got));
        if (bytes.size() > kMaxXmlFileBytes) {
            problem = "file is too large";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    return true;
}

// Whether `path` holds a save this version can read.
bool readSave(const fs::path& path, Progress& out, std::string& problem)
{
    std::string bytes;
    if (!readFile(path, bytes, problem))
        return false;
    return progressFromXml(bytes, out, problem);
}

// Writes `bytes` to a new file and fsyncs it. On failure the file is removed.
bool writeFileSynced(const fs::path& path, const std::string& bytes, std::string& problem)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        problem = "cannot create " + path.string() + ": " + errnoText();
        return false;
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            problem = "cannot write " + path.string() + ": " + (n < 0 ? errnoText() : std::string("no space written"));
            ::close(fd);
            ::unlink(path.c_str());
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        problem = "cannot flush " + path.string() + " to disk: " + errnoText();
        ::close(fd);
        ::unlink(path.c_str());
        return false;
    }
    if (::close(fd) != 0) {
        problem = "cannot close " + path.string() + ": " + errnoText();
        ::unlink(path.c_str());
        return false;
    }
    return true;
}

void syncFolder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool occupied(const fs::path& path)
{
    std::error_code ec;
    return fs::symlink_status(path, ec).type() != fs::file_type::not_found || (ec && ec != std::errc::no_such_file_or_directory);
}

// Renames `path` to `path`.corrupt-N with the first free N, never replacing anything.
// Returns the new name, or empty with a reason.
std::string setAside(const fs::path& path, std::string& problem)
{
    for (int n = 1; n < kMaxKeptAside; ++n) {
        fs::path target = path;
        target += ".corrupt-" + std::to_string(n);
        if (occupied(target))
            continue;
        if (::renameat2(AT_FDCWD, path.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
            syncFolder(path.parent_path());
            return target.filename().string();
        }
        if (errno == EEXIST)
            continue; // taken between the check and the rename
        if (errno == EINVAL || errno == ENOSYS) {
            // The file system cannot refuse to replace: the check above must do.
            if (::rename(path.c_str(), target.c_str()) == 0) {
                syncFolder(path.parent_path());
                return target.filename().string();
            }
        }
        problem = errnoText();
        return {};
    }
    problem = "too many damaged saves are kept already";
    return {};
}

} // namespace

std::string progressToXml(const Progress& progress)
{
    tinyxml2::XMLPrinter printer(nullptr, false);
    printer.PushHeader(false, true);
    printer.OpenElement(kRoot);
    printer.PushAttribute("format", kFormat);
    for (const Attempt& a : progress.attempts()) {
        printer.OpenElement("attempt");
        printer.PushAttribute("level", a.levelId.c_str());
        printer.PushAttribute("started", a.startedAt.c_str());
        printer.PushAttribute("seconds", number(a.seconds).c_str());
        printer.PushAttribute("score", number(a.score).c_str());
        printer.PushAttribute("max", number(a.maxScore).c_str());
        printer.PushAttribute("completed", a.completed ? "true" : "false");
        for (const ItemResult& item : a.items) {
            printer.OpenElement("item");
            printer.PushAttribute("id", item.id.c_str());
            printer.PushAttribute("points", number(item.points).c_str());
            printer.PushAttribute("max", number(item.maxPoints).c_str());
            printer.PushAttribute("correct", item.correct ? "true" : "false");
            if (item.distanceCun)
                printer.PushAttribute("distance", number(*item.distanceCun).c_str());
            if (item.click) {
                printer.PushAttribute("x", number(item.click->x).c_str());
                printer.PushAttribute("y", number(item.click->y).c_str());
            }
            printer.PushAttribute("mistakes", item.mistakes);
            printer.CloseElement();
        }
        printer.CloseElement();
    }
    printer.CloseElement();
    return std::string(printer.CStr());
}

bool progressFromXml(const std::string& text, Progress& out, std::string& problem)
{
    try {
        Diagnostics diag;
        tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
        if (!parseXmlText(text, "progress.xml", doc, diag)) {
            problem = diag.all().empty() ? "not readable" : diag.all().front().format();
            return false;
        }
        const tinyxml2::XMLElement& root = *doc.RootElement();
        if (std::string(root.Name()) != kRoot) {
            problem = "the root element is <" + std::string(root.Name()) + ">, not <" + kRoot + ">";
            return false;
        }
        std::string first;
        Attrs rootAttrs(root, first);
        const auto format = rootAttrs.integer("format", true);
        if (!first.empty()) {
            problem = first;
            return false;
        }
        if (*format != kFormat) {
            problem = "format " + std::to_string(*format) + " is not supported by this version (" +
                      std::to_string(kFormat) + ")";
            return false;
        }
        Progress progress;
        // Elements and attributes this version does not know are skipped: a later version may add
        // some without changing the format, and its saves must stay readable.
        for (const tinyxml2::XMLElement* el = root.FirstChildElement("attempt"); el;
             el = el->NextSiblingElement("attempt")) {
            Attrs attrs(*el, first);
            Attempt attempt;
            attempt.levelId = attrs.text("level", true).value_or("");
            attempt.startedAt = attrs.text("started", true).value_or("");
            attempt.seconds = attrs.real("seconds", true).value_or(0.0);
            attempt.score = attrs.real("score", true).value_or(0.0);
            attempt.maxScore = attrs.real("max", true).value_or(0.0);
            attempt.completed = attrs.flag("completed", true).value_or(false);
            for (const tinyxml2::XMLElement* it = el->FirstChildElement("item"); it; it = it->NextSiblingElement("item")) {
                Attrs itemAttrs(*it, first);
                ItemResult item;
                item.id = itemAttrs.text("id", true).value_or("");
                item.points = itemAttrs.real("points", true).value_or(0.0);
                item.maxPoints = itemAttrs.real("max", true).value_or(0.0);
                item.correct = itemAttrs.flag("correct", true).value_or(false);
                item.distanceCun = itemAttrs.real("distance", false);
                const auto x = itemAttrs.real("x", false);
                const auto y = itemAttrs.real("y", false);
                if (x.has_value() != y.has_value() && first.empty())
                    first = "line " + std::to_string(it->GetLineNum()) + ": <item> has only one of \"x\" and \"y\"";
                if (x && y)
                    item.click = Vec2{*x, *y};
                item.mistakes = itemAttrs.integer("mistakes", false).value_or(0);
                attempt.items.push_back(std::move(item));
            }
            progress.add(std::move(attempt));
        }
        if (!first.empty()) {
            problem = first;
            return false;
        }
        out = std::move(progress);
        return true;
    } catch (const std::exception& e) {
        problem = e.what();
        return false;
    }
}

ProgressStore::ProgressStore(fs::path folder) : m_folder(std::move(folder)), m_file(m_folder / "progress.xml") {}

LoadOutcome ProgressStore::load()
{
    LoadOutcome outcome;
    try {
        fs::path backup = m_file;
        backup += ".bak";
        std::string problem;
        auto tryBackup = [&](std::string& notice) {
            if (!occupied(backup)) {
                notice += " No backup was found, so you start with no progress.";
                return;
            }
            std::string why;
            Progress fromBackup;
            if (readSave(backup, fromBackup, why)) {
                outcome.progress = std::move(fromBackup);
                notice += " Your backup (" + backup.filename().string() + ") was loaded.";
                return;
            }
            // A damaged backup is kept too: the next save would replace it.
            std::string asideWhy;
            const std::string aside = setAside(backup, asideWhy);
            notice += " Your backup could not be read either";
            notice += aside.empty() ? " (it was left as it is)" : " (it was kept as " + aside + ")";
            notice += ", so you start with no progress.";
        };

        if (!occupied(m_file)) {
            if (occupied(backup)) {
                std::string notice = "Your save file was missing.";
                tryBackup(notice);
                outcome.notice = notice;
            }
            return outcome;
        }
        if (readSave(m_file, outcome.progress, problem))
            return outcome;
        outcome.progress = Progress();
        std::string asideWhy;
        const std::string aside = setAside(m_file, asideWhy);
        std::string notice;
        if (!aside.empty())
            notice = "Your save was damaged (" + problem + "); it was kept as " + aside + ".";
        else
            notice = "Your save was damaged (" + problem + ") and could not be moved aside (" + asideWhy +
                     "); it was left as it is in " + m_folder.string() + ".";
        tryBackup(notice);
        outcome.notice = notice;
    } catch (const std::exception& e) {
        outcome.progress = Progress();
        outcome.notice = std::string("Your save could not be loaded: ") + e.what() + "; you start with no progress.";
    }
    return outcome;
}

SaveOutcome ProgressStore::save(const Progress& progress)
{
    SaveOutcome outcome;
    fs::path temp;
    try {
        std::error_code ec;
        fs::create_directories(m_folder, ec);
        if (ec) {
            outcome.problem = "cannot create the folder " + m_folder.string() + ": " + ec.message();
            return outcome;
        }
        const std::string pid = std::to_string(::getpid());
        temp = m_file;
        temp += ".tmp-" + pid;
        fs::path backup = m_file;
        backup += ".bak";
        fs::path backupTemp = backup;
        backupTemp += ".tmp-" + pid;
        // Left over from a crash of an earlier run with the same pid: only ever our own temp file.
        if (fs::symlink_status(temp, ec).type() == fs::file_type::regular)
            fs::remove(temp, ec);
        if (fs::symlink_status(backupTemp, ec).type() == fs::file_type::regular)
            fs::remove(backupTemp, ec);

        if (!writeFileSynced(temp, progressToXml(progress), outcome.problem))
            return outcome;
        auto fail = [&](const std::string& problem) {
            ::unlink(temp.c_str());
            outcome.ok = false;
            outcome.problem = problem;
            return outcome;
        };

        if (occupied(m_file)) {
            std::string bytes, why;
            Progress current;
            if (readFile(m_file, bytes, why) && progressFromXml(bytes, current, why)) {
                // The current save becomes the backup. Copied, not renamed, so that at every moment
                // there is a good progress.xml: a crash leaves either the old pair or the new one.
                std::string problem;
                if (!writeFileSynced(backupTemp, bytes, problem))
                    return fail(problem);
                if (::rename(backupTemp.c_str(), backup.c_str()) != 0) {
                    const std::string reason = errnoText();
                    ::unlink(backupTemp.c_str());
                    return fail("cannot replace the backup " + backup.string() + ": " + reason);
                }
            } else {
                // Not ours to overwrite: someone changed it, or a later version wrote it.
                std::string asideWhy;
                if (setAside(m_file, asideWhy).empty())
                    return fail("the current save " + m_file.string() + " cannot be read (" + why +
                                ") and cannot be moved aside (" + asideWhy + ")");
            }
        }
        if (::rename(temp.c_str(), m_file.c_str()) != 0)
            return fail("cannot replace " + m_file.string() + ": " + errnoText());
        syncFolder(m_folder);
        outcome.ok = true;
        outcome.problem.clear();
    } catch (const std::exception& e) {
        if (!temp.empty())
            ::unlink(temp.c_str());
        outcome.ok = false;
        outcome.problem = std::string("cannot save: ") + e.what();
    }
    return outcome;
}

} // namespace acq
