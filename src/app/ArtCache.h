// Textures of body-map art, rasterized from the SVGs at build time, loaded when first drawn or
// ahead of time (prefetch). Only the few most recently drawn stay in memory (a level of six
// close-ups would otherwise hold six large textures while showing one).
#pragma once

#include "app/render/RendererWorkarounds.h"
#include "core/PictureBands.h"

#include <SFML/Graphics/Texture.hpp>

#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace acq {

// One band of a picture's rows as a texture (core/PictureBands).
struct ArtBand {
    std::unique_ptr<sf::Texture> texture; // its rows, with the rows beside them (rowsAbove)
    unsigned top = 0, rows = 0, rowsAbove = 0;
    int minFilter = 0; // the OpenGL filter set on the texture; 0: SFML's own
};

// A body picture as textures, its bands top to bottom: drawn one under the other, they are the
// picture.
struct ArtPicture {
    unsigned width = 0, height = 0;
    std::vector<ArtBand> bands;
};

class ArtCache {
public:
    ArtCache(std::filesystem::path assetsDir, std::filesystem::path artDir,
             RendererWorkarounds renderer = RendererWorkarounds::fromEnvironment())
        : m_renderer(renderer), m_assetsDir(std::move(assetsDir)), m_artDir(std::move(artDir)) {}

    // The picture made from `svgPath` (a file under the assets folder), or null when it is
    // missing; the problem is then in problem(svgPath) and reported on stderr once. The pointer
    // is valid until the next call: ask again each frame.
    ArtPicture* picture(const std::string& svgPath);
    std::string problem(const std::string& svgPath) const;

    // Starts decoding `svgPath`'s picture on another thread, with its mipmap levels, for a
    // screen about to show it: a whole figure takes 30-50 ms to decode. poll() then makes it
    // textures a few megabytes a frame, so that no frame waits for a whole figure.
    void prefetch(const std::string& svgPath);
    // Whether picture(svgPath) would return at once: its textures are made, or it has a problem
    // (a screen that must not wait draws something else meanwhile, after a prefetch).
    bool hasPicture(const std::string& svgPath) const;
    // Called every frame: makes the textures of pictures decoded in the background, at most
    // kUploadBytesPerFrame a frame; a picture is ready (hasPicture) once all of it is in.
    void poll();
    // A band's texture made, or its rows copied in, under Mesa's software renderer: about 0.5 ms
    // a megabyte made (Mesa clears it), 0.2 ms a megabyte copied (bench/RESULTS.md). A whole
    // figure, made and copied, takes about ten frames.
    static constexpr std::size_t kUploadBytesPerFrame = std::size_t{4} << 20;
    // Rows of a band: a whole figure's band with its levels is 3.3 MB, made in 1-2 ms.
    static constexpr unsigned kBandRows = 512;

    // Call before drawing `band` (of one of this cache's pictures) shrunk or enlarged so that
    // one screen pixel covers `texelsPerPixel` of its pixels (RendererWorkarounds::filterArt).
    void prepareToDraw(ArtBand& band, float texelsPerPixel) const;

    // The nice value of a decode thread started by prefetch (the game's own is 0).
    static constexpr int kDecodeNice = 10;

    static constexpr std::size_t kKeptPictures = 2;
    // Frees every texture and forgets pictures still decoding (called when leaving a level).
    void clear();

private:
    struct Decoded {
        unsigned width = 0, height = 0;
        std::vector<PictureBand> bands;
    };
    using Decoding = std::future<std::unique_ptr<Decoded>>; // null: it could not be read
    // A picture being made textures: band by band, each made, then its rows copied in a few at
    // a time, then its smaller levels whole.
    struct Upload {
        std::unique_ptr<Decoded> decoded;
        std::unique_ptr<ArtPicture> picture; // the bands finished so far
        std::unique_ptr<sf::Texture> texture; // of the band decoded->bands[picture->bands.size()]
        unsigned rows = 0;      // of its level 0 copied
        std::size_t levels = 0; // of its levels copied
        bool ownLevels = true;  // false: OpenGL makes the levels (a texture padded to a power of two)
    };
    struct Entry {
        std::unique_ptr<ArtPicture> picture; // once complete
        std::unique_ptr<Upload> upload;      // while being made
        std::string problem;
        unsigned long lastUse = 0;
        std::filesystem::path png; // the picture's file, once found
        Decoding decoding; // valid from prefetch (or picture) until the textures are made
    };
    static std::unique_ptr<Decoded> decodePicture(const std::filesystem::path& png);
    // The PNG built from `svgPath`, or empty with `problem` set.
    std::filesystem::path pictureFor(const std::string& svgPath, std::string& problem) const;
    // Makes the entry's decoded picture (waiting for it if need be) textures, at most `budget`
    // bytes of them; the bytes made or copied are taken off `budget`.
    void finish(Entry& entry, std::size_t& budget);
    // Makes the texture of `band`, sized for its pixels and told of its levels; false if OpenGL
    // could not.
    static bool makeTexture(Upload& upload, const PictureBand& band);
    // Copies what `budget` allows of `band` into the upload's texture; true once all of it is in.
    static bool copyBand(Upload& upload, const PictureBand& band, std::size_t& budget);
    void evictBeyond(std::size_t kept);
    // Records why the entry has no picture and reports it on stderr.
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
