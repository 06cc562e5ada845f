#include "TempDir.h"
#include "io/ProgressStore.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

Progress sample()
{
    Progress progress;
    Attempt placement;
    placement.levelId = "lower-back";
    placement.startedAt = "2024-05-01T10:20:30Z";
    placement.seconds = 12.345678901234567;
    placement.score = 1.0 / 3.0;
    placement.maxScore = 500.0;
    placement.completed = true;
    ItemResult hit;
    hit.id = "BL23";
    hit.points = 87.12345678901234;
    hit.maxPoints = 100.0;
    hit.correct = false;
    hit.distanceCun = 0.1 + 0.2;
    hit.click = Vec2{170.00000000000003, -1e-300};
    placement.items.push_back(hit);
    ItemResult skipped;
    skipped.id = "GV4";
    skipped.maxPoints = 100.0;
    placement.items.push_back(skipped);
    progress.add(placement);

    Attempt matching;
    matching.levelId = "causes";
    matching.startedAt = "2024-05-02T08:00:00Z <&\"'> Shènshū";
    matching.seconds = 0.0;
    matching.score = 17.0;
    matching.maxScore = 20.0;
    matching.completed = false;
    ItemResult pair;
    pair.id = "herniated-disc";
    pair.points = 10.0;
    pair.maxPoints = 10.0;
    pair.correct = true;
    pair.mistakes = 2;
    matching.items.push_back(pair);
    progress.add(matching);
    return progress;
}

void checkSame(const Progress& a, const Progress& b)
{
    REQUIRE(a.attempts().size() == b.attempts().size());
    for (std::size_t i = 0; i < a.attempts().size(); ++i) {
        const Attempt& x = a.attempts()[i];
        const Attempt& y = b.attempts()[i];
        CHECK(x.levelId == y.levelId);
        CHECK(x.startedAt == y.startedAt);
        CHECK(x.seconds == y.seconds); // exact: the text must read back to the same double
        CHECK(x.score == y.score);
        CHECK(x.maxScore == y.maxScore);
        CHECK(x.completed == y.completed);
        REQUIRE(x.items.size() == y.items.size());
        for (std::size_t k = 0; k < x.items.size(); ++k) {
            const ItemResult& p = x.items[k];
            const ItemResult& q = y.items[k];
            CHECK(p.id == q.id);
            CHECK(p.points == q.points);
            CHECK(p.maxPoints == q.maxPoints);
            CHECK(p.correct == q.correct);
            CHECK(p.distanceCun == q.distanceCun);
            CHECK(p.click.has_value() == q.click.has_value());
            if (p.click && q.click)
                CHECK(*p.click == *q.click);
            CHECK(p.mistakes == q.mistakes);
        }
    }
}

std::string read(const fs::path& file) { return TempDir::read(file); }

std::string problemOf(const std::string& text)
{
    Progress progress;
    std::string problem;
    CHECK_FALSE(progressFromXml(text, progress, problem));
    return problem;
}

} // namespace

TEST_CASE("[progress] attempts survive the XML round trip exactly")
{
    const Progress original = sample();
    const std::string xml = progressToXml(original);
    Progress back;
    std::string problem;
    REQUIRE_MESSAGE(progressFromXml(xml, back, problem), problem);
    checkSame(original, back);
    CHECK(xml.find("<acuquest-progress format=\"1\">") != std::string::npos);
}

TEST_CASE("[progress] an empty progress round-trips")
{
    Progress back;
    back.add(Attempt{});
    std::string problem;
    REQUIRE(progressFromXml(progressToXml(Progress()), back, problem));
    CHECK(back.attempts().empty());
}

