// Times as the saves keep them: ISO 8601 in UTC ("2026-12-06T19:08:57Z"), to and from seconds
// since 1970, without the C library's time zone state (g++ 12 has no <chrono> calendar I/O).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace acq {

std::string formatUtc(std::int64_t secondsSinceEpoch);
// Reads "YYYY-MM-DDTHH:MM:SSZ" (a fraction of a second is allowed and dropped); nullopt for
// anything else.
std::optional<std::int64_t> parseUtc(std::string_view text);
// An instant as a person writes it for --now: "YYYY-MM-DDTHH:MM[:SS]" in UTC, or with "Z" or an
// offset ("+01:00", "-0500") saying otherwise.
std::optional<std::int64_t> parseInstant(std::string_view text);

} // namespace acq
