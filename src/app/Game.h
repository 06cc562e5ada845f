// The window and the main loop: events in, scenes updated, a frame drawn only when needed.
#pragma once

#include "app/ArtCache.h"
#include "app/Context.h"
#include "app/FrameStats.h"
#include "app/GameClock.h"
#include "app/SceneStack.h"
#include "app/ScriptHost.h"
#include "app/ScriptRunner.h"
#include "app/Session.h"
#include "app/SoundPlayer.h"
#include "app/Theme.h"
#include "io/DataPaths.h"
#include "io/LevelCatalog.h"
#include "io/SettingsFile.h"
#include "core/AnswerCues.h"

#include <SFML/Graphics/RenderWindow.hpp>

#include <filesystem>
#include <future>
#include <memory>
#include <optional>

namespace acq {

struct GameOptions {
    DataPaths paths;
    std::vector<std::filesystem::path> levelSources; // files and folders to load levels from
    std::string profile = "default";
    std::uint64_t seed = 0;
    std::optional<std::int64_t> now; // --now: the time the game believes it is (UTC seconds)
    std::optional<Script> script;
    bool author = false; // --author: show the level of levelSources with every point labelled
    std::filesystem::path benchLog; // bench: frame timings written here (FrameStats); empty: off
    std::filesystem::path settingsFile; // settings.xml (settingsFilePath())
};

class Game : private ScriptHost {
public:
    explicit Game(GameOptions options);
    // Runs until the window closes. Returns the process exit code: 0, or 3 when a script's
    // expectation failed.
    int run();

private:
    void handle(const sf::Event& event);
    void drawFrame();
    void relayout();
    void close();
    // The keys that work on every screen (F1, F11, M); true when `event` was one of them.
    bool handleGlobalKey(const sf::Event& event);
    // Applies what changed in the settings since the last call (any screen may change them),
    // and saves them.
    void applySettings();
    void setFullScreen(bool on);
    void setUpWindow(); // position, frame rate, key repeat: after the window is made
    LevelCatalog warmUpWhileLevelsLoad();

    // ScriptHost
    void inject(const sf::Event& event) override { handle(event); }
    Scene* topScene() override { return m_scenes.top(); }
    const std::vector<std::string>& textsOnScreen() const override { return m_theme.drawnTexts(); }
    std::vector<std::string> layoutProblems() const override;
    void requestScreenshot(const std::filesystem::path& file) override { m_screenshot = file; }
    void resizeWindow(unsigned width, unsigned height) override;
    void closeWindow() override { close(); }
    void advanceClock(double seconds) override { m_clock.advance(seconds); }
    bool settleBackground() override;

    GameOptions m_options;
    // Read before the window opens: it may open full screen.
    SettingsStore m_settings;
    Settings m_applied; // what the window, theme and sound were last set to
    // The window first, before any other thread: with threads of ours running, making it (about
    // 42 ms here) took 2-4 ms longer, even with their work deferred (bench/RESULTS.md).
    sf::RenderWindow m_window;
    // Then the save and the levels load on other threads, while this one prepares the drawing
    // (warmUpWhileLevelsLoad).
    Session m_session;
    std::future<LevelCatalog> m_catalogLoading;
    Theme m_theme;
    GameClock m_clock;
    LevelCatalog m_catalog;
    ArtCache m_art;
    SoundPlayer m_sound;
    AnswerCues m_cues;
    SceneStack m_scenes;
    Context m_context;
    std::optional<ScriptRunner> m_script;
    std::optional<std::filesystem::path> m_screenshot;
    bool m_dirty = true;
    bool m_backgroundUndrawn = false; // the history's news taken in, not drawn yet (settleBackground)
    bool m_textMayChange = true; // a new screen or size: the next frame starts with a layout pass
    FrameStats m_frameStats; // bench hook: off unless --bench-log
};

} // namespace acq