TEST_CASE("[progress] reading is strict")
{
    CHECK(problemOf("<acuquest-progress format=\"2\"/>") == "format 2 is not supported by this version (1)");
    CHECK(problemOf("<acuquest-progress/>") == "line 1: <acuquest-progress> attribute \"format\" is missing");
    CHECK(problemOf("<progress format=\"1\"/>") == "the root element is <progress>, not <acuquest-progress>");
    CHECK(problemOf("<acuquest-progress format=\"1\">\n<attempt level=\"a\" started=\"\" seconds=\"1.5abc\" score=\"1\" max=\"2\" completed=\"true\"/>\n</acuquest-progress>") ==
          "line 2: <attempt> attribute \"seconds\" is not a number");
    CHECK(problemOf("<acuquest-progress format=\"1\">\n<attempt level=\"a\" started=\"\" seconds=\"1\" score=\"inf\" max=\"2\" completed=\"true\"/>\n</acuquest-progress>") ==
          "line 2: <attempt> attribute \"score\" is not a number");
    CHECK(problemOf("<acuquest-progress format=\"1\"><attempt level=\"a\" started=\"\" seconds=\"1\" score=\"1\" max=\"2\" completed=\"yes\"/></acuquest-progress>") ==
          "line 1: <attempt> attribute \"completed\" is not true or false");
    CHECK(problemOf("<acuquest-progress format=\"1\"><attempt level=\"a\" started=\"\" seconds=\"1\" score=\"1\" max=\"2\" completed=\"true\">\n"
                    "<item id=\"x\" points=\"1\" max=\"1\" correct=\"true\" mistakes=\"1.5\"/></attempt></acuquest-progress>") ==
          "line 2: <item> attribute \"mistakes\" is not a whole number");
    CHECK(problemOf("<acuquest-progress format=\"1\"><attempt") == "progress.xml:1: not well-formed XML: a malformed element in <attempt>");
    CHECK(problemOf("") == "progress.xml:0: file is empty");
}

TEST_CASE("[progress] a failed read leaves the output untouched")
{
    Progress progress = sample();
    std::string problem;
    CHECK_FALSE(progressFromXml("<acuquest-progress format=\"1\"><attempt level=\"a\"/></acuquest-progress>", progress, problem));
    CHECK(progress.attempts().size() == 2);
}

TEST_CASE("[progress] a missing save is a fresh start without a notice")
{
    TempDir dir;
    ProgressStore store(dir.path() / "profiles" / "default");
    const LoadOutcome outcome = store.load();
    CHECK(outcome.progress.attempts().empty());
    CHECK(outcome.notice.empty());
    CHECK_FALSE(fs::exists(dir.path() / "profiles")); // loading creates nothing
}

TEST_CASE("[progress] save then load gives the same attempts")
{
    TempDir dir;
    ProgressStore store(dir.path() / "profiles" / "default");
    const SaveOutcome saved = store.save(sample());
    REQUIRE_MESSAGE(saved.ok, saved.problem);
    CHECK(store.file() == dir.path() / "profiles" / "default" / "progress.xml");
    CHECK(fs::is_regular_file(store.file()));
    CHECK_FALSE(fs::exists(dir.path() / "profiles" / "default" / ("progress.xml.tmp-" + std::to_string(::getpid()))));
    const LoadOutcome loaded = ProgressStore(dir.path() / "profiles" / "default").load();
    CHECK(loaded.notice.empty());
    checkSame(sample(), loaded.progress);
}

TEST_CASE("[progress] saving keeps the previous save as the backup")
{
    TempDir dir;
    ProgressStore store(dir.path());
    Progress first;
    first.add(Attempt{"a", "t1", 1.0, 1.0, 1.0, true, {}});
    REQUIRE(store.save(first).ok);
    CHECK_FALSE(fs::exists(dir.path() / "progress.xml.bak"));
    const std::string firstBytes = read(store.file());
    Progress second = first;
    second.add(Attempt{"b", "t2", 2.0, 2.0, 2.0, true, {}});
    REQUIRE(store.save(second).ok);
    CHECK(read(dir.path() / "progress.xml.bak") == firstBytes);
    CHECK(read(store.file()) == progressToXml(second));
}

