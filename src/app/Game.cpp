#include "app/Game.h"

#include "app/scenes/AuthorScene.h"
#include "app/scenes/HelpScene.h"
#include "app/scenes/MenuScene.h"
#include "io/BackgroundPriority.h"

#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/VideoMode.hpp>

#include <algorithm>
#include <iostream>

namespace acq {

namespace {

constexpr unsigned kMinWidth = 640;
constexpr unsigned kMinHeight = 480;
// On a screen with nothing moving, poll this often: about 0.2 % of a core instead of the
// 100 % of a busy loop or the ~1 % of SFML 2.5's waitEvent (which polls every 10 ms).
constexpr int kIdlePollMilliseconds = 40;

// The window's size, and the largest it opens at.
constexpr unsigned kPreferredWidth = 1280;
constexpr unsigned kPreferredHeight = 800;

// The window opens at the preferred size and then fits a smaller desktop (90 % of it), before
// its first frame: asked before the window exists, the desktop's size costs an X connection.
void fitToDesktop(sf::RenderWindow& window)
{
    const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    const unsigned width = std::clamp(desktop.width * 9 / 10, kMinWidth, kPreferredWidth);
    const unsigned height = std::clamp(desktop.height * 9 / 10, kMinHeight, kPreferredHeight);
    if (window.getSize() == sf::Vector2u(width, height))
        return;
    window.setSize({width, height});
    window.setPosition({(static_cast<int>(desktop.width) - static_cast<int>(width)) / 2,
                        (static_cast<int>(desktop.height) - static_cast<int>(height)) / 2});
}

sf::VideoMode windowMode(bool fullScreen)
{
    return fullScreen ? sf::VideoMode::getDesktopMode() : sf::VideoMode(kPreferredWidth, kPreferredHeight);
}

sf::Uint32 windowStyle(bool fullScreen) { return fullScreen ? sf::Style::Fullscreen : sf::Style::Default; }

} // namespace

Game::Game(GameOptions options)
    : m_options(std::move(options))
    , m_renderer(RendererWorkarounds::fromEnvironment())
    , m_clock(m_options.script.has_value())
    , m_art(m_options.paths.assetsDir, m_options.paths.artDir, m_renderer)
    , m_sound(std::cerr)
    , m_frameStats(m_options.benchLog) // bench hook
{
    // Start-up, step by step; the order is what first paint was measured with (bench/RESULTS.md).
    readSettings();        // before the window: it may open full screen
    openWindow();          // first, with no thread of ours alive: they made it 2-4 ms slower
    startLoadingHistory(); // behind the window, at low priority: the menu shows scores when in
    startLoadingLevels();  // behind the window, on the other core: the first frame lists them
    openFonts();           // while the levels load
    warmUpRenderer();      // while the levels load
    takeLevels();          // waits for the levels a moment, if they are not in yet
    makeContext();         // what every scene is given, once all of it exists
    reportProblems();      // fonts, levels, the switch: on stderr before anything is played
    setUpPlay();           // the window's place and rate, UI scale: needs theme and session
    pushFirstScene();      // last: the menu (or --author's screen) uses all of the above
}

void Game::readSettings()
{
    m_settings.emplace(m_options.settingsFile, std::cerr);
    m_applied = m_settings->current;
}

void Game::openWindow()
{
    const bool fullScreen = m_settings->current.fullScreen;
    m_window.create(windowMode(fullScreen), "AcuQuest", windowStyle(fullScreen));
}

void Game::startLoadingHistory()
{
    m_session.emplace(m_options.paths.userDir, m_options.profile,
                      m_options.now ? HistoryWorker::Clock([now = *m_options.now] { return now; })
                                    : HistoryWorker::Clock(Session::systemClock));
}

void Game::startLoadingLevels()
{
    m_catalogLoading = std::async(std::launch::async, [this] {
        lowerThisThreadsPriority(kNeededSoon); // behind the first frame
        return loadLevels();
    });
}

LevelCatalog Game::loadLevels() const
{
    LevelCatalog catalog = loadCatalog(m_options.levelSources, m_options.paths.roots());
    for (LevelEntry& entry : catalog.entries)
        if (entry.level)
            entry.level->source = levelSource(m_options.paths, entry.sourceRoot);
    return catalog;
}

void Game::openFonts() { m_theme.emplace(800.0f, m_renderer); }

void Game::warmUpRenderer()
{
    if (m_window.isOpen())
        m_renderer.warmUp(m_window, *m_theme);
}

void Game::takeLevels()
{
    // The shipped levels are in by now: they are read while the fonts open and the renderer
    // warms up (in 4 launches of 5 they were in; the fifth waited 0.7 ms). A big pack of the
    // player's own may take a second (1,000 levels: 0.35-0.5 s). Rather than a window that waits
    // for it, the menu then shows at once and says the levels are being read
    // (Context::levelsLoading); a grace of a few milliseconds keeps that from flashing up when
    // only the shipped levels are a little late. --author opens its level's screen first, so it
    // waits.
    constexpr auto kGrace = std::chrono::milliseconds(10);
    if (!m_options.author && m_catalogLoading.wait_for(kGrace) == std::future_status::timeout) {
        m_levelsPending = true;
        return;
    }
    m_catalog = m_catalogLoading.get();
}

bool Game::takeLateLevels()
{
    if (!m_levelsPending || m_catalogLoading.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    m_catalog = m_catalogLoading.get(); // the catalog was empty: no screen holds any of it
    m_levelsPending = false;
    m_context->levelsLoading = false;
    m_frameStats.levelsIn(); // bench hook
    reportLevelProblems();
    m_scenes.forEachFromTop([](Scene& scene) { scene.levelsReloaded(); });
    return true;
}

void Game::makeContext()
{
    m_context.emplace(Context{m_window, m_scenes, *m_theme, m_art, m_catalog, *m_session, m_clock, m_options.paths,
                              m_settings->current, m_settings->current.showClock, m_options.seed});
    m_context->levelsLoading = m_levelsPending;
}

void Game::reportProblems()
{
    if (!m_theme->hasFont())
        std::cerr << "acuquest: " << m_theme->fontProblem() << "\n";
    reportLevelProblems(); // none yet while the levels are still being read: then when they are in
    if (!m_renderer.on())
        std::cerr << "acuquest: renderer workarounds off (" << RendererWorkarounds::kSwitch << ")\n";
}

void Game::reportLevelProblems() const
{
    for (const LevelEntry& entry : m_catalog.entries)
        for (const Diagnostic& d : entry.diagnostics.all())
            std::cerr << d.format() << "\n";
}

void Game::setUpPlay()
{
    if (m_options.script)
        m_script.emplace(std::move(*m_options.script));
    setUpWindow();
    m_theme->setUiScale(static_cast<float>(m_applied.uiScale));
    m_session->setAnswerListener([this](const Attempt& snapshot, bool ending) {
        if (const auto cue = m_cues.next(snapshot, ending))
            m_sound.play(*cue);
    });
}

void Game::pushFirstScene()
{
    if (m_options.author) {
        const LevelEntry* entry = m_catalog.entries.empty() ? nullptr : &m_catalog.entries.front();
        if (entry && entry->playable() && entry->level->placement()) {
            const Level& level = *entry->level;
            m_scenes.push([this, &level] { return std::make_unique<AuthorScene>(*m_context, level, std::cout); });
        } else {
            std::cerr << "acuquest: --author needs a placement level without errors\n";
            m_window.close();
        }
        return;
    }
    m_scenes.push([this] { return std::make_unique<MenuScene>(*m_context); });
}

void Game::setUpWindow()
{
    if (m_settings->current.fullScreen) {
        // Full screen fills the desktop as it is.
    } else if (m_script) {
        m_window.setPosition({0, 0}); // without a window manager a window may open off screen
    } else {
        fitToDesktop(m_window); // scripts play at the preferred size, whatever the desktop
    }
    m_window.setFramerateLimit(m_script ? 0 : 60);
    m_window.setKeyRepeatEnabled(true);
    m_theme->setWindowHeight(static_cast<float>(m_window.getSize().y));
}

void Game::setFullScreen(bool on)
{
    // SFML 2.5 changes the style only by making the window anew; textures (the glyphs, the
    // body art) live in its shared context and survive.
    m_window.create(windowMode(on), "AcuQuest", windowStyle(on));
    setUpWindow();
    relayout();
}

void Game::applySettings()
{
    const Settings& now = m_settings->current;
    if (now == m_applied)
        return;
    if (now.fullScreen != m_applied.fullScreen)
        setFullScreen(now.fullScreen);
    if (now.uiScale != m_applied.uiScale) {
        m_theme->setUiScale(static_cast<float>(now.uiScale));
        relayout();
    }
    if (now.sound != m_applied.sound || now.volume != m_applied.volume) {
        m_sound.setVolume(now.sound, now.volume);
        m_context->soundAvailable = m_sound.available();
    }
    m_applied = now;
    m_settings->saveIfChanged();
}

bool Game::handleGlobalKey(const sf::Event& event)
{
    if (event.type != sf::Event::KeyPressed)
        return false;
    Scene* top = m_scenes.top();
    switch (event.key.code) {
    case sf::Keyboard::F11:
        m_settings->current.fullScreen = !m_settings->current.fullScreen;
        return true;
    case sf::Keyboard::F1:
        // Over a question or the help itself, F1 does nothing: their keys are on them.
        if (top && !top->isOverlay()) {
            const std::string screen = top->name();
            const std::string footer = m_theme->lastFooter(); // the keys the screen shows now
            m_scenes.push([this, screen, footer] { return std::make_unique<HelpScene>(*m_context, screen, footer); });
            return true;
        }
        return false;
    case sf::Keyboard::F5:
        // In scripted play the levels load within the frame, so a run repeats exactly. While the
        // first reading of the levels is not in, it is the reload: a second one would race it.
        if (!m_levelsPending)
            m_reloader.start(m_script.has_value());
        return true;
    case sf::Keyboard::M:
        if (top && (top->wantsTextInput() || top->isOverlay() || event.key.control || event.key.alt))
            return false;
        m_settings->current.sound = !m_settings->current.sound;
        return true;
    default:
        return false;
    }
}

void Game::relayout()
{
    const sf::Vector2u size = m_window.getSize();
    m_window.setView(sf::View(sf::FloatRect(0.0f, 0.0f, static_cast<float>(size.x), static_cast<float>(size.y))));
    m_theme->setWindowHeight(static_cast<float>(size.y));
    if (Scene* top = m_scenes.top(); top && top->isOverlay())
        if (Scene* under = m_scenes.underTop())
            under->layout({static_cast<float>(size.x), static_cast<float>(size.y)});
    if (Scene* top = m_scenes.top())
        top->layout({static_cast<float>(size.x), static_cast<float>(size.y)});
    m_dirty = true;
    m_textMayChange = true; // new text sizes, new wrapping
}

void Game::resizeWindow(unsigned width, unsigned height)
{
    m_window.setSize({width, height});
    relayout(); // do not wait for the Resized event: the script's next command needs the new layout
}

bool Game::settleBackground()
{
    // What the main loop took in this pass (the history opened, a notice) is not drawn yet either.
    if (!m_session->settle() && !m_backgroundUndrawn)
        return false;
    relayout();
    return true;
}

void Game::close()
{
    if (!m_window.isOpen())
        return;
    // Top first: a practice card's placement screen reports to the practice session under it.
    m_scenes.forEachFromTop([](Scene& scene) { scene.onClose(); });
    m_session->flush();
    m_window.close();
}

void Game::handle(const sf::Event& event)
{
    m_dirty = true;
    switch (event.type) {
    case sf::Event::Closed:
        close();
        return;
    case sf::Event::Resized:
        if (event.size.width < kMinWidth || event.size.height < kMinHeight) {
            m_window.setSize({std::max(event.size.width, kMinWidth), std::max(event.size.height, kMinHeight)});
        }
        relayout();
        return;
    case sf::Event::LostFocus:
    case sf::Event::GainedFocus:
        return;
    default:
        break;
    }
    // A key already queued a new screen (two keys in one frame, as a held Esc may give): the
    // screen being left takes no more keys, so one Esc asks one question.
    const bool keyForLeftScreen = event.type == sf::Event::KeyPressed && m_scenes.hasPending();
    if (!handleGlobalKey(event) && !keyForLeftScreen)
        if (Scene* top = m_scenes.top())
            top->handleEvent(event);
    applySettings();
}

void Game::drawScreens(sf::RenderTarget& target) const
{
    Scene* top = m_scenes.top();
    if (top && top->isOverlay() && m_scenes.underTop()) {
        m_scenes.underTop()->draw(target); // the screen the overlay is over, as it was
        m_theme->beginLayer();
    }
    if (top)
        top->draw(target);
    m_toast.draw(target, *m_theme, m_clock.now());
}

std::vector<std::string> Game::layoutProblems() const
{
    const sf::Vector2u size = m_window.getSize();
    const Box window{0.0f, 0.0f, static_cast<float>(size.x), static_cast<float>(size.y)};
    const Rgb background{colors::background.r, colors::background.g, colors::background.b};
    return acq::layoutProblems(m_theme->drawnLayout(), m_theme->drawnSurfaces(), window, background);
}

void Game::drawFrame()
{
    m_backgroundUndrawn = false;
    m_renderer.beforeFrame(*m_theme, m_window, m_scenes.top() && m_textMayChange,
                           [this](sf::RenderTarget& target) { drawScreens(target); });
    m_textMayChange = false;
    m_theme->clearDrawnTexts();
    m_theme->noteFooter(""); // a screen without a footer has no keys to list in its help
    m_window.clear(colors::background);
    drawScreens(m_window);
    if (m_screenshot) {
        sf::Texture texture;
        const sf::Vector2u size = m_window.getSize();
        if (texture.create(size.x, size.y)) {
            texture.update(m_window);
            if (!texture.copyToImage().saveToFile(m_screenshot->string()))
                std::cerr << "acuquest: could not save the screenshot " << m_screenshot->string() << "\n";
        }
        m_screenshot.reset();
    }
    m_frameStats.beforeDisplay(); // bench hook
    m_window.display();
    if (m_frameStats.enabled()) // bench hook
        m_frameStats.afterDisplay(m_scenes.top() ? m_scenes.top()->name() : "none");
    m_dirty = false;
}

int Game::run()
{
    if (!m_window.isOpen())
        return 1; // set-up failed (reported)
    m_session->poll(); // a small save is loaded by now: the first frame shows its scores
    const sf::Vector2u size = m_window.getSize();
    m_scenes.applyPending({static_cast<float>(size.x), static_cast<float>(size.y)});
    relayout();
    m_frameStats.frameStart(); // bench hook
    drawFrame(); // the first screen is up before any scripted check looks at it
    // Only now the sound: nothing on the first screen makes one, and opening the audio device
    // (OpenAL trying its back-ends) took 1.3-6 ms before the first frame here, with no sound
    // card; with one, OpenAL also connects to the sound server.
    m_sound.setVolume(m_applied.sound, m_applied.volume);
    m_context->soundAvailable = m_sound.available();
    int exitCode = 0;
    while (m_window.isOpen()) {
        m_frameStats.frameStart(); // bench hook
        sf::Event event;
        while (m_window.pollEvent(event))
            handle(event);
        if (!m_window.isOpen())
            break;
        if (m_session->poll()) {
            relayout(); // the history opened (scores), or a notice to show
            m_backgroundUndrawn = true;
        }
        m_art.poll(); // a body picture decoded ahead of its level becomes a texture
        if (takeLateLevels()) {
            relayout();
            m_backgroundUndrawn = true; // a script's check looks at the menu with them (settleBackground)
        }
        if (m_reloader.poll(m_catalog, *m_context, m_toast, m_clock.now()))
            relayout(); // the menu's rows, the summary's text
        if (const bool toast = m_toast.visible(m_clock.now()); toast != m_toastShown) {
            m_toastShown = toast;
            m_dirty = true;
        }

        if (m_script) {
            const auto status = m_script->step(*this);
            if (status == ScriptRunner::Status::Failed) {
                std::cerr << m_script->failure() << "\n";
                exitCode = 3;
                close();
                break;
            }
            if (status == ScriptRunner::Status::Finished && m_window.isOpen()) {
                close();
                break;
            }
            if (!m_window.isOpen())
                break;
            m_dirty = true; // scripted frames always draw, so checks see the current screen
        }

        if (Scene* top = m_scenes.top()) {
            top->update(m_clock.now());
            if (top->animating())
                m_dirty = true;
        }
        const sf::Vector2u now = m_window.getSize();
        if (m_scenes.applyPending({static_cast<float>(now.x), static_cast<float>(now.y)})) {
            m_dirty = true;
            m_textMayChange = true; // another screen
        }
        m_reloader.forgetOld(m_scenes);
        if (m_scenes.empty()) {
            close();
            break;
        }
        if (m_dirty)
            drawFrame();
        else
            sf::sleep(sf::milliseconds(kIdlePollMilliseconds));
    }
    m_session->flush();
    return exitCode;
}

} // namespace acq
