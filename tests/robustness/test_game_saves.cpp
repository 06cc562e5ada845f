// The history under faults, with the real game: a file-size limit, a full disk, a read-only data
// folder, a data folder that is a file, a damaged, unreadable or newer history, two copies of the
// game at once, the game killed while it plays, and the first release's saves. Each time nothing
// committed is lost, nothing that is not ours is changed, the player is told once (on stderr and
// in the menu's banner), and play goes on.
#include "GameScript.h"
#include "io/history/HistorySchema.h"

#include "core/Timestamp.h"
#include "io/ProgressXml.h"
#include "io/history/HistoryFile.h"
#include "io/history/HistoryStore.h"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <random>
#include <set>
#include <thread>

using namespace acq;
using namespace acq::robust;
namespace fs = std::filesystem;

namespace {

const char* const kNotSaved = "Your answers could not be saved";
const char* const kLevel = "how-it-works"; // five pairs of ten points: "Best 100 %" on the menu when all are right

const std::vector<std::string>& pairs()
{
    static const std::vector<std::string> ids = shippedPairIds("how-it-works.xml");
    return ids;
}

// The menu at start. The frame drawn after it shows the opened history: a check in the same frame
// as the main loop took in the history would see the frame before (reported; until fixed, the
// wait draws frames first).
const std::string kMenu = "expect-scene menu\nwait 0.1\n";

std::string playOnce() { return playMatching(kLevel, pairs()); }

// Runs the game with a menu of one level (how-it-works), so scripts find it at once.
Run play(const Scratch& scratch, const fs::path& dataHome, const std::string& script, const Wrap& wrap = nullptr)
{
    const fs::path data = scratch.path() / "shipped";
    if (!fs::exists(data))
        oneLevelData(scratch.path(), "how-it-works.xml");
    return playGame(scratch.path(), dataHome.string(), script, "", wrap, data);
}

fs::path dataFolder(const fs::path& dataHome) { return dataHome / "acuquest"; }

void ok(const DbError& e)
{
    INFO(e.message);
    REQUIRE(!e);
}

// A history under `dataHome` as the game would leave it: the default profile's one finished
// attempt at how-it-works, `score` of 50 points, with its five answers.
void seedHistory(const fs::path& dataHome, int score)
{
    const std::time_t now = std::time(nullptr);
    OpenedHistory history = openHistory(dataFolder(dataHome), now);
    REQUIRE(history.mode == OpenedHistory::Mode::OnDisk);
    REQUIRE(history.notice == "");
    HistoryStore store(*history.db);
    std::int64_t profile = 0;
    ok(store.profileId("default", formatUtc(now), profile));
    Attempt attempt;
    attempt.kind = AttemptKind::Matching;
    attempt.levelId = kLevel;
    attempt.startedAt = "2024-05-01T10:00:00Z";
    attempt.seconds = 12.0;
    attempt.score = score;
    attempt.maxScore = 50.0;
    std::int64_t id = 0;
    ok(store.beginAttempt(profile, attempt, id));
    int left = score;
    for (const std::string& pair : pairs()) {
        ItemResult item;
        item.id = pair;
        item.points = std::min(left, 10);
        item.maxPoints = 10.0;
        item.correct = item.points == 10.0;
        left -= static_cast<int>(item.points);
        ok(store.addAnswer(profile, id, item, "2024-05-01T10:00:05Z"));
    }
    LevelRecord record;
    ok(store.finishAttempt(profile, id, attempt, "2024-05-01T10:00:12Z", record));
    closeHistory(history);
}

// Every answer in `db`, oldest first, with its row id: a committed answer keeps its row.
std::vector<std::vector<std::string>> answers(const fs::path& db)
{
    return query(db, "SELECT n.id, p.name, a.level, n.item, n.points, n.correct, n.answered_at FROM answers n "
                     "JOIN attempts a ON a.id = n.attempt_id JOIN profiles p ON p.id = a.profile_id ORDER BY n.id");
}

bool keeps(const std::vector<std::vector<std::string>>& after, const std::vector<std::vector<std::string>>& before)
{
    return after.size() >= before.size() && std::equal(before.begin(), before.end(), after.begin());
}

std::set<std::string> namesIn(const fs::path& folder)
{
    std::set<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        out.insert(entry.path().filename().string());
    return out;
}

// Two plays with writing failing from the first, lifted as soon as the player is told: the
// banner shows the notice once, and every answer of both plays is written in the end.
std::string playTwiceThroughAFault()
{
    return playOnce() + "expect-text \"" + kNotSaved + "\"\nwait 10\n" + playOnce() + "expect-text \"Best 100 %\"\n";
}

// The history after a fault was lifted: sound, the seeded answers as they were, and all ten
// answers of the two plays written after them.
void checkAllWritten(const fs::path& db, const std::vector<std::vector<std::string>>& seeded)
{
    REQUIRE(integrity(db) == "ok");
    const auto now = answers(db);
    CHECK(keeps(now, seeded));
    CHECK(now.size() == seeded.size() + 2 * pairs().size());
    CHECK(queryValue(db, "SELECT attempts || ' ' || CAST(best_score AS INTEGER) FROM level_stats") == "3 50");
}

// A run's stderr, for INFO: its end, where the notices are.
std::string tail(const Run& run) { return run.err.substr(run.err.size() > 3000 ? run.err.size() - 3000 : 0); }

} // namespace

