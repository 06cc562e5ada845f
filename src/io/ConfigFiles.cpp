#include "io/ConfigFiles.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

namespace fs = std::filesystem;

namespace acq {
namespace {

bool writeAll(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
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

std::string replaceFile(const fs::path& file, const std::string& bytes)
{
    std::error_code ec;
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    fs::create_directories(folder, ec);
    if (ec)
        return "cannot make the folder " + folder.string() + ": " + ec.message();
    const fs::path temporary = file.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return "cannot write " + temporary.string() + ": " + std::strerror(errno);
    // The data reaches the disk before the rename makes it the file.
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    if (::close(fd) != 0 || !written) {
        const std::string problem = "cannot write " + temporary.string() + ": " + std::strerror(written ? errno : writeErrno);
        fs::remove(temporary, ec);
        return problem;
    }
    fs::rename(temporary, file, ec);
    if (ec) {
        const std::string problem = "cannot replace " + file.string() + ": " + ec.message();
        fs::remove(temporary, ec);
        return problem;
    }
    // The rename itself is kept once the folder is synced.
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace acq
