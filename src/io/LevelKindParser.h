// What the parsers of the two level kinds share: the file being read, and the interface through
// which the level's common part (io/LevelLoader) hands them their elements.
#pragma once

#include "core/Diagnostics.h"
#include "core/Level.h"
#include "io/ElementReader.h"
#include "io/MapLoader.h"

#include <tinyxml2.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace acq {

// The level file being read, as every message about it needs it.
struct LevelFileContext {
    const std::string& file; // as named in messages
    std::filesystem::path baseDir; // relative paths resolve against it
    MapCache& maps;
    Diagnostics& diag;
    std::string rootName = "<level>"; // describeElement of the root
    int rootLine = 0;

    // An error about the level as a whole, on the root element's line.
    void rootError(const std::string& message) const { diag.error(file, rootLine, rootName + ": " + message); }
    // At most one element of this name among the children seen: true when this is the first.
    bool once(const tinyxml2::XMLElement& el, std::map<std::string, int>& seen) const;
};

// One level kind: its own child elements and scoring attributes, then the checks that need the
// whole level (phase 2).
class LevelKindParser {
public:
    virtual ~LevelKindParser() = default;
    // Called for each child whose name is in the kind's list (PlacementLevelParser::kChildren...).
    virtual void readChild(const tinyxml2::XMLElement& el) = 0;
    // The attributes of <scoring> that belong to this kind.
    virtual void readScoring(ElementReader& r, const tinyxml2::XMLElement& el) = 0;
    // Phase 2: the level's content, with every cross-check reported.
    virtual void finish(Level& level) = 0;
};

} // namespace acq
