// The one verdict on an answer: decided once in core, then shown by the placement panel, the
// results list, the mark on the map and the saved `correct` flag alike.
#pragma once

namespace acq {

enum class Verdict {
    Right,      // inside the full-marks ring (with or without a hint), a name or pair right first time
    Partial,    // outside the ring, but near enough for some points
    Wrong,      // no points
    NamedOther, // the placement lies on another point of the level: that point is named, 0 points
    Skipped,    // no answer given
};

// Only Right counts as right; everything else is shown and saved as not right.
inline bool isRight(Verdict verdict) { return verdict == Verdict::Right; }

// The mark shown beside the answer in every list: a check mark for Right, a ballot x otherwise,
// and a tilde-like "≈" for Partial (some points, but not right).
const char* verdictMark(Verdict verdict);

// A short word for it: "right", "partly right", "wrong", "another point", "skipped".
const char* verdictWord(Verdict verdict);

} // namespace acq
