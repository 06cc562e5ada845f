// The shipped levels and maps, loaded as the game loads them, for tests of their content.
#pragma once

#include "core/Level.h"
#include "io/LevelCatalog.h"

#include <filesystem>
#include <vector>

namespace acq::content {

inline std::filesystem::path sourceDir() { return ACUQUEST_SOURCE_DIR; }
inline std::filesystem::path artDir() { return ACUQUEST_ART_DIR; }

// Every shipped level; the test fails if one does not load.
const LevelCatalog& shippedCatalog();
std::vector<const Level*> shippedPlacementLevels();

} // namespace acq::content
