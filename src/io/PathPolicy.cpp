#include "io/PathPolicy.h"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace acq {
namespace {

// Components of `root` are a prefix of those of `path`; both already normalised.
bool hasPrefix(const fs::path& path, const fs::path& root)
{
    auto p = path.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++p) {
        if (r->empty()) // a trailing separator gives an empty last component
            continue;
        if (p == path.end() || *p != *r)
            return false;
    }
    return true;
}

fs::path normalisedRoot(const fs::path& root)
{
    std::error_code ec;
    fs::path canonical = fs::canonical(root, ec);
    if (!ec)
        return canonical;
    canonical = fs::weakly_canonical(root, ec);
    if (!ec)
        return canonical;
    return {};
}

bool insideAny(const fs::path& path, const std::vector<fs::path>& roots)
{
    return std::any_of(roots.begin(), roots.end(), [&](const fs::path& root) { return isInside(path, root); });
}

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

} // namespace

bool isInside(const fs::path& path, const fs::path& root)
{
    try {
        if (root.empty() || path.empty())
            return false;
        const fs::path r = normalisedRoot(root);
        if (r.empty() || !path.is_absolute())
            return false;
        return hasPrefix(path.lexically_normal(), r);
    } catch (...) {
        return false;
    }
}

ResolvedPath resolveDataPath(const fs::path& baseDir, const std::string& written, const DataRoots& dataRoots)
{
    ResolvedPath out;
    try {
        // "assets:X" is X inside the shipped assets, and may lead nowhere else: not into the
        // player's folders, not out of the assets by "../".
        const bool inAssets = written.rfind(kAssetsPrefix, 0) == 0;
        const std::string reference = inAssets ? written.substr(std::string_view(kAssetsPrefix).size()) : written;
        const std::vector<fs::path> assetsOnly{dataRoots.assets};
        const std::vector<fs::path>& roots = inAssets ? assetsOnly : dataRoots.folders;
        const std::string outside = inAssets ? "the game's shipped assets" : "the game's data folders";
        if (inAssets && dataRoots.assets.empty()) {
            out.problem = "no shipped assets folder is known here, so " + inQuotes(written) + " names nothing";
            return out;
        }
        if (reference.empty()) {
            out.problem = "the path is empty";
            return out;
        }
        if (reference.find('\0') != std::string::npos) {
            out.problem = "the path contains a NUL character";
            return out;
        }
        if (reference.find('\\') != std::string::npos) {
            out.problem = "the path " + inQuotes(written) + " contains a backslash; use \"/\"";
            return out;
        }
        const fs::path ref(reference);
        if (ref.is_absolute() || ref.has_root_path()) {
            out.problem = "absolute paths are not allowed: " + inQuotes(written);
            return out;
        }
        std::error_code ec;
        fs::path base = inAssets ? dataRoots.assets : baseDir.empty() ? fs::path(".") : baseDir;
        base = fs::absolute(base, ec);
        if (ec) {
            out.problem = "cannot resolve " + inQuotes(written) + ": " + ec.message();
            return out;
        }
        const fs::path joined = base / ref;
        // First the lexical answer (symlinks followed as far as the path exists): a path leading
        // outside is refused without telling whether it exists there.
        const fs::path weak = fs::weakly_canonical(joined, ec);
        if (ec || !insideAny(weak, roots)) {
            if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
                out.problem = "cannot resolve " + inQuotes(written) + ": " + ec.message();
                return out;
            }
            if (!ec) {
                out.problem = "the path " + inQuotes(written) + " leads outside " + outside;
                return out;
            }
        }
        const fs::path canonical = fs::canonical(joined, ec);
        if (ec) {
            if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory)
                out.problem = "file not found: " + inQuotes(written);
            else
                out.problem = "cannot resolve " + inQuotes(written) + ": " + ec.message();
            return out;
        }
        if (!insideAny(canonical, roots)) {
            out.problem = "the path " + inQuotes(written) + " leads outside " + outside;
            return out;
        }
        const fs::file_status st = fs::status(canonical, ec);
        if (ec || st.type() != fs::file_type::regular) {
            out.problem = "not a regular file: " + inQuotes(written);
            return out;
        }
        out.path = canonical;
    } catch (const std::exception& e) {
        out.path.reset();
        out.problem = "cannot resolve " + inQuotes(written) + ": " + e.what();
    }
    return out;
}

std::string displayPath(const fs::path& path)
{
    try {
        std::error_code ec;
        const fs::path cwd = fs::current_path(ec);
        if (!ec && path.is_absolute() && hasPrefix(path.lexically_normal(), cwd)) {
            const fs::path rel = path.lexically_normal().lexically_relative(cwd);
            if (!rel.empty() && *rel.begin() != "..")
                return rel.generic_string();
        }
        return path.generic_string();
    } catch (...) {
        return path.string();
    }
}

} // namespace acq
