#include "core/PracticePlan.h"

#include <algorithm>

namespace acq {

PracticePlan planPractice(const std::vector<CardStatus>& cards, std::int64_t today, std::size_t newToday,
                          const PracticeSettings& settings)
{
    PracticePlan plan;
    std::vector<std::size_t> due;
    for (std::size_t i = 0; i < cards.size(); ++i)
        if (cards[i].schedule && cards[i].schedule->reviews > 0 && isDue(cards[i].schedule->dueDay, today))
            due.push_back(i);
    // Most overdue first: the earliest due day; stable, so ties keep the level order.
    std::stable_sort(due.begin(), due.end(),
                     [&](std::size_t a, std::size_t b) { return cards[a].schedule->dueDay < cards[b].schedule->dueDay; });
    for (std::size_t i : due) {
        if (plan.cards.size() >= settings.sessionCards)
            break;
        plan.cards.push_back(i);
        ++plan.due;
    }
    std::size_t freshAllowed = settings.newPerDay > newToday ? settings.newPerDay - newToday : 0;
    for (std::size_t i = 0; i < cards.size() && plan.cards.size() < settings.sessionCards && freshAllowed > 0; ++i) {
        if ((cards[i].schedule && cards[i].schedule->reviews > 0) || !cards[i].offeredNew)
            continue;
        plan.cards.push_back(i);
        ++plan.fresh;
        --freshAllowed;
    }
    return plan;
}

std::size_t dueCount(const std::vector<CardStatus>& cards, std::int64_t today)
{
    return static_cast<std::size_t>(std::count_if(cards.begin(), cards.end(), [&](const CardStatus& c) {
        return c.schedule && c.schedule->reviews > 0 && isDue(c.schedule->dueDay, today);
    }));
}

std::optional<std::int64_t> nextDueDay(const std::vector<CardStatus>& cards, std::int64_t today)
{
    std::optional<std::int64_t> next;
    for (const CardStatus& c : cards)
        if (c.schedule && c.schedule->reviews > 0 && c.schedule->dueDay > today && (!next || c.schedule->dueDay < *next))
            next = c.schedule->dueDay;
    return next;
}

std::vector<std::size_t> weakestCards(const std::vector<CardStatus>& cards, std::int64_t today, std::size_t count,
                                      const Fsrs& fsrs)
{
    std::vector<std::size_t> asked;
    for (std::size_t i = 0; i < cards.size(); ++i)
        if (cards[i].schedule && cards[i].schedule->reviews > 0)
            asked.push_back(i);
    std::stable_sort(asked.begin(), asked.end(), [&](std::size_t a, std::size_t b) {
        return recallToday(fsrs, *cards[a].schedule, today) < recallToday(fsrs, *cards[b].schedule, today);
    });
    if (asked.size() > count)
        asked.resize(count);
    return asked;
}

} // namespace acq
