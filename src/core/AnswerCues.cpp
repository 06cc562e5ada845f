#include "core/AnswerCues.h"

namespace acq {

AnswerCues::Tally AnswerCues::tally(const Attempt& attempt)
{
    Tally t;
    for (const ItemResult& item : attempt.items) {
        if (item.answered && !item.skipped)
            ++t.answered;
        t.mistakes += item.mistakes;
    }
    return t;
}

std::optional<Cue> AnswerCues::next(const Attempt& snapshot, bool ending)
{
    const std::string key = std::string(kindName(snapshot.kind)) + '\n' + snapshot.levelId + '\n' + snapshot.startedAt;
    if (key != m_attempt) {
        m_attempt = key;
        m_seen = {};
    }
    const Tally now = tally(snapshot);
    const Tally before = m_seen;
    m_seen = now;
    if (ending) {
        m_attempt.clear();
        return snapshot.completed ? std::optional<Cue>(Cue::LevelComplete) : std::nullopt;
    }
    if (now.answered > before.answered) {
        // A pair matched: matching accepts only right pairs (its items keep the prompts' order).
        if (snapshot.kind == AttemptKind::Matching)
            return Cue::Right;
        // Elsewhere items are appended as they are answered: the last one is the one just given.
        const ItemResult& given = snapshot.items.back();
        if (!given.namedPoint.empty())
            return Cue::NamedWrong;
        return given.correct ? Cue::Right : Cue::Wrong;
    }
    // A wrong pair tried in matching: a mistake, nothing answered.
    if (now.mistakes > before.mistakes)
        return Cue::Wrong;
    return std::nullopt;
}

} // namespace acq
