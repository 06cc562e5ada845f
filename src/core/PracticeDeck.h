// Every practice card the loaded levels offer, in menu order, and where each is asked: a point
// on the map of the first level (menu order) of its source that asks it; a pair as a choice
// among its level's descriptions; a naming question as a choice among its level's point names.
#pragma once

#include "core/ChoiceQuestion.h"
#include "core/Level.h"
#include "core/PracticePlan.h"

#include <map>
#include <string>
#include <vector>

namespace acq {

struct DeckCard {
    CardKey key;
    std::size_t level = 0; // index into the levels given
    std::size_t item = 0;  // point or pair index in that level
    // Practice offers it as a new card. Naming questions are not: they become cards when the
    // player names points in a level, and practice then brings them back when due.
    bool offeredNew = true;
};

// `levels` in menu order, each with its source set.
std::vector<DeckCard> buildDeck(const std::vector<const Level*>& levels);

// The deck with what the history knows of each card (by CardKey::text), for planPractice.
std::vector<CardStatus> deckStatuses(const std::vector<DeckCard>& deck,
                                     const std::map<std::string, CardSchedule>& schedules);

// A naming card as a choice: the point's standard location, and four point names of its level.
ChoiceQuestion namingQuestion(const PlacementLevel& level, std::size_t point, std::uint64_t seed);

} // namespace acq
