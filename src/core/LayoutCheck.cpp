#include "core/LayoutCheck.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace acq {

namespace {

std::string hex(Rgb c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", c.r, c.g, c.b);
    return buffer;
}

std::string box(const Box& b)
{
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "(%.0f,%.0f %.0fx%.0f)", b.left, b.top, b.width, b.height);
    return buffer;
}

std::string quoted(const std::string& text)
{
    return "\"" + (text.size() > 60 ? text.substr(0, 57) + "..." : text) + "\"";
}

// How far `inner` reaches out of `outer`, the largest overshoot on any side (0: inside).
float overshoot(const Box& inner, const Box& outer)
{
    return std::max({outer.left - inner.left, inner.right() - outer.right(), outer.top - inner.top,
                     inner.bottom() - outer.bottom(), 0.0f});
}

} // namespace

Rgb colourUnder(const std::vector<Surface>& surfaces, Rgb windowBackground, float x, float y, std::size_t order)
{
    Rgb colour = windowBackground;
    for (const Surface& s : surfaces)
        if (s.order < order && !s.picture && s.rect.contains(x, y))
            colour = blendOver(colour, s.colour, s.alpha);
    return colour;
}

namespace {

// The last surface drawn before `order` at (x, y), if any (a faint one too: a tint over a picture
// leaves the picture showing, so only an opaque enough one counts as covering it).
const Surface* topSurfaceAt(const std::vector<Surface>& surfaces, float x, float y, std::size_t order)
{
    const Surface* top = nullptr;
    for (const Surface& s : surfaces)
        if (s.order < order && s.rect.contains(x, y) && (s.picture || s.alpha >= 128))
            top = &s;
    return top;
}

} // namespace

Box panelOf(const DrawnText& text, const std::vector<Surface>& surfaces, Box window, const LayoutRules& rules)
{
    const float cx = text.ink.left + text.ink.width / 2.0f;
    const float cy = text.ink.top + text.ink.height / 2.0f;
    Box panel = window;
    for (const Surface& s : surfaces)
        if (s.order < text.order && !s.picture && s.alpha >= 128 && s.rect.width >= rules.smallestPanel &&
            s.rect.height >= rules.smallestPanel && s.rect.contains(cx, cy))
            panel = s.rect; // the last one drawn is on top
    return panel;
}

std::vector<std::string> layoutProblems(const std::vector<DrawnText>& texts, const std::vector<Surface>& surfaces,
                                        Box window, Rgb windowBackground, const LayoutRules& rules)
{
    std::vector<std::string> problems;
    for (const DrawnText& t : texts) {
        if (t.ink.width <= 0 || t.ink.height <= 0)
            continue; // nothing inked: spaces, empty strings
        const std::string name = quoted(t.text);
        if (t.pixelSize < rules.smallestPixelSize)
            problems.push_back(name + " is drawn at " + std::to_string(t.pixelSize) + " px, below " +
                               std::to_string(rules.smallestPixelSize) + " px");
        char figures[64];
        if (const float out = overshoot(t.ink, window); out > rules.tolerance) {
            std::snprintf(figures, sizeof figures, "%.0f", out);
            problems.push_back(name + " " + box(t.ink) + " leaves the window " + box(window) + " by " + figures + " px");
        } else if (const float cut = overshoot(t.ink, t.clip); t.clip.width > 0 && cut > rules.tolerance) {
            std::snprintf(figures, sizeof figures, "%.0f", cut);
            problems.push_back(name + " " + box(t.ink) + " is cut off by its clip area " + box(t.clip) + " by " +
                               figures + " px");
        } else {
            const Box panel = panelOf(t, surfaces, window, rules);
            if (const float past = overshoot(t.ink, panel); past > rules.tolerance) {
                std::snprintf(figures, sizeof figures, "%.0f", past);
                problems.push_back(name + " " + box(t.ink) + " leaves its panel " + box(panel) + " by " + figures +
                                   " px");
            }
        }
        // A panel of the same screen drawn later over part of the text hides that part.
        for (const Surface& s : surfaces) {
            if (s.order <= t.order || s.layer != t.layer || s.alpha < 128 || s.rect.width < rules.smallestPanel ||
                s.rect.height < rules.smallestPanel)
                continue;
            const float w = std::min(s.rect.right(), t.ink.right()) - std::max(s.rect.left, t.ink.left);
            const float h = std::min(s.rect.bottom(), t.ink.bottom()) - std::max(s.rect.top, t.ink.top);
            if (w > rules.tolerance && h > rules.tolerance) {
                problems.push_back(name + " " + box(t.ink) + " is hidden in part by a panel drawn over it " +
                                   box(s.rect));
                break;
            }
        }
        // On a picture, the contrast cannot be known: a panel or halo under the text must cover it.
        const float middle = t.ink.top + t.ink.height / 2.0f;
        for (const float f : {0.1f, 0.5f, 0.9f})
            if (const Surface* under = topSurfaceAt(surfaces, t.ink.left + t.ink.width * f, middle, t.order);
                under && under->picture) {
                problems.push_back(name + " " + box(t.ink) + " is drawn on the body art " + box(under->rect) +
                                   " with no panel or halo under it");
                break;
            }
        // The weakest contrast at a few points along the line's middle: a text may straddle a
        // panel's edge or a bar.
        const double needed = requiredContrast(t.pixelSize, t.bold);
        double worst = 21.0;
        Rgb worstUnder = windowBackground, worstText = t.colour;
        const float y = t.ink.top + t.ink.height / 2.0f;
        for (const float f : {0.1f, 0.5f, 0.9f}) {
            const Rgb under = colourUnder(surfaces, windowBackground, t.ink.left + t.ink.width * f, y, t.order);
            const Rgb ink = blendOver(under, t.colour, t.alpha);
            if (const double ratio = contrastRatio(ink, under); ratio < worst) {
                worst = ratio;
                worstUnder = under;
                worstText = ink;
            }
        }
        if (worst + 1e-9 < needed) {
            std::snprintf(figures, sizeof figures, "%.2f:1, below %.1f:1", worst, needed);
            problems.push_back(name + " has contrast " + figures + " (" + hex(worstText) + " on " + hex(worstUnder) +
                               ", " + std::to_string(t.pixelSize) + " px" + (t.bold ? " bold" : "") + ")");
        }
    }
    // Two texts printed over each other (a hint over a row), unless something opaque drawn
    // between them covers the first (a dialog over the screen under it).
    for (std::size_t a = 0; a < texts.size(); ++a)
        for (std::size_t b = a + 1; b < texts.size(); ++b) {
            const DrawnText& first = texts[a].order < texts[b].order ? texts[a] : texts[b];
            const DrawnText& second = texts[a].order < texts[b].order ? texts[b] : texts[a];
            const float left = std::max(first.ink.left, second.ink.left);
            const float right = std::min(first.ink.right(), second.ink.right());
            const float top = std::max(first.ink.top, second.ink.top);
            const float bottom = std::min(first.ink.bottom(), second.ink.bottom());
            if (right - left <= rules.tolerance || bottom - top <= rules.tolerance)
                continue;
            const float cx = (left + right) / 2.0f, cy = (top + bottom) / 2.0f;
            bool covered = false;
            for (const Surface& s : surfaces)
                covered = covered || (s.order > first.order && s.order < second.order && s.alpha >= 128 &&
                                      s.rect.contains(cx, cy));
            if (!covered)
                problems.push_back(quoted(second.text) + " " + box(second.ink) + " is drawn over " +
                                   quoted(first.text) + " " + box(first.ink));
        }
    return problems;
}

} // namespace acq
