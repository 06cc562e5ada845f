#include "core/Cards.h"
#include "core/ChoiceQuestion.h"
#include "core/PracticePlan.h"
#include "core/PracticeDeck.h"
#include "core/PracticeRound.h"
#include "core/Attempt.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace acq;

namespace {

CardSchedule dueOn(std::int64_t day)
{
    CardSchedule c;
    c.memory = MemoryState{3.0, 5.0};
    c.dueDay = day;
    c.lastDay = day - 3;
    c.reviews = 1;
    return c;
}

} // namespace

TEST_CASE("[cards] keys: one card per point and source, pairs and naming per level")
{
    CHECK(pointCard("shipped", "BL23").text() == "shipped|point|BL23");
    CHECK(pairCard("shipped", "causes", "herniated-disc").text() == "shipped|pair|causes/herniated-disc");
    CHECK(namingCard("user", "lower-back", "BL23").text() == "user|naming|lower-back/BL23");
    CHECK(pointCard("shipped", "BL23") != pointCard("user", "BL23")); // a player's level never shares it
    const CardKey odd = pointCard("dir:/home/a|b", "EX-B2-L3");
    CHECK(CardKey::parse(odd.text()) == odd);
    CHECK_FALSE(CardKey::parse("shipped|card|BL23"));
    CHECK_FALSE(CardKey::parse("BL23"));
    CHECK_FALSE(CardKey::parse("|point|BL23"));
}

TEST_CASE("[cards] a review schedules the card; a second answer the same day is recorded only")
{
    const Fsrs fsrs;
    const ReviewResult first = reviewCard(fsrs, std::nullopt, Grade::Good, 100);
    CHECK(first.scheduled);
    CHECK(first.schedule.reviews == 1);
    CHECK(first.schedule.lastDay == 100);
    CHECK(first.schedule.dueDay == 100 + first.intervalDays);
    CHECK(first.intervalDays >= 1);

    const ReviewResult sameDay = reviewCard(fsrs, first.schedule, Grade::Again, 100);
    CHECK_FALSE(sameDay.scheduled);
    CHECK(sameDay.schedule.dueDay == first.schedule.dueDay);
    CHECK(sameDay.schedule.reviews == 1);

    const ReviewResult missed = reviewCard(fsrs, first.schedule, Grade::Again, first.schedule.dueDay);
    CHECK(missed.scheduled);
    CHECK(missed.schedule.lapses == 1);
    CHECK(missed.schedule.reviews == 2);
    CHECK(missed.intervalDays == 1); // missed: back the next day
    CHECK(missed.schedule.dueDay == first.schedule.dueDay + 1);

    const ReviewResult good = reviewCard(fsrs, first.schedule, Grade::Good, first.schedule.dueDay);
    CHECK(good.intervalDays > first.intervalDays); // known: later each time
    CHECK(whenDue(101, 100) == "tomorrow");
    CHECK(whenDue(109, 100) == "in 9 days");
    CHECK(whenDue(99, 100) == "today");
}

TEST_CASE("[practice-plan] due cards first, most overdue first, then new cards in level order, within the limits")
{
    std::vector<CardStatus> cards;
    cards.push_back({pointCard("shipped", "A"), dueOn(10)}); // due, 5 days overdue
    cards.push_back({pointCard("shipped", "B"), std::nullopt}); // new
    cards.push_back({pointCard("shipped", "C"), dueOn(20)});  // not due yet
    cards.push_back({pointCard("shipped", "D"), dueOn(14)});  // due, 1 day overdue
    cards.push_back({pointCard("shipped", "E"), dueOn(8)});   // due, most overdue
    cards.push_back({pointCard("shipped", "F"), std::nullopt}); // new
    cards.push_back({pointCard("shipped", "G"), dueOn(10)});  // due, ties with A: level order
    PracticeSettings settings;
    const PracticePlan plan = planPractice(cards, 15, 0, settings);
    CHECK(plan.cards == std::vector<std::size_t>{4, 0, 6, 3, 1, 5});
    CHECK(plan.due == 4);
    CHECK(plan.fresh == 2);
    CHECK(dueCount(cards, 15) == 4);
    CHECK(nextDueDay(cards, 15) == 20);

    settings.newPerDay = 10;
    CHECK(planPractice(cards, 15, 9, settings).fresh == 1); // nine new cards already today
    CHECK(planPractice(cards, 15, 10, settings).fresh == 0);
    settings.sessionCards = 3;
    CHECK(planPractice(cards, 15, 0, settings).cards == std::vector<std::size_t>{4, 0, 6});
    CHECK(dueCount(cards, 7) == 0);
}

