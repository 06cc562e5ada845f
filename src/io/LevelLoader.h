// Parses one level file into the core model, reporting every problem with file and line.
#pragma once

#include "core/Diagnostics.h"
#include "core/Level.h"
#include "io/MapLoader.h"

#include <filesystem>
#include <optional>
#include <string>

namespace acq {

// `displayName` is how the file is named in messages (the path as the user gave it).
// Returns the level only if it has no errors.
std::optional<Level> loadLevelFile(const std::filesystem::path& file, const std::string& displayName,
                                   MapCache& maps, Diagnostics& diag);

// As above, also telling the line of the root element (0 when the file is unreadable), for
// messages about the level as a whole, such as a level id used by two files.
std::optional<Level> loadLevelFile(const std::filesystem::path& file, const std::string& displayName,
                                   MapCache& maps, Diagnostics& diag, int& rootLine);

// The same from text in memory; relative paths resolve against `baseDir`.
std::optional<Level> loadLevelText(const std::string& text, const std::string& displayName,
                                   const std::filesystem::path& baseDir, MapCache& maps, Diagnostics& diag);

} // namespace acq
