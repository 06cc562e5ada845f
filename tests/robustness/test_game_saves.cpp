// Saves under faults, with the real game: a full disk, a read-only data folder, a data folder
// that is a file, a damaged or unreadable save, and the game killed while it saves. Each time
// the previous save stays intact, the player is told once (on stderr and in the menu banner),
// and play goes on.
#include "GameScript.h"

#include "io/ProgressXml.h"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

using namespace acq;
using namespace acq::robust;
namespace fs = std::filesystem;

namespace {

const char* const kNotSaved = "Your progress could not be saved";

// A save of `count` finished attempts, as the game writes it.
std::string previousSave(int count)
{
    Progress progress;
    for (int i = 0; i < count; ++i)
        progress.add(Attempt{"causes", "2024-05-0" + std::to_string(1 + i % 9) + "T10:00:00Z", 30.0 + i, 80.0, 100.0,
                             true, {}});
    return progressToXml(progress);
}

// Plays the level twice: the save after each fails the same way, the player is told after the
// first only; in between the menu shows the banner.
std::string playTwice()
{
    const std::vector<std::string> pairs = shippedPairIds("how-it-works.xml");
    return playMatching("how-it-works", pairs) + "expect-text \"" + kNotSaved + "\"\n" +
           playMatching("how-it-works", pairs);
}

std::vector<std::string> leftovers(const fs::path& folder)
{
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            out.push_back(entry.path().filename().string());
    return out;
}

// Runs the game with a menu of one level (how-it-works), so scripts find it at once.
Run play(const Scratch& scratch, const std::string& dataHome, const std::string& script, const Wrap& wrap = nullptr)
{
    const fs::path data = scratch.path() / "shipped";
    if (!fs::exists(data))
        oneLevelData(scratch.path(), "how-it-works.xml");
    return playGame(scratch.path(), dataHome, script, "", wrap, data);
}

// What every failed-save test checks after the game ended.
void checkToldOnceAndPlayed(const Run& run, const std::string& reason)
{
    INFO(run.err);
    CHECK(run.exitCode == 0); // the script ran to its end: both plays, the banner
    CHECK(count(run.err, kNotSaved) == 1);
    CHECK(count(run.err, reason) == 1);
}

} // namespace

TEST_CASE("[robustness] game saves: a file-size limit keeps the previous save and tells the player once")
{
    Scratch scratch;
    const fs::path data = scratch.path() / "data";
    const std::string before = previousSave(40);
    writeFile(saveFile(data), before);
    // Room for the previous save (copied to the backup) but not for one attempt more.
    const std::string limit = std::to_string(before.size() + 64);
    const Run run = play(scratch, data.string(), playTwice(), [&](const std::string& command) {
        return "prlimit --fsize=" + limit + ":" + limit + " " + command;
    });
    checkToldOnceAndPlayed(run, "File too large");
    CHECK(readFile(saveFile(data)) == before);
    CHECK(leftovers(saveFile(data).parent_path()) == std::vector<std::string>{});
}

TEST_CASE("[robustness] game saves: a data folder that is a file is left alone and the player is told once")
{
    Scratch scratch;
    const fs::path file = scratch.path() / "not-a-folder";
    writeFile(file, "my notes\n");
    const Run run = play(scratch, file.string(), playTwice());
    checkToldOnceAndPlayed(run, "Not a directory");
    CHECK(readFile(file) == "my notes\n");
    CHECK(count(run.err, "damaged") == 0); // nothing was there to be damaged
}

TEST_CASE("[robustness] game saves: a damaged save is kept aside, the player is told, play goes on")
{
    Scratch scratch;
    const fs::path data = scratch.path() / "data";
    const std::string damaged = previousSave(3).substr(0, 150);
    writeFile(saveFile(data), damaged);
    const std::string script = "expect-scene menu\nexpect-text \"Your save was damaged\"\n" +
                               playMatching("how-it-works", shippedPairIds("how-it-works.xml"));
    const Run run = play(scratch, data.string(), script);
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your save was damaged") == 1);
    CHECK(count(run.err, "it was kept as progress.xml.corrupt-1") == 1);
    const fs::path aside = saveFile(data).parent_path() / "progress.xml.corrupt-1";
    CHECK(readFile(aside) == damaged);
    Progress progress;
    std::string problem;
    REQUIRE(progressFromXml(readFile(saveFile(data)), progress, problem));
    CHECK(progress.attempts().size() == 1);
}

