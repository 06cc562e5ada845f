#include "core/Grades.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace acq;

namespace {

AnswerOutcome placement(double points, bool correct, std::optional<double> distance = std::nullopt)
{
    AnswerOutcome o;
    o.kind = AnswerKind::Placement;
    o.points = points;
    o.maxPoints = 10.0;
    o.correct = correct;
    o.distanceCun = distance;
    o.toleranceCun = 0.5;
    return o;
}

AnswerOutcome matching(bool correct, int mistakes)
{
    AnswerOutcome o;
    o.kind = AnswerKind::Matching;
    o.points = correct && mistakes == 0 ? 1.0 : 0.0;
    o.maxPoints = 1.0;
    o.correct = correct;
    o.mistakes = mistakes;
    return o;
}

AnswerOutcome naming(bool correct)
{
    AnswerOutcome o;
    o.kind = AnswerKind::Naming;
    o.points = correct ? 1.0 : 0.0;
    o.maxPoints = 1.0;
    o.correct = correct;
    return o;
}

AnswerOutcome hinted(AnswerOutcome o)
{
    o.hinted = true;
    return o;
}

std::string ruleOf(const AnswerOutcome& o)
{
    return gradeRuleFor(o).when;
}

} // namespace

TEST_CASE("[grades] placement")
{
    SUBCASE("right within half the tolerance: Easy")
    {
        CHECK(gradeFor(placement(10, true, 0.25)) == Grade::Easy);
        CHECK(ruleOf(placement(10, true, 0.1)) == "right, within half the tolerance");
    }
    SUBCASE("right, farther than half the tolerance or no distance known: Good")
    {
        CHECK(gradeFor(placement(10, true, 0.26)) == Grade::Good);
        CHECK(gradeFor(placement(10, true)) == Grade::Good);
        CHECK(ruleOf(placement(10, true, 0.4)) == "right");
    }
    SUBCASE("partial points: Hard")
    {
        CHECK(gradeFor(placement(4, false, 1.2)) == Grade::Hard);
        CHECK(ruleOf(placement(0.1, false, 1.9)) == "partial points");
    }
    SUBCASE("no points: Again")
    {
        CHECK(gradeFor(placement(0, false, 5.0)) == Grade::Again);
        CHECK(ruleOf(placement(0, false, 5.0)) == "no points");
    }
    SUBCASE("skipped: Again")
    {
        auto o = placement(0, false);
        o.skipped = true;
        CHECK(gradeFor(o) == Grade::Again);
        CHECK(ruleOf(o) == "skipped");
    }
    SUBCASE("another point named: Again, even with points for being near")
    {
        auto o = placement(6, false, 1.0);
        o.namedOther = true;
        CHECK(gradeFor(o) == Grade::Again);
        CHECK(ruleOf(o) == "another point named");
    }
    SUBCASE("a hint caps the grade at Hard and leaves lower grades alone")
    {
        CHECK(gradeFor(hinted(placement(10, true, 0.1))) == Grade::Hard);
        CHECK(gradeFor(hinted(placement(10, true, 0.4))) == Grade::Hard);
        CHECK(gradeFor(hinted(placement(4, false, 1.2))) == Grade::Hard);
        CHECK(gradeFor(hinted(placement(0, false, 5.0))) == Grade::Again);
    }
}

TEST_CASE("[grades] matching")
{
    CHECK(gradeFor(matching(true, 0)) == Grade::Good);
    CHECK(ruleOf(matching(true, 0)) == "right at the first try");
    CHECK(gradeFor(matching(true, 1)) == Grade::Again);
    CHECK(gradeFor(matching(true, 3)) == Grade::Again);
    CHECK(gradeFor(matching(false, 0)) == Grade::Again);
    CHECK(ruleOf(matching(true, 2)) == "after a wrong pair, or not matched");
    CHECK(gradeFor(hinted(matching(true, 0))) == Grade::Hard);
}

TEST_CASE("[grades] naming")
{
    CHECK(gradeFor(naming(true)) == Grade::Good);
    CHECK(ruleOf(naming(true)) == "right");
    CHECK(gradeFor(naming(false)) == Grade::Again);
    CHECK(ruleOf(naming(false)) == "wrong or skipped");
    auto skipped = naming(false);
    skipped.skipped = true;
    CHECK(gradeFor(skipped) == Grade::Again);
    CHECK(gradeFor(hinted(naming(true))) == Grade::Hard);
}

TEST_CASE("[grades] the table: every rule is reached, and every kind ends with a catch-all")
{
    const std::vector<AnswerOutcome> samples = {
        [] { auto o = placement(0, false); o.skipped = true; return o; }(),
        [] { auto o = placement(6, false, 1.0); o.namedOther = true; return o; }(),
        placement(10, true, 0.1), placement(10, true, 0.4), placement(4, false, 1.2), placement(0, false, 5.0),
        matching(true, 0), matching(true, 1), naming(true), naming(false),
    };
    std::set<const GradeRule*> reached;
    for (const auto& o : samples)
        reached.insert(&gradeRuleFor(o));
    CHECK(reached.size() == gradeRules().size());
    for (const auto& rule : gradeRules()) {
        CAPTURE(rule.when);
        CHECK(reached.count(&rule) == 1);
    }
    for (AnswerKind kind : {AnswerKind::Placement, AnswerKind::Matching, AnswerKind::Naming}) {
        const GradeRule* last = nullptr;
        for (const auto& rule : gradeRules())
            if (rule.kind == kind)
                last = &rule;
        REQUIRE(last);
        CHECK(last->grade == Grade::Again);
        AnswerOutcome nothing;
        nothing.kind = kind;
        CHECK(last->applies(nothing));
    }
}
