#include "ShippedContent.h"

#include <doctest/doctest.h>

namespace acq::content {

const LevelCatalog& shippedCatalog()
{
    static const LevelCatalog catalog =
        loadCatalog({sourceDir() / "levels"},
                    DataRoots({sourceDir() / "levels", sourceDir() / "assets"}, sourceDir() / "assets"));
    return catalog;
}

std::vector<const Level*> shippedPlacementLevels()
{
    std::vector<const Level*> levels;
    for (const LevelEntry& entry : shippedCatalog().entries) {
        INFO(entry.displayName);
        REQUIRE(entry.playable());
        if (entry.level->placement())
            levels.push_back(&*entry.level);
    }
    REQUIRE(levels.size() >= 7);
    return levels;
}

} // namespace acq::content
