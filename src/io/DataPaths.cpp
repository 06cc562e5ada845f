#include "io/DataPaths.h"

#include <cstdlib>
#include <system_error>

namespace fs = std::filesystem;

#ifndef ACUQUEST_SOURCE_DIR
#define ACUQUEST_SOURCE_DIR "."
#endif
#ifndef ACUQUEST_ART_DIR
#define ACUQUEST_ART_DIR "art"
#endif

namespace acq {
namespace {

bool isDirectory(const fs::path& path)
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::string environment(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

} // namespace

DataRoots DataPaths::roots() const
{
    std::vector<fs::path> out{levelsDir, assetsDir, artDir, userLevelsDir()};
    out.insert(out.end(), extraRoots.begin(), extraRoots.end());
    return DataRoots(std::move(out), assetsDir);
}

std::string levelSource(const DataPaths& paths, const fs::path& root)
{
    std::error_code ec;
    if (fs::equivalent(root, paths.levelsDir, ec))
        return "shipped";
    if (fs::equivalent(root, paths.userLevelsDir(), ec))
        return "user";
    const fs::path absolute = fs::weakly_canonical(fs::absolute(root, ec), ec);
    return "dir:" + absolute.string();
}

fs::path userDataDir()
{
    // XDG: a relative $XDG_DATA_HOME is invalid and must be ignored.
    const fs::path xdg = environment("XDG_DATA_HOME");
    if (!xdg.empty() && xdg.is_absolute())
        return xdg / "acuquest";
    const std::string home = environment("HOME");
    if (!home.empty())
        return fs::path(home) / ".local" / "share" / "acuquest";
    // No home at all (a bare service account): keep saves beside the working folder.
    return fs::path(".acuquest");
}

DataPaths locateDataPaths()
{
    DataPaths paths;
    paths.userDir = userDataDir();
    if (const std::string dataDir = environment("ACUQUEST_DATA_DIR"); !dataDir.empty()) {
        const fs::path root(dataDir);
        paths.levelsDir = root / "levels";
        paths.assetsDir = root / "assets";
        paths.artDir = root / "art";
        return paths;
    }
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && !exe.empty()) {
        const fs::path share = exe.parent_path().parent_path() / "share" / "acuquest";
        if (isDirectory(share / "levels")) {
            paths.levelsDir = share / "levels";
            paths.assetsDir = share / "assets";
            paths.artDir = share / "art";
            return paths;
        }
    }
    paths.levelsDir = fs::path(ACUQUEST_SOURCE_DIR) / "levels";
    paths.assetsDir = fs::path(ACUQUEST_SOURCE_DIR) / "assets";
    paths.artDir = fs::path(ACUQUEST_ART_DIR);
    return paths;
}

} // namespace acq
