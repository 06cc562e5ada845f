// End-to-end: the real game plays levels from scripts on Xvfb; the tests check what it saved.
#include "e2e/GameRunner.h"

#include "core/MatchingRound.h"
#include "core/PlacementRound.h"
#include "core/Random.h"
#include "core/Scoring.h"
#include "io/LevelCatalog.h"

#include <SFML/Graphics/Image.hpp>
#include <doctest/doctest.h>

#include <algorithm>
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

// Places each point of the lower-back level on its spot with `click-answer`, whatever order the
// game asks them in: all but the last right on the spot, the last 0.5 cun too high.
std::string lowerBackByMouse(const Level& level, const std::filesystem::path& screenshot)
{
    const std::size_t count = level.placement()->points.size();
    std::string script = "expect-scene menu\nclick-on lower-back\nexpect-scene intro\nclick-on start\nwait 0.5\nexpect-scene placement\n";
    for (std::size_t i = 0; i < count; ++i) {
        script += i + 1 == count ? "click-answer 0 -0.5\nwait 1\n" : "click-answer\nwait 1\n";
        if (i == 0)
            script += "expect-text \"Well placed!\"\nscreenshot \"" + (screenshot.parent_path() / "feedback.png").string() + "\"\n";
        script += "click-on next\nwait 0.2\n";
    }
    script += "expect-scene results\nscreenshot \"" + screenshot.string() + "\"\n";
    script += "click-on menu\nwait 0.2\nexpect-scene menu\n";
    return script;
}

// Opens a level from the menu with the keyboard (Home, Down to it, Enter) and starts it (Enter
// on the introduction), whether or not the menu shows it without scrolling.
std::string openWithKeys(const std::string& levelId)
{
    return "expect-scene menu\n" + menuKeysTo(levelId) + "key Enter\nwait 0.1\nexpect-scene intro\nkey Enter\nwait 0.2\n";
}

const PointTarget& pointWithId(const Level& level, const std::string& id)
{
    const auto& points = level.placement()->points;
    const auto found = std::find_if(points.begin(), points.end(), [&](const PointTarget& p) { return p.id == id; });
    REQUIRE(found != points.end());
    return *found;
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
    const Attempt* attempt = lastAttempt(progress, "lower-back");
    REQUIRE(attempt != nullptr);
    CHECK(attempt->completed);
    REQUIRE(attempt->items.size() == level->placement()->points.size());
    const PlacementScoring& scoring = level->placement()->scoring;
    // Asked in the order seed 1 shuffles them to, not the file's, and saved in that order.
    const PlacementRound model(*level, 1, 0.0);
    std::vector<std::string> fileOrder, asked, saved;
    for (std::size_t i = 0; i < model.count(); ++i) {
        fileOrder.push_back(level->placement()->points[i].id);
        asked.push_back(level->placement()->points[model.order()[i]].id);
        saved.push_back(attempt->items[i].id);
    }
    CHECK(saved == asked);
    CHECK(saved != fileOrder);
    for (std::size_t i = 0; i + 1 < attempt->items.size(); ++i) {
        CHECK(attempt->items[i].points == doctest::Approx(scoring.maxPoints));
        CHECK(attempt->items[i].correct);
    }
    // 0.5 cun off: outside the ring, so partly right, with the points the level's rule gives
    // for the distance saved (a click lands on a whole pixel, so the distance is not exactly 0.5).
    const ItemResult& last = attempt->items.back();
    REQUIRE(last.distanceCun.has_value());
    CHECK(*last.distanceCun == doctest::Approx(0.5).epsilon(0.04));
    const PlacementScore expected =
        scorePlacement(*last.distanceCun, level->placement()->scoringOf(pointWithId(*level, last.id)), false);
    CHECK(expected.verdict == Verdict::Partial);
    CHECK(last.points == expected.points);
    CHECK(last.points > 0.0);
    CHECK(last.points < scoring.maxPoints);
    CHECK_FALSE(last.correct);
    double sum = 0;
    for (const ItemResult& item : attempt->items)
        sum += item.points;
    CHECK(attempt->score == doctest::Approx(sum));
    CHECK(attempt->maxScore == doctest::Approx(scoring.maxPoints * 5));
    // Script time only: 0.5 s before the first point, 1 s on each point, 0.2 s between points.
    CHECK(attempt->seconds == doctest::Approx(0.5 + 5 * 1.0 + 4 * 0.2));
    CHECK(attempt->score == doctest::Approx(4 * scoring.maxPoints + last.points));

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
    const Attempt* attempt = lastAttempt(saved1, "causes");
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
    const Attempt* attempt = lastAttempt(saved2, "lower-back");
    REQUIRE(attempt != nullptr);
    char best[64];
    // The menu shows the best as a whole percentage of the maximum.
    std::snprintf(best, sizeof best, "Best %.0f %%", std::round(100.0 * attempt->score / attempt->maxScore));
    const GameRun again = runGame(data, std::string("expect-scene menu\nexpect-text \"") + best + "\"\nclose\n");
    INFO(again.log);
    CHECK(again.exitCode == 0);
    // And a wrong expectation does fail the script, so the check above means something.
    const GameRun wrong = runGame(data, "expect-text \"Best 1 %\"\n");
    CHECK(wrong.exitCode == 3);
}