TEST_CASE("[robustness] game saves: the game killed at random moments while it plays and saves")
{
    Scratch scratch;
    const fs::path data = scratch.path() / "data";
    const std::vector<std::string> pairs = shippedPairIds("how-it-works.xml");
    std::string script;
    for (int i = 0; i < 40; ++i)
        script += playMatching("how-it-works", pairs);
    std::mt19937 random(7u);
    std::uniform_int_distribution<int> delayMillis(2000, 8000);
    std::size_t attempts = 0;
    int killedAfterSaving = 0;
    for (int round = 0; round < 5; ++round) {
        const int delay = delayMillis(random);
        INFO("round " << round << ": killed after " << delay << " ms");
        // The game runs in the background; the shell prints its pid, the test kills it.
        const fs::path pidFile = scratch.path() / ("pid-" + std::to_string(round));
        const std::string command = "sh -c " + quoted("echo $$ > " + quoted(pidFile.string()) + "; exec \"$@\"") + " sh";
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
            const std::string pid = readFile(pidFile);
            if (pid != "<missing>")
                ::kill(std::stoi(pid), SIGKILL);
        });
        const Run run = play(scratch, data.string(), script,
                                 [&](const std::string& game) { return command + " " + game; });
        killer.join();
        CHECK(run.exitCode == 128 + SIGKILL); // the script is far longer than any delay
        // The restart finds a valid save holding at least what was there before.
        CHECK(count(run.err, "damaged") == 0);
        CHECK(count(run.err, "missing") == 0);
        if (!fs::exists(saveFile(data)))
            continue;
        Progress progress;
        std::string problem;
        REQUIRE_MESSAGE(progressFromXml(readFile(saveFile(data)), progress, problem), problem);
        CHECK(progress.attempts().size() >= attempts);
        killedAfterSaving += progress.attempts().size() > attempts;
        attempts = progress.attempts().size();
    }
    CHECK(killedAfterSaving > 0);
    const Run last = play(scratch, data.string(), "expect-scene menu\n");
    INFO(last.err);
    CHECK(last.exitCode == 0);
    CHECK(last.err.find("Your save") == std::string::npos);
    CHECK(leftovers(saveFile(data).parent_path()) == std::vector<std::string>{});
}

TEST_CASE("[robustness] game privileged: a full disk keeps the previous save and tells the player once")
{
    requireCapability(canUnshareMounts(), "mount a small file system in a private mount namespace (unshare -m)");
    Scratch scratch;
    const fs::path data = scratch.path() / "data";
    const fs::path profile = saveFile(data).parent_path();
    const fs::path result = scratch.path() / "result";
    fs::create_directories(profile);
    fs::create_directories(result);
    const std::string before = previousSave(3);
    writeFile(scratch.path() / "before.xml", before);
    // A 64 KiB tmpfs over the profile folder, filled up but for the previous save; after the game,
    // what it holds is copied out for the checks (the mount is gone with the namespace).
    const Run run = play(scratch, data.string(), playTwice(), [&](const std::string& game) {
        const std::string p = quoted(profile.string());
        const std::string inside = "mount --make-rprivate / && mount -t tmpfs -o size=64k tmpfs " + p + " && cp " +
                                   quoted((scratch.path() / "before.xml").string()) + " " + p +
                                   "/progress.xml && (dd if=/dev/zero of=" + p + "/filler bs=1k 2>/dev/null; true) && " +
                                   game + "; rc=$?; cp -a " + p + "/. " + quoted(result.string()) + "/; exit $rc";
        return "unshare -m sh -c " + quoted(inside);
    });
    checkToldOnceAndPlayed(run, "No space left on device");
    CHECK(readFile(result / "progress.xml") == before);
    CHECK(leftovers(result) == std::vector<std::string>{});
}

TEST_CASE("[robustness] game privileged: a read-only data folder keeps the previous save and tells the player once")
{
    requireCapability(canUnshareMounts(), "bind-mount a folder read-only in a private mount namespace (unshare -m)");
    Scratch scratch;
    const fs::path data = scratch.path() / "data";
    const std::string before = previousSave(3);
    writeFile(saveFile(data), before);
    const Run run = play(scratch, data.string(), playTwice(), [&](const std::string& game) {
        const std::string d = quoted(data.string());
        return "unshare -m sh -c " + quoted("mount --make-rprivate / && mount --bind " + d + " " + d +
                                            " && mount -o remount,bind,ro " + d + " && exec " + game);
    });
    checkToldOnceAndPlayed(run, "Read-only file system");
    CHECK(readFile(saveFile(data)) == before);
    CHECK(leftovers(saveFile(data).parent_path()) == std::vector<std::string>{});
}

TEST_CASE("[robustness] game privileged: an unreadable save is kept aside and the backup is loaded")
{
    requireCapability(!isRoot() || canDropToNobody(), "run a command as an unprivileged user (setpriv)");
    Scratch scratch;
    const fs::path data = scratch.path() / "data";
    const fs::path profile = saveFile(data).parent_path();
    const std::string save = previousSave(3);
    const std::string backup = previousSave(2);
    writeFile(saveFile(data), save);
    writeFile(profile / "progress.xml.bak", backup);
    fs::create_directories(scratch.path() / "home");
    if (isRoot())
        REQUIRE(std::system(("chown -R 65534:65534 " + quoted(data.string()) + " " +
                             quoted((scratch.path() / "home").string()))
                                .c_str()) == 0);
    fs::permissions(saveFile(data), fs::perms::none);
    const std::string script = "expect-scene menu\nexpect-text \"Permission denied\"\n" +
                               playMatching("how-it-works", shippedPairIds("how-it-works.xml"));
    const Run run = play(scratch, data.string(), script,
                             [](const std::string& command) { return asNobody() + command; });
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Permission denied") == 1);
    CHECK(count(run.err, "Your backup (progress.xml.bak) was loaded.") == 1);
    fs::permissions(profile / "progress.xml.corrupt-1", fs::perms::owner_read);
    CHECK(readFile(profile / "progress.xml.corrupt-1") == save);
    Progress progress;
    std::string problem;
    REQUIRE(progressFromXml(readFile(saveFile(data)), progress, problem));
    CHECK(progress.attempts().size() == 3); // the backup's two and the one just played
}
