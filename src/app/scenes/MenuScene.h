// The main menu: every level found, with its kind and best score; broken ones marked.
#pragma once

#include "app/Scene.h"

#include <SFML/Graphics/Rect.hpp>

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
    void levelsReloaded() override; // rows anew: levels may have come, gone or broken

private:
    static constexpr std::size_t kPracticeRow = 0; // then row i + 1 is the catalog's entry i

    void drawRowTexts(sf::RenderTarget& target) const;
    // Practice cards due today: [0] across every level, [i + 1] of the catalog's entry i.
    std::vector<std::size_t> dueByEntry() const;
    void open(std::size_t index);
    void openProgress();
    void openSettings();
    void openProfiles();
    void moveFocus(int delta);
    int rowAt(sf::Vector2f point) const;
    std::optional<sf::FloatRect> shownRect(std::size_t index) const;
    std::size_t firstVisible() const;
    std::size_t fittingRows() const; // rows of a column the list shows at once
    void drawScrollBar(sf::RenderTarget& target) const;

    std::vector<sf::FloatRect> m_rows; // one per catalog entry, positions before scrolling
    sf::Vector2f m_size;
    float m_listTop = 0.0f;
    float m_listBottom = 0.0f;
    std::size_t m_focus = 0;
    std::size_t m_columns = 1;
    std::size_t m_rowsPerColumn = 0;
    int m_hover = -1;
    sf::FloatRect m_progressButton; // top right: the progress screen (also P)
    sf::FloatRect m_settingsButton; // beside it: the settings screen (also S)
    sf::FloatRect m_profileButton;  // beneath it: who is playing; the profile screen (also O)
};

} // namespace acq
