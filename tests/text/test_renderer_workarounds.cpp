// The renderer's workarounds (app/render/RendererWorkarounds.h): with them the same pixels as
// without them, and their switch turns every one of them into the plain SFML call.
// Needs OpenGL: run under Xvfb (with-xvfb.sh).
#include "app/Theme.h"
#include "app/render/RendererWorkarounds.h"

#include "Pixels.h"

#include <SFML/Graphics/RenderTexture.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

using namespace acq;
using namespace acq::test;

namespace {

// Sets the switch's environment variable for one scope, and puts back what was there.
class SwitchSet {
public:
    explicit SwitchSet(const char* value)
    {
        if (const char* old = std::getenv(RendererWorkarounds::kSwitch))
            m_old = old;
        if (value)
            setenv(RendererWorkarounds::kSwitch, value, 1);
        else
            unsetenv(RendererWorkarounds::kSwitch);
    }
    ~SwitchSet()
    {
        if (m_old)
            setenv(RendererWorkarounds::kSwitch, m_old->c_str(), 1);
        else
            unsetenv(RendererWorkarounds::kSwitch);
    }

private:
    std::optional<std::string> m_old;
};

// A screen's worth of what the game draws: panels, a translucent highlight, text over them.
void drawScreen(const Theme& theme, sf::RenderTarget& target)
{
    sf::VertexArray shapes(sf::Triangles);
    const auto quad = [&](float x, float y, float w, float h, sf::Color c) {
        for (const sf::Vector2f corner : {sf::Vector2f(x, y), {x + w, y}, {x, y + h}, {x, y + h}, {x + w, y}, {x + w, y + h}})
            shapes.append({corner, c});
    };
    quad(10.0f, 10.0f, 300.0f, 60.0f, colors::panel);
    quad(10.0f, 10.0f, 300.0f, 2.0f, colors::panelBorder);
    quad(200.0f, 30.0f, 400.0f, 50.0f, sf::Color(214, 230, 247, 230));
    theme.drawShapes(target, shapes);
    theme.drawText(target, "Spinal stenosis: 17 of 20", {20.0f, 25.0f}, 21.0f, colors::text, FontStyle::Bold);
    theme.drawWrapped(target, "Herniated (slipped) disc", {420.0f, 40.0f}, 400.0f, 17.0f, colors::mutedText);
}

} // namespace

TEST_CASE("[render] the switch is read from the environment")
{
    SUBCASE("unset: on")
    {
        const SwitchSet unset(nullptr);
        CHECK(RendererWorkarounds::fromEnvironment().on());
    }
    SUBCASE("0 or empty: on")
    {
        const SwitchSet zero("0");
        CHECK(RendererWorkarounds::fromEnvironment().on());
        const SwitchSet empty("");
        CHECK(RendererWorkarounds::fromEnvironment().on());
    }
    SUBCASE("1: off, for the theme as well")
    {
        const SwitchSet one("1");
        const RendererWorkarounds off = RendererWorkarounds::fromEnvironment();
        CHECK_FALSE(off.on());
        CHECK_FALSE(off.panelsThroughGlyphs());
    }
}

TEST_CASE("[render] with the workarounds off a screen draws the same pixels as with them on")
{
    const Theme on(800.0f, RendererWorkarounds(true));
    const Theme off(800.0f, RendererWorkarounds(false));
    const sf::Image withThem = render([&](sf::RenderTarget& target) { drawScreen(on, target); });
    const sf::Image without = render([&](sf::RenderTarget& target) { drawScreen(off, target); });
    CHECK(paintedPixels(withThem) > 300u * 60u);
    CHECK(differingPixels(withThem, without) == 0u);
    CHECK(on.drawnTexts() == off.drawnTexts());
}

TEST_CASE("[render] the warm-up leaves the background only, and text draws as without it")
{
    const Theme theme(800.0f, RendererWorkarounds(true));
    sf::RenderTexture target;
    REQUIRE(target.create(900, 90));
    target.clear(sf::Color::Black); // what a new window's buffer may hold
    RendererWorkarounds(true).warmUp(target, theme);
    target.display();
    CHECK(paintedPixels(target.getTexture().copyToImage(), colors::background) == 0u);

    const Theme fresh(800.0f, RendererWorkarounds(true));
    const sf::Image after = render([&](sf::RenderTarget& on) {
        RendererWorkarounds(true).warmUp(on, theme);
        on.clear(colors::background);
        drawScreen(theme, on);
    });
    const sf::Image without = render([&](sf::RenderTarget& on) { drawScreen(fresh, on); });
    CHECK(differingPixels(after, without) == 0u);
}

TEST_CASE("[render] switched off, the warm-up and the layout pass do nothing")
{
    const Theme theme(800.0f, RendererWorkarounds(false));
    const RendererWorkarounds off(false);
    sf::RenderTexture target;
    REQUIRE(target.create(900, 90));
    target.clear(sf::Color::Black);
    off.warmUp(target, theme);
    target.display();
    CHECK(paintedPixels(target.getTexture().copyToImage(), sf::Color::Black) == 0u); // not even cleared

    int laidOut = 0;
    off.beforeFrame(theme, target, true, [&](sf::RenderTarget&) { ++laidOut; });
    CHECK(laidOut == 0);
    RendererWorkarounds(true).beforeFrame(theme, target, true, [&](sf::RenderTarget& layoutOnly) {
        ++laidOut;
        drawScreen(theme, layoutOnly);
    });
    CHECK(laidOut == 1); // on: the new screen is laid out once before it is drawn
}
