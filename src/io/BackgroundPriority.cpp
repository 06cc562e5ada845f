#include "io/BackgroundPriority.h"

#include <sys/resource.h>
#include <unistd.h>

namespace acq {

void lowerThisThreadsPriority(int niceness)
{
    // Linux gives each thread its own nice value: a thread id is accepted as PRIO_PROCESS.
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), niceness);
}

} // namespace acq
