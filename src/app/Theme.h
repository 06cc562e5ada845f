// Fonts, colours and text drawing shared by every scene. All text goes through here so it is
// decoded as UTF-8, scaled with the window, and visible to scripted checks (expect-text).
#pragma once

#include "app/render/RendererWorkarounds.h"
#include "app/text/FontFace.h"
#include "app/text/GlyphAtlas.h"
#include "app/text/TextLayout.h"
#include "core/LayoutCheck.h"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace acq {

namespace colors {
inline const sf::Color background{246, 243, 236};
inline const sf::Color panel{255, 255, 255};
inline const sf::Color panelBorder{205, 198, 186};
// Text colours meet WCAG 2.1 AA (4.5:1) on every background below (tests/app/test_palette.cpp).
inline const sf::Color text{38, 42, 48};
inline const sf::Color mutedText{97, 101, 109};
inline const sf::Color accent{34, 102, 170};      // focus, selection
inline const sf::Color accentSoft{214, 230, 247};
// Right and wrong are told apart by more than hue (marks, words) for colour-blind players;
// these are the blue/orange pair that stays distinct in the common deficiencies.
// Darkened from Okabe-Ito's blue and vermilion-orange, keeping their hues, to reach 4.5:1.
inline const sf::Color good{0, 105, 164};
inline const sf::Color goodSoft{209, 232, 245};
inline const sf::Color bad{166, 73, 0};
inline const sf::Color badSoft{251, 226, 207};
inline const sf::Color broken{180, 40, 40};
inline const sf::Color footer{234, 229, 219};
} // namespace colors

enum class FontStyle { Regular, Bold };

class Theme {
public:
    // Looks for DejaVu Sans (and a few fallbacks) in the usual system folders. Text is sized
    // for a window `windowHeight` pixels high until setWindowHeight().
    explicit Theme(float windowHeight = 800.0f, RendererWorkarounds renderer = RendererWorkarounds::fromEnvironment());
    Theme(const Theme&) = delete;
    Theme& operator=(const Theme&) = delete;

    bool hasFont() const { return m_loaded; }
    const std::string& fontProblem() const { return m_problem; }

    // Sizes are given for an 800-pixel-high window and scaled with the real height, times the
    // player's UI scale (settings).
    void setWindowHeight(float height);
    void setUiScale(float uiScale);
    unsigned px(float designSize) const;
    float scale() const { return m_scale; }

    // Draws one line at `position` (top-left) and returns its width.
    float drawText(sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, float designSize,
                   sf::Color color, FontStyle style = FontStyle::Regular) const;
    // Draws text wrapped to `width`; returns the height used.
    float drawWrapped(sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, float width,
                      float designSize, sf::Color color, FontStyle style = FontStyle::Regular) const;
    std::vector<std::string> wrap(std::string_view utf8, float width, float designSize,
                                  FontStyle style = FontStyle::Regular) const;
    float textWidth(std::string_view utf8, float designSize, FontStyle style = FontStyle::Regular) const;
    float lineHeight(float designSize) const;

    // Draws untextured shapes (filled triangles: panels, bars) in their vertices' colours, at
    // once, also inside a Batch; the way is RendererWorkarounds::panelsThroughGlyphs's.
    void drawShapes(sf::RenderTarget& target, const sf::VertexArray& shapes) const;

    // While a Batch lives, drawText and drawWrapped only collect their glyphs; it draws them all
    // in one call when it ends. For many texts with nothing drawn over them in between (the
    // menu's rows, the matching cards): each draw call has a cost of its own.
    class Batch {
    public:
        Batch(const Theme& theme, sf::RenderTarget& target);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        const Theme& m_theme;
        sf::RenderTarget& m_target;
    };

    // While on, text and shapes are laid out (glyphs rendered) but neither uploaded nor drawn
    // (RendererWorkarounds::beforeFrame's layout pass).
    void setLayoutOnly(bool on) const { m_layoutOnly = on; }
    // Brings glyphs rendered since the last upload to the texture (one upload). Done before a
    // frame is drawn, and by drawing itself for a glyph first met mid-frame. False when there
    // is no texture to draw text with (no font, or OpenGL refused it).
    bool uploadGlyphs() const;

    // The key hints the last footer drawn showed (drawFooter): the F1 help lists the same keys.
    void noteFooter(const std::string& hints) const { m_footer = hints; }
    const std::string& lastFooter() const { return m_footer; }

    // Every string drawn since the last clear, for scripted checks.
    void clearDrawnTexts() const;
    const std::vector<std::string>& drawnTexts() const { return m_drawn; }
    // The same texts with where (window pixels), how big and in what colour they were drawn, and
    // the filled rectangles drawn with them (drawShapes, noteSurfaces), in drawing order: what
    // the layout check (expect-layout, core/LayoutCheck.h) needs to tell what each text is on.
    const std::vector<DrawnText>& drawnLayout() const { return m_drawnLayout; }
    const std::vector<Surface>& drawnSurfaces() const { return m_surfaces; }
    // For rectangles drawn past drawShapes (plain target.draw): recorded as drawShapes records.
    void noteSurfaces(const sf::RenderTarget& target, const sf::VertexArray& shapes) const;
    // For a picture (the body art, `rect` in the target's view): text drawn on it must sit on a
    // panel or halo (core/LayoutCheck.h).
    void notePicture(const sf::RenderTarget& target, const sf::FloatRect& rect) const;
    // What is drawn from now on is a layer over what was (a dialog over the screen under it).
    void beginLayer() const { ++m_layer; }

private:
    std::size_t faceOf(FontStyle style) const { return style == FontStyle::Bold ? m_boldFace : 0; }
    void openFonts();
    GlyphAtlas& atlas() const;
    // Lays out one line into m_line (quads too when drawing).
    const LineLayout& layout(std::string_view utf8, unsigned pixelSize, FontStyle style, bool quads) const;
    // Draws m_line's quads with their top-left at `position` (or adds them to the batch).
    void drawLine(sf::RenderTarget& target, sf::Vector2f position, sf::Color color) const;
    // Records the line just laid out (m_line) as drawn at `position`.
    void noteText(const sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, unsigned pixelSize,
                  sf::Color color, FontStyle style) const;
    // Draws the collected quads in one call.
    void drawVertices(sf::RenderTarget& target) const;

    std::unique_ptr<FontFace> m_cjk; // fallback for the point names' characters; declared first, destroyed last
    std::unique_ptr<FontFace> m_regular;
    std::unique_ptr<FontFace> m_bold;
    std::size_t m_boldFace = 0;
    bool m_loaded = false;
    std::string m_problem;
    RendererWorkarounds m_renderer;
    float m_scale = 1.0f;
    float m_windowHeight;
    float m_uiScale = 1.0f;
    mutable std::string m_footer;
    // Text drawing state: caches, changed by const drawing calls.
    std::unique_ptr<GlyphAtlas> m_atlas;
    // Made at the first upload, when OpenGL is set up.
    mutable std::unique_ptr<sf::Texture> m_texture;
    mutable bool m_layoutOnly = false;
    mutable bool m_batching = false;
    mutable LineLayout m_line;
    mutable std::vector<sf::Vertex> m_vertices;
    mutable std::vector<sf::Vertex> m_shapeVertices;
    mutable std::vector<std::string> m_drawn;
    mutable std::vector<DrawnText> m_drawnLayout;
    mutable std::vector<Surface> m_surfaces;
    mutable std::size_t m_drawOrder = 0;
    mutable int m_layer = 0;
};

} // namespace acq