TEST_CASE("[progress] a corrupt save is kept aside and the backup is loaded")
{
    TempDir dir;
    ProgressStore store(dir.path());
    Progress first;
    first.add(Attempt{"a", "t1", 1.0, 1.0, 1.0, true, {}});
    REQUIRE(store.save(first).ok);
    Progress second = first;
    second.add(Attempt{"b", "t2", 2.0, 2.0, 2.0, true, {}});
    REQUIRE(store.save(second).ok);
    const std::string damaged = "<acuquest-progress format=\"1\"><attempt level=\"a\" sec";
    dir.write("progress.xml", damaged);

    const LoadOutcome outcome = store.load();
    CHECK(outcome.progress.attempts().size() == 1); // the backup: the first save
    CHECK(read(dir.path() / "progress.xml.corrupt-1") == damaged);
    CHECK_FALSE(fs::exists(store.file()));
    CHECK(outcome.notice.find("it was kept as progress.xml.corrupt-1") != std::string::npos);
    CHECK(outcome.notice.find("Your backup (progress.xml.bak) was loaded.") != std::string::npos);

    // The next save starts again from what was loaded; the damaged file stays where it is.
    REQUIRE(store.save(outcome.progress).ok);
    CHECK(read(dir.path() / "progress.xml.corrupt-1") == damaged);
    CHECK(store.load().notice.empty());
}

TEST_CASE("[progress] corrupt saves never overwrite one another")
{
    TempDir dir;
    ProgressStore store(dir.path());
    dir.write("progress.xml", "first damage");
    CHECK_FALSE(store.load().notice.empty());
    dir.write("progress.xml", "second damage");
    const LoadOutcome outcome = store.load();
    CHECK(read(dir.path() / "progress.xml.corrupt-1") == "first damage");
    CHECK(read(dir.path() / "progress.xml.corrupt-2") == "second damage");
    CHECK(outcome.notice.find("No backup was found, so you start with no progress.") != std::string::npos);
}

TEST_CASE("[progress] a corrupt backup is kept aside too")
{
    TempDir dir;
    ProgressStore store(dir.path());
    dir.write("progress.xml", "bad");
    dir.write("progress.xml.bak", "also bad");
    const LoadOutcome outcome = store.load();
    CHECK(outcome.progress.attempts().empty());
    CHECK(read(dir.path() / "progress.xml.corrupt-1") == "bad");
    CHECK(read(dir.path() / "progress.xml.bak.corrupt-1") == "also bad");
    CHECK(outcome.notice.find("could not be read either (it was kept as progress.xml.bak.corrupt-1)") != std::string::npos);
}

TEST_CASE("[progress] a save from a later version is not overwritten")
{
    TempDir dir;
    ProgressStore store(dir.path());
    const std::string future = "<acuquest-progress format=\"2\"/>";
    dir.write("progress.xml", future);
    REQUIRE(store.save(sample()).ok);
    CHECK(read(dir.path() / "progress.xml.corrupt-1") == future);
    CHECK_FALSE(fs::exists(dir.path() / "progress.xml.bak"));
    CHECK(store.load().progress.attempts().size() == 2);
}

TEST_CASE("[progress] a save that cannot be moved aside is left as it is")
{
    TempDir dir;
    ProgressStore store(dir.path());
    dir.write("progress.xml", "bad");
    // Every corrupt-N name taken: the store must give up rather than replace one.
    for (int n = 1; n < 1000; ++n)
        std::ofstream(dir.path() / ("progress.xml.corrupt-" + std::to_string(n)));
    const LoadOutcome outcome = store.load();
    CHECK(read(store.file()) == "bad");
    CHECK(outcome.notice.find("could not be moved aside (too many damaged saves are kept already); it was left as it is") !=
          std::string::npos);
    // And saving must not replace it either.
    const SaveOutcome saved = store.save(sample());
    CHECK_FALSE(saved.ok);
    CHECK(read(store.file()) == "bad");
}

