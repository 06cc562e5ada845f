#include "core/PracticeRound.h"

namespace acq {

PracticeRound::PracticeRound(std::vector<PracticeCard> cards, bool scheduled)
    : m_cards(std::move(cards))
    , m_scheduled(scheduled)
{
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        m_queue.push_back({i, false});
}

void PracticeRound::answered(Grade grade)
{
    if (finished())
        return;
    const Turn turn = m_queue[m_next];
    m_answers.push_back({turn.card, grade, turn.repeat});
    if (grade == Grade::Again && !turn.repeat)
        m_queue.push_back({turn.card, true}); // once more at the end, not again after that
    ++m_next;
}

} // namespace acq
