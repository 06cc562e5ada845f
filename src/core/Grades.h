// How an answer in play becomes a review grade for the scheduler: the one table of rules,
// which docs/practice.md shows and the practice screen can quote ("partial points: Hard").
#pragma once

#include "core/Fsrs.h"

#include <optional>
#include <span>

namespace acq {

// Kept apart from the rounds' own records on purpose: the table reads only these few facts,
// so it does not change when the scoring or the saves do.
enum class AnswerKind { Placement, Matching, Naming };

struct AnswerOutcome {
    AnswerKind kind = AnswerKind::Placement;
    double points = 0.0;
    double maxPoints = 0.0;
    bool correct = false;    // placement: the scoring's verdict is right; matching: the prompt
                             // was matched; naming: the right name was chosen
    bool hinted = false;     // a hint was shown for this item
    bool skipped = false;    // passed over without an answer
    bool namedOther = false; // placement: the click was taken for another point
    std::optional<double> distanceCun;  // placement: from the click to the point
    std::optional<double> toleranceCun; // placement: the point's full-marks radius
    int mistakes = 0;                   // matching: wrong pairs tried on this prompt first
};

struct GradeRule {
    AnswerKind kind;
    const char* when; // e.g. "partial points"
    Grade grade;
    bool (*applies)(const AnswerOutcome&);
};

// A hint caps the grade: a point found with help is not yet known.
inline constexpr Grade kHintedGradeCap = Grade::Hard;

// Every rule, grouped by kind; within a kind the first that applies decides.
std::span<const GradeRule> gradeRules();

// The rule that decides an outcome's grade (before the hint cap).
const GradeRule& gradeRuleFor(const AnswerOutcome& outcome);

// The grade of an outcome: its rule's grade, at most kHintedGradeCap when hinted.
Grade gradeFor(const AnswerOutcome& outcome);

} // namespace acq
