// Everything the game does only because of Mesa's software renderer (llvmpipe: Xvfb, machines
// without a GPU), to show its first frame as soon as a minimal SFML program does. The rest of the
// game calls these and does not know why; ACUQUEST_NO_RENDER_WORKAROUNDS=1 makes each one the
// plain SFML call. Why each exists, with its figures: bench/RESULTS.md, "Renderer workarounds".
// Not here: ArtCache's mipmap upload in slices, which keeps frames short on every renderer.
#pragma once

#include "app/text/GlyphAtlas.h"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <functional>
#include <vector>

namespace acq {

class Theme;

class RendererWorkarounds {
public:
    // The environment variable that turns them all off ("1"; unset, empty or "0": on).
    static constexpr const char* kSwitch = "ACUQUEST_NO_RENDER_WORKAROUNDS";
    static RendererWorkarounds fromEnvironment();
    explicit RendererWorkarounds(bool on) : m_on(on) {}
    bool on() const { return m_on; }

    // Before the first frame, while the levels load: llvmpipe compiles the text pipeline and
    // fills the back buffer's pages now, not in the first frame. Leaves only the background.
    // Off: nothing.
    void warmUp(sf::RenderTarget& target, const Theme& theme) const;

    // Before each frame is drawn. For a new screen (or size) `drawScreen` is first run into a
    // target that draws nothing, so all its new glyphs reach the texture in one upload instead of
    // one between draws. Off: nothing; glyphs are uploaded as drawing meets them.
    using DrawScreen = std::function<void(sf::RenderTarget&)>;
    void beforeFrame(const Theme& theme, const sf::RenderTarget& window, bool newScreen,
                     const DrawScreen& drawScreen) const;

    // Untextured shapes (panels, bars) sampling the glyph texture's white texel: the same pixels,
    // but the text's pipeline, so a screen compiles one pipeline instead of two. Off: false, and
    // the caller draws them plainly.
    bool panelsThroughGlyphs() const { return m_on; }
    // Draws `shapes` with every vertex at `white` of `glyphs` (`scratch`: reused vertices).
    static void drawThroughTexel(sf::RenderTarget& target, const sf::VertexArray& shapes, const sf::Texture& glyphs,
                                 AtlasPoint white, std::vector<sf::Vertex>& scratch);

    // The glyph texture, once made: nearest sampling, cheaper per pixel, the same pixels for text
    // on whole pixels. Off: smooth, as sf::Font samples its glyphs.
    void filterGlyphTexture(sf::Texture& glyphs) const;

    // Before drawing `art` with one screen pixel covering `texelsPerPixel` of its texels: bilinear
    // unless it is shrunk a good deal, instead of SFML's trilinear at every scale. `current` is the
    // filter last set on it (0: SFML's own). Leaves `art` bound, as SFML's draw expects.
    // Off: nothing.
    void filterArt(const sf::Texture& art, float texelsPerPixel, int& current) const;

private:
    bool m_on;
};

} // namespace acq
