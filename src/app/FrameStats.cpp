#include "app/FrameStats.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

namespace acq {

namespace {

constexpr std::size_t kFramesKept = 1u << 16;

std::uint32_t nanosBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(to - from).count();
    return static_cast<std::uint32_t>(std::clamp<std::int64_t>(ns, 0, std::numeric_limits<std::uint32_t>::max()));
}

} // namespace

FrameStats::FrameStats(const std::filesystem::path& file)
{
    if (file.empty())
        return;
    m_out = std::fopen(file.c_str(), "w");
    if (!m_out) {
        std::fprintf(stderr, "acuquest: cannot write the bench log %s: %s\n", file.c_str(), std::strerror(errno));
        return;
    }
    m_frames.reserve(kFramesKept);
    std::fprintf(m_out, "# acuquest bench log: times in ns; monotonic = CLOCK_MONOTONIC\n");
    std::fflush(m_out);
}

FrameStats::~FrameStats()
{
    if (!m_out)
        return;
    flush();
    std::fclose(m_out);
}

void FrameStats::levelsIn()
{
    if (!m_out)
        return;
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
    std::fprintf(m_out, "levels-in monotonic=%lld\n", static_cast<long long>(now));
    std::fflush(m_out);
}

void FrameStats::record(const char* scene)
{
    const Clock::time_point end = Clock::now();
    if (!m_firstShown) {
        // Written at once: a benchmark waits for this line, and may stop the game without a close.
        m_firstShown = true;
        const auto since = std::chrono::duration_cast<std::chrono::nanoseconds>(end.time_since_epoch()).count();
        std::fprintf(m_out, "first-display monotonic=%lld draw=%u display=%u\n", static_cast<long long>(since),
                     nanosBetween(m_start, m_beforeDisplay), nanosBetween(m_beforeDisplay, end));
        std::fflush(m_out);
    }
    std::uint32_t index = 0;
    while (index < m_scenes.size() && m_scenes[index] != scene)
        ++index;
    if (index == m_scenes.size())
        m_scenes.emplace_back(scene);
    m_frames.push_back({index, nanosBetween(m_start, m_beforeDisplay), nanosBetween(m_start, end)});
    if (m_frames.size() >= kFramesKept) // about 18 minutes at 60 frames a second
        flush();
}

void FrameStats::flush()
{
    if (!m_out)
        return;
    // frame SCENE TO_DISPLAY_NS TOTAL_NS: events + update + draw, then that plus display().
    for (const Frame& f : m_frames)
        std::fprintf(m_out, "frame %s %u %u\n", m_scenes[f.scene].c_str(), f.toDisplayNs, f.totalNs);
    m_frames.clear();
    std::fflush(m_out);
}

} // namespace acq