TEST_CASE("[robustness] game saves: a file-size limit: told once, play goes on, answers written once it is lifted")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    seedHistory(home, 37);
    const fs::path db = saveFile(home);
    const auto seeded = answers(db);
    // Room for the -shm (32 KiB) but not for the -wal of a level's answers. The limit is the
    // soft one: the test raises it on the running game once it has told the player.
    const Run run = play(scratch, home, playTwiceThroughAFault(), [&](const std::string& game) {
        return liftWhenTold("prlimit --fsize=32768:unlimited " + game, scratch.path() / "game.err",
                            "prlimit --pid $pid --fsize=unlimited:unlimited");
    });
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, kNotSaved) == 1);
    CHECK(count(run.err, "disk I/O error") == 1);
    checkAllWritten(db, seeded);
}

TEST_CASE("[robustness] game saves: a data folder that is a file is left alone, the game plays from memory")
{
    Scratch scratch;
    const fs::path file = scratch.path() / "elsewhere" / "not-a-folder";
    writeFile(file, "my notes\n");
    AccessWatch watch(file.parent_path());
    const Run run = play(scratch, file, kMenu + "expect-text \"cannot be kept\"\n" + playOnce() +
                                            "expect-text \"Best 100 %\"\n" + playOnce());
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your history cannot be kept in " + (file / "acuquest").string() + " (Not a directory)") == 1);
    CHECK(count(run.err, "acuquest: ") == 1); // told once: two plays, not a word more
    CHECK(watch.touched() == std::vector<std::string>{});
    CHECK(readFile(file) == "my notes\n");
}

TEST_CASE("[robustness] game saves: a damaged history is kept aside, never deleted, and a new one started")
{
    Scratch scratch;
    // A history the game made, to be damaged.
    const fs::path sample = scratch.path() / "sample";
    seedHistory(sample, 37);
    const std::string sound = readFile(saveFile(sample));
    REQUIRE(sound.size() % 4096 == 0);
    REQUIRE(sound.size() >= 4 * 4096);

    struct Damage {
        const char* what;
        std::function<void(const fs::path& db)> make;
    };
    const std::vector<Damage> damages = {
        {"garbage", [](const fs::path& db) { writeFile(db, std::string(5000, '\x5a') + "not a database"); }},
        {"cut in half", [&](const fs::path& db) { writeFile(db, sound.substr(0, sound.size() / 2)); }},
        {"cut to its first page", [&](const fs::path& db) { writeFile(db, sound.substr(0, 4096)); }},
        {"a directory", [](const fs::path& db) { writeFile(db / "mine.txt", "keep me"); }},
    };
    for (const Damage& damage : damages) {
        INFO("damage: " << std::string(damage.what));
        const fs::path home = scratch.path() / (std::string("data-") + damage.what);
        const fs::path db = saveFile(home);
        damage.make(db);
        const bool folder = fs::is_directory(db);
        const std::string before = folder ? std::string() : readFile(db);
        const Run run = play(scratch, home,
                             kMenu + "expect-text \"Your history was damaged\"\nexpect-text \"Not played yet\"\n" +
                                 playOnce() + "expect-text \"Best 100 %\"\n");
        INFO(tail(run));
        CHECK(run.exitCode == 0);
        CHECK(count(run.err, "Your history was damaged; it was kept as history.sqlite.corrupt-1. There was no "
                             "backup; a new history was started.") == 1);
        CHECK(count(run.err, "acuquest: ") == 1);
        const fs::path aside = dataFolder(home) / "history.sqlite.corrupt-1";
        if (folder)
            CHECK(readFile(aside / "mine.txt") == "keep me");
        else
            CHECK(readFile(aside) == before);
        // The new history holds the play, and the next start finds it sound, with nothing to say.
        CHECK(integrity(db) == "ok");
        CHECK(answers(db).size() == pairs().size());
        const Run again = play(scratch, home, kMenu + "expect-text \"Best 100 %\"\n");
        CHECK(again.exitCode == 0);
        CHECK(count(again.err, "acuquest: ") == 0);
        CHECK(namesIn(dataFolder(home)).count("history.sqlite.corrupt-2") == 0);
    }
}

