// --check's font coverage: every character of a level file that no font the game uses can draw.
#pragma once

#include "core/Diagnostics.h"

#include <functional>
#include <string>
#include <string_view>

namespace acq {

// Whether some font the game draws with has a glyph for the code point. Given by the app,
// which owns the fonts (io reads no font files).
using CanDraw = std::function<bool(char32_t)>;

// One warning per character the fonts lack, at the first line it appears on:
// `file:line: warning: no font the game uses can draw "腎" (U+814E): it shows as a box; ...`.
// Control characters (tab, newline) are not drawn and so not checked.
void reportUndrawable(const std::string& file, std::string_view utf8, const CanDraw& canDraw, Diagnostics& out);

} // namespace acq
