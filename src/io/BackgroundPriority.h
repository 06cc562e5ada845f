// Lowers the CPU priority of the calling thread, for start-up work done beside the first frame.
#pragma once

namespace acq {

// Start-up work on other threads must not take CPU from the main thread's first frame (figures:
// bench/RESULTS.md, "Start-up"). Gives this thread, not the process, the nice value `niceness`;
// of two such threads the lower value gets more of the CPU. Needs no privilege; does nothing
// where refused.
void lowerThisThreadsPriority(int niceness);

// The levels are needed for the first frame; a long save history is not (its scores show when
// it is in).
constexpr int kNeededSoon = 10;
constexpr int kNeededLater = 15;

} // namespace acq
