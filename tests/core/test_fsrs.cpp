#include "core/Fsrs.h"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace acq;

namespace {

struct VectorStep {
    int grade = 0;
    std::int64_t elapsed = 0;
    double recall = 0.0;
    double stability = 0.0;
    double difficulty = 0.0;
    int interval = 0;
    int line = 0;
};

struct VectorSequence {
    std::string name;
    double retention = 0.9;
    int maximum = 36500;
    std::vector<VectorStep> steps;
};

const char* const kVectorsPath = ACUQUEST_SOURCE_DIR "/tests/fsrs/vectors.txt";

// tests/fsrs/vectors.txt, written by tests/fsrs/make-vectors with ts-fsrs.
std::vector<VectorSequence> readVectors()
{
    std::ifstream in(kVectorsPath);
    REQUIRE_MESSAGE(in, "cannot open " << kVectorsPath);
    std::vector<VectorSequence> sequences;
    std::string text;
    int line = 0;
    bool open = false;
    while (std::getline(in, text)) {
        ++line;
        if (text.empty() || text[0] == '#')
            continue;
        std::istringstream fields(text);
        if (text.rfind("sequence ", 0) == 0) {
            REQUIRE_MESSAGE(!open, kVectorsPath << ":" << line << ": sequence inside a sequence");
            VectorSequence s;
            std::string word;
            fields >> word >> s.name >> s.retention >> s.maximum;
            REQUIRE_MESSAGE(!fields.fail(), kVectorsPath << ":" << line << ": malformed sequence line");
            sequences.push_back(s);
            open = true;
        } else if (text == "end") {
            REQUIRE_MESSAGE(open, kVectorsPath << ":" << line << ": end outside a sequence");
            open = false;
        } else {
            REQUIRE_MESSAGE(open, kVectorsPath << ":" << line << ": review outside a sequence");
            VectorStep step;
            step.line = line;
            fields >> step.grade >> step.elapsed >> step.recall >> step.stability >> step.difficulty >> step.interval;
            REQUIRE_MESSAGE(!fields.fail(), kVectorsPath << ":" << line << ": malformed review line");
            REQUIRE_MESSAGE((step.grade >= 1 && step.grade <= 4), kVectorsPath << ":" << line << ": bad grade");
            sequences.back().steps.push_back(step);
        }
    }
    REQUIRE_MESSAGE(!open, kVectorsPath << ": the last sequence has no end");
    return sequences;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::max(std::abs(expected), 1e-300);
}

} // namespace

TEST_CASE("[fsrs] every reference sequence of ts-fsrs is replayed to 1e-6")
{
    const auto sequences = readVectors();
    REQUIRE(sequences.size() >= 20);
    std::size_t reviews = 0;
    for (const auto& sequence : sequences) {
        FsrsParameters parameters;
        parameters.desiredRetention = sequence.retention;
        parameters.maximumIntervalDays = sequence.maximum;
        REQUIRE(fsrsParameterProblem(parameters).empty());
        const Fsrs fsrs(parameters);
        std::optional<MemoryState> state;
        for (const auto& step : sequence.steps) {
            INFO(kVectorsPath << ":" << step.line << ": sequence " << sequence.name);
            if (state)
                CHECK(near(fsrs.retrievability(*state, step.elapsed), step.recall));
            const auto outcome = fsrs.review(state, static_cast<Grade>(step.grade), step.elapsed);
            CHECK(near(outcome.state.stability, step.stability));
            CHECK(near(outcome.state.difficulty, step.difficulty));
            CHECK(outcome.intervalDays == step.interval);
            state = outcome.state;
            ++reviews;
        }
    }
    CHECK(reviews >= 200);
}

