#include "core/AnswerCues.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

Attempt attempt(AttemptKind kind, const std::string& startedAt = "2026-12-06T10:00:00Z")
{
    Attempt a;
    a.kind = kind;
    a.levelId = "lvl";
    a.startedAt = startedAt;
    return a;
}

ItemResult item(bool correct, const std::string& named = "")
{
    ItemResult i;
    i.id = "x";
    i.correct = correct;
    i.namedPoint = named;
    return i;
}

} // namespace

TEST_CASE("[sound] placement answers: right, wrong, on another point, skipped")
{
    AnswerCues cues;
    Attempt a = attempt(AttemptKind::Placement);
    a.items.push_back(item(true));
    CHECK(cues.next(a, false) == Cue::Right);
    a.items.push_back(item(false));
    CHECK(cues.next(a, false) == Cue::Wrong);
    a.items.push_back(item(false, "BL52"));
    CHECK(cues.next(a, false) == Cue::NamedWrong);
    ItemResult skipped = item(false);
    skipped.skipped = true;
    a.items.push_back(skipped);
    CHECK_FALSE(cues.next(a, false).has_value());
    // The same snapshot again (nothing new answered): no cue.
    CHECK_FALSE(cues.next(a, false).has_value());
}

TEST_CASE("[sound] matching: a matched pair is right, a wrong pair tried is wrong")
{
    AnswerCues cues;
    Attempt a = attempt(AttemptKind::Matching);
    for (int i = 0; i < 3; ++i) {
        ItemResult open = item(false);
        open.answered = false;
        a.items.push_back(open);
    }
    CHECK_FALSE(cues.next(a, false).has_value());
    a.items[2].mistakes = 1;
    CHECK(cues.next(a, false) == Cue::Wrong);
    a.items[1].answered = true; // matched: prompts keep their order, so not the last item
    a.items[1].correct = true;
    CHECK(cues.next(a, false) == Cue::Right);
}

TEST_CASE("[sound] a finished round ends with the level-complete cue, one left early with none")
{
    AnswerCues cues;
    Attempt a = attempt(AttemptKind::Naming);
    a.items.push_back(item(true));
    CHECK(cues.next(a, false) == Cue::Right);
    a.completed = true;
    CHECK(cues.next(a, true) == Cue::LevelComplete);

    Attempt left = attempt(AttemptKind::Naming, "2026-12-06T11:00:00Z");
    left.items.push_back(item(true));
    CHECK(cues.next(left, false) == Cue::Right);
    left.completed = false;
    CHECK_FALSE(cues.next(left, true).has_value());
}

TEST_CASE("[sound] a new attempt starts counting afresh")
{
    AnswerCues cues;
    Attempt first = attempt(AttemptKind::Placement);
    first.items = {item(true), item(true)};
    CHECK(cues.next(first, false) == Cue::Right);
    Attempt second = attempt(AttemptKind::Placement, "2026-12-06T12:00:00Z");
    second.items = {item(false)};
    CHECK(cues.next(second, false) == Cue::Wrong);
}
