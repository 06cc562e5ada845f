// Every level the game can offer, playable or broken, found in the level folders.
#pragma once

#include "core/Diagnostics.h"
#include "core/Level.h"
#include "io/GlyphCoverage.h"
#include "io/PathPolicy.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace acq {

struct LevelEntry {
    std::string displayName;          // the path as shown in messages
    std::optional<Level> level;       // set when playable
    std::string title;                // the level's title, or its file name when unreadable
    Diagnostics diagnostics;          // errors make it broken; warnings alone do not
    std::filesystem::path sourceRoot; // the file or folder it was found through (practice sources)
    // Problems beyond the first ones kept in `diagnostics`, which then ends with one line that
    // counts them ("N more problems are not shown").
    std::size_t hiddenErrors = 0;
    std::size_t hiddenWarnings = 0;
    bool capped() const { return hiddenErrors + hiddenWarnings > 0; }
    bool playable() const { return level.has_value(); }
};

struct LevelCatalog {
    std::vector<LevelEntry> entries; // playable ones sorted by (order, title), broken ones last
};

// Loads every `*.xml` in the given files and folders (folders: not recursive, sorted by name),
// then cross-checks them (duplicate level ids across files make each duplicate broken).
// `roots` are the folders level files may reference (io/PathPolicy.h).
LevelCatalog loadCatalog(const std::vector<std::filesystem::path>& filesAndFolders, const DataRoots& roots);

// `acuquest --check`: prints every diagnostic to `out` ("file:line: message"), then a summary
// line; returns 0 when there are no errors, 1 otherwise.
// With `canDraw`, it also warns of every character of a playable level that no font of the
// game can draw (io/GlyphCoverage.h).
int checkLevels(const std::vector<std::filesystem::path>& filesAndFolders,
                const DataRoots& roots, std::ostream& out, const CanDraw& canDraw = {});

} // namespace acq
