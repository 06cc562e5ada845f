// The catalogue of bad input through `acuquest --check`: exit code and every line, exactly.
#include "BadInput.h"
#include "Support.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace acq::robust;
namespace fs = std::filesystem;

namespace {

Run check(const fs::path& cwd, const std::vector<std::string>& files, const std::string& prefix = "")
{
    std::string command = prefix + "env XDG_DATA_HOME=" + quoted((cwd / "home").string()) + " " +
                          quoted(gameBinary()) + " --check";
    for (const std::string& file : files)
        command += " " + quoted(file);
    return shell(command, cwd);
}

} // namespace

TEST_CASE("[robustness] every file of the bad-input catalogue gets its exact check lines")
{
    Scratch scratch;
    makeBadFolder(scratch.path());
    for (const BadCase& c : badCases(scratch.path())) {
        INFO("case: " << c.what);
        const Run run = check(scratch.path(), c.files);
        CHECK(run.exitCode == c.exitCode);
        std::string expected;
        for (const std::string& line : c.expected)
            expected += line + "\n";
        CHECK(run.out == expected);
        CHECK(run.err == "");
    }
}

TEST_CASE("[robustness] the whole bad folder is checked in one run, each problem once")
{
    Scratch scratch;
    makeBadFolder(scratch.path());
    AccessWatch outside(scratch.path() / "outside");
    const Run run = check(scratch.path(), {"bad"});
    // Contained: not one file outside the data folders was opened, though levels name them.
    CHECK(outside.touched() == std::vector<std::string>{});
    CHECK(run.exitCode == 1);
    const std::vector<std::string> printed = lines(run.out);
    for (const BadCase& c : badCases(scratch.path()))
        for (const std::string& line : c.listed) {
            INFO("case: " << c.what);
            CHECK(std::count(printed.begin(), printed.end(), line) == 1);
        }
}

TEST_CASE("[robustness] an unreadable level file is refused with the reason")
{
    requireCapability(!isRoot() || canDropToNobody(), "run a command as an unprivileged user (setpriv)");
    Scratch scratch;
    writeFile(scratch.path() / "bad" / "secret.xml", matchingLevel("secret"));
    writeFile(scratch.path() / "bad" / "open.xml", matchingLevel("open"));
    fs::permissions(scratch.path() / "bad" / "secret.xml", fs::perms::none);
    // As root the file would be read anyway: run the check as a user the bits apply to.
    const Run run = check(scratch.path(), {"bad"}, asNobody());
    INFO(run.err);
    CHECK(run.exitCode == 1);
    CHECK(lines(run.out) == std::vector<std::string>{
                                "bad/secret.xml:0: cannot read file: Permission denied",
                                "checked 2 levels: 1 playable, 1 broken; 1 error, 0 warnings",
                            });
}

TEST_CASE("[robustness] a 20 MB level loads in bounded time and memory, its warnings capped")
{
    Scratch scratch;
    std::string big = matchingLevel("big");
    big.erase(big.rfind("</level>"));
    const int firstNoteLine = 1 + static_cast<int>(std::count(big.begin(), big.end(), '\n'));
    const std::string note = "  <note>" + std::string(1000, 'n') + "</note>\n";
    std::size_t notes = 0;
    while (big.size() < 20u * 1000u * 1000u) {
        big += note;
        ++notes;
    }
    big += "</level>\n";
    writeFile(scratch.path() / "bad" / "big.xml", big);
    const Run run = check(scratch.path(), {"bad/big.xml"});
    CHECK(run.exitCode == 0);
    // Every <note> is one warning: the first 100 are shown, the rest counted, and the summary
    // counts them all (it once counted only the lines shown).
    const std::vector<std::string> printed = lines(run.out);
    REQUIRE(printed.size() == 102);
    const std::string unknown = "warning: <level id=\"big\">: unknown element <note>";
    CHECK(printed[0] == "bad/big.xml:" + std::to_string(firstNoteLine) + ": " + unknown);
    CHECK(printed[99] == "bad/big.xml:" + std::to_string(firstNoteLine + 99) + ": " + unknown);
    const std::string hidden = std::to_string(notes - 100);
    CHECK(printed[100] == "bad/big.xml:0: warning: " + hidden + " more problems are not shown (0 errors, " + hidden + " warnings)");
    CHECK(printed[101] == "checked 1 level: 1 playable, 0 broken; 0 errors, " + std::to_string(notes) + " warnings");
    MESSAGE("20 MB level: " << run.seconds << " s, peak " << run.peakKilobytes / 1024 << " MiB");
    CHECK(run.seconds < 30.0);
    CHECK(run.peakKilobytes < 512L * 1024L);
}

TEST_CASE("[robustness] the costliest shapes within the limits load in bounded time and memory")
{
    Scratch scratch;
    // 100 attributes on each element (the most allowed), as many elements as fit in 20 MB:
    // every attribute is unknown, so each is a warning too.
    std::string element = "  <n";
    for (int i = 0; i < 100; ++i)
        element += " a" + std::to_string(i) + "=\"1\"";
    element += "/>\n";
    std::string text = matchingLevel("wide");
    text.erase(text.rfind("</level>"));
    for (int i = 0; i < 90000 && text.size() < 20u * 1000u * 1000u; ++i)
        text += element;
    writeFile(scratch.path() / "bad" / "wide.xml", text + "</level>\n");
    const Run run = check(scratch.path(), {"bad/wide.xml"});
    CHECK(run.exitCode == 0);
    CHECK(lines(run.out).size() == 102);
    MESSAGE("20 MB of wide elements: " << run.seconds << " s, peak " << run.peakKilobytes / 1024 << " MiB");
    CHECK(run.seconds < 30.0);
    CHECK(run.peakKilobytes < 1024L * 1024L);
}
