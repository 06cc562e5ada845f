// The window and the main loop: events in, scenes updated, a frame drawn only when needed.
#pragma once

#include "app/ArtCache.h"
#include "app/Context.h"
#include "app/FrameStats.h"
#include "app/GameClock.h"
#include "app/LevelReloader.h"
#include "app/SceneStack.h"
#include "app/ScriptHost.h"
#include "app/ScriptRunner.h"
#include "app/Session.h"
#include "app/SoundPlayer.h"
#include "app/Theme.h"
#include "app/Toast.h"
#include "app/render/RendererWorkarounds.h"
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
    // Start-up, in the order the constructor calls them (each says why it stands where it does).
    void readSettings();
    void openWindow();
    void startLoadingHistory();
    void startLoadingLevels();
    void openFonts();
    void warmUpRenderer();
    void takeLevels();
    // The levels, if they were still being read when the window was shown and are in now: into
    // the catalog, their problems on stderr, every screen told. True when they came in.
    bool takeLateLevels();
    void reportLevelProblems() const;
    void makeContext();
    void reportProblems();
    void setUpPlay();
    void pushFirstScene();
    // Every level from its file, as the menu lists them (at start-up, and again on F5).
    LevelCatalog loadLevels() const;

    void handle(const sf::Event& event);
    void drawFrame();
    // The top screen, over the one under it when it is an overlay.
    void drawScreens(sf::RenderTarget& target) const;
    void relayout();
    void close();
    // The keys that work on every screen (F1, F5, F11, M); true when `event` was one of them.
    bool handleGlobalKey(const sf::Event& event);
    // Applies what changed in the settings since the last call (any screen may change them),
    // and saves them.
    void applySettings();
    void setFullScreen(bool on);
    void setUpWindow(); // position, frame rate, key repeat: after the window is made

    // ScriptHost
    void inject(const sf::Event& event) override { handle(event); }
    Scene* topScene() override { return m_scenes.top(); }
    const std::vector<std::string>& textsOnScreen() const override { return m_theme->drawnTexts(); }
    std::vector<std::string> layoutProblems() const override;
    void requestScreenshot(const std::filesystem::path& file) override { m_screenshot = file; }
    void resizeWindow(unsigned width, unsigned height) override;
    void closeWindow() override { close(); }
    void advanceClock(double seconds) override { m_clock.advance(seconds); }
    bool settleBackground() override;
    bool levelsLoading() const override { return m_levelsPending; }

    GameOptions m_options;
    RendererWorkarounds m_renderer;
    // Made by the start-up steps (Game::Game), not in declaration order: empty until then.
    std::optional<SettingsStore> m_settings;
    Settings m_applied; // what the window, theme and sound were last set to
    sf::RenderWindow m_window;
    std::optional<Session> m_session;
    std::future<LevelCatalog> m_catalogLoading; // valid until the levels are taken
    bool m_levelsPending = false; // the window was shown before the levels were in (takeLevels)
    std::optional<Theme> m_theme;
    GameClock m_clock;
    LevelCatalog m_catalog;
    ArtCache m_art;
    SoundPlayer m_sound;
    AnswerCues m_cues;
    SceneStack m_scenes;
    std::optional<Context> m_context;
    std::optional<ScriptRunner> m_script;
    std::optional<std::filesystem::path> m_screenshot;
    LevelReloader m_reloader{[this] { return loadLevels(); }};
    Toast m_toast;           // F5's summary, over any screen
    bool m_toastShown = false; // whether the last frame showed it: a frame is drawn when that changes
    bool m_dirty = true;
    bool m_backgroundUndrawn = false; // the history's news taken in, not drawn yet (settleBackground)
    bool m_textMayChange = true; // a new screen or size: new glyphs (RendererWorkarounds::beforeFrame)
    FrameStats m_frameStats; // bench hook: off unless --bench-log
};

} // namespace acq