TEST_CASE("[robustness] game saves: a history cut inside a page is kept aside too")
{
    // SQLite rounds a file's size up to whole pages and reads the missing end as zeros, so a
    // file cut inside its last page opens without an error; written to, it would be damaged for
    // good. The save thread's quick_check finds it before the first answer is written.
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    seedHistory(home, 37);
    const fs::path db = saveFile(home);
    const std::string sound = readFile(db);
    const std::string cut = sound.substr(0, sound.size() - 3000);
    writeFile(db, cut);
    const Run run = play(scratch, home, "expect-scene menu\n" + playOnce());
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your history was damaged; it was kept as history.sqlite.corrupt-1.") == 1);
    CHECK(readFile(dataFolder(home) / "history.sqlite.corrupt-1") == cut);
    CHECK(integrity(db) == "ok");
    CHECK(answers(db).size() == pairs().size()); // the play's, in the new history
}

TEST_CASE("[robustness] game saves: a damaged history is kept aside and the backup restored, saying how old")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    // Yesterday's history became the backup three days ago; since then the file was damaged.
    seedHistory(home, 37);
    const fs::path db = saveFile(home);
    const fs::path backup = dataFolder(home) / "history.sqlite.backup";
    fs::rename(db, backup);
    const std::time_t threeDaysAgo = std::time(nullptr) - 3 * 86400 - 600;
    const struct utimbuf times {threeDaysAgo, threeDaysAgo};
    REQUIRE(::utime(backup.c_str(), &times) == 0);
    const std::string garbage = std::string(8192, '\x01') + "damaged";
    writeFile(db, garbage);
    const std::string day = formatUtc(threeDaysAgo).substr(0, 10);

    const Run run = play(scratch, home,
                         kMenu + "expect-text \"3 days old\"\nexpect-text \"Best 74 %\"\n" + playOnce() +
                             "expect-text \"Best 100 %\"\n");
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your history was damaged; it was kept as history.sqlite.corrupt-1. Your backup from " + day +
                             ", 3 days old was restored") == 1);
    CHECK(count(run.err, "acuquest: ") == 1);
    CHECK(readFile(dataFolder(home) / "history.sqlite.corrupt-1") == garbage);
    REQUIRE(integrity(db) == "ok");
    CHECK(answers(db).size() == 2 * pairs().size()); // the backup's and the play's
    // A backup three days old was due: a new one was made, and it is sound.
    CHECK(integrity(backup) == "ok");
}

