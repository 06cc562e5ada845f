#include "core/Progress.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {
Attempt attempt(const std::string& level, double score, bool completed, std::vector<std::pair<std::string, bool>> items = {})
{
    Attempt a;
    a.levelId = level;
    a.score = score;
    a.maxScore = 100;
    a.completed = completed;
    for (auto& [id, correct] : items)
        a.items.push_back({id, correct ? 10.0 : 0.0, 10.0, correct, std::nullopt, std::nullopt, 0});
    return a;
}
} // namespace

TEST_CASE("[progress] the best score counts completed attempts of that level only")
{
    Progress progress;
    CHECK_FALSE(progress.best("a").has_value());
    progress.add(attempt("a", 40, true));
    progress.add(attempt("a", 90, false)); // abandoned: not a best
    progress.add(attempt("a", 70, true));
    progress.add(attempt("b", 99, true));
    CHECK(progress.best("a").value() == doctest::Approx(70));
    CHECK(progress.bestMax("a").value() == doctest::Approx(100));
    CHECK(progress.attemptCount("a") == 3);
}

TEST_CASE("[progress] item statistics put the weakest item first")
{
    Progress progress;
    progress.add(attempt("a", 0, true, {{"BL23", true}, {"GV4", false}, {"BL25", true}}));
    progress.add(attempt("a", 0, true, {{"BL23", true}, {"GV4", false}, {"BL25", false}}));
    const auto stats = progress.itemStats("a");
    REQUIRE(stats.size() == 3);
    CHECK(stats[0].id == "GV4");
    CHECK(stats[0].seen == 2);
    CHECK(stats[0].correct == 0);
    CHECK(stats[1].id == "BL25");
    CHECK(stats[2].id == "BL23");
}