TEST_CASE("[e2e] both levels can be finished with the keyboard alone")
{
    TempFolder temp;
    const auto causes = loadShippedLevel("causes.xml");
    // Placement: arrows move the cross-hair, Enter places, Enter goes on.
    std::string script = "expect-scene menu\nkey Home\nkey Down\nkey Enter\nexpect-scene intro\nkey Enter\nwait 0.2\nexpect-scene placement\n";
    for (int i = 0; i < 5; ++i)
        script += "key Left\nkey Shift+Down\nkey Enter\nwait 0.2\nkey Enter\nwait 0.2\n";
    script += "expect-scene results\nkey Escape\nwait 0.2\nexpect-scene menu\n";

    // Matching: the game shuffles with seed 1 in scripted play, each round after the first with
    // a seed derived from it (this is the second round); the same model tells where each answer
    // lands, and the keys walk there as a player would.
    MatchingRound round(*causes, roundSeed(1, 1), 0.0);
    // Down walks the menu in its order (the levels in their groups), from practice at Home.
    script += menuKeysTo("causes");
    script += "key Enter\nkey Enter\nwait 0.2\nexpect-scene matching\n";
    std::size_t promptFocus = 0;
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
    auto firstOpen = [](const std::vector<MatchCard>& cards) {
        std::size_t at = 0;
        while (at < cards.size() && cards[at].matched)
            ++at;
        return at;
    };
    for (std::size_t p = 0; p < round.prompts().size(); ++p) {
        // Right goes to the answer on the same row; Home then to the first open one.
        script += walk(promptFocus, p, round.prompts()) + "key Enter\nkey Right\nkey Home\n";
        const std::size_t answer = round.answerFor(p);
        script += walk(firstOpen(round.answers()), answer, round.answers()) + "key Enter\nwait 0.1\n";
        round.match(p, answer, 0.0);
        // Back on the prompts, Home reaches the first open prompt: the next one.
        script += "key Left\nkey Home\n";
        promptFocus = p + 1;
    }
    script += "expect-scene results\nkey Enter\nwait 0.2\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);

    const Progress progress = loadSavedProgress(temp.path() / "data");
    const Attempt* placement = lastAttempt(progress, "lower-back");
    REQUIRE(placement != nullptr);
    CHECK(placement->completed);
    CHECK(placement->items.size() == 5);
    const Attempt* matching = lastAttempt(progress, "causes");
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
    // Broken levels are listed last: End brings the last row into view on a long menu.
    const std::string script = "key End\nwait 0.2\nexpect-text \"broken.xml\"\nexpect-text \"Broken: 3 problems\"\n"
                               "click-on broken.xml\nwait 0.2\nexpect-scene problems\nexpect-text \"broken.xml:2:\"\n"
                               "key Escape\nwait 0.2\nclick-on how-it-works\nclick-on start\nwait 0.2\nexpect-scene matching\nkey Escape\n"
                               "expect-scene confirm\nkey Enter\nwait 0.2\nexpect-scene menu\n";
    const GameRun run = runGame(temp.path() / "data", script, "--levels '" + extra.string() + "'");
    INFO(run.log);
    CHECK(run.exitCode == 0);
}

