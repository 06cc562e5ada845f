#include "core/Mastery.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[mastery] a card is known while its recall today is at least 0.9, grey before its first review")
{
    const Fsrs fsrs;
    CHECK(knowledgeOf(fsrs, nullptr, 100) == Knowledge::Unasked);
    CardSchedule never;
    CHECK(knowledgeOf(fsrs, &never, 100) == Knowledge::Unasked);
    CardSchedule card;
    card.memory = MemoryState{10.0, 5.0}; // R = 0.9 after 10 days
    card.lastDay = 100;
    CHECK(knowledgeOf(fsrs, &card, 100) == Knowledge::Known);
    CHECK(knowledgeOf(fsrs, &card, 110) == Knowledge::Known);
    CHECK(knowledgeOf(fsrs, &card, 111) == Knowledge::Fading);
    CHECK(knowledgeOf(fsrs, &card, 100 + 2000) == Knowledge::Weak);
}

TEST_CASE("[mastery] the share of a region's cards known today")
{
    const Fsrs fsrs;
    std::map<std::string, CardSchedule> schedules;
    schedules["a"].memory = MemoryState{30.0, 5.0};
    schedules["a"].lastDay = 10;
    schedules["b"].memory = MemoryState{0.2, 8.0};
    schedules["b"].lastDay = 0;
    const KnownShare share = knownShare(fsrs, {"a", "b", "c"}, schedules, 10);
    CHECK(share.known == 1);
    CHECK(share.asked == 2);
    CHECK(share.total == 3);
    CHECK(share.text() == "1 of 3 known (33%)");
    CHECK(KnownShare{}.text() == "0 of 0 known (0%)");
}
