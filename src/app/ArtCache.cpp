#include "app/ArtCache.h"

#include <SFML/Graphics/Image.hpp>
#include <SFML/OpenGL.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <vector>

namespace acq {

namespace {

bool ready(const auto& decoding) { return decoding.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }

// The texture bound now, put back after raw OpenGL calls: SFML's render targets remember which
// texture they bound last and do not bind it again.
class BindingKept {
public:
    BindingKept() { glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_bound); }
    ~BindingKept() { glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(m_bound)); }
    BindingKept(const BindingKept&) = delete;
    BindingKept& operator=(const BindingKept&) = delete;

private:
    GLint m_bound = 0;
};

} // namespace

// Runs on another thread: sf::Image decodes with stb_image, the bands and their levels are
// plain arithmetic; neither touches OpenGL.
std::unique_ptr<ArtCache::Decoded> ArtCache::decodePicture(const std::filesystem::path& png)
{
    sf::Image image;
    if (!image.loadFromFile(png.string()))
        return nullptr;
    auto decoded = std::make_unique<Decoded>();
    decoded->width = image.getSize().x;
    decoded->height = image.getSize().y;
    decoded->bands = cutIntoBands(image.getPixelsPtr(), decoded->width, decoded->height, kBandRows);
    return decoded;
}

std::filesystem::path ArtCache::pictureFor(const std::string& svgPath, std::string& problem) const
{
    std::error_code ec;
    const std::filesystem::path relative = std::filesystem::path(svgPath).lexically_relative(
        std::filesystem::weakly_canonical(m_assetsDir, ec));
    std::filesystem::path png = m_artDir / relative;
    png.replace_extension(".png");
    if (relative.empty() || *relative.begin() == "..") {
        problem = "no picture is built for art outside the game's assets: " + svgPath;
        return {};
    }
    if (!std::filesystem::is_regular_file(png, ec)) {
        problem = "the picture " + png.string() + " is missing (rebuild the game)";
        return {};
    }
    return png;
}

void ArtCache::remember(Entry& entry, std::string problem)
{
    std::cerr << "acuquest: " << problem << "\n"; // once: an entry with a problem is never loaded again
    entry.problem = std::move(problem);
}

ArtPicture* ArtCache::picture(const std::string& svgPath)
{
    Entry& entry = m_entries[svgPath];
    entry.lastUse = ++m_clock;
    if (entry.picture || !entry.problem.empty())
        return entry.picture.get();
    if (!entry.decoding.valid() && !entry.upload) { // neither decoding nor being made yet
        std::string problem;
        const std::filesystem::path png = pictureFor(svgPath, problem);
        if (png.empty()) {
            remember(entry, problem);
            return nullptr;
        }
        entry.png = png;
        evictBeyond(kKeptPictures - 1); // room first: the decoded picture and the old textures never meet
        entry.decoding = std::async(std::launch::deferred, decodePicture, png); // decoded right here
    }
    std::size_t unlimited = SIZE_MAX; // asked for now: all of it at once
    finish(entry, unlimited);
    return entry.picture.get();
}

bool ArtCache::hasPicture(const std::string& svgPath) const
{
    const auto entry = m_entries.find(svgPath);
    return entry != m_entries.end() && (entry->second.picture || !entry->second.problem.empty());
}

void ArtCache::prefetch(const std::string& svgPath)
{
    Entry& entry = m_entries[svgPath];
    if (entry.picture || !entry.problem.empty() || entry.decoding.valid() || entry.upload)
        return;
    std::string problem;
    const std::filesystem::path png = pictureFor(svgPath, problem);
    if (png.empty()) {
        remember(entry, problem);
        return;
    }
    entry.png = png;
    entry.decoding = std::async(std::launch::async, [png] {
        // Behind the frames: on two cores a decode at the game's own priority takes the core
        // that Mesa's renderer draws the next frames on (a 17-20 ms frame after the progress
        // screen's next figure was asked for, bench/RESULTS.md). Linux gives each thread its own
        // nice value; this thread ends with the decode.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kDecodeNice);
        return decodePicture(png);
    });
}

void ArtCache::poll()
{
    std::size_t budget = kUploadBytesPerFrame;
    for (auto& [svgPath, entry] : m_entries)
        if (budget > 0 && (entry.upload || (entry.decoding.valid() && ready(entry.decoding))))
            finish(entry, budget);
    m_abandoned.erase(std::remove_if(m_abandoned.begin(), m_abandoned.end(), [](const Decoding& d) { return ready(d); }),
                      m_abandoned.end());
}

