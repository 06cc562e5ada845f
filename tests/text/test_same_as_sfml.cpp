// The game's text renderer against SFML 2.5's own sf::Text, which drew the game's text before:
// the same widths, the same bounds and the same pixels, so no screen moved when it changed.
// Needs OpenGL: run under Xvfb (with-xvfb.sh).
#include "app/Theme.h"
#include "io/FontFiles.h"
#include "Pixels.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace acq;
using namespace acq::test;

namespace {

struct SfmlFonts {
    sf::Font regular;
    sf::Font bold;
    SfmlFonts()
    {
        const auto files = findFontFiles();
        REQUIRE(files);
        REQUIRE(regular.loadFromFile(files->regular));
        REQUIRE(bold.loadFromFile(files->bold));
    }
    const sf::Font& of(FontStyle style) const { return style == FontStyle::Bold ? bold : regular; }
};

const std::vector<std::string> kSamples = {
    "AcuQuest",
    "Acupuncture points and lower back pain: place, match, learn.",
    "Herniated (slipped) disc",
    "Best: 87 of 100",
    "0.6 cun too radial, 1.2 cun too distal",
    "Up/Down or mouse: choose    Enter or click: play    Esc: quit",
    "Wei Zhong \xe2\x80\x93 BL40 \xe2\x9c\x93 \xe2\x9c\x97 Sh\xc3\xa8n Sh\xc3\xb9",
    "AVATAR Tomorrow's \"quotes\" {braces} [x] 100%",
    "trailing  ",
};

} // namespace

TEST_CASE("[text] widths and bounds are sf::Text's")
{
    const Theme theme(800.0f); // scale 1: a design size is a pixel size
    const SfmlFonts fonts;
    sf::RenderTexture scratch;
    REQUIRE(scratch.create(16, 16));
    for (const std::string& sample : kSamples)
        for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold})
            for (const unsigned size : {11u, 14u, 15u, 17u, 21u, 28u, 40u}) {
                CAPTURE(sample);
                CAPTURE(size);
                CAPTURE(static_cast<int>(style));
                const sf::Text text(sf::String::fromUtf8(sample.begin(), sample.end()), fonts.of(style), size);
                CHECK(theme.textWidth(sample, static_cast<float>(size), style) ==
                      text.findCharacterPos(text.getString().getSize()).x);
                const sf::FloatRect bounds = text.getLocalBounds();
                CHECK(theme.drawText(scratch, sample, {0.0f, 0.0f}, static_cast<float>(size), sf::Color::Black, style) ==
                      doctest::Approx(bounds.left + bounds.width));
            }
    CHECK(theme.lineHeight(17.0f) == fonts.regular.getLineSpacing(17));
}

TEST_CASE("[text] text is drawn pixel for pixel as sf::Text drew it")
{
    const Theme theme(800.0f);
    const SfmlFonts fonts;
    for (const std::string& sample : kSamples)
        for (const FontStyle style : {FontStyle::Regular, FontStyle::Bold})
            for (const unsigned size : {15u, 21u, 40u}) {
                CAPTURE(sample);
                CAPTURE(size);
                const sf::Vector2f at(12.4f, 20.6f); // both round to whole pixels
                const sf::Color colour(34, 102, 170);
                const sf::Image ours = render([&](sf::RenderTarget& target) {
                    theme.drawText(target, sample, at, static_cast<float>(size), colour, style);
                });
                const sf::Image sfmls = render([&](sf::RenderTarget& target) {
                    sf::Text text(sf::String::fromUtf8(sample.begin(), sample.end()), fonts.of(style), size);
                    text.setFillColor(colour);
                    text.setPosition(std::round(at.x), std::round(at.y));
                    target.draw(text);
                });
                CHECK(paintedPixels(ours) > 0u);
                CHECK(differingPixels(ours, sfmls) == 0u);
            }
}

TEST_CASE("[text] a batch of texts draws what the texts draw one by one")
{
    const Theme theme(800.0f);
    const auto drawAll = [&](sf::RenderTarget& target) {
        theme.drawText(target, "Spinal stenosis", {10.0f, 5.0f}, 21.0f, colors::text, FontStyle::Bold);
        theme.drawText(target, "Point placement", {10.0f, 35.0f}, 15.0f, colors::mutedText);
        theme.drawWrapped(target, "Best: 87 of 100, not played yet", {400.0f, 5.0f}, 200.0f, 17.0f, colors::accent);
    };
    const sf::Image oneByOne = render(drawAll);
    const sf::Image batched = render([&](sf::RenderTarget& target) {
        const Theme::Batch batch(theme, target);
        drawAll(target);
    });
    CHECK(differingPixels(oneByOne, batched) == 0u);
    CHECK(theme.drawnTexts().size() == 6); // both passes were recorded for scripted checks
}

TEST_CASE("[text] the layout pass draws nothing")
{
    const Theme theme(800.0f);
    const sf::Image image = render([&](sf::RenderTarget& target) {
        theme.setLayoutOnly(true);
        CHECK(theme.drawText(target, "Nothing shows", {10.0f, 10.0f}, 30.0f, colors::text) > 100.0f);
        theme.setLayoutOnly(false);
    });
    CHECK(paintedPixels(image) == 0u);
}

TEST_CASE("[text] shapes drawn through the glyph texture are the pixels of a plain draw")
{
    const Theme theme(800.0f, RendererWorkarounds(true));
    // Opaque and translucent fills with borders, overlapping, and text laid over them, as the
    // menu and the matching cards draw them.
    sf::VertexArray shapes(sf::Triangles);
    const auto quad = [&](float x, float y, float w, float h, sf::Color c) {
        shapes.append({{x, y}, c});
        shapes.append({{x + w, y}, c});
        shapes.append({{x, y + h}, c});
        shapes.append({{x, y + h}, c});
        shapes.append({{x + w, y}, c});
        shapes.append({{x + w, y + h}, c});
    };
    quad(10.0f, 10.0f, 300.0f, 60.0f, colors::panel);
    quad(10.0f, 10.0f, 300.0f, 2.0f, colors::panelBorder);
    quad(200.0f, 30.0f, 400.0f, 50.0f, sf::Color(214, 230, 247, 230));
    quad(650.5f, 20.25f, 100.0f, 40.0f, sf::Color(213, 94, 0, 128)); // off the pixel grid
    const auto text = [&](sf::RenderTarget& target) {
        theme.drawText(target, "Herniated (slipped) disc", {20.0f, 30.0f}, 21.0f, colors::text, FontStyle::Bold);
    };
    const sf::Image plain = render([&](sf::RenderTarget& target) {
        target.draw(shapes);
        text(target);
    });
    const sf::Image ours = render([&](sf::RenderTarget& target) {
        theme.drawShapes(target, shapes);
        text(target);
    });
    CHECK(paintedPixels(ours) > 300u * 60u);
    CHECK(differingPixels(plain, ours) == 0u);

    // In the layout pass shapes are not drawn either.
    const sf::Image none = render([&](sf::RenderTarget& target) {
        theme.setLayoutOnly(true);
        theme.drawShapes(target, shapes);
        theme.setLayoutOnly(false);
    });
    CHECK(paintedPixels(none) == 0u);
}
