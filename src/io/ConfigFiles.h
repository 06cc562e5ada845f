// The player's small configuration files (settings.xml, last-profile): where they live and how
// one is replaced so that a crash leaves the old file or the new one, never half of one.
#pragma once

#include <filesystem>
#include <string>

namespace acq {

// $XDG_CONFIG_HOME/acuquest, else ~/.config/acuquest (a relative $XDG_CONFIG_HOME is ignored, as
// the XDG rules say).
std::filesystem::path configFolder();

// Writes `bytes` to a temporary file beside `file`, syncs it, renames it over `file` and syncs
// the folder (its folder made first). Returns "" when done, else what went wrong, naming the
// path ("cannot make the folder …", "cannot write …", "cannot replace …"); `file` is then as
// it was.
std::string replaceFile(const std::filesystem::path& file, const std::string& bytes);

} // namespace acq
