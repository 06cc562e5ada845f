// What a script may do to the running game: the same inputs a player gives, plus checks.
#pragma once

#include "app/Scene.h"

#include <filesystem>
#include <string>
#include <vector>

namespace acq {

class ScriptHost {
public:
    virtual ~ScriptHost() = default;
    virtual void inject(const sf::Event& event) = 0;
    virtual Scene* topScene() = 0;
    virtual const std::vector<std::string>& textsOnScreen() const = 0;
    // What breaks the rules every screen keeps (core/LayoutCheck.h) in the last frame drawn.
    virtual std::vector<std::string> layoutProblems() const = 0;
    virtual void requestScreenshot(const std::filesystem::path& file) = 0;
    virtual void resizeWindow(unsigned width, unsigned height) = 0;
    virtual void closeWindow() = 0;
    virtual void advanceClock(double seconds) = 0;
    // Waits for the game's background work (loading, saving) to finish. True when it had any: the
    // screen must then be drawn again before a check looks at it.
    virtual bool settleBackground() = 0;
    // The level files are still being read: a script's commands wait for them, so that a run
    // repeats whatever the pack's size.
    virtual bool levelsLoading() const = 0;
};

} // namespace acq
