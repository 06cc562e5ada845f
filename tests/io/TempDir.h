// A temporary folder for a test, removed with everything in it when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace acq::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    // Writes `content` to `relative` (creating its folders) and returns the full path.
    std::filesystem::path write(const std::string& relative, const std::string& content) const;
    // Creates the folder `relative` and returns its full path.
    std::filesystem::path mkdir(const std::string& relative) const;
    // The whole content of a file, or "<missing>".
    static std::string read(const std::filesystem::path& file);

private:
    std::filesystem::path m_path;
};

} // namespace acq::test
