// Optional timing of the main loop for the benchmarks in bench/: when the first frame was shown
// and how long each drawn frame took. Off (one untaken branch per frame) unless given a file.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace acq {

class FrameStats {
public:
    // `file` empty: off. Otherwise the log is written there (see docs/scripting.md, bench/README.md).
    explicit FrameStats(const std::filesystem::path& file);
    ~FrameStats();
    FrameStats(const FrameStats&) = delete;
    FrameStats& operator=(const FrameStats&) = delete;

    bool enabled() const { return m_out != nullptr; }

    // The start of a loop pass, before its events are handled.
    void frameStart()
    {
        if (m_out)
            m_start = Clock::now();
    }
    // Just before display(): events, update and draw are done.
    void beforeDisplay()
    {
        if (m_out)
            m_beforeDisplay = Clock::now();
    }
    // Just after display(). `scene` names the screen the frame showed.
    void afterDisplay(const char* scene)
    {
        if (m_out)
            record(scene);
    }
    // The levels came in after the window was shown (a big pack read while the menu says so).
    void levelsIn();
    // Writes the frames recorded so far (also done by the destructor).
    void flush();

private:
    using Clock = std::chrono::steady_clock; // CLOCK_MONOTONIC: comparable across processes
    struct Frame {
        std::uint32_t scene;         // index into m_scenes
        std::uint32_t toDisplayNs;   // frame start to just before display()
        std::uint32_t totalNs;       // frame start to display() returned
    };
    void record(const char* scene);

    std::FILE* m_out = nullptr;
    Clock::time_point m_start{};
    Clock::time_point m_beforeDisplay{};
    bool m_firstShown = false;
    std::vector<std::string> m_scenes;
    std::vector<Frame> m_frames;
};

} // namespace acq
