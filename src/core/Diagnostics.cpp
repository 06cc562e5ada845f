#include "core/Diagnostics.h"

#include <algorithm>

namespace acq {

std::string Diagnostic::format() const
{
    std::string out = file + ":" + std::to_string(line) + ": ";
    if (severity == Severity::Warning)
        out += "warning: ";
    return out + message;
}

void Diagnostics::error(std::string file, int line, std::string message)
{
    m_items.push_back({Severity::Error, std::move(file), line, std::move(message)});
}

void Diagnostics::warning(std::string file, int line, std::string message)
{
    m_items.push_back({Severity::Warning, std::move(file), line, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other)
{
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool Diagnostics::hasErrors() const { return errorCount() > 0; }

std::size_t Diagnostics::errorCount() const
{
    return static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

} // namespace acq
