// End-to-end: the real game plays levels from scripts on Xvfb; the tests check what it saved.
#include "e2e/GameRunner.h"

#include "core/MatchingRound.h"
#include "core/Scoring.h"
#include "io/LevelCatalog.h"

#include <SFML/Graphics/Image.hpp>
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

using namespace acq;
using namespace acq::e2e;

namespace {

std::string at(Vec2 p)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4f %.4f", p.x, p.y);
    return buffer;
}

const Attempt* lastAttemptAt(const Progress& progress, const std::string& levelId)
{
    const Attempt* found = nullptr;
    for (const Attempt& a : progress.attempts())
        if (a.levelId == levelId)
            found = &a;
    return found;
}

// Clicks each point of the lower-back level: the first four on a true spot (the far side of
// the bilateral ones), the last one 1.5 cun too high.
std::string lowerBackByMouse(const Level& level, const std::filesystem::path& screenshot)
{
    const PlacementLevel& placement = *level.placement();
    std::string script = "expect-scene menu\nclick-on lower-back\nexpect-scene intro\nclick-on start\nwait 0.5\nexpect-scene placement\n";
    for (std::size_t i = 0; i < placement.points.size(); ++i) {
        const PointTarget& point = placement.points[i];
        Vec2 click = point.spots.back();
        if (i + 1 == placement.points.size())
            click.y -= 1.5 * placement.mapOf(point).map->findRegion(point.regionId)->unitsPerCun;
        script += "expect-text \"" + point.code + "\"\n";
        script += "click-map " + at(click) + "\nwait 1\n";
        if (i == 0)
            script += "screenshot \"" + (screenshot.parent_path() / "feedback.png").string() + "\"\n";
        script += "click-on next\nwait 0.2\n";
    }
    script += "expect-scene results\nscreenshot \"" + screenshot.string() + "\"\n";
    script += "click-on menu\nwait 0.2\nexpect-scene menu\n";
    return script;
}

// Pairs every prompt with its answer, after one wrong pair first: the first right pair by
// dragging, the others by clicking one card and then the other.
std::string causesByMouse(const Level& level, const std::string& wrongPrompt, const std::string& wrongAnswer)
{
    std::string script = "click-on causes\nclick-on start\nwait 0.5\nexpect-scene matching\n";
    script += "click-on prompt:" + wrongPrompt + "\nwait 0.5\nclick-on answer:" + wrongAnswer + "\nwait 1\n";
    script += "expect-text \"Not a pair\"\n";
    for (const MatchPair& pair : level.matching()->pairs) {
        if (&pair == &level.matching()->pairs.front()) // the first one dragged onto its partner
            script += "drag-on prompt:" + pair.id + " answer:" + pair.id + "\nwait 1\n";
        else
            script += "click-on prompt:" + pair.id + "\nwait 0.5\nclick-on answer:" + pair.id + "\nwait 0.5\n";
    }
    script += "expect-scene results\nclick-on menu\nwait 0.2\n";
    return script;
}

// Share of pixels that differ from the top-left one: a blank or single-colour window is 0.
double varietyOf(const sf::Image& image, std::size_t& colours)
{
    std::set<sf::Uint32> distinct;
    const sf::Color background = image.getPixel(0, 0);
    std::size_t different = 0;
    const sf::Vector2u size = image.getSize();
    for (unsigned y = 0; y < size.y; y += 2)
        for (unsigned x = 0; x < size.x; x += 2) {
            const sf::Color c = image.getPixel(x, y);
            distinct.insert(c.toInteger());
            different += c != background;
        }
    colours = distinct.size();
    return static_cast<double>(different) / static_cast<double>((size.x / 2) * (size.y / 2));
}

} // namespace

TEST_CASE("[e2e] the lower-back level played with the mouse saves the score the rules give")
{
    TempFolder temp;
    const auto level = loadShippedLevel("lower-back.xml");
    const auto screenshot = temp.path() / "results.png";
    const GameRun run = runGame(temp.path() / "data", lowerBackByMouse(*level, screenshot));
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    const Progress progress = loadSavedProgress(temp.path() / "data");
    const Attempt* attempt = lastAttemptAt(progress, "lower-back");
    REQUIRE(attempt != nullptr);
    CHECK(attempt->completed);
    REQUIRE(attempt->items.size() == level->placement()->points.size());
    const PlacementScoring& scoring = level->placement()->scoring;
    for (std::size_t i = 0; i + 1 < attempt->items.size(); ++i) {
        CHECK(attempt->items[i].id == level->placement()->points[i].code);
        CHECK(attempt->items[i].points == doctest::Approx(scoring.maxPoints));
        CHECK(attempt->items[i].correct);
    }
    // 1.5 cun off with a 0.5 cun tolerance and a 2 cun fall-off is half marks; a click lands on
    // a whole pixel, so allow for the sub-pixel rounding.
    const ItemResult& last = attempt->items.back();
    REQUIRE(last.distanceCun.has_value());
    CHECK(*last.distanceCun == doctest::Approx(1.5).epsilon(0.02));
    CHECK(last.points == doctest::Approx(placementPoints(*last.distanceCun, scoring)));
    CHECK(last.points == doctest::Approx(scoring.maxPoints / 2).epsilon(0.05));
    CHECK_FALSE(last.correct);
    double sum = 0;
    for (const ItemResult& item : attempt->items)
        sum += item.points;
    CHECK(attempt->score == doctest::Approx(sum));
    CHECK(attempt->maxScore == doctest::Approx(scoring.maxPoints * 5));
    // Script time only: 0.5 s before the first point, 1 s on each point, 0.2 s between points.
    CHECK(attempt->seconds == doctest::Approx(0.5 + 5 * 1.0 + 4 * 0.2));

    for (const auto& file : {screenshot, temp.path() / "feedback.png"}) {
        sf::Image shot;
        REQUIRE(shot.loadFromFile(file.string()));
        CHECK(shot.getSize() == sf::Vector2u(1280, 800));
        std::size_t colours = 0;
        CHECK(varietyOf(shot, colours) > 0.05);
        CHECK(colours > 20);
    }
}

