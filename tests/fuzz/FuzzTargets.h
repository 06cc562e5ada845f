// The fuzzed entry points, shared by the libFuzzer executables and the regression replay test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace acq::fuzz {

// Each feeds `data` to one loader and checks what must hold whatever the input. Returns empty
// when all held, else what broke (the libFuzzer executables then abort, the replay test fails).
std::string level(const std::uint8_t* data, std::size_t size);    // a level file (shipped maps)
std::string map(const std::uint8_t* data, std::size_t size);      // a .map.xml (shipped art)
std::string svg(const std::uint8_t* data, std::size_t size);      // a map's SVG art
std::string progress(const std::uint8_t* data, std::size_t size); // a save file
std::string script(const std::uint8_t* data, std::size_t size);   // a --script file

// The target named `name` ("level", "map", ...), or null.
using Target = std::string (*)(const std::uint8_t*, std::size_t);
Target targetNamed(const std::string& name);

} // namespace acq::fuzz
