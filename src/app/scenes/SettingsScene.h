// The settings screen, from the menu (S or its button): each row a setting whose value the
// player steps with Left/Right or the row's < and > buttons. Changes apply and are saved at once.
#pragma once

#include "app/Scene.h"
#include "app/Widgets.h"

#include <SFML/Graphics/Rect.hpp>

#include <string>
#include <vector>

namespace acq {

class SettingsScene : public Scene {
public:
    explicit SettingsScene(Context& context);

    const char* name() const override { return "settings"; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;

private:
    enum class Row { FullScreen, UiScale, Sound, Volume, Clock, ReducedMotion, Sides, Back };
    struct RowRects {
        Row row;
        const char* id;   // for scripts: setting:ID, less:ID, more:ID
        sf::FloatRect rect, less, more;
    };

    void change(Row row, int steps);
    std::string label(Row row) const;
    std::string value(Row row) const;
    std::string explanation(Row row) const;
    void mouseAt(sf::Vector2f at, bool click);

    std::vector<RowRects> m_rows;
    sf::Vector2f m_size;
    std::size_t m_focus = 0;
    int m_hover = -1;
};

} // namespace acq
