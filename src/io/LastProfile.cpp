#include "io/LastProfile.h"

#include "core/ProfileName.h"

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr const char* kFileName = "last-profile";

} // namespace

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
    return replaceFile(folder / kFileName, name + "\n");
}

} // namespace acq
