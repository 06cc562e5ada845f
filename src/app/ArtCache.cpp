#include "app/ArtCache.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <vector>

namespace acq {

namespace {

// Runs on another thread: sf::Image decodes with stb_image and touches no OpenGL.
std::unique_ptr<sf::Image> decodePicture(const std::filesystem::path& png)
{
    auto image = std::make_unique<sf::Image>();
    if (!image->loadFromFile(png.string()))
        image.reset();
    return image;
}

bool ready(const std::future<std::unique_ptr<sf::Image>>& decoding)
{
    return decoding.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

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
    if (!entry.decoding.valid()) {
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
    finish(entry);
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
    if (entry.texture || !entry.problem.empty() || entry.decoding.valid())
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
    for (auto& [svgPath, entry] : m_entries)
        if (entry.decoding.valid() && ready(entry.decoding))
            finish(entry);
    m_abandoned.erase(std::remove_if(m_abandoned.begin(), m_abandoned.end(), ready), m_abandoned.end());
}

void ArtCache::finish(Entry& entry)
{
    std::unique_ptr<sf::Image> image = entry.decoding.get();
    if (!image) {
        remember(entry, "the picture " + entry.picture.string() + " could not be loaded");
        return;
    }
    evictBeyond(kKeptTextures - 1); // make room first: this entry has no texture yet
    auto texture = std::make_unique<sf::Texture>();
    const bool made = texture->loadFromImage(*image);
    image.reset(); // 16 MB for a whole figure: gone before the mipmaps take their share
    if (!made) {
        remember(entry, "the picture " + entry.picture.string() + " could not be made a texture");
        return;
    }
    RendererWorkarounds::prepareArtTexture(*texture);
    entry.texture = std::move(texture);
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
