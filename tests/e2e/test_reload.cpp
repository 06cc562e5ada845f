// End-to-end: F5 loads the levels again while the game runs (issue 20, section 4). An author
// edits a level of their own folder (copy-file stands for saving it in an editor), presses F5,
// and sees the outcome in the game: the summary, the file's problems as `file:line: message`,
// a round that goes on when its level still plays and gives way when it broke.
#include "e2e/GameRunner.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace acq;
using namespace acq::e2e;

namespace {

std::string matchingLevel(const std::string& title)
{
    return "<level format=\"1\" id=\"mine\" kind=\"matching\" title=\"" + title + R"(" order="1">
  <pair id="a"><prompt>Alpha prompt</prompt><answer>First answer</answer></pair>
  <pair id="b"><prompt>Beta prompt</prompt><answer>Second answer</answer></pair>
  <pair id="c"><prompt>Gamma prompt</prompt><answer>Third answer</answer></pair>
  <distractor>Fourth answer</distractor>
  <distractor>Fifth answer</distractor>
</level>
)";
}

// The second pair has lost its answer: an error on line 3.
const char* kBroken = R"(<level format="1" id="mine" kind="matching" title="Mine" order="1">
  <pair id="a"><prompt>Alpha prompt</prompt><answer>First answer</answer></pair>
  <pair id="b"><prompt>Beta prompt</prompt></pair>
</level>
)";

struct AuthorFolder {
    TempFolder temp;
    std::filesystem::path levels = temp.path() / "levels";
    std::filesystem::path drafts = temp.path() / "drafts";
    std::filesystem::path level = levels / "mine.xml";

    AuthorFolder()
    {
        std::filesystem::create_directories(levels);
        std::filesystem::create_directories(drafts);
        write(level, matchingLevel("Mine"));
        write(drafts / "retitled.xml", matchingLevel("Mine, retitled"));
        write(drafts / "broken.xml", kBroken);
        write(drafts / "fixed.xml", matchingLevel("Mine, fixed"));
    }
    static void write(const std::filesystem::path& file, const std::string& text) { std::ofstream(file) << text; }
    std::string copy(const std::string& draft) const
    {
        return "copy-file \"" + (drafts / draft).string() + "\" \"" + level.string() + "\"\nkey F5\nwait 0.1\n";
    }
    GameRun run(const std::string& script) const
    {
        return runGame(temp.path() / "data", script, "--levels \"" + levels.string() + "\"");
    }
};

} // namespace

TEST_CASE("[e2e] F5 shows a broken level's problems as file:line, and the fix once it is saved")
{
    AuthorFolder author;
    const std::string script = "expect-scene menu\nexpect-text \"Mine\"\n" + author.copy("broken.xml") +
                               "expect-text \"1 has problems.\"\n"
                               "expect-text \"mine.xml:3: \"\n"
                               "key End\nkey Enter\nwait 0.1\nexpect-scene problems\n"
                               "expect-text \"This level cannot be played\"\n" +
                               author.copy("fixed.xml") +
                               "expect-scene problems\nexpect-text \"This level plays now\"\n"
                               "expect-text \"none has problems.\"\n"
                               "key Escape\nwait 0.1\nexpect-scene menu\n"
                               "click-on mine\nwait 0.1\nexpect-scene intro\nexpect-text \"Mine, fixed\"\nclose\n";
    const GameRun run = author.run(script);
    INFO(run.log);
    CHECK(run.exitCode == 0);
    // As at start-up, the problems also go to stderr, for an author watching the terminal.
    CHECK(run.log.find("mine.xml:3: ") != std::string::npos);
}

TEST_CASE("[e2e] F5 during a round: it goes on while its level plays, and gives way to the problems when it broke")
{
    AuthorFolder author;
    const auto data = author.temp.path() / "data";
    const std::string script = "expect-scene menu\nclick-on mine\nclick-on start\nwait 0.3\nexpect-scene matching\n"
                               "choose-answer right\nwait 0.2\n" +
                               author.copy("retitled.xml") +
                               "expect-scene matching\nexpect-text \"Levels reloaded:\"\n"
                               "choose-answer right\nwait 0.2\n" +
                               author.copy("broken.xml") +
                               "expect-scene problems\nexpect-text \"mine.xml:3: \"\n"
                               "key Escape\nwait 0.1\nexpect-scene menu\nclose\n";
    const GameRun run = author.run(script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    // The round left for the problems kept what was answered, as leaving it with Esc does.
    const Progress saved = loadSavedProgress(data);
    const Attempt* attempt = lastAttempt(saved, "mine");
    REQUIRE(attempt != nullptr);
    CHECK_FALSE(attempt->completed);
    CHECK(answeredItems(*attempt) == 2);
}
