// The save file's format: a Progress as XML text (schema version 1) and back.
#pragma once

#include "core/Progress.h"

#include <string>

namespace acq {

// The XML text of a save, built one attempt at a time. The game keeps one for its profile and
// appends each new attempt, instead of formatting ten thousand earlier ones again after every
// level (bench/RESULTS.md).
class ProgressXmlText {
public:
    ProgressXmlText(); // a save with no attempts
    explicit ProgressXmlText(const Progress& progress);

    // Strong guarantee: if it throws (out of memory), the text is as it was.
    void append(const Attempt& attempt);
    const std::string& text() const { return m_text; }

private:
    std::string m_text; // always a whole document, closing tag included
};

// The XML text of a progress (schema version 1), and back; exposed for tests and fuzzing.
std::string progressToXml(const Progress& progress);
// Returns false (with a reason) on anything malformed; never throws.
bool progressFromXml(const std::string& text, Progress& out, std::string& problem);

} // namespace acq