TEST_CASE("[e2e] a click lands on the same map spot at every window size and zoom")
{
    const auto level = loadShippedLevel("lower-back.xml");
    // The point asked first with seed 1 (the model tells which); clicked with click-map, the
    // command under test here.
    const PlacementRound model(*level, 1, 0.0);
    const PointTarget& first = model.current();
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
        script += "click-map " + at(target) + "\nwait 0.2\nkey Escape\nexpect-scene confirm\nclick-on yes\nwait 0.2\n"
                  "expect-scene menu\n";
        const GameRun run = runGame(temp.path() / "data", script);
        INFO(run.log);
        REQUIRE(run.exitCode == 0);
        const Progress saved3 = loadSavedProgress(temp.path() / "data");
        const Attempt* attempt = lastAttempt(saved3, "lower-back");
        REQUIRE(attempt != nullptr);
        CHECK_FALSE(attempt->completed); // left after one point
        REQUIRE(attempt->items.size() == 1);
        REQUIRE(attempt->items[0].click.has_value());
        // Within a pixel: well under 0.1 cun at any of these sizes.
        CHECK(attempt->items[0].distanceCun.value() < 0.1);
        CHECK(distance(*attempt->items[0].click, target) < 1.5);
    }
}

TEST_CASE("[e2e] Enter alone places nothing on any placement level")
{
    // Every shipped placement level: Enter twice on every point (which must do nothing: the
    // cross-hair has not been moved), then S skips it and Enter goes on. Had Enter placed, the
    // saved attempt would have clicks and, where the cross-hair started on a point, points.
    TempFolder temp;
    const std::filesystem::path root = ACUQUEST_SOURCE_DIR;
    const LevelCatalog catalog = loadCatalog({root / "levels"}, DataRoots({root / "levels", root / "assets"}, root / "assets"));
    std::vector<const Level*> levels;
    std::string script = "expect-scene menu\n";
    for (const LevelEntry& entry : catalog.entries) {
        if (!entry.level || !entry.level->placement())
            continue;
        levels.push_back(&*entry.level);
        script += openWithKeys(entry.level->id) + "expect-scene placement\n";
        for (std::size_t i = 0; i < entry.level->placement()->askedPerRound(); ++i) { // a round's points
            script += "key Enter\nkey Enter\n";
            if (i == 0)
                script += "expect-text \"First move the cross-hair\"\n";
            script += "key S\nwait 0.1\nexpect-text \"Skipped: 0 points\"\nkey Enter\nwait 0.1\n";
        }
        script += "expect-scene results\nclick-on menu\nwait 0.2\nexpect-scene menu\n";
    }
    REQUIRE(levels.size() >= 8);
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const Progress progress = loadSavedProgress(temp.path() / "data");
    for (const Level* level : levels) {
        INFO("level " << level->id);
        const Attempt* attempt = lastAttempt(progress, level->id);
        REQUIRE(attempt != nullptr);
        CHECK(attempt->completed);
        CHECK(attempt->score == 0.0);
        for (const ItemResult& item : attempt->items) {
            CHECK_FALSE(item.click.has_value());
            CHECK_FALSE(item.correct);
        }
    }
}

