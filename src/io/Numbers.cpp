#include "io/Numbers.h"

#include <charconv>
#include <climits>
#include <cmath>
#include <system_error>

namespace acq {

std::optional<double> parseNumber(std::string_view text)
{
    // std::from_chars takes no '+'; the schema allows one, but only one sign.
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && (text.front() == '+' || text.front() == '-'))
            return std::nullopt;
    }
    if (text.empty())
        return std::nullopt;
    // from_chars would read "inf", "nan" and "infinity"; only digits, a point or a sign may start.
    const char first = text.front() == '-' && text.size() > 1 ? text[1] : text.front();
    if (!((first >= '0' && first <= '9') || first == '.'))
        return std::nullopt;
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    // result_out_of_range covers both overflow (1e999) and underflow (1e-999).
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseInteger(std::string_view text)
{
    const std::optional<double> value = parseNumber(text);
    if (!value || std::trunc(*value) != *value || *value < static_cast<double>(INT_MIN) ||
        *value > static_cast<double>(INT_MAX))
        return std::nullopt;
    return static_cast<int>(*value);
}

} // namespace acq
