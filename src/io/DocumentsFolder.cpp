#include "io/DocumentsFolder.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace acq {
namespace fs = std::filesystem;

std::optional<fs::path> documentsDirFrom(std::string_view userDirs, const fs::path& home)
{
    constexpr std::string_view kKey = "XDG_DOCUMENTS_DIR=";
    std::optional<fs::path> found;
    std::size_t start = 0;
    while (start <= userDirs.size()) {
        const std::size_t end = std::min(userDirs.find('\n', start), userDirs.size());
        std::string_view line = userDirs.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (!line.starts_with(kKey))
            continue;
        line.remove_prefix(kKey.size());
        if (line.size() < 2 || line.front() != '"' || line.back() != '"')
            continue; // xdg-user-dirs writes the value quoted, and reads only that form
        line = line.substr(1, line.size() - 2);
        std::string value;
        for (std::size_t i = 0; i < line.size(); ++i) // \" and \\ and \$ as the shell would
            value += line[i] == '\\' && i + 1 < line.size() ? line[++i] : line[i];
        if (value == "$HOME")
            found = home;
        else if (value.starts_with("$HOME/"))
            found = home / value.substr(6);
        else if (value.starts_with("/"))
            found = fs::path(value);
    }
    return found;
}

fs::path documentsFolder()
{
    const char* homeEnv = std::getenv("HOME");
    const fs::path home = homeEnv && *homeEnv ? fs::path(homeEnv) : fs::current_path();
    const char* configEnv = std::getenv("XDG_CONFIG_HOME");
    const fs::path config = configEnv && *configEnv ? fs::path(configEnv) : home / ".config";
    std::ifstream in(config / "user-dirs.dirs", std::ios::binary);
    if (!in)
        return home;
    std::ostringstream text;
    text << in.rdbuf();
    return documentsDirFrom(text.str(), home).value_or(home);
}

} // namespace acq
