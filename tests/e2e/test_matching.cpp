// The matching screen played through the real game: every right pair says why at once, the
// cards fit the smallest window, and keyboard play shows where it is and keeps its row.
#include "e2e/GameRunner.h"

#include "core/MatchingRound.h"
#include "core/Random.h"
#include "io/LevelCatalog.h"

#include <SFML/Graphics/Image.hpp>
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace acq;
using namespace acq::e2e;

namespace {

// The focus ring's colour and the picked and matched cards' fills (MatchingScene.cpp; picked is
// colors::accentSoft): drawn as plain panels, so their pixels have exactly these colours.
const sf::Color kFocusRing{17, 24, 39};
const sf::Color kPickedFill{214, 230, 247};
const sf::Color kMatchedFill{236, 233, 226};

std::size_t pixelsOf(const std::filesystem::path& png, sf::Color colour)
{
    sf::Image image;
    REQUIRE(image.loadFromFile(png.string()));
    std::size_t n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x)
            n += image.getPixel(x, y) == colour ? 1 : 0;
    return n;
}

// A text for expect-text: the script's quoting has no escape for a double quote, so the text
// is taken up to the first one.
std::string quoted(const std::string& text)
{
    return "\"" + text.substr(0, text.find('"')) + "\"";
}

std::vector<const Level*> shippedMatchingLevels()
{
    const std::filesystem::path root = ACUQUEST_SOURCE_DIR;
    static const LevelCatalog catalog = loadCatalog({root / "levels"}, {root / "levels", root / "assets"});
    std::vector<const Level*> out;
    for (const LevelEntry& entry : catalog.entries)
        if (entry.playable() && entry.level->matching())
            out.push_back(&*entry.level);
    REQUIRE(out.size() >= 7);
    return out;
}

} // namespace

namespace {

// The first words of pair `which`'s why (at least three) that begin no other pair's why.
std::string distinctOpening(const std::vector<MatchPair>& pairs, std::size_t which)
{
    const std::string& explain = pairs.at(which).explain;
    REQUIRE(!explain.empty());
    std::size_t end = 0;
    for (int words = 0; end != std::string::npos; ++words) {
        end = explain.find(' ', end + 1);
        const std::string opening = explain.substr(0, end);
        if (words < 2)
            continue;
        bool shared = false;
        for (std::size_t i = 0; i < pairs.size(); ++i)
            shared = shared || (i != which && pairs[i].explain.rfind(opening, 0) == 0);
        if (!shared)
            return opening;
    }
    return explain;
}

// Plays `level` from the menu, each pair right at once, checking its why after each pair but the
// last (which ends the round: its why is on the results, as every other is).
std::string playAllRight(const Level& level)
{
    const auto& pairs = level.matching()->pairs;
    std::string script = "click-on " + level.id + "\nclick-on start\nwait 0.3\nexpect-scene matching\n";
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        script += "click-on prompt:" + pairs[i].id + "\nclick-on answer:" + pairs[i].id + "\nwait 0.1\n";
        if (i + 1 < pairs.size())
            script += "expect-scene matching\nexpect-text " + quoted("Why: " + pairs[i].explain) + "\n";
    }
    // The results review every pair with its why, the last pair's too (its row last: Down
    // selects it and scrolls it into view). The review wraps its lines, so the check is on the
    // why's opening words, enough of them that no other pair's why starts the same.
    script += "expect-scene results\n";
    for (std::size_t i = 0; i < pairs.size(); ++i)
        script += "key Down\nwait 0.05\n";
    script += "wait 0.1\nexpect-text " + quoted("Why: " + distinctOpening(pairs, pairs.size() - 1)) + "\n";
    return script + "click-on menu\nwait 0.3\nexpect-scene menu\n";
}

} // namespace

TEST_CASE("[e2e] matching: every right pair shows why at once, on every level, its cards fitting at 11 px")
{
    TempFolder temp;
    std::string script = "expect-scene menu\n";
    for (const Level* level : shippedMatchingLevels()) {
        REQUIRE(level->matching()->pairs.size() >= 2);
        script += playAllRight(*level);
    }
    const GameRun run = runGame(temp.path() / "data", script + "close\n");
    INFO(run.log);
    CHECK(run.exitCode == 0);
    // The screen says on stderr when a level's cards need text under 11 px.
    CHECK(run.log.find("do not fit") == std::string::npos);

    // The smallest window still shows each why whole, with the most cards.
    {
        // (opened from the menu at the full size, where the menu shows every level)
        std::string script = playAllRight(*loadShippedLevel("causes.xml"));
        const std::string opened = "expect-scene matching\n";
        script.insert(script.find(opened) + opened.size(), "window 640 480\n");
        const GameRun small = runGame(temp.path() / "data", script + "close\n");
        INFO(small.log);
        CHECK(small.exitCode == 0);
    }
    // And the check fails on a why that is not shown.
    {
        const GameRun wrong = runGame(temp.path() / "data", "click-on basics\nclick-on start\nwait 0.3\n"
                                                            "expect-text \"Why: no such reason\"\n");
        CHECK(wrong.exitCode == 3);
    }
}

TEST_CASE("[e2e] matching by keyboard: the first key shows the focus, Left and Right keep the row, picked and matched differ")
{
    TempFolder temp;
    const auto level = loadShippedLevel("basics.xml");
    // Scripted play shuffles the first round with seed 1: the same model tells the card order.
    MatchingRound round(*level, roundSeed(1, 0), 0.0);
    const auto& prompts = round.prompts();
    const auto& answers = round.answers();
    REQUIRE(prompts.size() >= 4);
    REQUIRE(answers.size() > prompts.size());
    const std::filesystem::path shots = temp.path();
    auto shot = [&](const char* name) { return "screenshot \"" + (shots / name).string() + "\"\n"; };
    auto picked = [](const std::string& text) { return "expect-text " + quoted("Picked: " + text) + "\n"; };

    std::string script = "click-on basics\nclick-on start\nwait 0.3\nexpect-scene matching\n" + shot("0-none.png");
    // The first press only shows where the focus is: Enter then picks the first card, not the second.
    script += "key Down\n" + shot("1-first-key.png") + "key Enter\n" + picked(prompts.front().text) + "key Escape\n";
    // The last prompt's row: Right goes to the last answer beside it, Left back to that prompt.
    script += "key End\nkey Right\nkey Enter\n" + picked(answers.back().text) + "key Escape\n";
    script += "key Left\nkey Enter\n" + picked(prompts.back().text) + "key Escape\n";
    // The first row: from the first prompt, Right goes to the first answer.
    script += "key Home\nkey Right\nkey Enter\n" + picked(answers.front().text) + "key Escape\n";
    // One pair made: it is drawn matched, not picked; then a card in hand is drawn picked.
    script += "key Left\nkey Home\nchoose-answer right\nwait 0.1\n" + shot("2-matched.png");
    script += "key Home\nkey Enter\n" + shot("3-picked.png") + "close\n";

    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    CHECK(pixelsOf(shots / "0-none.png", kFocusRing) == 0);
    CHECK(pixelsOf(shots / "1-first-key.png", kFocusRing) > 400); // a 3-pixel ring round a card
    CHECK(pixelsOf(shots / "2-matched.png", kMatchedFill) > 1000);
    CHECK(pixelsOf(shots / "2-matched.png", kPickedFill) == 0);
    CHECK(pixelsOf(shots / "3-picked.png", kPickedFill) > 1000);
}