TEST_CASE("[progress] a save that cannot create its temporary file changes nothing")
{
    TempDir dir;
    ProgressStore store(dir.path());
    REQUIRE(store.save(sample()).ok);
    Progress more = sample();
    more.add(Attempt{"c", "t3", 3.0, 3.0, 3.0, true, {}});
    REQUIRE(store.save(more).ok);
    const std::string current = read(store.file());
    const std::string backup = read(dir.path() / "progress.xml.bak");

    // A folder where the temporary file should go: even root cannot open it for writing.
    const fs::path temp = dir.mkdir("progress.xml.tmp-" + std::to_string(::getpid()));
    Progress other;
    const SaveOutcome saved = store.save(other);
    CHECK_FALSE(saved.ok);
    CHECK(saved.problem.find("cannot create " + temp.string()) == 0);
    CHECK(read(store.file()) == current);
    CHECK(read(dir.path() / "progress.xml.bak") == backup);
    CHECK(fs::is_directory(temp));
}

TEST_CASE("[progress] a save into a folder that is a file fails cleanly")
{
    TempDir dir;
    const fs::path notAFolder = dir.write("profile", "I am a file");
    ProgressStore store(notAFolder);
    const SaveOutcome saved = store.save(sample());
    CHECK_FALSE(saved.ok);
    CHECK(saved.problem.find("cannot create the folder " + notAFolder.string()) == 0);
    CHECK(read(notAFolder) == "I am a file");
}

