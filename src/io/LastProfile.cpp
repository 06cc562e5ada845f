#include "io/LastProfile.h"

#include "core/ProfileName.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr const char* kFileName = "last-profile";

// Writes all of `text` to `fd`, then syncs it.
bool writeAndSync(int fd, const std::string& text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return ::fsync(fd) == 0;
}

} // namespace

fs::path configFolder()
{
    const char* config = std::getenv("XDG_CONFIG_HOME");
    if (config && *config && fs::path(config).is_absolute())
        return fs::path(config) / "acuquest";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".config" / "acuquest";
}

std::optional<std::string> readLastProfile(const fs::path& folder)
{
    std::ifstream in(folder / kFileName, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    std::string name = text.str();
    if (name.ends_with('\n'))
        name.pop_back();
    if (!validProfileName(name))
        return std::nullopt;
    return name;
}

std::string writeLastProfile(const fs::path& folder, const std::string& name)
{
    if (!validProfileName(name))
        return "not a profile name";
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return "cannot make " + folder.string() + ": " + ec.message();
    const fs::path temporary = folder / (std::string(kFileName) + ".tmp");
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return "cannot write " + temporary.string() + ": " + std::strerror(errno);
    const bool written = writeAndSync(fd, name + "\n");
    const int writeErrno = errno;
    if (::close(fd) != 0 || !written) {
        fs::remove(temporary, ec);
        return "cannot write " + temporary.string() + ": " + std::strerror(written ? errno : writeErrno);
    }
    fs::rename(temporary, folder / kFileName, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return "cannot write " + (folder / kFileName).string() + ": " + ec.message();
    }
    // The rename itself is kept once the folder is synced.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace acq
