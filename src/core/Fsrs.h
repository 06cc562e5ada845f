// FSRS-6, the spaced-repetition scheduler: a card's memory state, how a review changes it and
// when the card comes back, in whole days (long-term only, no learning steps, no fuzz).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace acq {

// The four answers of FSRS (and Anki); the values are the ones the formulas use.
enum class Grade { Again = 1, Hard = 2, Good = 3, Easy = 4 };
const char* gradeName(Grade grade); // "Again", "Hard", "Good", "Easy"

// The 21 default weights published with FSRS-6 (w[20] is the forgetting curve's decay).
inline constexpr std::array<double, 21> kFsrs6DefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

struct FsrsParameters {
    std::array<double, 21> w = kFsrs6DefaultWeights;
    double desiredRetention = 0.9; // the recall probability at which a card comes back
    int maximumIntervalDays = 36500;
};

// Empty when the parameters can be used; else what is wrong with them, for the settings loader
// to report (the scheduler itself then keeps the defaults rather than compute NaN intervals).
std::string fsrsParameterProblem(const FsrsParameters& parameters);

struct MemoryState {
    double stability = 0.0;  // days until the recall probability falls to 90%
    double difficulty = 0.0; // 1 (easiest) to 10
};

struct ReviewOutcome {
    MemoryState state;
    int intervalDays = 0; // the card is due this many days after the review's day
};

class Fsrs {
public:
    explicit Fsrs(const FsrsParameters& parameters = {});

    // A review with `grade` of a card in `state` (nullopt: never reviewed), `elapsedDays` after
    // its last review (ignored for a new card; a negative value, a clock set back, counts as 0).
    // A review on the day of the previous one (elapsed 0) still counts, as in ts-fsrs's long-term
    // mode: its recall probability is 1, so a pass keeps the stability and only moves difficulty.
    ReviewOutcome review(const std::optional<MemoryState>& state, Grade grade, std::int64_t elapsedDays) const;

    // What each grade would give, indexed by grade - 1. The four intervals are computed together
    // because they are kept in order: Again < Hard < Good < Easy, each at least one day more.
    std::array<ReviewOutcome, 4> preview(const std::optional<MemoryState>& state, std::int64_t elapsedDays) const;

    // The probability of recalling a card `elapsedDays` after its last review.
    double retrievability(const MemoryState& state, std::int64_t elapsedDays) const;

    const FsrsParameters& parameters() const { return m_parameters; }

private:
    double forgettingCurve(double elapsedDays, double stability) const;
    double rawInitialDifficulty(Grade grade) const;
    double nextDifficulty(double difficulty, Grade grade) const;
    double recallStability(double difficulty, double stability, double recall, Grade grade) const;
    double forgetStability(double difficulty, double stability, double recall) const;
    int interval(double stability) const;

    FsrsParameters m_parameters;
    double m_decay = 0.0;            // -w[20]
    double m_factor = 0.0;           // 0.9^(1/decay) - 1, so that R(S days) = 0.9
    double m_intervalModifier = 0.0; // interval = stability * this, for the desired retention
};

} // namespace acq
