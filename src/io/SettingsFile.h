// The player's settings on disk: $XDG_CONFIG_HOME/acuquest/settings.xml, read leniently (a bad
// or unknown value is reported and its default used) and written atomically.
#pragma once

#include "core/Diagnostics.h"
#include "core/Settings.h"

#include <filesystem>
#include <string>

namespace acq {

// $XDG_CONFIG_HOME/acuquest/settings.xml, or ~/.config/acuquest/settings.xml.
std::filesystem::path settingsFilePath();

// Reads settings from the text of a settings file. Every problem (not XML, a value out of range
// or of the wrong kind, an unknown attribute or element) is a warning naming the file and line;
// the value concerned keeps its default. Never fails.
Settings parseSettings(const std::string& bytes, const std::string& displayName, Diagnostics& diag);
// The same for a file; a missing file is no problem (every default).
Settings loadSettings(const std::filesystem::path& file, Diagnostics& diag);

// The text of a settings file holding `settings`.
std::string settingsXml(const Settings& settings);
// Writes `settings` to `file` atomically (temporary file, fsync, rename, fsync of the folder),
// creating the folder. On failure returns false with `error` set; the old file is untouched.
bool saveSettings(const std::filesystem::path& file, const Settings& settings, std::string& error);

// The settings in play and the file they live in: the game changes `current` and calls
// saveIfChanged after each input, so that settings changed by any screen are kept.
class SettingsStore {
public:
    // Loads `file` and prints its problems to `err`, once.
    SettingsStore(std::filesystem::path file, std::ostream& err);

    Settings current;
    // Writes when `current` differs from what was last read or written. A failed write is
    // reported once per session (not again each change); it is tried again at the next change.
    void saveIfChanged();
    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
    std::ostream& m_err;
    Settings m_saved;
    bool m_failureReported = false;
};

} // namespace acq
