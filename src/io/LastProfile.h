// The profile the game opens when none is named on the command line: the one last chosen on the
// profile screen, kept in $XDG_CONFIG_HOME/acuquest/last-profile (the name and a newline).
#pragma once

#include "io/ConfigFiles.h"

#include <filesystem>
#include <optional>
#include <string>

namespace acq {

// The name kept in `folder`; none when there is no file, or what it holds is no valid name
// (core/ProfileName.h).
std::optional<std::string> readLastProfile(const std::filesystem::path& folder);

// Keeps `name` in `folder` (made if need be) with replaceFile (io/ConfigFiles.h): a crash leaves
// the old name or the new, never half of one. Returns empty, or why it could not be kept.
std::string writeLastProfile(const std::filesystem::path& folder, const std::string& name);

} // namespace acq