TEST_CASE("[practice-plan] nothing due: the weakest cards for extra practice")
{
    const Fsrs fsrs;
    std::vector<CardStatus> cards;
    CardSchedule strong = dueOn(30);
    strong.memory = MemoryState{60.0, 3.0};
    CardSchedule weak = dueOn(30);
    weak.memory = MemoryState{1.0, 9.0};
    cards.push_back({pointCard("shipped", "strong"), strong});
    cards.push_back({pointCard("shipped", "new"), std::nullopt});
    cards.push_back({pointCard("shipped", "weak"), weak});
    CHECK(weakestCards(cards, 29, 5, fsrs) == std::vector<std::size_t>{2, 0});
    CHECK(weakestCards(cards, 29, 1, fsrs) == std::vector<std::size_t>{2});
}

TEST_CASE("[practice-round] a missed card comes back once at the end")
{
    PracticeRound round({{pointCard("shipped", "A"), 0, 0}, {pointCard("shipped", "B"), 0, 1}}, true);
    CHECK(round.total() == 2);
    CHECK(round.current().key.id == "A");
    round.answered(Grade::Again);
    CHECK(round.total() == 3);
    CHECK(round.current().key.id == "B");
    round.answered(Grade::Good);
    REQUIRE_FALSE(round.finished());
    CHECK(round.current().key.id == "A");
    CHECK(round.isRepeat());
    round.answered(Grade::Again); // missed again: not a third time
    CHECK(round.finished());
    REQUIRE(round.answers().size() == 3);
    CHECK(round.answers()[2].repeat);
}

TEST_CASE("[choice] a pair asked among four descriptions of its own level")
{
    MatchingLevel level;
    for (int i = 0; i < 6; ++i)
        level.pairs.push_back({"p" + std::to_string(i), "prompt " + std::to_string(i), "answer " + std::to_string(i), "why"});
    level.distractors = {"a distractor"};
    const ChoiceQuestion q = pairQuestion(level, 2, 7);
    CHECK(q.prompt == "prompt 2");
    REQUIRE(q.choices.size() == kChoiceCount);
    CHECK(q.choices[q.right] == "answer 2");
    CHECK(std::set<std::string>(q.choices.begin(), q.choices.end()).size() == kChoiceCount);
    for (const std::string& c : q.choices)
        CHECK(c.starts_with("answer "));
    CHECK(pairQuestion(level, 2, 7).choices == q.choices); // the seed decides
    bool moved = false;
    for (std::uint64_t seed = 1; seed < 20 && !moved; ++seed)
        moved = pairQuestion(level, 2, seed).right != q.right;
    CHECK(moved); // the right answer is not always in one place

    MatchingLevel small;
    small.pairs = {{"a", "A", "answer a", ""}, {"b", "B", "answer b", ""}};
    small.distractors = {"d1", "d2", "d3"};
    const ChoiceQuestion s = pairQuestion(small, 0, 3);
    CHECK(s.choices.size() == 4); // the other pair, then distractors
    CHECK(std::count(s.choices.begin(), s.choices.end(), "answer b") == 1);
}

namespace {

Level placementLevel(const std::string& id, std::vector<std::string> points)
{
    Level level;
    level.id = id;
    level.source = "shipped";
    PlacementLevel content;
    content.scoring.toleranceCun = 0.5;
    content.scoring.maxPoints = 100;
    for (const std::string& p : points) {
        PointTarget point;
        point.id = point.code = point.label = p;
        point.name = "name of " + p;
        point.location = "where " + p + " lies";
        point.regionId = "back";
        content.points.push_back(point);
    }
    level.content = content;
    return level;
}

} // namespace

