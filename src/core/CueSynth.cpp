#include "core/CueSynth.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <span>

namespace acq {

namespace {

struct Note {
    double hz;
    double start;   // seconds from the cue's start
    double length;  // seconds
};

// Right rises (a fifth), wrong falls low, a named wrong point is two level notes (another
// point, not a miss), the level's end an arpeggio.
constexpr Note kRight[] = {{659.3, 0.0, 0.09}, {987.8, 0.08, 0.16}};
constexpr Note kWrong[] = {{220.0, 0.0, 0.12}, {174.6, 0.10, 0.22}};
constexpr Note kNamedWrong[] = {{392.0, 0.0, 0.10}, {392.0, 0.14, 0.14}};
constexpr Note kLevelComplete[] = {{523.3, 0.0, 0.14}, {659.3, 0.12, 0.14}, {784.0, 0.24, 0.14}, {1046.5, 0.36, 0.40}};

std::span<const Note> notesOf(Cue cue)
{
    switch (cue) {
    case Cue::Right: return kRight;
    case Cue::Wrong: return kWrong;
    case Cue::NamedWrong: return kNamedWrong;
    case Cue::LevelComplete: return kLevelComplete;
    }
    return kRight;
}

constexpr double kAttackSeconds = 0.006;

} // namespace

double cueSeconds(Cue cue)
{
    double end = 0.0;
    for (const Note& note : notesOf(cue))
        end = std::max(end, note.start + note.length);
    return end;
}

std::vector<std::int16_t> synthesizeCue(Cue cue, unsigned sampleRate)
{
    const auto count = static_cast<std::size_t>(std::ceil(cueSeconds(cue) * sampleRate));
    std::vector<double> mix(count, 0.0);
    for (const Note& note : notesOf(cue)) {
        const auto first = static_cast<std::size_t>(note.start * sampleRate);
        const auto length = static_cast<std::size_t>(note.length * sampleRate);
        for (std::size_t i = 0; i < length && first + i < count; ++i) {
            const double t = static_cast<double>(i) / sampleRate;
            const double attack = std::min(1.0, t / kAttackSeconds);
            // Decays to about 1 % by the note's end, then a short linear fade to exact silence.
            const double decay = std::exp(-4.6 * t / note.length);
            const double fade = std::min(1.0, static_cast<double>(length - i) / (kAttackSeconds * sampleRate));
            const double phase = 2.0 * std::numbers::pi * note.hz * t;
            mix[first + i] += attack * decay * fade * (0.8 * std::sin(phase) + 0.2 * std::sin(2.0 * phase));
        }
    }
    // Notes overlap a little: scale the whole cue so that its loudest sample is the peak.
    double loudest = 0.0;
    for (double v : mix)
        loudest = std::max(loudest, std::abs(v));
    const double gain = loudest > 0.0 ? kCuePeak / loudest : 0.0;
    std::vector<std::int16_t> samples(count);
    for (std::size_t i = 0; i < count; ++i)
        samples[i] = static_cast<std::int16_t>(std::lround(mix[i] * gain));
    return samples;
}

} // namespace acq
