// What every scene may use: the window, the look, the levels, the player's progress, time.
#pragma once

#include "app/ArtCache.h"
#include "app/GameClock.h"
#include "app/SceneStack.h"
#include "app/Session.h"
#include "app/Theme.h"
#include "io/DataPaths.h"
#include "io/LevelCatalog.h"

#include <SFML/Graphics/RenderWindow.hpp>

#include <cstdint>

namespace acq {

struct Context {
    sf::RenderWindow& window;
    SceneStack& scenes;
    const Theme& theme;
    ArtCache& art;
    LevelCatalog& catalog;
    Session& session;
    GameClock& clock;
    const DataPaths& paths;
    std::uint64_t seed;    // shuffles; fixed in scripted play so runs repeat
    bool showClock = false; // on-screen timer, off by default (time is always recorded)
};

} // namespace acq
