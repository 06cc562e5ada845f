// Every input the fuzzers ever failed on (tests/fuzz/regressions/TARGET/) and every seed
// (tests/fuzz/corpus/TARGET/) replayed through the same checks, in the normal test suite.
#include "../fuzz/FuzzTargets.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

// Replays every file of tests/fuzz/FOLDER/TARGET/ and returns how many it replayed; a file
// that is not a regular file (or a README) is not an input.
int replay(const char* folder)
{
    int replayed = 0;
    const fs::path root = fs::path(ACUQUEST_SOURCE_DIR) / "tests" / "fuzz" / folder;
    for (const char* name : {"level", "map", "svg", "progress", "script"}) {
        const acq::fuzz::Target target = acq::fuzz::targetNamed(name);
        const bool known = target != nullptr;
        REQUIRE(known);
        if (!fs::is_directory(root / name))
            continue;
        for (const auto& entry : fs::directory_iterator(root / name)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            REQUIRE(in.good());
            std::ostringstream bytes;
            bytes << in.rdbuf();
            const std::string data = bytes.str();
            INFO("input: " << entry.path().string());
            CHECK(target(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()) == "");
            ++replayed;
        }
    }
    return replayed;
}

} // namespace

// Every input file there is, counted on its own, so that a replay that silently skips a folder
// (or finds none) fails instead of passing with nothing checked.
static int inputsIn(const char* folder)
{
    int count = 0;
    const fs::path root = fs::path(ACUQUEST_SOURCE_DIR) / "tests" / "fuzz" / folder;
    for (const auto& target : fs::directory_iterator(root))
        if (target.is_directory())
            for (const auto& entry : fs::directory_iterator(target.path()))
                count += entry.is_regular_file() ? 1 : 0;
    return count;
}

TEST_CASE("[robustness] every fuzzing regression input passes the fuzz checks")
{
    const int replayed = replay("regressions");
    MESSAGE(replayed << " regression inputs replayed");
    CHECK(replayed > 0); // an empty folder checks nothing: the regressions were lost
    CHECK(replayed == inputsIn("regressions"));
}

TEST_CASE("[robustness] every fuzzing seed passes the fuzz checks")
{
    const int replayed = replay("corpus");
    CHECK(replayed >= 10);
    CHECK(replayed == inputsIn("corpus"));
}

TEST_CASE("[robustness] the fuzz checks catch what they are meant to catch")
{
    // A save that reads back is accepted; one with a number that is not finite is refused.
    const std::string good = "<acuquest-progress format=\"1\"><attempt level=\"a\" started=\"t\" seconds=\"1\" "
                             "score=\"2\" max=\"3\" completed=\"true\"/></acuquest-progress>";
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(good.data());
    CHECK(acq::fuzz::progress(bytes, good.size()) == "");
    // A level with an error is refused with a reason, and the check agrees.
    const std::string level = "<level format=\"1\" id=\"x\" kind=\"matching\" title=\"T\"/>";
    CHECK(acq::fuzz::level(reinterpret_cast<const std::uint8_t*>(level.data()), level.size()) == "");
    const bool unknown = acq::fuzz::targetNamed("nothing") == nullptr;
    CHECK(unknown);
}
