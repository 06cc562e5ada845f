#include "core/Grades.h"

#include <algorithm>
#include <array>

namespace acq {
namespace {

bool always(const AnswerOutcome&)
{
    return true;
}

bool withinHalfTolerance(const AnswerOutcome& o)
{
    return o.distanceCun && o.toleranceCun && *o.distanceCun <= *o.toleranceCun / 2.0;
}

const std::array<GradeRule, 10> kRules = {{
    {AnswerKind::Placement, "skipped", Grade::Again, [](const AnswerOutcome& o) { return o.skipped; }},
    {AnswerKind::Placement, "another point named", Grade::Again, [](const AnswerOutcome& o) { return o.namedOther; }},
    {AnswerKind::Placement, "right, within half the tolerance", Grade::Easy,
     [](const AnswerOutcome& o) { return o.correct && withinHalfTolerance(o); }},
    {AnswerKind::Placement, "right", Grade::Good, [](const AnswerOutcome& o) { return o.correct; }},
    {AnswerKind::Placement, "partial points", Grade::Hard, [](const AnswerOutcome& o) { return o.points > 0.0; }},
    {AnswerKind::Placement, "no points", Grade::Again, always},
    {AnswerKind::Matching, "right at the first try", Grade::Good,
     [](const AnswerOutcome& o) { return o.correct && o.mistakes == 0 && !o.skipped; }},
    {AnswerKind::Matching, "after a wrong pair, or not matched", Grade::Again, always},
    {AnswerKind::Naming, "right", Grade::Good, [](const AnswerOutcome& o) { return o.correct && !o.skipped; }},
    {AnswerKind::Naming, "wrong or skipped", Grade::Again, always},
}};

} // namespace

std::span<const GradeRule> gradeRules()
{
    return kRules;
}

const GradeRule& gradeRuleFor(const AnswerOutcome& outcome)
{
    for (const GradeRule& rule : kRules)
        if (rule.kind == outcome.kind && rule.applies(outcome))
            return rule;
    return kRules.back(); // not reached: every kind ends with a rule that always applies
}

Grade gradeFor(const AnswerOutcome& outcome)
{
    const Grade grade = gradeRuleFor(outcome).grade;
    if (outcome.hinted && static_cast<int>(grade) > static_cast<int>(kHintedGradeCap))
        return kHintedGradeCap;
    return grade;
}

} // namespace acq
