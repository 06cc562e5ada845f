#include "app/ArtCache.h"

#include <SFML/OpenGL.hpp>

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

// Runs on another thread: sf::Image decodes with stb_image, the levels are plain arithmetic;
// neither touches OpenGL.
std::unique_ptr<ArtCache::Picture> ArtCache::decodePicture(const std::filesystem::path& png)
{
    auto picture = std::make_unique<Picture>();
    if (!picture->image.loadFromFile(png.string()))
        return nullptr;
    const sf::Vector2u size = picture->image.getSize();
    picture->levels = mipChain(picture->image.getPixelsPtr(), size.x, size.y);
    return picture;
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

const sf::Texture* ArtCache::texture(const std::string& svgPath)
{
    Entry& entry = m_entries[svgPath];
    entry.lastUse = ++m_clock;
    if (entry.texture || !entry.problem.empty())
        return entry.texture.get();
    if (!entry.decoding.valid() && !entry.upload) { // neither decoding nor being copied in yet
        std::string problem;
        const std::filesystem::path png = pictureFor(svgPath, problem);
        if (png.empty()) {
            remember(entry, problem);
            return nullptr;
        }
        entry.picture = png;
        evictBeyond(kKeptTextures - 1); // room first: the decoded picture and the old texture never meet
        entry.decoding = std::async(std::launch::deferred, decodePicture, png); // decoded right here
    }
    std::size_t unlimited = SIZE_MAX; // asked for now: all of it at once
    finish(entry, unlimited);
    return entry.texture.get();
}

bool ArtCache::hasTexture(const std::string& svgPath) const
{
    const auto entry = m_entries.find(svgPath);
    return entry != m_entries.end() && (entry->second.texture || !entry->second.problem.empty());
}

void ArtCache::prefetch(const std::string& svgPath)
{
    Entry& entry = m_entries[svgPath];
    if (entry.texture || !entry.problem.empty() || entry.decoding.valid() || entry.upload)
        return;
    std::string problem;
    const std::filesystem::path png = pictureFor(svgPath, problem);
    if (png.empty()) {
        remember(entry, problem);
        return;
    }
    entry.picture = png;
    entry.decoding = std::async(std::launch::async, decodePicture, png);
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

void ArtCache::finish(Entry& entry, std::size_t& budget)
{
    if (!entry.upload) {
        std::unique_ptr<Picture> picture = entry.decoding.get();
        if (!picture) {
            remember(entry, "the picture " + entry.picture.string() + " could not be loaded");
            return;
        }
        evictBeyond(kKeptTextures - 1); // make room first: this entry has no texture yet
        auto upload = std::make_unique<Upload>();
        upload->texture = std::make_unique<sf::Texture>();
        const sf::Vector2u size = picture->image.getSize();
        // Mesa allocates a texture's whole mipmap chain at once only when the texture is told
        // of its levels (GL_TEXTURE_MAX_LEVEL) before its level 0 is made; made the other way,
        // each added level reallocates it and the first draw copies all of it again (40-50 ms
        // and a 20-50 ms first draw for a whole figure, against 1-2 ms: bench/RESULTS.md).
        bool made = upload->texture->create(1, 1);
        if (made) {
            const BindingKept kept;
            sf::Texture::bind(upload->texture.get());
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(picture->levels.size()));
        }
        if (!made || !upload->texture->create(size.x, size.y)) {
            remember(entry, "the picture " + entry.picture.string() + " could not be made a texture");
            return;
        }
        upload->texture->setSmooth(true);
        // Where OpenGL has no textures of any size, SFML pads the texture to a power of two and
        // the levels made here would not fit it: OpenGL makes them then, as before.
        GLint width = 0;
        {
            const BindingKept kept;
            sf::Texture::bind(upload->texture.get());
            glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_WIDTH, &width);
        }
        upload->ownLevels = static_cast<unsigned>(width) == size.x;
        upload->picture = std::move(picture);
        entry.upload = std::move(upload);
        if (budget != SIZE_MAX) {
            budget = 0; // making the texture (Mesa clears its 21 MB) is this frame's share: copying starts next frame
            return;
        }
    }
    Upload& up = *entry.upload;
    const sf::Image& image = up.picture->image;
    const sf::Vector2u size = image.getSize();
    const std::size_t rowBytes = std::size_t{4} * size.x;
    while (up.rows < size.y && budget > 0) {
        const auto rows = static_cast<unsigned>(std::clamp<std::size_t>(budget / rowBytes, 1, size.y - up.rows));
        up.texture->update(image.getPixelsPtr() + rowBytes * up.rows, size.x, rows, 0, up.rows);
        up.rows += rows;
        budget -= std::min(budget, rowBytes * rows);
    }
    if (up.rows < size.y)
        return;
    if (up.ownLevels) {
        const BindingKept kept;
        sf::Texture::bind(up.texture.get());
        while (up.levels < up.picture->levels.size() && budget > 0) {
            const PixelLevel& level = up.picture->levels[up.levels];
            glTexImage2D(GL_TEXTURE_2D, static_cast<GLint>(up.levels + 1), GL_RGBA, static_cast<GLsizei>(level.width),
                         static_cast<GLsizei>(level.height), 0, GL_RGBA, GL_UNSIGNED_BYTE, level.rgba.data());
            budget -= std::min(budget, level.rgba.size());
            ++up.levels;
        }
        if (up.levels < up.picture->levels.size())
            return;
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(up.levels));
    } else {
        const BindingKept kept;
        sf::Texture::bind(up.texture.get());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 1000); // OpenGL's default: every level
        up.texture->generateMipmap();
    }
    entry.texture = std::move(up.texture);
    entry.upload.reset(); // 21 MB for a whole figure and its levels: gone once copied
    entry.minFilter = 0;
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
        if (entry.texture || entry.upload)
            loaded.push_back({entry.lastUse, &entry});
    if (loaded.size() <= kept)
        return;
    std::sort(loaded.begin(), loaded.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i + kept < loaded.size(); ++i) {
        loaded[i].second->texture.reset();
        loaded[i].second->upload.reset(); // copied again from the file if it is wanted again
    }
}

void ArtCache::prepareToDraw(const sf::Texture& texture, float texelsPerPixel)
{
    for (auto& [path, entry] : m_entries)
        if (entry.texture.get() == &texture) {
            m_renderer.filterArt(texture, texelsPerPixel, entry.minFilter);
            return;
        }
}

std::string ArtCache::problem(const std::string& svgPath) const
{
    auto found = m_entries.find(svgPath);
    return found == m_entries.end() ? std::string() : found->second.problem;
}

} // namespace acq
