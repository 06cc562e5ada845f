#include "core/Verdict.h"

namespace acq {

const char* verdictMark(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Right: return "\xE2\x9C\x93";   // check mark
    case Verdict::Partial: return "\xE2\x89\x88"; // almost equal to
    default: return "\xE2\x9C\x97";               // ballot x
    }
}

const char* verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Right: return "right";
    case Verdict::Partial: return "partly right";
    case Verdict::Wrong: return "wrong";
    case Verdict::NamedOther: return "another point";
    case Verdict::Skipped: return "skipped";
    }
    return "wrong";
}

} // namespace acq