TEST_CASE("[e2e] a recorded session replays in a fresh game to the same saved answers")
{
    // Record: all 19 points, each answered by click-answer off its spot by an amount of its own,
    // one skipped; the game saves every click in map coordinates.
    TempFolder temp;
    const auto level = loadShippedLevel("all-regions.xml");
    std::size_t placements = 0;
    for (const PointTarget& point : level->placement()->points)
        placements += point.placements();
    std::string session = openWithKeys("all-regions") + "expect-scene placement\n";
    std::size_t placed = 0;
    bool skippedOne = false;
    const PlacementRound model(*level, 1, 0.0); // the order the game asks in with seed 1
    for (const std::size_t index : model.order()) {
        const PointTarget& point = level->placement()->points[index];
        for (std::size_t k = 0; k < point.placements(); ++k, ++placed) {
            if (placed >= 5 && !skippedOne && point.placements() == 1) {
                session += "key S\nwait 0.2\n";
                skippedOne = true;
                break;
            }
            char offset[64];
            std::snprintf(offset, sizeof offset, "click-answer %.2f %.2f\nwait 0.2\n", 0.05 * static_cast<double>(placed % 7),
                          -0.03 * static_cast<double>(placed % 5));
            session += offset;
        }
        session += "key Enter\nwait 0.2\n";
    }
    session += "expect-scene results\nclick-on menu\nwait 0.2\n";
    const GameRun recorded = runGame(temp.path() / "first", session);
    INFO(recorded.log);
    REQUIRE(recorded.exitCode == 0);
    const Progress first = loadSavedProgress(temp.path() / "first");
    const Attempt* original = lastAttempt(first, "all-regions");
    REQUIRE(original != nullptr);
    REQUIRE(original->items.size() == placements);

    // Replay the recorded inputs, the saved clicks, with click-map in a fresh game.
    std::string replay = openWithKeys("all-regions");
    for (std::size_t i = 0; i < original->items.size(); ++i) {
        const ItemResult& item = original->items[i];
        replay += item.click ? "click-map " + at(*item.click) + "\nwait 0.2\n" : "key S\nwait 0.2\n";
        const bool lastOfPoint = i + 1 == original->items.size() || original->items[i + 1].id != item.id ||
                                 !item.click; // a skip ends the point
        if (lastOfPoint)
            replay += "key Enter\nwait 0.2\n";
    }
    replay += "expect-scene results\nclick-on menu\nwait 0.2\n";
    const GameRun again = runGame(temp.path() / "second", replay);
    INFO(again.log);
    REQUIRE(again.exitCode == 0);
    const Progress second = loadSavedProgress(temp.path() / "second");
    const Attempt* replayed = lastAttempt(second, "all-regions");
    REQUIRE(replayed != nullptr);
    REQUIRE(replayed->items.size() == original->items.size());
    int right = 0, skipped = 0;
    for (std::size_t i = 0; i < original->items.size(); ++i) {
        const ItemResult& a = original->items[i];
        const ItemResult& b = replayed->items[i];
        INFO("item " << i << " " << a.id);
        CHECK(b.id == a.id);
        CHECK(b.points == a.points);
        CHECK(b.correct == a.correct);
        CHECK(b.click.has_value() == a.click.has_value());
        if (a.click && b.click)
            CHECK(distance(*a.click, *b.click) < 0.5);
        right += a.correct;
        skipped += !a.click;
    }
    CHECK(replayed->score == original->score);
    CHECK(replayed->seconds == doctest::Approx(original->seconds));
    // The session had something to compare: right answers, partly right ones and a skip.
    CHECK(right > 3);
    CHECK(right < static_cast<int>(placements));
    CHECK(skipped == 1);
}

TEST_CASE("[e2e] choose-answer answers naming and matching questions rightly and wrongly")
{
    TempFolder temp;
    const auto hand = loadShippedLevel("hand.xml");
    const auto causes = loadShippedLevel("causes.xml");
    const std::size_t points = hand->placement()->points.size();
    const std::size_t pairs = causes->matching()->pairs.size();
    // Naming on the hand level: every point named rightly but the first.
    std::string script = openWithKeys("hand");
    script.replace(script.rfind("key Enter"), 9, "key N"); // name the points instead of placing them
    script += "expect-scene naming\n";
    for (std::size_t i = 0; i < points; ++i)
        script += std::string("choose-answer ") + (i == 0 ? "wrong" : "right") + "\nwait 0.2\n" +
                  (i == 0 ? "expect-text \"Not this one\"\n" : "expect-text \"Right.\"\n") + "click-on next\nwait 0.2\n";
    script += "expect-scene results\nclick-on menu\nwait 0.2\n";
    // Matching: one wrong pair, then every pair rightly.
    script += openWithKeys("causes") + "expect-scene matching\nchoose-answer wrong\nwait 0.2\n"
              "expect-text \"Not a pair\"\n";
    for (std::size_t i = 0; i < pairs; ++i)
        script += "choose-answer right\nwait 0.2\n";
    script += "expect-scene results\nclick-on menu\nwait 0.2\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const Progress progress = loadSavedProgress(temp.path() / "data");
    const Attempt* naming = lastAttempt(progress, namingProgressId("hand"));
    REQUIRE(naming != nullptr);
    REQUIRE(naming->items.size() == points);
    CHECK_FALSE(naming->items[0].correct);
    for (std::size_t i = 1; i < points; ++i)
        CHECK(naming->items[i].correct);
    const Attempt* matching = lastAttempt(progress, "causes");
    REQUIRE(matching != nullptr);
    CHECK(matching->completed);
    const MatchingScoring& scoring = causes->matching()->scoring;
    CHECK(matching->score == doctest::Approx(static_cast<double>(pairs) * scoring.pairPoints - scoring.wrongPenalty));
    // And a question that is not there fails the script, so the checks above mean something.
    const GameRun none = runGame(temp.path() / "data", "choose-answer right\n");
    CHECK(none.exitCode == 3);
    CHECK(none.log.find("choose-answer: no question") != std::string::npos);
}

