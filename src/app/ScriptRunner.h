// Plays a parsed script through the real game loop, one frame at a time.
#pragma once

#include "app/ScriptHost.h"
#include "core/Script.h"

#include <optional>
#include <string>
#include <vector>

namespace acq {

class ScriptRunner {
public:
    enum class Status { Running, Finished, Failed };
    static constexpr double kFrameSeconds = 1.0 / 60.0;

    explicit ScriptRunner(Script script) : m_script(std::move(script)) {}

    // Called once per frame, before the frame is updated and drawn. Runs commands until one
    // needs a frame to show its effect (an input, a wait, a screenshot).
    Status step(ScriptHost& host);
    const std::string& failure() const { return m_failure; }

private:
    bool run(const ScriptCommand& command, ScriptHost& host); // false: stop this frame
    void fail(const ScriptCommand& command, const std::string& message);
    void click(ScriptHost& host, sf::Vector2f at);
    // Where a named thing is on screen, after scrolling it into view with the wheel if it is
    // off screen (Scene::scrollToward); none when the screen has no such thing.
    std::optional<sf::Vector2f> reveal(ScriptHost& host, const std::string& target);

    Script m_script;
    std::size_t m_next = 0;
    long m_waitFrames = 0;
    sf::Vector2i m_mouse{0, 0}; // where the scripted pointer is
    std::vector<sf::Vector2f> m_dragSteps; // pointer positions still to visit in a drag
    Status m_status = Status::Running;
    std::string m_failure;
};

} // namespace acq
