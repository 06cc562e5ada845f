// The save file's format: a Progress as XML text (schema version 1) and back.
#pragma once

#include "core/Progress.h"

#include <string>

namespace acq {

// The XML text of a progress (schema version 1), and back; exposed for tests and fuzzing.
std::string progressToXml(const Progress& progress);
// Returns false (with a reason) on anything malformed; never throws.
bool progressFromXml(const std::string& text, Progress& out, std::string& problem);

} // namespace acq
