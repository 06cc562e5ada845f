// Textures of body-map art, rasterized from the SVGs at build time, loaded when first drawn or
// ahead of time (prefetch). Only the few most recently drawn stay in memory (a level of six
// close-ups would otherwise hold six large textures while showing one).
#pragma once

#include "app/render/RendererWorkarounds.h"
#include "core/MipChain.h"

#include <SFML/Graphics/Texture.hpp>

#include <SFML/Graphics/Image.hpp>

#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace acq {

class ArtCache {
public:
    ArtCache(std::filesystem::path assetsDir, std::filesystem::path artDir,
             RendererWorkarounds renderer = RendererWorkarounds::fromEnvironment())
        : m_renderer(renderer), m_assetsDir(std::move(assetsDir)), m_artDir(std::move(artDir)) {}

    // The texture made from `svgPath` (a file under the assets folder), or null when it is
    // missing; the problem is then in problem(svgPath) and reported on stderr once. The pointer
    // is valid until the next call: ask again each frame.
    const sf::Texture* texture(const std::string& svgPath);
    std::string problem(const std::string& svgPath) const;

    // Starts decoding `svgPath`'s picture on another thread, with its mipmap levels, for a
    // screen about to show it: a whole figure takes 30-50 ms to decode. poll() then copies it
    // into a texture a few megabytes a frame, so that no frame waits for a whole figure.
    void prefetch(const std::string& svgPath);
    // Whether texture(svgPath) would return at once: its texture is made, or it has a problem
    // (a screen that must not wait draws something else meanwhile, after a prefetch).
    bool hasTexture(const std::string& svgPath) const;
    // Called every frame: copies pictures decoded in the background into their textures, at most
    // kUploadBytesPerFrame a frame; a texture is ready (hasTexture) once all of it is copied.
    void poll();
    // About 1-3 ms of copying under Mesa's software renderer: a whole figure with its mipmaps
    // (21 MB) over six frames (bench/RESULTS.md).
    static constexpr std::size_t kUploadBytesPerFrame = std::size_t{4} << 20;

    // Call before drawing `texture` (one of this cache's) shrunk or enlarged so that one screen
    // pixel covers `texelsPerPixel` of its pixels (RendererWorkarounds::filterArt).
    void prepareToDraw(const sf::Texture& texture, float texelsPerPixel);

    static constexpr std::size_t kKeptTextures = 2;
    // Frees every texture and forgets pictures still decoding (called when leaving a level).
    void clear();

private:
    struct Picture {
        sf::Image image;                // level 0
        std::vector<PixelLevel> levels; // 1, 2, ... down to 1x1
    };
    using Decoding = std::future<std::unique_ptr<Picture>>; // null: it could not be read
    // A texture being filled: level 0 row by row, then the smaller levels whole.
    struct Upload {
        std::unique_ptr<Picture> picture;
        std::unique_ptr<sf::Texture> texture;
        unsigned rows = 0;      // of level 0 copied
        std::size_t levels = 0; // of picture->levels copied
        bool ownLevels = true;  // false: OpenGL makes the levels (a texture padded to a power of two)
    };
    struct Entry {
        std::unique_ptr<sf::Texture> texture; // once complete
        std::unique_ptr<Upload> upload;       // while being copied in
        std::string problem;
        unsigned long lastUse = 0;
        int minFilter = 0; // the OpenGL filter set on the texture; 0: SFML's own
        std::filesystem::path picture; // the PNG, once found
        Decoding decoding; // valid from prefetch (or texture) until the texture is made
    };
    static std::unique_ptr<Picture> decodePicture(const std::filesystem::path& png);
    // The PNG built from `svgPath`, or empty with `problem` set.
    std::filesystem::path pictureFor(const std::string& svgPath, std::string& problem) const;
    // Copies the entry's decoded picture (waiting for it if need be) into its texture, at most
    // `budget` bytes of it; the bytes copied are taken off `budget`.
    void finish(Entry& entry, std::size_t& budget);
    void evictBeyond(std::size_t kept);
    // Records why the entry has no texture and reports it on stderr.
    void remember(Entry& entry, std::string problem);
    unsigned long m_clock = 0;
    RendererWorkarounds m_renderer;
    std::filesystem::path m_assetsDir;
    std::filesystem::path m_artDir;
    std::map<std::string, Entry> m_entries;
    // Decodes no longer wanted (the player left): kept until they end, since a future of
    // std::async would wait for its thread when destroyed.
    std::vector<Decoding> m_abandoned;
};

} // namespace acq
