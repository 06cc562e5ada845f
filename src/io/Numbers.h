// Strict number parsing for data files: the whole text must be a finite number.
#pragma once

#include <optional>
#include <string_view>

namespace acq {

// Accepts an optional sign, digits, an optional fraction and exponent ("1.5", "-3", "2e1").
// Refuses empty text, surrounding junk ("1.5abc", " 1"), "nan", "inf", hex, and values that
// overflow to infinity (TinyXML-2's QueryDoubleAttribute accepts all of these).
std::optional<double> parseNumber(std::string_view text);
// As parseNumber, and the value must be a whole number that fits in an int.
std::optional<int> parseInteger(std::string_view text);

} // namespace acq
