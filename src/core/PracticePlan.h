// Which cards a practice session asks, in which order: cards due first (most overdue first,
// ties in level order), then cards never asked (in level order, at most so many new a day).
#pragma once

#include "core/Cards.h"
#include "core/DayClock.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace acq {

struct PracticeSettings {
    std::size_t sessionCards = 20; // at most this many cards a session
    std::size_t newPerDay = 10;    // at most this many cards asked for the first time a day
    FsrsParameters fsrs;           // desired retention 0.9 and the default weights
};

// Every card the levels offer, in level order (the menu's), with what the history knows of it.
struct CardStatus {
    CardKey key;
    std::optional<CardSchedule> schedule; // none: never asked
    bool offeredNew = true;               // practice may ask it for the first time
};

struct PracticePlan {
    std::vector<std::size_t> cards; // indices into the statuses given, in the order to ask
    std::size_t due = 0;            // of them, due cards
    std::size_t fresh = 0;          // of them, new cards
};

// `newToday`: how many cards were asked for the first time today already.
PracticePlan planPractice(const std::vector<CardStatus>& cards, std::int64_t today, std::size_t newToday,
                          const PracticeSettings& settings);

// How many cards are due today (what the menu shows: "Practice · N due").
std::size_t dueCount(const std::vector<CardStatus>& cards, std::int64_t today);

// The day the next card falls due after today, if any card is scheduled.
std::optional<std::int64_t> nextDueDay(const std::vector<CardStatus>& cards, std::int64_t today);

// With nothing due: the cards known least (lowest recall today), for extra practice that is
// recorded but not scheduled.
std::vector<std::size_t> weakestCards(const std::vector<CardStatus>& cards, std::int64_t today, std::size_t count,
                                      const Fsrs& fsrs);

} // namespace acq
