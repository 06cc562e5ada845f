#include "core/Level.h"

namespace acq {

const char* kindName(LevelKind kind)
{
    return kind == LevelKind::Placement ? "placement" : "matching";
}

std::string PointTarget::fullName() const
{
    std::string out = name;
    if (!hanzi.empty())
        out += " " + hanzi;
    if (!traditional.empty() && traditional != hanzi)
        out += (hanzi.empty() ? " " : " / ") + traditional;
    if (!meaning.empty())
        out += " \u201C" + meaning + "\u201D";
    return out;
}

} // namespace acq
