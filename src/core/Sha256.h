// SHA-256 of a byte string, as lowercase hex: the identity of an imported save file.
#pragma once

#include <string>
#include <string_view>

namespace acq {

std::string sha256Hex(std::string_view bytes);

} // namespace acq