bool ArtCache::makeTexture(Upload& upload, const PictureBand& band)
{
    upload.texture = std::make_unique<sf::Texture>();
    sf::Texture& texture = *upload.texture;
    // Mesa allocates a texture's whole mipmap chain at once only when the texture is told of its
    // levels (GL_TEXTURE_MAX_LEVEL) before its level 0 is made; made the other way, each added
    // level reallocates it and the first draw copies all of it again (40-50 ms and a 20-50 ms
    // first draw for a whole figure, against 1-2 ms: bench/RESULTS.md).
    if (!texture.create(1, 1))
        return false;
    {
        const BindingKept kept;
        sf::Texture::bind(&texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(band.levels.size()));
    }
    if (!texture.create(band.pixels.width, band.pixels.height))
        return false;
    texture.setSmooth(true);
    // Where OpenGL has no textures of any size, SFML pads the texture to a power of two and the
    // levels made here would not fit it: OpenGL makes them then, as before.
    GLint width = 0;
    {
        const BindingKept kept;
        sf::Texture::bind(&texture);
        glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_WIDTH, &width);
    }
    upload.ownLevels = static_cast<unsigned>(width) == band.pixels.width;
    upload.rows = 0;
    upload.levels = 0;
    return true;
}

bool ArtCache::copyBand(Upload& up, const PictureBand& band, std::size_t& budget)
{
    const PixelLevel& base = band.pixels;
    const std::size_t rowBytes = std::size_t{4} * base.width;
    while (up.rows < base.height && budget > 0) {
        const auto rows = static_cast<unsigned>(std::clamp<std::size_t>(budget / rowBytes, 1, base.height - up.rows));
        up.texture->update(base.rgba.data() + rowBytes * up.rows, base.width, rows, 0, up.rows);
        up.rows += rows;
        budget -= std::min(budget, rowBytes * rows);
    }
    if (up.rows < base.height)
        return false;
    const BindingKept kept;
    sf::Texture::bind(up.texture.get());
    if (!up.ownLevels) {
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 1000); // OpenGL's default: every level
        up.texture->generateMipmap();
        return true;
    }
    while (up.levels < band.levels.size() && budget > 0) {
        const PixelLevel& level = band.levels[up.levels];
        glTexImage2D(GL_TEXTURE_2D, static_cast<GLint>(up.levels + 1), GL_RGBA, static_cast<GLsizei>(level.width),
                     static_cast<GLsizei>(level.height), 0, GL_RGBA, GL_UNSIGNED_BYTE, level.rgba.data());
        budget -= std::min(budget, level.rgba.size());
        ++up.levels;
    }
    if (up.levels < band.levels.size())
        return false;
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(up.levels));
    return true;
}

void ArtCache::finish(Entry& entry, std::size_t& budget)
{
    if (!entry.upload) {
        std::unique_ptr<Decoded> decoded = entry.decoding.get();
        if (!decoded) {
            remember(entry, "the picture " + entry.png.string() + " could not be loaded");
            return;
        }
        evictBeyond(kKeptPictures - 1); // make room first: this entry has no textures yet
        entry.upload = std::make_unique<Upload>();
        entry.upload->picture = std::make_unique<ArtPicture>();
        entry.upload->picture->width = decoded->width;
        entry.upload->picture->height = decoded->height;
        entry.upload->decoded = std::move(decoded);
    }
    Upload& up = *entry.upload;
    std::vector<ArtBand>& made = up.picture->bands;
    while (made.size() < up.decoded->bands.size() && budget > 0) {
        const PictureBand& band = up.decoded->bands[made.size()];
        if (!up.texture) {
            if (!makeTexture(up, band)) {
                entry.upload.reset();
                remember(entry, "the picture " + entry.png.string() + " could not be made a texture");
                return;
            }
            budget -= std::min(budget, band.bytes()); // Mesa clears all of it: a cost like copying it
            continue;
        }
        if (!copyBand(up, band, budget))
            return;
        made.push_back({std::move(up.texture), band.top, band.rows, band.rowsAbove, 0});
    }
    if (made.size() < up.decoded->bands.size())
        return;
    entry.picture = std::move(up.picture);
    entry.upload.reset(); // 21 MB for a whole figure and its levels: gone once copied
}

void ArtCache::clear()
{
    evictBeyond(0);
    for (auto& [svgPath, entry] : m_entries)
        if (entry.decoding.valid())
            m_abandoned.push_back(std::move(entry.decoding));
}

void ArtCache::evictBeyond(std::size_t kept)
{
    // Problems stay remembered (so each is reported once); textures beyond `kept` are freed,
    // least recently used first.
    std::vector<std::pair<unsigned long, Entry*>> loaded;
    for (auto& [path, entry] : m_entries)
        if (entry.picture || entry.upload)
            loaded.push_back({entry.lastUse, &entry});
    if (loaded.size() <= kept)
        return;
    std::sort(loaded.begin(), loaded.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i + kept < loaded.size(); ++i) {
        loaded[i].second->picture.reset();
        loaded[i].second->upload.reset(); // copied again from the file if it is wanted again
    }
}

void ArtCache::prepareToDraw(ArtBand& band, float texelsPerPixel) const
{
    m_renderer.filterArt(*band.texture, texelsPerPixel, band.minFilter);
}

std::string ArtCache::problem(const std::string& svgPath) const
{
    auto found = m_entries.find(svgPath);
    return found == m_entries.end() ? std::string() : found->second.problem;
}

} // namespace acq