TEST_CASE("[e2e] a placement on a neighbouring point names it and shows both")
{
    // Hand: when EX-UE7 is asked, its first spot is placed right on LI4.
    TempFolder temp;
    const auto hand = loadShippedLevel("hand.xml");
    const PointTarget& li4 = pointWithId(*hand, "LI4");
    std::string script = openWithKeys("hand");
    const PlacementRound model(*hand, 1, 0.0); // the order the game asks in with seed 1
    for (const std::size_t index : model.order()) {
        const PointTarget& point = hand->placement()->points[index];
        if (point.id == "EX-UE7") {
            script += "click-map " + at(li4.spots.front()) + "\nwait 0.2\nclick-answer\nwait 0.5\n";
            script += "expect-text \"That is LI4, H\xC3\xA9g\xC7\x94: 0 of 100 points\"\n";
            script += "screenshot \"" + (temp.path() / "named.png").string() + "\"\n";
        } else {
            script += "click-answer\nwait 0.2\n";
        }
        script += "key Enter\nwait 0.2\n";
    }
    script += "expect-scene results\nexpect-text \"That is LI4\"\nscreenshot \"" + (temp.path() / "named-results.png").string() +
              "\"\nclick-on menu\nwait 0.2\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const Progress progress = loadSavedProgress(temp.path() / "data");
    const Attempt* attempt = lastAttempt(progress, "hand");
    REQUIRE(attempt != nullptr);
    int namedWrong = 0;
    for (const ItemResult& item : attempt->items)
        if (item.id == "EX-UE7" && item.click && distance(*item.click, li4.spots.front()) < 1.0) {
            ++namedWrong;
            CHECK(item.points == 0.0);
            CHECK_FALSE(item.correct);
        }
    CHECK(namedWrong == 1);
    if (const char* keep = std::getenv("ACUQUEST_KEEP_SCREENSHOTS"))
        for (const char* name : {"named.png", "named-results.png"})
            std::filesystem::copy_file(temp.path() / name, std::filesystem::path(keep) / name,
                                       std::filesystem::copy_options::overwrite_existing);
    sf::Image shot;
    REQUIRE(shot.loadFromFile((temp.path() / "named.png").string()));
    std::size_t colours = 0;
    CHECK(varietyOf(shot, colours) > 0.05);
}

TEST_CASE("[e2e] ankle and foot: the panel says when the next point is on the other side of the ankle")
{
    // The level shows the outer and the inner side of the ankle; a point on the other map than
    // the one before it is announced ("The view changes to: ..."), any other names its view.
    TempFolder temp;
    const auto foot = loadShippedLevel("foot.xml");
    const PlacementLevel& content = *foot->placement();
    REQUIRE(content.maps.size() == 2);
    std::string script = openWithKeys("foot") + "expect-scene placement\n";
    const PlacementRound model(*foot, 1, 0.0); // the order the game asks in with seed 1
    int changes = 0;
    for (std::size_t k = 0; k < model.order().size(); ++k) {
        const PointTarget& point = content.points.at(model.order()[k]);
        const bool changed = k > 0 && content.points.at(model.order()[k - 1]).map != point.map;
        changes += changed ? 1 : 0;
        script += "expect-text \"" + std::string(changed ? "The view changes to: " : "View: ") +
                  content.mapOf(point).map->title + "\"\n";
        script += "click-answer\nwait 0.3\nkey Enter\nwait 0.2\n";
    }
    REQUIRE(changes >= 1); // two points outside, one inside: some step changes the view
    script += "expect-scene results\nclick-on menu\nwait 0.2\nexpect-scene menu\n";
    const GameRun run = runGame(temp.path() / "data", script);
    INFO(run.log);
    CHECK(run.exitCode == 0);

    // And the check fails when the announcement is missing: the first point never says it.
    const PointTarget& first = content.points.at(model.order().front());
    const GameRun wrong = runGame(temp.path() / "data", openWithKeys("foot") + "expect-scene placement\nexpect-text \"The view changes to: " +
                                                            content.mapOf(first).map->title + "\"\n");
    CHECK(wrong.exitCode == 3);
}
