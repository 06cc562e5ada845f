#include "app/ScriptRunner.h"

#include "app/scenes/HelpScene.h"

#include <SFML/System/String.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

namespace acq {

namespace {

std::optional<sf::Keyboard::Key> keyNamed(const std::string& name)
{
    static const std::map<std::string, sf::Keyboard::Key> keys = {
        {"Enter", sf::Keyboard::Enter},         {"Return", sf::Keyboard::Enter},
        {"Escape", sf::Keyboard::Escape},       {"Esc", sf::Keyboard::Escape},
        {"Space", sf::Keyboard::Space},         {"Tab", sf::Keyboard::Tab},
        {"Backspace", sf::Keyboard::BackSpace}, {"Up", sf::Keyboard::Up},
        {"Down", sf::Keyboard::Down},           {"Left", sf::Keyboard::Left},
        {"Right", sf::Keyboard::Right},         {"Home", sf::Keyboard::Home},
        {"End", sf::Keyboard::End},             {"PageUp", sf::Keyboard::PageUp},
        {"PageDown", sf::Keyboard::PageDown},   {"Plus", sf::Keyboard::Add},
        {"Minus", sf::Keyboard::Subtract},      {"F1", sf::Keyboard::F1},      {"F5", sf::Keyboard::F5},      {"F11", sf::Keyboard::F11},
        {"F2", sf::Keyboard::F2},               {"Delete", sf::Keyboard::Delete},
    };
    if (auto it = keys.find(name); it != keys.end())
        return it->second;
    if (name.size() == 1 && name[0] >= 'A' && name[0] <= 'Z')
        return static_cast<sf::Keyboard::Key>(sf::Keyboard::A + (name[0] - 'A'));
    if (name.size() == 1 && name[0] >= '0' && name[0] <= '9')
        return static_cast<sf::Keyboard::Key>(sf::Keyboard::Num0 + (name[0] - '0'));
    return std::nullopt;
}

sf::Event mouseButtonEvent(sf::Event::EventType type, sf::Vector2i at)
{
    sf::Event event{};
    event.type = type;
    event.mouseButton.button = sf::Mouse::Left;
    event.mouseButton.x = at.x;
    event.mouseButton.y = at.y;
    return event;
}

sf::Event mouseMoveEvent(sf::Vector2i at)
{
    sf::Event event{};
    event.type = sf::Event::MouseMoved;
    event.mouseMove.x = at.x;
    event.mouseMove.y = at.y;
    return event;
}

bool isCheck(const ScriptCommand& command)
{
    using K = ScriptCommand::Kind;
    return command.kind == K::ExpectText || command.kind == K::ExpectScene || command.kind == K::ExpectHelp ||
           command.kind == K::ExpectLayout || command.kind == K::LayoutReport || command.kind == K::Screenshot;
}

sf::Vector2i pixel(sf::Vector2f at)
{
    return {static_cast<int>(std::lround(at.x)), static_cast<int>(std::lround(at.y))};
}

} // namespace

ScriptRunner::Status ScriptRunner::step(ScriptHost& host)
{
    if (m_status != Status::Running)
        return m_status;
    if (!m_dragSteps.empty()) {
        m_mouse = pixel(m_dragSteps.front());
        m_dragSteps.erase(m_dragSteps.begin());
        host.inject(mouseMoveEvent(m_mouse));
        if (m_dragSteps.empty())
            host.inject(mouseButtonEvent(sf::Event::MouseButtonReleased, m_mouse));
        return m_status;
    }
    if (m_waitFrames > 0) {
        --m_waitFrames;
        host.advanceClock(kFrameSeconds);
        return m_status;
    }
    if (host.levelsLoading())
        return m_status; // the first frame is up; the commands start once the levels are in
    while (m_status == Status::Running) {
        if (m_next >= m_script.commands.size()) {
            m_status = Status::Finished;
            break;
        }
        const ScriptCommand& command = m_script.commands[m_next];
        // A check sees the outcome of every save before it, as a player a moment later would.
        if (isCheck(command) && host.settleBackground())
            break; // checked in the next frame, drawn with what the background finished
        ++m_next;
        if (!run(command, host))
            break;
    }
    return m_status;
}

void ScriptRunner::fail(const ScriptCommand& command, const std::string& message)
{
    m_failure = m_script.file + ":" + std::to_string(command.line) + ": " + message;
    m_status = Status::Failed;
}

void ScriptRunner::click(ScriptHost& host, sf::Vector2f at)
{
    // The same sequence a real mouse produces: the pointer arrives, then presses and releases.
    m_mouse = pixel(at);
    host.inject(mouseMoveEvent(pixel(at)));
    host.inject(mouseButtonEvent(sf::Event::MouseButtonPressed, pixel(at)));
    host.inject(mouseButtonEvent(sf::Event::MouseButtonReleased, pixel(at)));
}

std::optional<sf::Vector2f> ScriptRunner::reveal(ScriptHost& host, const std::string& target)
{
    // Each turn of the wheel moves a list by at least one item: a bounded number of turns.
    for (int turn = 0; turn < 200; ++turn) {
        Scene* top = host.topScene();
        if (!top)
            return std::nullopt;
        if (const auto at = top->locate(target))
            return at;
        const auto wheel = top->scrollToward(target);
        if (!wheel)
            return std::nullopt;
        m_mouse = pixel(wheel->at);
        host.inject(mouseMoveEvent(m_mouse));
        sf::Event event{};
        event.type = sf::Event::MouseWheelScrolled;
        event.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
        event.mouseWheelScroll.delta = wheel->delta;
        event.mouseWheelScroll.x = m_mouse.x;
        event.mouseWheelScroll.y = m_mouse.y;
        host.inject(event);
    }
    return std::nullopt;
}

bool ScriptRunner::run(const ScriptCommand& command, ScriptHost& host)
{
    using K = ScriptCommand::Kind;
    Scene* top = host.topScene();
    switch (command.kind) {
    case K::Window:
        host.resizeWindow(static_cast<unsigned>(command.x), static_cast<unsigned>(command.y));
        return false;
    case K::Wait:
        m_waitFrames = std::lround(command.x / kFrameSeconds);
        return false;
    case K::Key: {
        std::string name = command.words.at(0);
        sf::Event event{};
        event.type = sf::Event::KeyPressed;
        for (const char* modifier : {"Shift+", "Ctrl+", "Alt+"}) {
            const std::string prefix = modifier;
            if (name.rfind(prefix, 0) == 0) {
                name = name.substr(prefix.size());
                if (prefix == "Shift+") event.key.shift = true;
                if (prefix == "Ctrl+") event.key.control = true;
                if (prefix == "Alt+") event.key.alt = true;
            }
        }
        const auto key = keyNamed(name);
        if (!key) {
            fail(command, "unknown key \"" + command.words.at(0) + "\"");
            return false;
        }
        event.key.code = *key;
        host.inject(event);
        event.type = sf::Event::KeyReleased;
        host.inject(event);
        return false;
    }
    case K::Click:
        click(host, {static_cast<float>(command.x), static_cast<float>(command.y)});
        return false;
    case K::ClickMap:
    case K::MoveMap: {
        const auto at = top ? top->mapToScreen({command.x, command.y}) : std::nullopt;
        if (!at) {
            fail(command, "the screen shows no body map");
            return false;
        }
        if (command.kind == K::ClickMap)
            click(host, *at);
        else {
            m_mouse = pixel(*at);
            host.inject(mouseMoveEvent(m_mouse));
        }
        return false;
    }
    case K::ClickAnswer: {
        const auto at = top ? top->answerAt({command.x, command.y}) : std::nullopt;
        if (!at) {
            fail(command, "click-answer: no asked spot in view on the " +
                              (top ? std::string(top->name()) : std::string("empty")) + " screen");
            return false;
        }
        click(host, *at);
        return false;
    }
    case K::ChooseAnswer: {
        const bool right = command.words.at(0) == "right";
        const std::vector<std::string> targets = top ? top->answerTargets(right) : std::vector<std::string>{};
        if (targets.empty()) {
            fail(command, std::string("choose-answer: no question to answer ") + (right ? "rightly" : "wrongly") +
                              " on the " + (top ? std::string(top->name()) : std::string("empty")) + " screen");
            return false;
        }
        // Each card or choice clicked as a player would, the screen answering each click.
        for (const std::string& target : targets) {
            const auto at = reveal(host, target);
            if (!at) {
                fail(command, "choose-answer: \"" + target + "\" is not on screen");
                return false;
            }
            click(host, *at);
        }
        return false;
    }
    case K::ClickOn: {
        const auto at = reveal(host, command.words.at(0));
        if (!at) {
            fail(command, "nothing named \"" + command.words.at(0) + "\" on the " +
                              (top ? std::string(top->name()) : std::string("empty")) + " screen");
            return false;
        }
        click(host, *at);
        return false;
    }
    case K::DragOn: {
        // The card first, then its partner, scrolled into view as a player would (one list's
        // scrolling can hide the card already found only if both are in the same list).
        auto from = reveal(host, command.words.at(0));
        const auto to = from ? reveal(host, command.words.at(1)) : std::nullopt;
        if (from && top)
            from = top->locate(command.words.at(0));
        if (!from || !to) {
            fail(command, "nothing named \"" + command.words.at(from ? 1 : 0) + "\" on this screen");
            return false;
        }
        // Press, then move in steps as a hand would (each step is one frame of drawing), then
        // release: the frames between show the card following the pointer.
        m_mouse = pixel(*from);
        host.inject(mouseMoveEvent(m_mouse));
        host.inject(mouseButtonEvent(sf::Event::MouseButtonPressed, m_mouse));
        m_dragSteps.clear();
        constexpr int kSteps = 12;
        for (int i = 1; i <= kSteps; ++i)
            m_dragSteps.push_back(*from + (*to - *from) * (static_cast<float>(i) / kSteps));
        return false;
    }
    case K::Wheel: {
        sf::Event event{};
        event.type = sf::Event::MouseWheelScrolled;
        event.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
        event.mouseWheelScroll.delta = static_cast<float>(command.x);
        event.mouseWheelScroll.x = m_mouse.x;
        event.mouseWheelScroll.y = m_mouse.y;
        host.inject(event);
        return false;
    }
    case K::Screenshot:
        host.requestScreenshot(command.words.at(0));
        return false;
    case K::CopyFile: {
        std::error_code error;
        std::filesystem::copy_file(command.words.at(0), command.words.at(1),
                                   std::filesystem::copy_options::overwrite_existing, error);
        if (error)
            fail(command, "cannot copy " + command.words.at(0) + " to " + command.words.at(1) + ": " + error.message());
        return !error;
    }
    case K::ExpectText: {
        const std::string& wanted = command.words.at(0);
        for (const std::string& text : host.textsOnScreen())
            if (text.find(wanted) != std::string::npos)
                return true;
        std::string shown;
        for (const std::string& text : host.textsOnScreen())
            shown += (shown.empty() ? "" : " | ") + text;
        fail(command, "expected text \"" + wanted + "\" is not on screen; shown: " + shown.substr(0, 600));
        return false;
    }
    case K::ExpectScene: {
        const std::string actual = top ? top->name() : "none";
        if (actual == command.words.at(0))
            return true;
        fail(command, "expected the " + command.words.at(0) + " screen, but the " + actual + " screen is shown");
        return false;
    }
    case K::ExpectLayout: {
        const std::vector<std::string> problems = host.layoutProblems();
        if (problems.empty())
            return true;
        std::string listed;
        for (const std::string& problem : problems)
            listed += "\n  " + problem;
        fail(command, "the " + std::string(top ? top->name() : "empty") + " screen breaks the layout rules:" + listed);
        return false;
    }
    case K::LayoutReport: {
        std::ofstream out(command.words.at(0), std::ios::app);
        for (const std::string& problem : host.layoutProblems())
            out << (top ? top->name() : "none") << ": " << problem << "\n";
        if (!out) {
            fail(command, "could not write the layout report " + command.words.at(0));
            return false;
        }
        return true;
    }
    case K::ExpectHelp: {
        const auto* help = dynamic_cast<const HelpScene*>(top);
        if (!help) {
            fail(command, std::string("expected the help, but the ") + (top ? top->name() : "none") + " screen is shown");
            return false;
        }
        if (help->lists(command.words.at(0)))
            return true;
        fail(command, "the help does not list \"" + command.words.at(0) + "\"; it lists: " + help->listed());
        return false;
    }
    case K::Type: {
        // Characters as a keyboard's text input delivers them, one event each (no key presses).
        const sf::String text = sf::String::fromUtf8(command.words.at(0).begin(), command.words.at(0).end());
        for (sf::Uint32 c : text) {
            sf::Event event{};
            event.type = sf::Event::TextEntered;
            event.text.unicode = c;
            host.inject(event);
        }
        return false;
    }
    case K::Close:
        host.closeWindow();
        m_status = Status::Finished;
        return false;
    }
    return true;
}

} // namespace acq
