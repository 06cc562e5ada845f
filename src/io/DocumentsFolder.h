// Where the game puts what the player asked to keep (the CSV export): the XDG documents folder,
// as `xdg-user-dir DOCUMENTS` finds it.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace acq {

// XDG_DOCUMENTS_DIR of a user-dirs.dirs text (lines `XDG_DOCUMENTS_DIR="$HOME/Documents"`;
// the value is "$HOME/..." or an absolute path, in double quotes; the last such line wins);
// none when the file names no documents folder or names it in another form.
std::optional<std::filesystem::path> documentsDirFrom(std::string_view userDirs, const std::filesystem::path& home);

// $XDG_CONFIG_HOME/user-dirs.dirs (default ~/.config) read as above; $HOME when it names no
// folder or cannot be read (what xdg-user-dir answers then).
std::filesystem::path documentsFolder();

} // namespace acq
