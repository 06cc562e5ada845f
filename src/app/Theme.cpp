#include "app/Theme.h"

#include "core/TextWrap.h"
#include "io/FontFiles.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <filesystem>

namespace acq {

namespace {

// Below 600 pixels of height per unit of scale, the screens' design runs out of room.
constexpr float kRoomyHeight = 600.0f;
constexpr long kSmallestPixels = 11;
constexpr float kBodyDesignSize = 14.0f; // the smallest size the screens' running text is designed at

float scaleFor(float windowHeight)
{
    // Text grows with the window but stays readable on small ones.
    return std::clamp(windowHeight / 800.0f, 0.8f, 2.0f);
}

} // namespace

Theme::Theme(float windowHeight, RendererWorkarounds renderer)
    : m_renderer(renderer)
    , m_scale(scaleFor(windowHeight))
    , m_windowHeight(windowHeight)
{
    openFonts();
}

void Theme::openFonts()
{
    const auto files = findFontFiles();
    if (files)
        m_regular = FontFace::open(files->regular, m_problem);
    if (!m_regular) {
        m_problem = "No usable font found: install the Debian package fonts-dejavu-core." +
                    (m_problem.empty() ? std::string() : " (" + m_problem + ")");
        return;
    }
    m_loaded = true;
    m_problem.clear();
    std::error_code ec;
    std::string boldProblem; // without a bold face, bold text is drawn in the regular one
    if (std::filesystem::is_regular_file(files->bold, ec))
        m_bold = FontFace::open(files->bold, boldProblem);
    // The point names' Chinese characters come from a CJK font where DejaVu has none; without
    // one they draw as boxes (--check warns of each).
    std::string cjkProblem;
    if (!files->cjk.empty() && (m_cjk = FontFace::open(files->cjk, cjkProblem))) {
        m_regular->setFallback(m_cjk.get());
        if (m_bold)
            m_bold->setFallback(m_cjk.get());
    }
    std::vector<FontFace*> faces{m_regular.get()};
    if (m_bold) {
        faces.push_back(m_bold.get());
        m_boldFace = 1;
    }
    m_atlas = std::make_unique<GlyphAtlas>(std::move(faces));
}

GlyphAtlas& Theme::atlas() const
{
    return *m_atlas;
}

void Theme::setWindowHeight(float height)
{
    m_windowHeight = height;
    // The player's size on top of the window's, as far as the window has room for: the screens
    // are laid out for 800 design pixels of height, and at 150 % a 480-pixel window would put
    // buttons over titles. Smaller than the window's own scale is always allowed.
    const float base = scaleFor(height);
    m_scale = m_uiScale <= 1.0f ? base * m_uiScale : std::max(base, std::min(base * m_uiScale, height / kRoomyHeight));
    // Nor so small that body text (14 design pixels) would fall under 11 px: px() would then
    // draw it larger than the layout, scaled down, made room for.
    m_scale = std::max(m_scale, static_cast<float>(kSmallestPixels) / kBodyDesignSize);
}

void Theme::setUiScale(float uiScale)
{
    m_uiScale = uiScale;
    setWindowHeight(m_windowHeight);
}

unsigned Theme::px(float designSize) const
{
    // Never under 11 px, whatever the window and the UI scale: smaller is not readable (issue
    // 19). Layouts measure with the same sizes, so they make room for it.
    return static_cast<unsigned>(std::max(kSmallestPixels, std::lround(designSize * m_scale)));
}

const LineLayout& Theme::layout(std::string_view utf8, unsigned pixelSize, FontStyle style, bool quads) const
{
    layoutLine(atlas(), faceOf(style), pixelSize, decodeUtf8(utf8), m_line, quads);
    return m_line;
}

bool Theme::uploadGlyphs() const
{
    if (!m_loaded)
        return false;
    const GlyphAtlas& glyphs = atlas();
    if (!m_texture)
        m_texture = std::make_unique<sf::Texture>();
    // The texture holds the atlas's rows in use and grows by doubling: making one costs in
    // proportion to its size, and the first screen needs fewer than 128 rows (bench/RESULTS.md).
    const unsigned needed = std::max(128u, std::bit_ceil(glyphs.usedRows()));
    if (m_texture->getSize().y < needed) {
        if (!m_texture->create(glyphs.width(), needed))
            return false; // reported by SFML; text is then left out rather than drawn as boxes
        // Text sits on whole pixels at the atlas's own scale (rounded positions, whole advances
        // and kerning, views of one unit a pixel): nearest and smooth sampling pick the same texels.
        m_renderer.filterGlyphTexture(*m_texture);
        if (glyphs.usedRows() > 0)
            m_texture->update(glyphs.pixels(), glyphs.width(), glyphs.usedRows(), 0, 0);
    } else if (glyphs.dirtyFirstRow() < glyphs.dirtyLastRow()) {
        const unsigned first = glyphs.dirtyFirstRow();
        m_texture->update(glyphs.pixels() + static_cast<std::size_t>(first) * glyphs.width() * 4, glyphs.width(),
                          glyphs.dirtyLastRow() - first, 0, first);
    }
    m_atlas->markUploaded();
    return true;
}

void Theme::drawLine(sf::RenderTarget& target, sf::Vector2f position, sf::Color color) const
{
    if (m_line.quads.empty() || m_layoutOnly)
        return;
    if (!m_batching)
        m_vertices.clear();
    for (const GlyphQuad& q : m_line.quads) {
        const sf::Vertex topLeft({position.x + q.left, position.y + q.top}, color, {q.u0, q.v0});
        const sf::Vertex topRight({position.x + q.right, position.y + q.top}, color, {q.u1, q.v0});
        const sf::Vertex bottomLeft({position.x + q.left, position.y + q.bottom}, color, {q.u0, q.v1});
        const sf::Vertex bottomRight({position.x + q.right, position.y + q.bottom}, color, {q.u1, q.v1});
        m_vertices.insert(m_vertices.end(), {topLeft, topRight, bottomLeft, bottomLeft, topRight, bottomRight});
    }
    if (!m_batching)
        drawVertices(target);
}

void Theme::drawVertices(sf::RenderTarget& target) const
{
    if (m_vertices.empty())
        return;
    if (uploadGlyphs())
        target.draw(m_vertices.data(), m_vertices.size(), sf::Triangles, sf::RenderStates(m_texture.get()));
    m_vertices.clear();
}

void Theme::drawShapes(sf::RenderTarget& target, const sf::VertexArray& shapes) const
{
    if (shapes.getVertexCount() == 0)
        return;
    noteSurfaces(target, shapes);
    if (!m_loaded || !m_renderer.panelsThroughGlyphs()) {
        if (!m_layoutOnly)
            target.draw(shapes);
        return;
    }
    // Asked for in the layout pass too, so that the block is in the frame's one upload.
    const AtlasPoint white = atlas().whiteTexel();
    if (m_layoutOnly)
        return;
    if (!uploadGlyphs()) {
        target.draw(shapes);
        return;
    }
    RendererWorkarounds::drawThroughTexel(target, shapes, *m_texture, white, m_shapeVertices);
}

Theme::Batch::Batch(const Theme& theme, sf::RenderTarget& target)
    : m_theme(theme)
    , m_target(target)
{
    m_theme.m_batching = true;
    m_theme.m_vertices.clear();
}

Theme::Batch::~Batch()
{
    m_theme.m_batching = false;
    if (!m_theme.m_layoutOnly)
        m_theme.drawVertices(m_target);
    m_theme.m_vertices.clear();
}

float Theme::drawText(sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, float designSize,
                      sf::Color color, FontStyle style) const
{
    m_drawn.emplace_back(utf8);
    if (!m_loaded)
        return 0.0f;
    const LineLayout& line = layout(utf8, px(designSize), style, true);
    noteText(target, utf8, {std::round(position.x), std::round(position.y)}, px(designSize), color, style);
    drawLine(target, {std::round(position.x), std::round(position.y)}, color);
    return line.boundsRight;
}

float Theme::textWidth(std::string_view utf8, float designSize, FontStyle style) const
{
    if (!m_loaded)
        return static_cast<float>(utf8Length(utf8)) * px(designSize) * 0.55f;
    // The advance of the whole line, spaces included.
    return layout(utf8, px(designSize), style, false).advance;
}

float Theme::lineHeight(float designSize) const
{
    return m_loaded ? atlas().lineSpacing(0, px(designSize)) : px(designSize) * 1.2f;
}

std::vector<std::string> Theme::wrap(std::string_view utf8, float width, float designSize, FontStyle style) const
{
    return wrapText(utf8, width, [&](std::string_view s) { return textWidth(s, designSize, style); });
}

float Theme::drawWrapped(sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position, float width,
                         float designSize, sf::Color color, FontStyle style) const
{
    m_drawn.emplace_back(utf8);
    const float step = lineHeight(designSize);
    float y = position.y;
    for (const std::string& line : wrap(utf8, width, designSize, style)) {
        if (m_loaded) {
            layout(line, px(designSize), style, true);
            noteText(target, line, {std::round(position.x), std::round(y)}, px(designSize), color, style);
            drawLine(target, {std::round(position.x), std::round(y)}, color);
        }
        y += step;
    }
    return y - position.y;
}

namespace {

Rgb rgbOf(sf::Color c) { return {c.r, c.g, c.b}; }

// A rectangle given in the target's view, in window pixels.
Box pixelBox(const sf::RenderTarget& target, float left, float top, float right, float bottom)
{
    const sf::Vector2i a = target.mapCoordsToPixel({left, top});
    const sf::Vector2i b = target.mapCoordsToPixel({right, bottom});
    return {static_cast<float>(a.x), static_cast<float>(a.y), static_cast<float>(b.x - a.x),
            static_cast<float>(b.y - a.y)};
}

} // namespace

void Theme::clearDrawnTexts() const
{
    m_drawn.clear();
    m_drawnLayout.clear();
    m_surfaces.clear();
    m_drawOrder = 0;
    m_layer = 0;
}

void Theme::noteText(const sf::RenderTarget& target, std::string_view utf8, sf::Vector2f position,
                     unsigned pixelSize, sf::Color color, FontStyle style) const
{
    DrawnText drawn;
    drawn.text = std::string(utf8);
    drawn.ink = pixelBox(target, position.x + m_line.boundsLeft, position.y + m_line.boundsTop,
                         position.x + m_line.boundsRight, position.y + m_line.boundsBottom);
    drawn.pixelSize = pixelSize;
    drawn.bold = style == FontStyle::Bold && m_bold;
    drawn.colour = rgbOf(color);
    drawn.alpha = color.a;
    drawn.order = ++m_drawOrder;
    drawn.layer = m_layer;
    const sf::IntRect viewport = target.getViewport(target.getView());
    drawn.clip = {static_cast<float>(viewport.left), static_cast<float>(viewport.top),
                  static_cast<float>(viewport.width), static_cast<float>(viewport.height)};
    m_drawnLayout.push_back(std::move(drawn));
}

void Theme::noteSurfaces(const sf::RenderTarget& target, const sf::VertexArray& shapes) const
{
    // Panels and bars are rectangles of two triangles (appendPanel's a, b, c, a, c, d): those in
    // one colour are recorded; anything else (rings, lines) is no surface text is drawn on.
    if (shapes.getPrimitiveType() != sf::Triangles)
        return;
    for (std::size_t i = 0; i + 6 <= shapes.getVertexCount(); i += 6) {
        float left = shapes[i].position.x, right = left, top = shapes[i].position.y, bottom = top;
        bool oneColour = true;
        for (std::size_t k = i; k < i + 6; ++k) {
            left = std::min(left, shapes[k].position.x);
            right = std::max(right, shapes[k].position.x);
            top = std::min(top, shapes[k].position.y);
            bottom = std::max(bottom, shapes[k].position.y);
            oneColour = oneColour && shapes[k].color == shapes[i].color;
        }
        bool corners = oneColour && right > left && bottom > top;
        for (std::size_t k = i; corners && k < i + 6; ++k) {
            const sf::Vector2f p = shapes[k].position;
            corners = (p.x == left || p.x == right) && (p.y == top || p.y == bottom);
        }
        if (corners)
            m_surfaces.push_back({pixelBox(target, left, top, right, bottom), rgbOf(shapes[i].color),
                                  shapes[i].color.a, ++m_drawOrder, m_layer});
    }
}

void Theme::notePicture(const sf::RenderTarget& target, const sf::FloatRect& rect) const
{
    // Only what the target's viewport shows of it: a zoomed map's picture runs past its panel.
    Box box = pixelBox(target, rect.left, rect.top, rect.left + rect.width, rect.top + rect.height);
    const sf::IntRect viewport = target.getViewport(target.getView());
    const float left = std::max(box.left, static_cast<float>(viewport.left));
    const float top = std::max(box.top, static_cast<float>(viewport.top));
    const float right = std::min(box.right(), static_cast<float>(viewport.left + viewport.width));
    const float bottom = std::min(box.bottom(), static_cast<float>(viewport.top + viewport.height));
    if (right <= left || bottom <= top)
        return;
    Surface picture{{left, top, right - left, bottom - top}, {255, 255, 255}, 255, ++m_drawOrder, m_layer};
    picture.picture = true;
    m_surfaces.push_back(picture);
}

} // namespace acq