TEST_CASE("[e2e] the causes level with one wrong pair saves the penalty and the script time")
{
    TempFolder temp;
    const auto level = loadShippedLevel("causes.xml");
    const auto& pairs = level->matching()->pairs;
    REQUIRE(pairs.size() >= 2);
    const GameRun run = runGame(temp.path() / "data", causesByMouse(*level, pairs[0].id, pairs[1].id));
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    const Progress saved1 = loadSavedProgress(temp.path() / "data");
    const Attempt* attempt = lastAttemptAt(saved1, "causes");
    REQUIRE(attempt != nullptr);
    CHECK(attempt->completed);
    const MatchingScoring& scoring = level->matching()->scoring;
    const double all = static_cast<double>(pairs.size() * scoring.pairPoints);
    CHECK(attempt->maxScore == doctest::Approx(all));
    CHECK(attempt->score == doctest::Approx(all - scoring.wrongPenalty));
    // Script time only: 2 s for the wrong pair and its waits, 1 s for each right pair but the
    // last, which ends the round 0.5 s after its prompt was picked.
    CHECK(attempt->seconds == doctest::Approx(2.0 + static_cast<double>(pairs.size() - 1) + 0.5));
    int mistakes = 0;
    for (const ItemResult& item : attempt->items) {
        mistakes += item.mistakes;
        CHECK(item.correct == (item.id != pairs[0].id));
    }
    CHECK(mistakes == 1);
}

TEST_CASE("[e2e] a saved best score is shown again after a restart")
{
    TempFolder temp;
    const auto level = loadShippedLevel("lower-back.xml");
    const auto data = temp.path() / "data";
    REQUIRE(runGame(data, lowerBackByMouse(*level, temp.path() / "r.png")).exitCode == 0);
    const Progress saved2 = loadSavedProgress(data);
    const Attempt* attempt = lastAttemptAt(saved2, "lower-back");
    REQUIRE(attempt != nullptr);
    char best[64];
    // The game shows whole points.
    std::snprintf(best, sizeof best, "Best: %.0f of 500", std::round(attempt->score));
    const GameRun again = runGame(data, std::string("expect-scene menu\nexpect-text \"") + best + "\"\nclose\n");
    INFO(again.log);
    CHECK(again.exitCode == 0);
    // And a wrong expectation does fail the script, so the check above means something.
    const GameRun wrong = runGame(data, "expect-text \"Best: 1 of 7\"\n");
    CHECK(wrong.exitCode == 3);
}

