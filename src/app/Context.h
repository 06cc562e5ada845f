// What every scene may use: the window, the look, the levels, the player's progress, time.
#pragma once

#include "app/ArtCache.h"
#include "app/GameClock.h"
#include "app/SceneStack.h"
#include "app/Session.h"
#include "app/Theme.h"
#include "core/Random.h"
#include "core/Settings.h"
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
    // The player's settings (settings.xml). Any scene may change them; the game applies and
    // saves the change after the input that made it (Game::applySettings).
    Settings& settings;
    bool& showClock;       // settings.showClock: the on-screen timer in rounds (T)
    std::uint64_t seed;    // shuffles; fixed in scripted play so runs repeat
    bool soundAvailable = false; // an audio device was opened (only tried once the sound is on)
    // The level files are still being read (a big pack of them): `catalog` is empty until they
    // are in, and the menu says so. Scripted play never sees this: it waits for them.
    bool levelsLoading = false;
    std::uint64_t roundsStarted = 0;

    // The seed for the round about to start: each round of a run shuffles differently, and a
    // run with the same seed repeats them all (core/Random.h, roundSeed).
    std::uint64_t nextRoundSeed() { return roundSeed(seed, roundsStarted++); }
};

} // namespace acq
