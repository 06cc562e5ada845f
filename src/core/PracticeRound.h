// One practice session: its cards in order, each answered once; a card missed (Again) comes back
// once at the end of the session (its second answer the same day is recorded, not scheduled).
#pragma once

#include "core/Cards.h"
#include "core/Fsrs.h"

#include <cstddef>
#include <vector>

namespace acq {

struct PracticeCard {
    CardKey key;
    std::size_t level = 0; // index into the caller's list of levels
    std::size_t item = 0;  // the point (placement) or pair (matching) within that level
};

class PracticeRound {
public:
    // `scheduled`: false for extra practice of the weakest cards, which is recorded only.
    PracticeRound(std::vector<PracticeCard> cards, bool scheduled);

    bool finished() const { return m_next >= m_queue.size(); }
    bool scheduled() const { return m_scheduled; }
    const PracticeCard& current() const { return m_cards.at(m_queue.at(m_next).card); }
    // The card is a missed one come back at the end.
    bool isRepeat() const { return m_queue.at(m_next).repeat; }
    // Cards asked so far (the current one included) and in all, repeats counted as they come.
    std::size_t position() const { return m_next + 1; }
    std::size_t total() const { return m_queue.size(); }

    // The current card was answered with `grade`: on to the next.
    void answered(Grade grade);

    struct Answer {
        std::size_t card; // index into the session's cards
        Grade grade;
        bool repeat;
    };
    const std::vector<Answer>& answers() const { return m_answers; }
    const std::vector<PracticeCard>& cards() const { return m_cards; }

private:
    struct Turn {
        std::size_t card;
        bool repeat;
    };
    std::vector<PracticeCard> m_cards;
    std::vector<Turn> m_queue;
    std::size_t m_next = 0;
    bool m_scheduled;
    std::vector<Answer> m_answers;
};

} // namespace acq
