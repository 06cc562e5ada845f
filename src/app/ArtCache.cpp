#include "app/ArtCache.h"

#include <iostream>

namespace acq {

const sf::Texture* ArtCache::texture(const std::string& svgPath)
{
    auto found = m_entries.find(svgPath);
    if (found != m_entries.end())
        return found->second.texture.get();

    Entry entry;
    std::error_code ec;
    const std::filesystem::path relative = std::filesystem::path(svgPath).lexically_relative(
        std::filesystem::weakly_canonical(m_assetsDir, ec));
    std::filesystem::path png = m_artDir / relative;
    png.replace_extension(".png");
    if (relative.empty() || *relative.begin() == "..") {
        entry.problem = "no picture is built for art outside the game's assets: " + svgPath;
    } else if (!std::filesystem::is_regular_file(png, ec)) {
        entry.problem = "the picture " + png.string() + " is missing (rebuild the game)";
    } else {
        auto texture = std::make_unique<sf::Texture>();
        if (texture->loadFromFile(png.string())) {
            texture->setSmooth(true);
            texture->generateMipmap();
            entry.texture = std::move(texture);
        } else {
            entry.problem = "the picture " + png.string() + " could not be loaded";
        }
    }
    if (!entry.problem.empty())
        std::cerr << "acuquest: " << entry.problem << "\n";
    return m_entries.emplace(svgPath, std::move(entry)).first->second.texture.get();
}

std::string ArtCache::problem(const std::string& svgPath) const
{
    auto found = m_entries.find(svgPath);
    return found == m_entries.end() ? std::string() : found->second.problem;
}

} // namespace acq
