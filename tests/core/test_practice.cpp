#include "core/Cards.h"
#include "core/ChoiceQuestion.h"
#include "core/PracticePlan.h"
#include "core/PracticeRound.h"

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
