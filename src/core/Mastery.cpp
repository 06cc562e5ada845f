#include "core/Mastery.h"

#include <cmath>

namespace acq {

Knowledge knowledgeOf(const Fsrs& fsrs, const CardSchedule* card, std::int64_t today)
{
    if (!card || !card->memory)
        return Knowledge::Unasked;
    const double r = recallToday(fsrs, *card, today);
    return r >= kKnownRecall ? Knowledge::Known : r >= kFadingRecall ? Knowledge::Fading : Knowledge::Weak;
}

std::string KnownShare::text() const
{
    const long percent = total == 0 ? 0 : std::lround(100.0 * static_cast<double>(known) / static_cast<double>(total));
    return std::to_string(known) + " of " + std::to_string(total) + " known (" + std::to_string(percent) + "%)";
}

KnownShare knownShare(const Fsrs& fsrs, const std::vector<std::string>& cards,
                      const std::map<std::string, CardSchedule>& schedules, std::int64_t today)
{
    KnownShare share;
    for (const std::string& card : cards) {
        const auto found = schedules.find(card);
        const Knowledge k = knowledgeOf(fsrs, found == schedules.end() ? nullptr : &found->second, today);
        ++share.total;
        share.asked += k != Knowledge::Unasked;
        share.known += k == Knowledge::Known;
    }
    return share;
}

} // namespace acq
