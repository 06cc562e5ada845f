// Author mode (acuquest --author LEVEL): every point of a level drawn on its maps with labels,
// and the map coordinates of every click printed, to check art against content.
#pragma once

#include "app/MapCanvas.h"
#include "app/Scene.h"

#include <memory>
#include <ostream>
#include <vector>

namespace acq {

class AuthorScene : public Scene {
public:
    AuthorScene(Context& context, const Level& level, std::ostream& out);

    const char* name() const override { return "author"; }
    const Level* levelShown() const override { return &m_level; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> mapToScreen(Vec2 mapPoint) const override;

private:
    MapCanvas& canvas() { return *m_canvases.at(m_map); }
    const MapCanvas& canvas() const { return *m_canvases.at(m_map); }
    void report(Vec2 at);
    void describeClick();
    const BodyRegion* regionNear(Vec2 at) const;

    const Level& m_level;
    std::ostream& m_out;
    std::vector<std::unique_ptr<MapCanvas>> m_canvases;
    std::size_t m_map = 0;
    bool m_showLandmarks = true;
    std::optional<Vec2> m_lastClick;
    std::string m_lastReport;
    std::string m_lastElement;
    static constexpr std::size_t kLandmarkChoices = 5;
    std::vector<std::string> m_nearLandmarks; // nearest the last click, nearest first
    std::size_t m_landmarkChoice = 0;
    sf::Vector2f m_size;
};

} // namespace acq
