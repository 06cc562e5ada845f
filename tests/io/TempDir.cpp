#include "TempDir.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace acq::test {

TempDir::TempDir()
{
    std::string pattern = (fs::temp_directory_path() / "acuquest-test-XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!::mkdtemp(buffer.data()))
        throw std::runtime_error("mkdtemp failed");
    // Canonical, so that paths the loaders resolve compare equal to ours.
    m_path = fs::canonical(fs::path(buffer.data()));
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

fs::path TempDir::write(const std::string& relative, const std::string& content) const
{
    const fs::path file = m_path / relative;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
    return file;
}

fs::path TempDir::mkdir(const std::string& relative) const
{
    const fs::path dir = m_path / relative;
    fs::create_directories(dir);
    return dir;
}

std::string TempDir::read(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return "<missing>";
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace acq::test