TEST_CASE("[progress] a backup that cannot be replaced fails the save and changes nothing")
{
    TempDir dir;
    ProgressStore store(dir.path());
    REQUIRE(store.save(sample()).ok);
    const std::string current = read(store.file());
    dir.mkdir("progress.xml.bak/occupied"); // a non-empty folder cannot be renamed over
    const SaveOutcome saved = store.save(Progress());
    CHECK_FALSE(saved.ok);
    CHECK(saved.problem.find("cannot replace the backup") == 0);
    CHECK(read(store.file()) == current);
    for (const auto& entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("[progress] a missing save with a backup restores the backup")
{
    TempDir dir;
    ProgressStore store(dir.path());
    dir.write("progress.xml.bak", progressToXml(sample()));
    const LoadOutcome outcome = store.load();
    CHECK(outcome.progress.attempts().size() == 2);
    CHECK(outcome.notice == "Your save file was missing. Your backup (progress.xml.bak) was loaded.");
}

TEST_CASE("[progress] a folder in place of the save is moved aside")
{
    TempDir dir;
    ProgressStore store(dir.path());
    dir.mkdir("progress.xml");
    const LoadOutcome outcome = store.load();
    CHECK(outcome.progress.attempts().empty());
    CHECK(fs::is_directory(dir.path() / "progress.xml.corrupt-1"));
    CHECK(store.save(sample()).ok);
}

TEST_CASE("[progress] years of play still load: a save far beyond the level limits round-trips")
{
    // A level file is refused beyond 100,000 tags; a save must not be, or a long-time player
    // would find their history set aside as damaged. 20,000 attempts of 19 items is ~420,000 tags.
    TempDir dir;
    acq::Progress progress;
    for (int a = 0; a < 20000; ++a) {
        acq::Attempt attempt;
        attempt.levelId = a % 2 ? "all-regions" : "causes";
        attempt.startedAt = "2026-11-25T12:00:00Z";
        attempt.seconds = a;
        attempt.score = a % 101;
        attempt.maxScore = 100;
        for (int i = 0; i < 19; ++i)
            attempt.items.push_back({"P" + std::to_string(i), 5.0, 10.0, i % 2 == 0, 0.25, acq::Vec2{1.0, 2.0}, 0});
        progress.add(std::move(attempt));
    }
    acq::ProgressStore store(dir.path() / "profile");
    REQUIRE(store.save(progress).ok);
    const acq::LoadOutcome loaded = store.load();
    CHECK(loaded.notice.empty());
    REQUIRE(loaded.progress.attempts().size() == 20000);
    CHECK(loaded.progress.attempts().back().items.size() == 19);
    CHECK(loaded.progress.attempts().back().seconds == 19999.0);
}

TEST_CASE("[progress] a save text built one attempt at a time reads back as the whole history")
{
    const Progress all = sample();
    ProgressXmlText text;
    Progress empty;
    std::string problem;
    REQUIRE_MESSAGE(progressFromXml(text.text(), empty, problem), problem);
    CHECK(empty.attempts().empty());
    for (const Attempt& attempt : all.attempts())
        text.append(attempt);
    CHECK(text.text() == progressToXml(all));
    Progress back;
    REQUIRE_MESSAGE(progressFromXml(text.text(), back, problem), problem);
    checkSame(back, all);

    // Appending to a text made from a loaded history, as the game does after each level.
    ProgressXmlText resumed(back);
    resumed.append(all.attempts().front());
    Progress three;
    REQUIRE_MESSAGE(progressFromXml(resumed.text(), three, problem), problem);
    REQUIRE(three.attempts().size() == 3);
    CHECK(three.attempts()[2].items.front().click == all.attempts().front().items.front().click);
}

namespace {
ino_t inodeOf(const fs::path& file)
{
    struct stat info {};
    REQUIRE(::lstat(file.c_str(), &info) == 0);
    return info.st_ino;
}
} // namespace

TEST_CASE("[progress] the backup is the previous save file itself, not a copy of it")
{
    TempDir dir;
    ProgressStore store(dir.path());
    REQUIRE(store.save(sample()).ok);
    const ino_t first = inodeOf(store.file());
    const std::string firstText = read(store.file());
    Progress more = sample();
    more.add(Attempt{"c", "t3", 3.0, 3.0, 3.0, true, {}});
    REQUIRE(store.save(more).ok);
    CHECK(inodeOf(dir.path() / "progress.xml.bak") == first);
    CHECK(read(dir.path() / "progress.xml.bak") == firstText);
    CHECK(inodeOf(store.file()) != first);
    CHECK(store.load().progress.attempts().size() == 3);
}

TEST_CASE("[progress] a save changed by someone else since it was loaded is checked before it becomes the backup")
{
    TempDir dir;
    ProgressStore store(dir.path());
    dir.write("progress.xml", progressToXml(sample()));
    REQUIRE(store.load().progress.attempts().size() == 2);

    SUBCASE("damaged in place: kept aside, never the backup")
    {
        const std::string damaged(read(store.file()).size(), 'x'); // same size, other bytes
        // File times have a granularity of a clock tick (up to 10 ms): another program's write
        // comes later than that after the game loaded the file.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        {
            std::ofstream out(store.file(), std::ios::binary | std::ios::in);
            out << damaged;
        }
        REQUIRE(store.save(Progress()).ok);
        CHECK(read(dir.path() / "progress.xml.corrupt-1") == damaged);
        CHECK_FALSE(fs::exists(dir.path() / "progress.xml.bak"));
    }
    SUBCASE("replaced by another valid save: that one becomes the backup")
    {
        Progress other;
        other.add(Attempt{"other", "t", 1.0, 1.0, 1.0, true, {}});
        const fs::path replacement = dir.write("elsewhere.xml", progressToXml(other));
        fs::rename(replacement, store.file());
        REQUIRE(store.save(Progress()).ok);
        CHECK(read(dir.path() / "progress.xml.bak") == progressToXml(other));
        CHECK_FALSE(fs::exists(dir.path() / "progress.xml.corrupt-1"));
    }
}

TEST_CASE("[progress] a save cut short between its renames leaves nothing behind the next time")
{
    // The kill came after the backup took the current file's second name and before the new file
    // replaced it: progress.xml and progress.xml.bak are one file.
    TempDir dir;
    ProgressStore store(dir.path());
    REQUIRE(store.save(sample()).ok);
    REQUIRE(::link(store.file().c_str(), (dir.path() / "progress.xml.bak").c_str()) == 0);
    ProgressStore restarted(dir.path());
    REQUIRE(restarted.load().progress.attempts().size() == 2);
    REQUIRE(restarted.save(Progress()).ok);
    CHECK(read(dir.path() / "progress.xml.bak") == progressToXml(sample()));
    CHECK(restarted.load().progress.attempts().empty());
    for (const auto& entry : fs::directory_iterator(dir.path()))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}
