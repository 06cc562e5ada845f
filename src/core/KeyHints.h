// The keys a screen offers, as its footer lists them ("Enter: play    Esc: quit"): the F1 help
// is read from the same line, so that the footer and the help cannot disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace acq {

struct KeyHint {
    std::string keys;   // "Enter or click"; empty for a line without keys ("Click a card to pick it")
    std::string action; // "play"
};

// Splits a footer into its hints: hints are separated by three or more spaces, and each is
// "keys: action" (split at the first ": "), or a plain instruction.
std::vector<KeyHint> parseKeyHints(std::string_view footer);

// The keys that work on every screen, shown under each screen's own in the help.
std::vector<KeyHint> globalKeyHints();

} // namespace acq
