// Textures of body-map art, rasterized from the SVGs at build time, loaded on first use.
#pragma once

#include <SFML/Graphics/Texture.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace acq {

class ArtCache {
public:
    ArtCache(std::filesystem::path assetsDir, std::filesystem::path artDir)
        : m_assetsDir(std::move(assetsDir)), m_artDir(std::move(artDir)) {}

    // The texture made from `svgPath` (a file under the assets folder), or null when it is
    // missing; the problem is then in problem(svgPath) and reported on stderr once.
    const sf::Texture* texture(const std::string& svgPath);
    std::string problem(const std::string& svgPath) const;
    // Frees every texture not in use (called when leaving a level).
    void clear() { m_entries.clear(); }

private:
    struct Entry {
        std::unique_ptr<sf::Texture> texture;
        std::string problem;
    };
    std::filesystem::path m_assetsDir;
    std::filesystem::path m_artDir;
    std::map<std::string, Entry> m_entries;
};

} // namespace acq
