// A level that asks a few of its points per round (<scoring ask>): which ones, and that the
// round built from the level asks exactly those.
#include "Fixtures.h"

#include "core/AskedPoints.h"
#include "core/PlacementRound.h"
#include "core/Random.h"

#include <doctest/doctest.h>

#include <map>
#include <numeric>
#include <set>

using namespace acq;

namespace {

// Ten points well apart on the test map's back region.
Level tenPoints(std::optional<std::size_t> ask)
{
    Level level = test::placementLevel();
    auto& content = std::get<PlacementLevel>(level.content);
    content.points.clear();
    for (int i = 0; i < 10; ++i)
        content.points.push_back(test::point("P" + std::to_string(i), {{40.0 + 30.0 * i, 100.0 + 80.0 * i}}));
    content.askPerRound = ask;
    return level;
}

std::set<std::size_t> asSet(const std::vector<std::size_t>& order) { return {order.begin(), order.end()}; }

} // namespace

TEST_CASE("[ask] a round asks as many points as the level says, each once, chosen by the seed")
{
    const Level level = tenPoints(4);
    const PlacementLevel& content = *level.placement();
    for (std::uint64_t seed : {1u, 2u, 99u}) {
        INFO("seed " << seed);
        const std::vector<std::size_t> asked = askedPoints(content, seed);
        CHECK(asked.size() == 4);
        CHECK(asSet(asked).size() == 4);
        for (std::size_t i : asked)
            CHECK(i < content.points.size());
        CHECK(askedPoints(content, seed) == asked); // deterministic by seed
    }
    // Different seeds choose different points, not only a different order.
    CHECK(asSet(askedPoints(content, 1)) != asSet(askedPoints(content, 2)));
}

TEST_CASE("[ask] without ask, or with ask equal to the number of points, every point is asked in the old order")
{
    const Level all = tenPoints(std::nullopt);
    const Level ten = tenPoints(10);
    for (std::uint64_t seed : {1u, 5u}) {
        // The order rounds always had: the points shuffled by the seed's Random.
        std::vector<std::size_t> expected(10);
        std::iota(expected.begin(), expected.end(), std::size_t{0});
        Random random(seed);
        random.shuffle(expected);
        CHECK(askedPoints(*all.placement(), seed) == expected);
        CHECK(askedPoints(*ten.placement(), seed) == expected);
    }
    CHECK(all.placement()->askedPerRound() == 10);
}

TEST_CASE("[ask] over many rounds every point is asked, about equally often")
{
    const Level level = tenPoints(3);
    std::map<std::size_t, int> times;
    const int rounds = 3000;
    for (int r = 0; r < rounds; ++r)
        for (std::size_t i : askedPoints(*level.placement(), roundSeed(1, static_cast<std::uint64_t>(r))))
            ++times[i];
    REQUIRE(times.size() == 10);
    // 3 of 10 per round: each point 900 times expected; a fair choice stays well within 15 %.
    for (const auto& [point, count] : times) {
        INFO("point " << point << " asked " << count << " times");
        CHECK(count > 900 * 0.85);
        CHECK(count < 900 * 1.15);
    }
}

TEST_CASE("[ask] the round built from the level asks those points, scores them and ends after them")
{
    const Level level = tenPoints(4);
    PlacementRound round(level, 7, 0.0);
    CHECK(round.count() == 4);
    CHECK(round.order() == askedPoints(*level.placement(), 7));
    CHECK(round.maxScore() == doctest::Approx(4 * level.placement()->scoring.maxPoints));
    for (std::size_t i = 0; i < 4; ++i) {
        REQUIRE(round.phase() == PlacementRound::Phase::Asking);
        round.place(round.current().spots.front(), 1.0);
        round.next(1.0);
    }
    CHECK(round.phase() == PlacementRound::Phase::Finished);
    CHECK(round.placements().size() == 4);
    CHECK(round.score() == doctest::Approx(round.maxScore()));
    // The file-order round (authors, tests) still asks every point.
    CHECK(PlacementRound(level, 0.0).count() == 10);
}