TEST_CASE("[robustness] game saves: two copies of the game on one profile lose nothing")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    std::string script;
    for (int i = 0; i < 3; ++i)
        script += playOnce();
    // Both start on an empty folder: both make the database, both make a backup.
    oneLevelData(scratch.path(), "how-it-works.xml");
    Run runs[2];
    std::thread other([&] { runs[1] = play(scratch, home, script); });
    runs[0] = play(scratch, home, script);
    other.join();
    for (const Run& run : runs) {
        INFO(tail(run));
        CHECK(run.exitCode == 0);
        CHECK(count(run.err, "acuquest: ") == 0);
    }
    const fs::path db = saveFile(home);
    REQUIRE(integrity(db) == "ok");
    CHECK(answers(db).size() == 2 * 3 * pairs().size());
    CHECK(queryValue(db, "SELECT COUNT(*) FROM attempts WHERE completed = 1") == "6");
    CHECK(queryValue(db, "SELECT COUNT(*) FROM profiles") == "1");
    CHECK(queryValue(db, "SELECT attempts || ' ' || CAST(best_score AS INTEGER) FROM level_stats") == "6 50");
    const fs::path backup = dataFolder(home) / "history.sqlite.backup";
    if (fs::exists(backup))
        CHECK(integrity(backup) == "ok");
    CHECK(namesIn(dataFolder(home)).count("history.sqlite.corrupt-1") == 0);
}

TEST_CASE("[robustness] game saves: a history from a newer version is refused and left byte for byte")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    seedHistory(home, 37);
    const fs::path db = saveFile(home);
    {
        DbError error;
        auto newer = Database::open(db.string(), SQLITE_OPEN_READWRITE, error);
        REQUIRE(newer);
        ok(newer->exec("CREATE TABLE from_the_future(id INTEGER PRIMARY KEY, due TEXT); PRAGMA user_version = 99"));
    }
    const std::string before = readFile(db);
    const auto names = namesIn(dataFolder(home));
    struct stat was {};
    REQUIRE(::stat(db.c_str(), &was) == 0);

    const Run run = play(scratch, home, kMenu + "expect-text \"newer version\"\nexpect-text \"Not played yet\"\n" +
                                            playOnce() + "expect-text \"Best 100 %\"\n");
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "was written by a newer version of AcuQuest (format 99; this one reads up to " +
                                    std::to_string(kHistorySchemaVersion) + "). It is left "
                         "untouched") == 1);
    CHECK(count(run.err, "acuquest: ") == 1);
    CHECK(readFile(db) == before);
    CHECK(namesIn(dataFolder(home)) == names); // no -wal, -shm, backup or copy left beside it
    struct stat is {};
    REQUIRE(::stat(db.c_str(), &is) == 0);
    CHECK(is.st_mtim.tv_sec == was.st_mtim.tv_sec);
    CHECK(is.st_mtim.tv_nsec == was.st_mtim.tv_nsec);
}

TEST_CASE("[robustness] game saves: the game killed at random moments while it plays")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    const fs::path db = saveFile(home);
    std::string script;
    for (int i = 0; i < 40; ++i)
        script += playOnce();
    std::mt19937 random(7u);
    std::uniform_int_distribution<int> delayMillis(800, 4000);
    std::vector<std::vector<std::string>> before;
    int killedAfterWriting = 0;
    for (int round = 0; round < 6; ++round) {
        const int delay = delayMillis(random);
        INFO("round " << round << ": killed after " << delay << " ms, " << before.size() << " answers before");
        // The game runs in the background; the shell gives its pid, the test kills it.
        const fs::path pidFile = scratch.path() / ("pid-" + std::to_string(round));
        const std::string command = "sh -c " + quoted("echo $$ > " + quoted(pidFile.string()) + "; exec \"$@\"") + " sh";
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
            const std::string pid = readFile(pidFile);
            if (pid != "<missing>" && !pid.empty() && std::isdigit(static_cast<unsigned char>(pid[0])))
                ::kill(std::stoi(pid), SIGKILL);
        });
        const Run run = play(scratch, home, script, [&](const std::string& game) { return command + " " + game; });
        killer.join();
        INFO(tail(run));
        CHECK(run.exitCode == 128 + SIGKILL); // the script is far longer than any delay
        CHECK(count(run.err, "acuquest: ") == 0); // the restart found nothing to complain about
        if (!fs::exists(db))
            continue;
        REQUIRE(integrity(db) == "ok");
        // Killed before its first migration committed (a slow machine), the file has no tables
        // yet: there was nothing to keep, and the next start makes them.
        if (queryValue(db, "SELECT count(*) FROM sqlite_master WHERE name = 'answers'") == "0") {
            CHECK(before.empty());
            continue;
        }
        CHECK(query(db, "PRAGMA foreign_key_check").empty());
        const auto now = answers(db);
        CHECK(keeps(now, before));
        killedAfterWriting += now.size() > before.size();
        before = now;
    }
    CHECK(killedAfterWriting > 0);
    const Run last = play(scratch, home, "expect-scene menu\n");
    INFO(tail(last));
    CHECK(last.exitCode == 0);
    CHECK(count(last.err, "acuquest: ") == 0);
    CHECK(keeps(answers(db), before));
}

