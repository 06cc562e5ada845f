// Practice cards: what is remembered (a point, a matching pair, a naming question), keyed so
// that the same point in two levels of one source is one card, and how a review moves a card's
// schedule (docs/practice.md).
#pragma once

#include "core/Fsrs.h"

#include <cstdint>
#include <optional>
#include <string>

namespace acq {

enum class CardKind { Point, Pair, Naming };

struct CardKey {
    // Where the levels come from: "shipped", "user" (the player's level folder), or "dir:" and
    // the folder named with --levels. A player's level never shares the shipped cards.
    std::string source;
    CardKind kind = CardKind::Point;
    // Point: the point's id (BL23). Pair: "LEVEL/PAIR". Naming: "LEVEL/POINT".
    std::string id;

    // "shipped|point|BL23": the form the history stores.
    std::string text() const;
    static std::optional<CardKey> parse(const std::string& text);
    bool operator==(const CardKey&) const = default;
};

CardKey pointCard(const std::string& source, const std::string& pointId);
CardKey pairCard(const std::string& source, const std::string& levelId, const std::string& pairId);
CardKey namingCard(const std::string& source, const std::string& levelId, const std::string& pointId);

// A card's schedule as the history keeps it.
struct CardSchedule {
    std::optional<MemoryState> memory; // none until its first review
    std::int64_t dueDay = 0;           // due from this day's rollover on
    std::int64_t lastDay = 0;          // the day of its last scheduled review
    int reviews = 0;                   // scheduled reviews
    int lapses = 0;                    // of them, Again after a first review
};

struct ReviewResult {
    CardSchedule schedule;
    bool scheduled = false; // false: a later answer of the same day, recorded but not scheduled
    int intervalDays = 0;   // when scheduled: due this many days after today
};

// A review with `grade` on day `today`. Only a card's first answer of a day is scheduled: a
// second one the same day leaves the schedule as it was (Anki's long-term behaviour).
ReviewResult reviewCard(const Fsrs& fsrs, const std::optional<CardSchedule>& current, Grade grade,
                        std::int64_t today);

// How likely the card is recalled today (0 for a card never reviewed), for "weakest first".
double recallToday(const Fsrs& fsrs, const CardSchedule& card, std::int64_t today);

// "today", "tomorrow", "in 9 days": when a card comes back, for the player.
std::string whenDue(std::int64_t dueDay, std::int64_t today);

} // namespace acq
