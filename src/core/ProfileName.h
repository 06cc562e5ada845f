// What a profile may be called: any printable UTF-8 of 1-80 bytes (spaces, quotes and every
// script included), since profiles are rows of the history and names never become paths.
#pragma once

#include <string>
#include <string_view>

namespace acq {

constexpr std::size_t kMaxProfileNameBytes = 80;

bool validProfileName(std::string_view name);

// The name with spaces trimmed at both ends, as the profile screen keeps what was typed.
std::string trimmedProfileName(std::string_view typed);

// `text` without its last UTF-8 character (Backspace in a name being typed).
std::string withoutLastCharacter(std::string_view text);

} // namespace acq
