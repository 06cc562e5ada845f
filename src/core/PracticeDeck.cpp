#include "core/PracticeDeck.h"

#include "core/Random.h"

#include <algorithm>
#include <set>

namespace acq {

std::vector<DeckCard> buildDeck(const std::vector<const Level*>& levels)
{
    std::vector<DeckCard> deck;
    std::set<std::string> seen;
    const auto add = [&](DeckCard card) {
        if (seen.insert(card.key.text()).second)
            deck.push_back(std::move(card));
    };
    for (std::size_t l = 0; l < levels.size(); ++l) {
        const Level& level = *levels[l];
        if (level.source.empty())
            continue;
        if (const PlacementLevel* placement = level.placement()) {
            for (std::size_t i = 0; i < placement->points.size(); ++i)
                add({pointCard(level.source, placement->points[i].id), l, i, true});
            for (std::size_t i = 0; i < placement->points.size(); ++i)
                add({namingCard(level.source, level.id, placement->points[i].id), l, i, false});
        } else if (const MatchingLevel* matching = level.matching()) {
            for (std::size_t i = 0; i < matching->pairs.size(); ++i)
                add({pairCard(level.source, level.id, matching->pairs[i].id), l, i, true});
        }
    }
    return deck;
}

std::vector<CardStatus> deckStatuses(const std::vector<DeckCard>& deck, const std::map<std::string, CardSchedule>& schedules)
{
    std::vector<CardStatus> out;
    out.reserve(deck.size());
    for (const DeckCard& card : deck) {
        const auto it = schedules.find(card.key.text());
        CardStatus status{card.key, it == schedules.end() ? std::nullopt : std::optional<CardSchedule>(it->second),
                          card.offeredNew};
        out.push_back(std::move(status));
    }
    return out;
}

ChoiceQuestion namingQuestion(const PlacementLevel& level, std::size_t point, std::uint64_t seed)
{
    const PointTarget& asked = level.points.at(point);
    const auto nameOf = [](const PointTarget& p) { return p.label + "  " + p.name; };
    ChoiceQuestion question{"Which point lies here? " + asked.location, {}, 0, asked.location};
    Random random(seed);
    std::vector<std::size_t> others;
    for (std::size_t i = 0; i < level.points.size(); ++i)
        if (i != point && level.points[i].code != asked.code)
            others.push_back(i);
    random.shuffle(others);
    // Points of the same region first: telling neighbours apart is the point of the question.
    std::stable_partition(others.begin(), others.end(),
                          [&](std::size_t i) { return level.points[i].regionId == asked.regionId; });
    std::vector<std::string> choices{nameOf(asked)};
    for (std::size_t i : others) {
        if (choices.size() >= kChoiceCount)
            break;
        const std::string name = nameOf(level.points[i]);
        if (std::find(choices.begin(), choices.end(), name) == choices.end())
            choices.push_back(name);
    }
    random.shuffle(choices);
    question.right = static_cast<std::size_t>(std::find(choices.begin(), choices.end(), nameOf(asked)) - choices.begin());
    question.choices = std::move(choices);
    return question;
}

} // namespace acq