TEST_CASE("[robustness] game saves: a first-release progress.xml is imported once and renamed")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    const fs::path xml = dataFolder(home) / "profiles" / "default" / "progress.xml";
    Progress progress;
    for (int score : {20, 40}) {
        Attempt attempt;
        attempt.levelId = kLevel;
        attempt.startedAt = score == 20 ? "2024-05-01T10:00:00Z" : "2024-05-02T10:00:00Z";
        attempt.seconds = 30.0;
        attempt.score = score;
        attempt.maxScore = 50.0;
        for (std::size_t i = 0; i < pairs().size(); ++i) {
            ItemResult item;
            item.id = pairs()[i];
            item.maxPoints = 10.0;
            item.points = static_cast<int>(i) * 10 < score ? 10.0 : 0.0;
            item.correct = item.points == 10.0;
            item.mistakes = item.correct ? 0 : 1;
            attempt.items.push_back(item);
        }
        progress.add(attempt);
    }
    const std::string text = progressToXml(progress);
    writeFile(xml, text);

    const Run run = play(scratch, home, kMenu + "expect-text \"Best 80 %\"\n");
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "acuquest: ") == 0);
    CHECK_FALSE(fs::exists(xml));
    CHECK(readFile(xml.string() + ".imported") == text);
    const fs::path db = saveFile(home);
    REQUIRE(integrity(db) == "ok");
    CHECK(answers(db).size() == 2 * pairs().size());
    CHECK(queryValue(db, "SELECT COUNT(*) FROM imported_files") == "1");
    CHECK(queryValue(db, "SELECT group_concat(kind || ' ' || CAST(score AS INTEGER), ', ') FROM attempts") ==
          "matching 20, matching 40");

    // The next start imports nothing again, and plays on top of it.
    const Run again = play(scratch, home, kMenu + "expect-text \"Best 80 %\"\n" + playOnce() +
                                              "expect-text \"Best 100 %\"\n");
    INFO(tail(again));
    CHECK(again.exitCode == 0);
    CHECK(count(again.err, "acuquest: ") == 0);
    CHECK(answers(db).size() == 3 * pairs().size());
    CHECK(queryValue(db, "SELECT attempts FROM level_stats") == "3");
}

TEST_CASE("[robustness] game saves: a damaged first-release progress.xml is kept aside and the player told")
{
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    const fs::path xml = dataFolder(home) / "profiles" / "default" / "progress.xml";
    Progress progress;
    progress.add(Attempt{AttemptKind::Matching, kLevel, "2024-05-01T10:00:00Z", 30.0, 40.0, 50.0, true, {}});
    const std::string damaged = progressToXml(progress).substr(0, 60);
    writeFile(xml, damaged);

    const Run run = play(scratch, home, kMenu + "expect-text \"Your old save\"\nexpect-text \"Not played yet\"\n" +
                                            playOnce() + "expect-text \"Best 100 %\"\n");
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your old save " + xml.string() + " was damaged (") == 1);
    CHECK(count(run.err, "; it was kept as progress.xml.corrupt-1.") == 1);
    CHECK(count(run.err, "acuquest: ") == 1);
    CHECK_FALSE(fs::exists(xml));
    CHECK(readFile(xml.string() + ".corrupt-1") == damaged);
    CHECK(answers(saveFile(home)).size() == pairs().size());
}

TEST_CASE("[robustness] game privileged: a full disk: told once, play goes on, answers written once there is room")
{
    requireCapability(canUnshareMounts(), "mount a small file system in a private mount namespace (unshare -m)");
    Scratch scratch;
    const fs::path seed = scratch.path() / "seed";
    seedHistory(seed, 37);
    const auto seeded = answers(saveFile(seed));
    const fs::path home = scratch.path() / "data";
    const fs::path folder = dataFolder(home);
    const fs::path result = scratch.path() / "result";
    fs::create_directories(folder);
    fs::create_directories(result);
    // A 256 KiB tmpfs as the data folder holding the seeded history, filled up but for 40 KiB:
    // room for the -shm (32 KiB), not for a level's answers in the -wal. Once the player is told,
    // the filler goes. After the game, what the folder holds is copied out for the checks (the
    // mount is gone with the namespace).
    const Run run = play(scratch, home, playTwiceThroughAFault(), [&](const std::string& game) {
        const std::string f = quoted(folder.string());
        const std::string filler = quoted((folder / "filler").string());
        const std::string inside =
            "mount --make-rprivate / && mount -t tmpfs -o size=256k tmpfs " + f + " && cp " +
            quoted(saveFile(seed).string()) + " " + f + "/ && (dd if=/dev/zero of=" + filler +
            " bs=4k 2>/dev/null; true) && truncate -s -40k " + filler + " && ( " +
            liftWhenTold(game, scratch.path() / "game.err", "rm -f " + filler) + " ); rc=$?; cp -a " + f + "/. " +
            quoted(result.string()) + "/; exit $rc";
        return "unshare -m sh -c " + quoted(inside);
    });
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, kNotSaved) == 1);
    CHECK(count(run.err, "database or disk is full") == 1);
    checkAllWritten(result / "history.sqlite", seeded);
}

