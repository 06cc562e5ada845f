// Lowers the CPU priority of the calling thread, for work done while the window opens.
#pragma once

namespace acq {

// Start-up work on other threads (the save, the levels, the glyphs) must not take CPU from the
// thread making the window: on two cores it slowed the first frame by as much as it saved
// (bench/RESULTS.md). Gives this thread, not the process, a nice value of 10; needs no
// privilege, and does nothing where it is not allowed.
void lowerThisThreadsPriority();

} // namespace acq
