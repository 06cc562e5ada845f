// The main menu: every level found, grouped under headings by region and kind (core/MenuGroups.h),
// with its best score; broken ones marked. A list taller than the window scrolls, with a bar.
#pragma once

#include "app/Scene.h"
#include "core/ListScroll.h"

#include <SFML/Graphics/Rect.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace acq {

class MenuScene : public Scene {
public:
    explicit MenuScene(Context& context);

    const char* name() const override { return "menu"; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::optional<WheelTurn> scrollToward(const std::string& target) const override;
    void levelsReloaded() override; // rows anew: levels may have come, gone or broken

private:
    static constexpr std::size_t kPracticeRow = 0; // then row i + 1 is the catalog's entry i

    void drawRowTexts(sf::RenderTarget& target) const;
    // Practice cards due today: [0] across every level, [i + 1] of the catalog's entry i.
    // Cards due in practice: [0] across every level, [i + 1] in entry i. Counted from the whole
    // deck (a pack of a thousand levels is 20,000 cards: 15 ms), so kept until the cards, the
    // day or the levels change.
    const std::vector<std::size_t>& dueByEntry() const;
    void open(std::size_t index);
    void openProgress();
    void openSettings();
    void openProfiles();
    void moveFocus(int delta);
    // PgUp/PgDn (-1/+1): about a page of the focused row's column (core/MenuGroups.h).
    void pageFocus(int direction);
    // Left/Right: the row of the other column nearest the focused one's height.
    void switchColumn(std::size_t to);
    void revealFocus();
    std::optional<std::size_t> rowNamed(const std::string& target) const;
    int rowAt(sf::Vector2f point) const;
    std::optional<sf::FloatRect> shownRect(std::size_t row) const;
    sf::FloatRect scrollTrack(std::size_t column) const;
    void drawScrollBars(sf::RenderTarget& target) const;
    void drawHeadings(sf::RenderTarget& target) const;

    // One line of a column: a group's heading, or a row (kPracticeRow, or a catalog entry's).
    struct Line {
        bool heading = false;
        std::string text;
        std::size_t row = 0;
        float height = 0.0f;
    };
    struct Place {
        std::size_t column = 0;
        std::size_t line = 0;
    };
    std::vector<Line> m_lines[2];
    ListScroll m_scroll[2];         // each column scrolls by whole lines
    std::vector<Place> m_places;    // by row: where it is
    std::vector<std::size_t> m_order; // the rows in reading order, headings left out: Up/Down
    float m_columnLeft[2] = {0.0f, 0.0f};
    float m_columnWidth = 0.0f;
    float m_gap = 0.0f;             // between two lines
    float m_barWidth = 0.0f;
    sf::Vector2f m_size;
    float m_listTop = 0.0f;
    float m_listBottom = 0.0f;
    std::size_t m_focus = 0;
    std::size_t m_columns = 1;
    int m_hover = -1;
    sf::FloatRect m_progressButton; // top right: the progress screen (also P)
    sf::FloatRect m_settingsButton; // beside it: the settings screen (also S)
    sf::FloatRect m_profileButton;  // beneath it: who is playing; the profile screen (also O)
    struct DueCounts {
        std::uint64_t cardsVersion = 0;
        std::int64_t today = 0;
        std::vector<std::size_t> due;
    };
    mutable std::optional<DueCounts> m_due; // dueByEntry's, and what they were counted from
};

} // namespace acq
