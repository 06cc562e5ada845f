#include "app/ArtCache.h"

#include <SFML/OpenGL.hpp>

#include <algorithm>
#include <iostream>
#include <vector>

namespace acq {

const sf::Texture* ArtCache::texture(const std::string& svgPath)
{
    auto found = m_entries.find(svgPath);
    if (found != m_entries.end() && (found->second.texture || !found->second.problem.empty())) {
        found->second.lastUse = ++m_clock;
        return found->second.texture.get();
    }
    evictBeyond(kKeptTextures - 1); // make room before loading

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
    entry.lastUse = ++m_clock;
    Entry& stored = m_entries[svgPath];
    stored = std::move(entry);
    return stored.texture.get();
}

void ArtCache::evictBeyond(std::size_t kept)
{
    // Problems stay remembered (so each is reported once); textures beyond `kept` are freed,
    // least recently used first.
    std::vector<std::pair<unsigned long, Entry*>> loaded;
    for (auto& [path, entry] : m_entries)
        if (entry.texture)
            loaded.push_back({entry.lastUse, &entry});
    if (loaded.size() <= kept)
        return;
    std::sort(loaded.begin(), loaded.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i + kept < loaded.size(); ++i)
        loaded[i].second->texture.reset();
}

void ArtCache::prepareToDraw(const sf::Texture& texture, float texelsPerPixel)
{
    // Shrunk to less than two thirds, a bilinear sample skips texels and thin lines shimmer:
    // sample the nearest mipmap level then (bilinear within it: half the cost of trilinear).
    const int wanted = texelsPerPixel > 1.5f ? GL_LINEAR_MIPMAP_NEAREST : GL_LINEAR;
    for (auto& [path, entry] : m_entries) {
        if (entry.texture.get() != &texture)
            continue;
        // Bound whether or not the filter changes: SFML skips binding a texture it drew last, so
        // the texture bound must stay the one it remembers (this one, drawn next).
        sf::Texture::bind(&texture);
        if (entry.minFilter != wanted) {
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, wanted);
            entry.minFilter = wanted;
        }
        return;
    }
}

std::string ArtCache::problem(const std::string& svgPath) const
{
    auto found = m_entries.find(svgPath);
    return found == m_entries.end() ? std::string() : found->second.problem;
}

} // namespace acq
