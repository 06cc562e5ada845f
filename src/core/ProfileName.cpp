#include "core/ProfileName.h"

namespace acq {

bool validProfileName(std::string_view name)
{
    if (name.empty() || name.size() > kMaxProfileNameBytes)
        return false;
    std::size_t i = 0;
    while (i < name.size()) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x20 || c == 0x7f)
            return false;
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (length == 0 || i + length > name.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(name[i + k]) & 0xc0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

std::string trimmedProfileName(std::string_view typed)
{
    const std::size_t first = typed.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = typed.find_last_not_of(' ');
    return std::string(typed.substr(first, last - first + 1));
}

std::string withoutLastCharacter(std::string_view text)
{
    std::size_t end = text.size();
    while (end > 0 && (static_cast<unsigned char>(text[end - 1]) & 0xc0) == 0x80)
        --end; // continuation bytes
    return std::string(text.substr(0, end == 0 ? 0 : end - 1));
}

} // namespace acq
