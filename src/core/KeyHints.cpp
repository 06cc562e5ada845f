#include "core/KeyHints.h"

namespace acq {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

KeyHint hintOf(std::string_view part)
{
    const std::size_t colon = part.find(": ");
    if (colon == std::string_view::npos)
        return {"", std::string(part)};
    return {std::string(trim(part.substr(0, colon))), std::string(trim(part.substr(colon + 2)))};
}

} // namespace

std::vector<KeyHint> parseKeyHints(std::string_view footer)
{
    constexpr std::string_view kSeparator = "   ";
    std::vector<KeyHint> hints;
    while (!footer.empty()) {
        const std::size_t gap = footer.find(kSeparator);
        const std::string_view part = trim(footer.substr(0, gap));
        if (!part.empty())
            hints.push_back(hintOf(part));
        if (gap == std::string_view::npos)
            break;
        footer.remove_prefix(gap);
        footer = trim(footer);
    }
    return hints;
}

std::vector<KeyHint> globalKeyHints()
{
    return {{"F1", "this help (any key closes it)"},
            {"F5", "load the level files again (after editing one)"},
            {"F11", "full screen on or off"},
            {"M", "sound on or off"}};
}

} // namespace acq