TEST_CASE("[practice-deck] one card per point and source, first level in menu order; pairs; naming not offered new")
{
    const Level lower = placementLevel("lower-back", {"BL23", "BL25"});
    const Level all = placementLevel("all-regions", {"BL23", "BL40"});
    Level user = placementLevel("mine", {"BL23"});
    user.source = "user";
    Level causes;
    causes.id = "causes";
    causes.source = "shipped";
    MatchingLevel matching;
    matching.pairs = {{"disc", "Herniated disc", "answer", "why"}};
    causes.content = matching;
    const std::vector<DeckCard> deck = buildDeck({&lower, &all, &user, &causes});
    std::vector<std::string> keys;
    for (const DeckCard& c : deck)
        keys.push_back(c.key.text() + (c.offeredNew ? "" : " (not new)") + " @" + std::to_string(c.level));
    CHECK(keys == std::vector<std::string>{
                      "shipped|point|BL23 @0", "shipped|point|BL25 @0", "shipped|naming|lower-back/BL23 (not new) @0",
                      "shipped|naming|lower-back/BL25 (not new) @0", "shipped|point|BL40 @1",
                      "shipped|naming|all-regions/BL23 (not new) @1", "shipped|naming|all-regions/BL40 (not new) @1",
                      "user|point|BL23 @2", "user|naming|mine/BL23 (not new) @2", "shipped|pair|causes/disc @3"});
    std::map<std::string, CardSchedule> schedules;
    schedules["shipped|naming|lower-back/BL25"] = dueOn(3);
    const auto statuses = deckStatuses(deck, schedules);
    const PracticePlan plan = planPractice(statuses, 5, 0, PracticeSettings{});
    REQUIRE_FALSE(plan.cards.empty());
    CHECK(deck[plan.cards.front()].key.text() == "shipped|naming|lower-back/BL25"); // due, so asked
    for (std::size_t i : plan.cards)
        CHECK((deck[i].offeredNew || statuses[i].schedule)); // no naming card offered as new
}

TEST_CASE("[practice-deck] a naming card asks for the point by its location among four names")
{
    const Level level = placementLevel("lower-back", {"BL23", "BL25", "BL52", "GV4", "GV3"});
    const ChoiceQuestion q = namingQuestion(*level.placement(), 2, 5);
    CHECK(q.prompt == "Which point lies here? where BL52 lies");
    REQUIRE(q.choices.size() == 4);
    CHECK(q.choices[q.right] == "BL52  name of BL52");
}

TEST_CASE("[reviews] every answer of a level reviews its card with the grade table's grade")
{
    Level level = placementLevel("lower-back", {"BL23", "BL25", "BL52", "GV4"});
    Attempt a;
    a.kind = AttemptKind::Placement;
    a.levelId = "lower-back";
    const auto item = [](std::string id, double points, bool correct, std::optional<double> d) {
        ItemResult i;
        i.id = std::move(id);
        i.points = points;
        i.maxPoints = 100;
        i.correct = correct;
        i.distanceCun = d;
        return i;
    };
    a.items = {item("BL23", 100, true, 0.1), item("BL25", 100, true, 0.4), item("BL52", 40, false, 1.0),
               item("GV4", 0, false, 1.0)};
    a.items[3].namedPoint = "GV3";
    ItemResult hinted = item("BL23", 75, true, 0.1);
    hinted.hinted = true;
    a.items.push_back(hinted);
    attachReviews(a, level);
    CHECK(a.items[0].card == "shipped|point|BL23");
    CHECK(a.items[0].grade == Grade::Easy); // within half the tolerance
    CHECK(a.items[1].grade == Grade::Good);
    CHECK(a.items[2].grade == Grade::Hard);
    CHECK(a.items[3].grade == Grade::Again); // another point named
    CHECK(a.items[4].grade == Grade::Hard);  // a hint caps it

    Attempt unsourced = a;
    level.source.clear();
    for (ItemResult& i : unsourced.items) {
        i.card.clear();
        i.grade.reset();
    }
    attachReviews(unsourced, level);
    CHECK(unsourced.items[0].card.empty()); // not loaded from a source: no card
}

TEST_CASE("[rounds] one rule keeps a round's attempt: finished, or anything answered before it was left")
{
    Attempt a;
    a.completed = false;
    CHECK_FALSE(worthKeeping(a)); // left at once
    a.completed = true;
    CHECK(worthKeeping(a)); // even a finished round with nothing in it
    a.completed = false;
    ItemResult open;
    open.answered = false; // a matching prompt not matched, no wrong pair tried
    a.items.push_back(open);
    CHECK_FALSE(worthKeeping(a));
    a.items[0].mistakes = 1; // a wrong pair tried on it
    CHECK(worthKeeping(a));
    a.items[0] = ItemResult{}; // a placement or naming answer (answered by default)
    CHECK(worthKeeping(a));
}