TEST_CASE("[robustness] game privileged: a read-only data folder: the history is shown and the player told once")
{
    requireCapability(canUnshareMounts(), "bind-mount a folder read-only in a private mount namespace (unshare -m)");
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    seedHistory(home, 37);
    const fs::path db = saveFile(home);
    const std::string before = readFile(db);
    const auto names = namesIn(dataFolder(home));
    const fs::path tmp = scratch.path() / "tmp";
    fs::create_directories(tmp);
    const Run run = play(scratch, home,
                         kMenu + "expect-text \"Best 74 %\"\nexpect-text \"cannot be written\"\n" +
                             playOnce() + "expect-text \"Best 100 %\"\n" + playOnce(),
                         [&](const std::string& game) {
                             const std::string d = quoted(home.string());
                             return "unshare -m sh -c " +
                                    quoted("mount --make-rprivate / && mount --bind " + d + " " + d +
                                           " && mount -o remount,bind,ro " + d + " && TMPDIR=" +
                                           quoted(tmp.string()) + " exec " + game);
                         });
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your history in " + dataFolder(home).string() + " cannot be written (") == 1);
    CHECK(count(run.err, "acuquest: ") == 1);
    CHECK(readFile(db) == before);
    CHECK(namesIn(dataFolder(home)) == names);
    CHECK(namesIn(tmp) == std::set<std::string>{}); // the temporary copy is gone with the game
}

TEST_CASE("[robustness] game privileged: an unreadable history is left untouched and the player told")
{
    requireCapability(!isRoot() || canDropToNobody(), "run a command as an unprivileged user (setpriv)");
    Scratch scratch;
    const fs::path home = scratch.path() / "data";
    seedHistory(home, 37);
    const fs::path db = saveFile(home);
    const std::string before = readFile(db);
    const auto names = namesIn(dataFolder(home));
    fs::create_directories(scratch.path() / "home");
    if (isRoot()) // the unprivileged user owns its data and home folders, as a player does
        REQUIRE(std::system(("chown -R 65534:65534 " + quoted(home.string()) + " " +
                             quoted((scratch.path() / "home").string()))
                                .c_str()) == 0);
    fs::permissions(db, fs::perms::none);
    const Run run = play(scratch, home,
                         kMenu + "expect-text \"cannot be read\"\n" + playOnce() +
                             "expect-text \"Best 100 %\"\n",
                         [](const std::string& command) { return asNobody() + command; });
    INFO(tail(run));
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "Your history " + db.string() + " cannot be read. It is left as it is") == 1);
    CHECK(count(run.err, "acuquest: ") == 1);
    CHECK((fs::status(db).permissions() & fs::perms::all) == fs::perms::none);
    CHECK(namesIn(dataFolder(home)) == names);
    fs::permissions(db, fs::perms::owner_read);
    CHECK(readFile(db) == before);
}
