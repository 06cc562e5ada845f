#include "app/render/RendererWorkarounds.h"

#include "app/Theme.h"
#include "app/render/NullTarget.h"

#include <SFML/OpenGL.hpp>

#include <cstdlib>
#include <cstring>

namespace acq {

RendererWorkarounds RendererWorkarounds::fromEnvironment()
{
    const char* value = std::getenv(kSwitch);
    const bool off = value && *value && std::strcmp(value, "0") != 0;
    return RendererWorkarounds(!off);
}

void RendererWorkarounds::warmUp(sf::RenderTarget& target, const Theme& theme) const
{
    if (!m_on)
        return;
    target.clear(colors::background);
    // One pixel in the background colour, drawn as panels are (through the glyph texture).
    sf::VertexArray texel(sf::Triangles);
    for (const sf::Vector2f corner : {sf::Vector2f(0, 0), {1, 0}, {0, 1}, {0, 1}, {1, 0}, {1, 1}})
        texel.append(sf::Vertex(corner, colors::background));
    theme.drawShapes(target, texel);
    glFlush(); // hands it to llvmpipe now; the target's context is current after drawing into it
}

void RendererWorkarounds::beforeFrame(const Theme& theme, const sf::RenderTarget& window, bool newScreen,
                                      const DrawScreen& drawScreen) const
{
    if (!m_on)
        return;
    if (newScreen) {
        NullTarget layoutOnly(window.getSize());
        layoutOnly.setView(window.getView());
        theme.setLayoutOnly(true);
        drawScreen(layoutOnly);
        theme.setLayoutOnly(false);
    }
    theme.uploadGlyphs(); // one upload before the first draw: each upload between draws makes llvmpipe finish them
}

void RendererWorkarounds::drawThroughTexel(sf::RenderTarget& target, const sf::VertexArray& shapes,
                                           const sf::Texture& glyphs, AtlasPoint white,
                                           std::vector<sf::Vertex>& scratch)
{
    scratch.resize(shapes.getVertexCount());
    for (std::size_t i = 0; i < shapes.getVertexCount(); ++i)
        scratch[i] = sf::Vertex(shapes[i].position, shapes[i].color, {white.u, white.v});
    target.draw(scratch.data(), scratch.size(), shapes.getPrimitiveType(), sf::RenderStates(&glyphs));
}

void RendererWorkarounds::filterGlyphTexture(sf::Texture& glyphs) const
{
    glyphs.setSmooth(!m_on); // nearest: cheaper per pixel under llvmpipe
}

void RendererWorkarounds::filterArt(const sf::Texture& art, float texelsPerPixel, int& current) const
{
    if (!m_on)
        return;
    // Trilinear costs llvmpipe about twice bilinear; below two thirds thin lines would shimmer, so
    // then the nearest mipmap level (bilinear within it).
    const int wanted = texelsPerPixel > 1.5f ? GL_LINEAR_MIPMAP_NEAREST : GL_LINEAR;
    // Bound whether or not the filter changes: SFML skips binding the texture it drew last, so the
    // one bound must stay the one it remembers (this one, drawn next).
    sf::Texture::bind(&art);
    if (current != wanted) {
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, wanted);
        current = wanted;
    }
}

} // namespace acq
