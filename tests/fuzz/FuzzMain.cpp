// libFuzzer entry point: ACUQUEST_FUZZ_TARGET names the function of FuzzTargets.h to call.
#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string problem = acq::fuzz::ACUQUEST_FUZZ_TARGET(data, size);
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz check failed: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
