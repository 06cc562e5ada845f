// Drawing into an off-screen target and counting pixels, for the tests that need OpenGL.
#pragma once

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <doctest/doctest.h>

#include <functional>

namespace acq::test {

// What `draw` leaves on a 900x90 target cleared to the game's background.
inline sf::Image render(const std::function<void(sf::RenderTarget&)>& draw)
{
    sf::RenderTexture target;
    REQUIRE(target.create(900, 90));
    target.clear(sf::Color(246, 243, 236));
    draw(target);
    target.display();
    return target.getTexture().copyToImage();
}

inline unsigned differingPixels(const sf::Image& a, const sf::Image& b)
{
    REQUIRE(a.getSize() == b.getSize());
    unsigned differing = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x)
            differing += a.getPixel(x, y) != b.getPixel(x, y);
    return differing;
}

// Pixels other than `background`.
inline unsigned paintedPixels(const sf::Image& image, sf::Color background = sf::Color(246, 243, 236))
{
    unsigned painted = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x)
            painted += image.getPixel(x, y) != background;
    return painted;
}

} // namespace acq::test
