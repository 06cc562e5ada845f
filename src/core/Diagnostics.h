// Problems found while reading a data file, each with the file and line it concerns.
#pragma once

#include <string>
#include <vector>

namespace acq {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;
    std::string message;

    // "file:line: message", or "file:line: warning: message".
    std::string format() const;
};

// Collects every problem of a load instead of stopping at the first, so a level author sees
// them all in one run of --check.
class Diagnostics {
public:
    void error(std::string file, int line, std::string message);
    void warning(std::string file, int line, std::string message);
    void append(const Diagnostics& other);

    bool hasErrors() const;
    std::size_t errorCount() const;
    const std::vector<Diagnostic>& all() const { return m_items; }
    bool empty() const { return m_items.empty(); }

private:
    std::vector<Diagnostic> m_items;
};

} // namespace acq
