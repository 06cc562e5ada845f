#include "core/Cards.h"

#include "core/DayClock.h"

namespace acq {
namespace {

const char* kindText(CardKind kind)
{
    switch (kind) {
    case CardKind::Point: return "point";
    case CardKind::Pair: return "pair";
    case CardKind::Naming: return "naming";
    }
    return "point";
}

} // namespace

std::string CardKey::text() const { return source + "|" + kindText(kind) + "|" + id; }

std::optional<CardKey> CardKey::parse(const std::string& text)
{
    // The source may hold a folder name with "|" in it: the kind and id are the last two parts.
    const auto last = text.rfind('|');
    if (last == std::string::npos || last == 0)
        return std::nullopt;
    const auto middle = text.rfind('|', last - 1);
    if (middle == std::string::npos)
        return std::nullopt;
    CardKey key;
    key.source = text.substr(0, middle);
    const std::string kind = text.substr(middle + 1, last - middle - 1);
    key.id = text.substr(last + 1);
    if (kind == "point")
        key.kind = CardKind::Point;
    else if (kind == "pair")
        key.kind = CardKind::Pair;
    else if (kind == "naming")
        key.kind = CardKind::Naming;
    else
        return std::nullopt;
    if (key.source.empty() || key.id.empty())
        return std::nullopt;
    return key;
}

CardKey pointCard(const std::string& source, const std::string& pointId) { return {source, CardKind::Point, pointId}; }

CardKey pairCard(const std::string& source, const std::string& levelId, const std::string& pairId)
{
    return {source, CardKind::Pair, levelId + "/" + pairId};
}

CardKey namingCard(const std::string& source, const std::string& levelId, const std::string& pointId)
{
    return {source, CardKind::Naming, levelId + "/" + pointId};
}

ReviewResult reviewCard(const Fsrs& fsrs, const std::optional<CardSchedule>& current, Grade grade, std::int64_t today)
{
    ReviewResult result;
    if (current && current->reviews > 0 && current->lastDay >= today) {
        result.schedule = *current; // already scheduled today: recorded, not scheduled again
        return result;
    }
    const std::optional<MemoryState> memory = current ? current->memory : std::nullopt;
    const std::int64_t elapsed = current && current->reviews > 0 ? daysBetween(current->lastDay, today) : 0;
    const ReviewOutcome outcome = fsrs.review(memory, grade, elapsed);
    result.scheduled = true;
    result.intervalDays = outcome.intervalDays;
    result.schedule.memory = outcome.state;
    result.schedule.lastDay = today;
    result.schedule.dueDay = today + outcome.intervalDays;
    result.schedule.reviews = (current ? current->reviews : 0) + 1;
    result.schedule.lapses = (current ? current->lapses : 0) + (memory && grade == Grade::Again ? 1 : 0);
    return result;
}

double recallToday(const Fsrs& fsrs, const CardSchedule& card, std::int64_t today)
{
    if (!card.memory)
        return 0.0;
    return fsrs.retrievability(*card.memory, daysBetween(card.lastDay, today));
}

std::string whenDue(std::int64_t dueDay, std::int64_t today)
{
    const std::int64_t days = dueDay - today;
    if (days <= 0)
        return "today";
    if (days == 1)
        return "tomorrow";
    return "in " + std::to_string(days) + " days";
}

} // namespace acq
