#include "core/Fsrs.h"

#include <algorithm>
#include <cmath>

namespace acq {
namespace {

// The bounds ts-fsrs keeps stability in.
constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;

// JavaScript's Math.round (halves go up, also below zero): the reference rounds with it, and
// an interval or an 8th decimal that lands on a half must round the same way here.
double roundHalfUp(double x)
{
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1.0 : down;
}

// ts-fsrs rounds every intermediate state to 8 decimals; doing the same keeps the two from
// drifting apart over a long history.
double round8(double x)
{
    return roundHalfUp(x * 1e8) / 1e8;
}

double index(Grade grade)
{
    return static_cast<double>(static_cast<int>(grade));
}

} // namespace

const char* gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Again:
        return "Again";
    case Grade::Hard:
        return "Hard";
    case Grade::Good:
        return "Good";
    case Grade::Easy:
        return "Easy";
    }
    return "?";
}

std::string fsrsParameterProblem(const FsrsParameters& p)
{
    for (std::size_t i = 0; i < p.w.size(); ++i)
        if (!std::isfinite(p.w[i]))
            return "weight w[" + std::to_string(i) + "] is not a finite number";
    for (std::size_t i = 0; i < 4; ++i)
        if (p.w[i] <= 0.0)
            return "initial stability w[" + std::to_string(i) + "] must be above 0";
    if (p.w[20] < 0.1 || p.w[20] > 0.8)
        return "decay w[20] must be between 0.1 and 0.8";
    if (!(p.desiredRetention > 0.0 && p.desiredRetention <= 1.0))
        return "desired retention must be above 0 and at most 1";
    if (p.maximumIntervalDays < 1)
        return "maximum interval must be at least 1 day";
    return {};
}

Fsrs::Fsrs(const FsrsParameters& parameters)
    : m_parameters(fsrsParameterProblem(parameters).empty() ? parameters : FsrsParameters{})
{
    // In this order and with this rounding, as ts-fsrs computes them.
    m_decay = -m_parameters.w[20];
    m_factor = round8(std::exp(1.0 / m_decay * std::log(0.9)) - 1.0);
    m_intervalModifier = round8((std::pow(m_parameters.desiredRetention, 1.0 / m_decay) - 1.0) / m_factor);
}

double Fsrs::forgettingCurve(double elapsedDays, double stability) const
{
    return round8(std::pow(1.0 + m_factor * elapsedDays / stability, m_decay));
}

double Fsrs::retrievability(const MemoryState& state, std::int64_t elapsedDays) const
{
    return forgettingCurve(static_cast<double>(std::max<std::int64_t>(elapsedDays, 0)),
                           std::clamp(state.stability, kMinStability, kMaxStability));
}

// D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped: mean reversion pulls toward D0(Easy), which the
// default weights put below 1.
double Fsrs::rawInitialDifficulty(Grade grade) const
{
    const auto& w = m_parameters.w;
    return round8(w[4] - std::exp((index(grade) - 1.0) * w[5]) + 1.0);
}

// Good leaves difficulty where it is, the others move it by w6 per grade step, less the nearer
// it is to 10 (linear damping); then a w7 share of it goes back toward D0(Easy).
double Fsrs::nextDifficulty(double difficulty, Grade grade) const
{
    const auto& w = m_parameters.w;
    const double delta = -w[6] * (index(grade) - 3.0);
    const double damped = difficulty + round8(delta * (10.0 - difficulty) / 9.0);
    const double reverted = round8(w[7] * rawInitialDifficulty(Grade::Easy) + (1.0 - w[7]) * damped);
    return std::clamp(reverted, 1.0, 10.0);
}

// A pass multiplies stability by 1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1), times w15 for
// Hard and w16 for Easy: the growth is largest when the card was nearly forgotten.
double Fsrs::recallStability(double difficulty, double stability, double recall, Grade grade) const
{
    const auto& w = m_parameters.w;
    const double hardPenalty = grade == Grade::Hard ? w[15] : 1.0;
    const double easyBonus = grade == Grade::Easy ? w[16] : 1.0;
    const double next = stability * (1.0 + std::exp(w[8]) * (11.0 - difficulty) * std::pow(stability, -w[9]) *
                                               (std::exp((1.0 - recall) * w[10]) - 1.0) * hardPenalty * easyBonus);
    return round8(std::clamp(next, kMinStability, kMaxStability));
}

// A lapse: S' = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), never above the stability before
// the lapse (without short-term steps, ts-fsrs's bound S / e^(w17 w18) is S itself).
double Fsrs::forgetStability(double difficulty, double stability, double recall) const
{
    const auto& w = m_parameters.w;
    const double next = w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1.0, w[13]) - 1.0) *
                        std::exp((1.0 - recall) * w[14]);
    const double afterFail = round8(std::clamp(next, kMinStability, kMaxStability));
    return std::min(std::max(round8(stability), kMinStability), afterFail);
}

int Fsrs::interval(double stability) const
{
    const double days = roundHalfUp(stability * m_intervalModifier);
    return static_cast<int>(std::min(std::max(1.0, days), static_cast<double>(m_parameters.maximumIntervalDays)));
}

std::array<ReviewOutcome, 4> Fsrs::preview(const std::optional<MemoryState>& state, std::int64_t elapsedDays) const
{
    constexpr std::array<Grade, 4> kGrades = {Grade::Again, Grade::Hard, Grade::Good, Grade::Easy};
    std::array<ReviewOutcome, 4> out{};
    if (!state) {
        for (Grade g : kGrades) {
            auto& o = out[static_cast<std::size_t>(g) - 1];
            o.state.stability = std::max(m_parameters.w[static_cast<std::size_t>(g) - 1], 0.1);
            o.state.difficulty = std::clamp(rawInitialDifficulty(g), 1.0, 10.0);
        }
    } else {
        // A stored state out of range (a damaged save) is brought into range rather than
        // allowed to produce NaN; the loader is where it gets reported.
        const double s = std::clamp(state->stability, kMinStability, kMaxStability);
        const double d = std::clamp(state->difficulty, 1.0, 10.0);
        const double t = static_cast<double>(std::max<std::int64_t>(elapsedDays, 0));
        const double recall = forgettingCurve(t, s);
        for (Grade g : kGrades) {
            auto& o = out[static_cast<std::size_t>(g) - 1];
            o.state.stability = g == Grade::Again ? forgetStability(d, s, recall) : recallStability(d, s, recall, g);
            o.state.difficulty = nextDifficulty(d, g);
        }
    }
    std::array<int, 4> days{};
    for (std::size_t i = 0; i < 4; ++i)
        days[i] = interval(out[i].state.stability);
    // As ts-fsrs orders them; at the maximum interval this lets Good and Easy go one and two
    // days past it.
    days[0] = std::min(days[0], days[1]);
    days[1] = std::max(days[1], days[0] + 1);
    days[2] = std::max(days[2], days[1] + 1);
    days[3] = std::max(days[3], days[2] + 1);
    for (std::size_t i = 0; i < 4; ++i)
        out[i].intervalDays = days[i];
    return out;
}

ReviewOutcome Fsrs::review(const std::optional<MemoryState>& state, Grade grade, std::int64_t elapsedDays) const
{
    const int i = std::clamp(static_cast<int>(grade), 1, 4) - 1; // an enum cast from a bad int
    return preview(state, elapsedDays)[static_cast<std::size_t>(i)];
}

} // namespace acq
