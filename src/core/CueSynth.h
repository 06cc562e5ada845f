// The game's sound cues, synthesized as 16-bit mono samples (no audio files to license).
#pragma once

#include <cstdint>
#include <vector>

namespace acq {

enum class Cue { Right, Wrong, NamedWrong, LevelComplete };
inline constexpr Cue kAllCues[] = {Cue::Right, Cue::Wrong, Cue::NamedWrong, Cue::LevelComplete};

inline constexpr unsigned kCueSampleRate = 44100;
// The loudest sample of any cue: well below full scale, so that cues never clip and a cue
// played over another stays clean.
inline constexpr std::int16_t kCuePeak = 12000;

// A few short notes, each a sine with its first harmonic, shaped by a quick attack and an
// exponential decay, so that cues start and end at silence (no clicks).
std::vector<std::int16_t> synthesizeCue(Cue cue, unsigned sampleRate = kCueSampleRate);
// How long a cue lasts, in seconds.
double cueSeconds(Cue cue);

} // namespace acq
