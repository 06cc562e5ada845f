// The yardstick of bench/: a minimal SFML 2.5 program, built and run beside the game in the
// same bench run and under the same Xvfb, so the game's figures can be given as ratios.
//
//   minimal_sfml [--bench-log FILE]               1280x800, a circle and a text at 60 fps, until closed
//   minimal_sfml [--bench-log FILE] --sprite N    one full-window textured sprite, N frames with the
//                [--smooth]                       frame limiter off, then exits (--smooth: filtered)
//
// The log is written by the game's own FrameStats, so both are timed by the same code.
#include "app/FrameStats.h"

#include <SFML/Graphics.hpp>

#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    std::string log;
    long spriteFrames = 0;
    bool smooth = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--bench-log" && i + 1 < argc)
            log = argv[++i];
        else if (arg == "--sprite" && i + 1 < argc)
            spriteFrames = std::strtol(argv[++i], nullptr, 10);
        else if (arg == "--smooth")
            smooth = true;
        else {
            std::cerr << "usage: minimal_sfml [--bench-log FILE] [--sprite FRAMES [--smooth]]\n";
            return 2;
        }
    }

    sf::RenderWindow window(sf::VideoMode(1280, 800), "minimal SFML");
    window.setPosition({0, 0}); // as the game does in scripted play: no window manager under Xvfb
    acq::FrameStats stats(log);

    // Shape and text, as a "hello world" would draw them.
    sf::Font font;
    if (!spriteFrames && !font.loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        std::cerr << "minimal_sfml: no DejaVu Sans (fonts-dejavu-core): drawing the shape only\n";
    sf::Text text("Hello, SFML 2.5", font, 40);
    text.setFillColor(sf::Color(38, 42, 48));
    text.setPosition(420.0f, 360.0f);
    sf::CircleShape circle(120.0f);
    circle.setFillColor(sf::Color(34, 102, 170));
    circle.setPosition(120.0f, 280.0f);

    // One full-window textured sprite: the least any full-screen frame costs here.
    sf::Texture texture;
    sf::Sprite sprite;
    if (spriteFrames) {
        sf::Image image;
        image.create(1280, 800);
        for (unsigned y = 0; y < 800; ++y)
            for (unsigned x = 0; x < 1280; ++x)
                image.setPixel(x, y, sf::Color(static_cast<sf::Uint8>(x), static_cast<sf::Uint8>(y), static_cast<sf::Uint8>(x ^ y)));
        if (!texture.loadFromImage(image))
            return 1;
        texture.setSmooth(smooth);
        sprite.setTexture(texture);
    }

    long frames = 0;
    while (window.isOpen()) {
        stats.frameStart();
        sf::Event event;
        while (window.pollEvent(event))
            if (event.type == sf::Event::Closed)
                window.close();
        window.clear(sf::Color(246, 243, 236));
        if (spriteFrames) {
            window.draw(sprite);
        } else {
            window.draw(circle);
            window.draw(text);
        }
        stats.beforeDisplay();
        window.display();
        stats.afterDisplay(spriteFrames ? "sprite" : "shape-text");
        // The limiter is set after the first frame: SFML sleeps in display() until 1/60 s after
        // the window was made, which would be counted as start-up time.
        if (++frames == 1 && !spriteFrames)
            window.setFramerateLimit(60);
        if (spriteFrames && frames >= spriteFrames)
            window.close();
    }
    return 0;
}