TEST_CASE("[e2e] both levels can be finished with the keyboard alone")
{
    TempFolder temp;
    const auto causes = loadShippedLevel("causes.xml");
    // Placement: arrows move the cross-hair, Enter places, Enter goes on.
    std::string script = "expect-scene menu\nkey Home\nkey Enter\nexpect-scene intro\nkey Enter\nwait 0.2\nexpect-scene placement\n";
    for (int i = 0; i < 5; ++i)
        script += "key Left\nkey Shift+Down\nkey Enter\nwait 0.2\nkey Enter\nwait 0.2\n";
    script += "expect-scene results\nkey Escape\nwait 0.2\nexpect-scene menu\n";

    // Matching: the game shuffles with seed 1 in scripted play; the same model tells where each
    // answer lands, and the keys walk there as a player would.
    MatchingRound round(*causes, 1, 0.0);
    // Down walks the menu in its order (sorted as the game sorts the catalog).
    const std::filesystem::path root = ACUQUEST_SOURCE_DIR;
    const LevelCatalog catalog = loadCatalog({root / "levels"}, {root / "levels", root / "assets"});
    std::size_t lowerBack = 0, causesAt = 0;
    for (std::size_t i = 0; i < catalog.entries.size(); ++i) {
        if (catalog.entries[i].level && catalog.entries[i].level->id == "lower-back") lowerBack = i;
        if (catalog.entries[i].level && catalog.entries[i].level->id == "causes") causesAt = i;
    }
    REQUIRE(lowerBack == 0); // Home reaches it
    for (std::size_t i = 0; i < causesAt; ++i)
        script += "key Down\n";
    script += "key Enter\nkey Enter\nwait 0.2\nexpect-scene matching\n";
    std::size_t promptFocus = 0;
    std::size_t answerFocus = 0;
    auto walk = [&](std::size_t from, std::size_t to, const std::vector<MatchCard>& cards) {
        // Down skips matched cards, as in the scene.
        std::string keys;
        std::size_t at = from;
        while (at != to) {
            do
                at = (at + 1) % cards.size();
            while (cards[at].matched);
            keys += "key Down\n";
        }
        return keys;
    };
    for (std::size_t p = 0; p < round.prompts().size(); ++p) {
        script += walk(promptFocus, p, round.prompts()) + "key Enter\nkey Right\n";
        const std::size_t answer = round.answerFor(p);
        script += walk(answerFocus, answer, round.answers()) + "key Enter\nwait 0.1\n";
        round.match(p, answer, 0.0);
        // After a right pair the scene moves the focus on to the next open card of the answers.
        answerFocus = answer;
        if (!round.finished()) {
            do
                answerFocus = (answerFocus + 1) % round.answers().size();
            while (round.answers()[answerFocus].matched);
        }
        // Back on the prompts, the focus skips the matched one to the next open prompt.
        script += "key Left\n";
        promptFocus = p + 1;
    }
    script += "expect-scene results\nkey Enter\nwait 0.2\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    const Progress progress = loadSavedProgress(temp.path() / "data");
    const Attempt* placement = lastAttemptAt(progress, "lower-back");
    REQUIRE(placement != nullptr);
    CHECK(placement->completed);
    CHECK(placement->items.size() == 5);
    const Attempt* matching = lastAttemptAt(progress, "causes");
    REQUIRE(matching != nullptr);
    CHECK(matching->completed);
    CHECK(matching->score == doctest::Approx(matching->maxScore));
}

TEST_CASE("[e2e] a broken level is listed as broken and the others still play")
{
    TempFolder temp;
    const auto extra = temp.path() / "more-levels";
    std::filesystem::create_directories(extra);
    std::ofstream(extra / "broken.xml") << "<level format=\"1\" id=\"broken\" kind=\"placement\" title=\"Broken one\">\n"
                                           "  <scoring tolerance=\"nan\"/>\n</level>\n";
    const std::string script = "expect-text \"broken.xml\"\nexpect-text \"Broken: 3 problems\"\n"
                               "click-on broken.xml\nwait 0.2\nexpect-scene problems\nexpect-text \"broken.xml:2:\"\n"
                               "key Escape\nwait 0.2\nclick-on how-it-works\nclick-on start\nwait 0.2\nexpect-scene matching\nkey Escape\n"
                               "wait 0.2\nexpect-scene menu\n";
    const GameRun run = runGame(temp.path() / "data", script, "--levels '" + extra.string() + "'");
    INFO(run.log);
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] a click lands on the same map spot at every window size and zoom")
{
    const auto level = loadShippedLevel("lower-back.xml");
    const PointTarget& first = level->placement()->points.front();
    const Vec2 target = first.spots.front();
    struct Case {
        unsigned width, height;
        int wheel;
    };
    for (const Case c : {Case{1280, 800, 0}, Case{700, 900, 0}, Case{1600, 600, 2}, Case{900, 700, -1}}) {
        INFO(c.width << "x" << c.height << " wheel " << c.wheel);
        TempFolder temp;
        std::string script = "window " + std::to_string(c.width) + " " + std::to_string(c.height) +
                             "\nclick-on lower-back\nclick-on start\nwait 0.2\n";
        if (c.wheel != 0)
            script += "move-map " + at(target) + "\nwheel " + std::to_string(c.wheel) + "\n";
        script += "click-map " + at(target) + "\nwait 0.2\nkey Escape\nwait 0.2\n";
        const GameRun run = runGame(temp.path() / "data", script);
        INFO(run.log);
        REQUIRE(run.exitCode == 0);
        const Progress saved3 = loadSavedProgress(temp.path() / "data");
        const Attempt* attempt = lastAttemptAt(saved3, "lower-back");
        REQUIRE(attempt != nullptr);
        CHECK_FALSE(attempt->completed); // left after one point
        REQUIRE(attempt->items.size() == 1);
        REQUIRE(attempt->items[0].click.has_value());
        // Within a pixel: well under 0.1 cun at any of these sizes.
        CHECK(attempt->items[0].distanceCun.value() < 0.1);
        CHECK(distance(*attempt->items[0].click, target) < 1.5);
    }
}
