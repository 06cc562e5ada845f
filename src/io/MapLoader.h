// Loads a body map: its .map.xml description and the landmarks and viewBox of its SVG art.
#pragma once

#include "core/BodyMap.h"
#include "core/Diagnostics.h"
#include "io/PathPolicy.h"

#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace acq {

// Returns null when the map has errors (all reported to diag).
std::shared_ptr<const BodyMap> loadBodyMap(const std::filesystem::path& mapFile, const DataRoots& roots,
                                           Diagnostics& diag);

// Maps are shared by many levels: load each once per catalog scan.
class MapCache {
public:
    explicit MapCache(DataRoots roots) : m_roots(std::move(roots)) {}
    // Diagnostics of a map are reported again to every level using it, so each level's
    // report is complete on its own.
    std::shared_ptr<const BodyMap> get(const std::filesystem::path& canonicalMapFile, Diagnostics& diag);
    // The folders files named by levels and maps must lie in.
    const DataRoots& roots() const { return m_roots; }

private:
    struct Entry {
        std::shared_ptr<const BodyMap> map;
        Diagnostics diag;
    };
    DataRoots m_roots;
    std::map<std::filesystem::path, Entry> m_entries;
};

} // namespace acq
