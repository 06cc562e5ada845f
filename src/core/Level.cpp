#include "core/Level.h"

namespace acq {

const char* kindName(LevelKind kind)
{
    return kind == LevelKind::Placement ? "placement" : "matching";
}

} // namespace acq
