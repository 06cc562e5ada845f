// Fonts, colours and text drawing shared by every scene. All text goes through here so it is
// decoded as UTF-8, scaled with the window, and visible to scripted checks (expect-text).
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace acq {

namespace colors {
inline const sf::Color background{246, 243, 236};
inline const sf::Color panel{255, 255, 255};
inline const sf::Color panelBorder{205, 198, 186};
inline const sf::Color text{38, 42, 48};
inline const sf::Color mutedText{105, 110, 118};
inline const sf::Color accent{34, 102, 170};      // focus, selection
inline const sf::Color accentSoft{214, 230, 247};
// Right and wrong are told apart by more than hue (marks, words) for colour-blind players;
// these are the blue/orange pair that stays distinct in the common deficiencies.
inline const sf::Color good{0, 114, 178};
inline const sf::Color goodSoft{209, 232, 245};
inline const sf::Color bad{213, 94, 0};
inline const sf::Color badSoft{251, 226, 207};
inline const sf::Color broken{180, 40, 40};
} // namespace colors

enum class FontStyle { Regular, Bold };

class Theme {
public:
    // Looks for DejaVu Sans (and a few fallbacks) in the usual system folders.
    Theme();

    bool hasFont() const { return m_loaded; }
    const std::string& fontProblem() const { return m_problem; }
    const sf::Font& font(FontStyle style = FontStyle::Regular) const;

    // Sizes are given for an 800-pixel-high window and scaled with the real height.
    void setWindowHeight(float height);
    unsigned px(float designSize) const;
    float scale() const { return m_scale; }

    sf::Text makeText(std::string_view utf8, float designSize, sf::Color color,
                      FontStyle style = FontStyle::Regular) const;
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

    // Every string drawn since the last clear, for scripted checks.
    void clearDrawnTexts() const { m_drawn.clear(); }
    const std::vector<std::string>& drawnTexts() const { return m_drawn; }

private:
    sf::Font m_regular;
    sf::Font m_bold;
    bool m_loaded = false;
    std::string m_problem;
    float m_scale = 1.0f;
    mutable std::vector<std::string> m_drawn;
};

} // namespace acq