TEST_CASE("[fsrs] a new card starts from the grade's initial stability and difficulty")
{
    const Fsrs fsrs;
    const auto first = fsrs.preview(std::nullopt, 0);
    CHECK(first[0].state.stability == doctest::Approx(0.212));
    CHECK(first[3].state.stability == doctest::Approx(8.2956));
    CHECK(first[0].state.difficulty == doctest::Approx(6.4133)); // w4: D0(Again)
    CHECK(first[3].state.difficulty == 1.0);                     // D0(Easy) is below 1: clamped
    CHECK(first[0].intervalDays == 1);
    CHECK(first[1].intervalDays == 2);
    CHECK(first[2].intervalDays == 3);
    CHECK(first[3].intervalDays == 8);
    // The elapsed days of a new card do not matter.
    CHECK(fsrs.review(std::nullopt, Grade::Good, 40).intervalDays == 3);
}

TEST_CASE("[fsrs] the forgetting curve is at the desired retention after stability days")
{
    const Fsrs fsrs;
    const MemoryState state{10.0, 5.0};
    CHECK(fsrs.retrievability(state, 0) == 1.0);
    CHECK(fsrs.retrievability(state, 10) == doctest::Approx(0.9).epsilon(1e-6));
    CHECK(fsrs.retrievability(state, 100) < fsrs.retrievability(state, 20));
    CHECK(fsrs.retrievability(state, -3) == 1.0); // a clock set back
}

TEST_CASE("[fsrs] a lapse never raises stability, a pass never lowers it")
{
    const Fsrs fsrs;
    for (double s : {0.5, 3.0, 40.0, 900.0})
        for (std::int64_t t : {0, 1, 10, 1000}) {
            const MemoryState state{s, 6.0};
            const auto next = fsrs.preview(state, t);
            CHECK(next[0].state.stability <= s);
            for (int g = 1; g < 4; ++g)
                CHECK(next[static_cast<std::size_t>(g)].state.stability >= s);
            for (int g = 1; g < 4; ++g)
                CHECK(next[static_cast<std::size_t>(g)].intervalDays > next[static_cast<std::size_t>(g) - 1].intervalDays);
        }
}

TEST_CASE("[fsrs] the desired retention and the maximum interval are settings")
{
    FsrsParameters strict;
    strict.desiredRetention = 0.95;
    FsrsParameters capped;
    capped.maximumIntervalDays = 30;
    const MemoryState state{100.0, 5.0};
    CHECK(Fsrs(strict).review(state, Grade::Good, 100).intervalDays <
          Fsrs().review(state, Grade::Good, 100).intervalDays);
    CHECK(Fsrs(capped).review(state, Grade::Hard, 100).intervalDays == 30);
}

TEST_CASE("[fsrs] unusable parameters are named and the defaults are kept")
{
    FsrsParameters p;
    p.desiredRetention = 0.0;
    CHECK(fsrsParameterProblem(p) == "desired retention must be above 0 and at most 1");
    CHECK(Fsrs(p).parameters().desiredRetention == 0.9);
    p = {};
    p.maximumIntervalDays = 0;
    CHECK(fsrsParameterProblem(p) == "maximum interval must be at least 1 day");
    p = {};
    p.w[5] = std::nan("");
    CHECK(fsrsParameterProblem(p) == "weight w[5] is not a finite number");
    p = {};
    p.w[20] = 0.05;
    CHECK(fsrsParameterProblem(p) == "decay w[20] must be between 0.1 and 0.8");
    CHECK(fsrsParameterProblem({}).empty());
}

TEST_CASE("[fsrs] a damaged stored state is brought into range")
{
    const Fsrs fsrs;
    const auto next = fsrs.review(MemoryState{0.0, 42.0}, Grade::Good, 3);
    CHECK(std::isfinite(next.state.stability));
    CHECK(next.state.difficulty <= 10.0);
    CHECK(next.intervalDays >= 1);
}

TEST_CASE("[fsrs] grade names")
{
    CHECK(std::string(gradeName(Grade::Again)) == "Again");
    CHECK(std::string(gradeName(Grade::Easy)) == "Easy");
}
