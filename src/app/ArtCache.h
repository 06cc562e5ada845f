// Textures of body-map art, rasterized from the SVGs at build time, loaded when first drawn.
// Only the few most recently drawn stay in memory (a level of six close-ups would otherwise
// hold six large textures while showing one).
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
    // missing; the problem is then in problem(svgPath) and reported on stderr once. The pointer
    // is valid until the next call: ask again each frame.
    const sf::Texture* texture(const std::string& svgPath);
    std::string problem(const std::string& svgPath) const;

    // Call before drawing `texture` (one of this cache's) shrunk or enlarged so that one screen
    // pixel covers `texelsPerPixel` of its pixels. SFML 2.5 samples a smooth texture with mipmaps
    // trilinearly at every scale, which under Mesa's software renderer costs about twice a
    // bilinear draw, and buys nothing unless the picture is shrunk a good deal: the mipmaps are
    // sampled only then (bench/RESULTS.md). Leaves the texture bound, as SFML's draw expects.
    void prepareToDraw(const sf::Texture& texture, float texelsPerPixel);

    static constexpr std::size_t kKeptTextures = 2;
    // Frees every texture (called when leaving a level).
    void clear() { evictBeyond(0); }

private:
    struct Entry {
        std::unique_ptr<sf::Texture> texture;
        std::string problem;
        unsigned long lastUse = 0;
        int minFilter = 0; // the OpenGL filter set on the texture; 0: SFML's own
    };
    void evictBeyond(std::size_t kept);
    unsigned long m_clock = 0;
    std::filesystem::path m_assetsDir;
    std::filesystem::path m_artDir;
    std::map<std::string, Entry> m_entries;
};

} // namespace acq
