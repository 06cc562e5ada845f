// The end of a level: the score, the time, and a review of every item.
#pragma once

#include "app/MapCanvas.h"
#include "app/Scene.h"
#include "app/Widgets.h"
#include "core/Attempt.h"
#include "core/Level.h"

#include <memory>
#include <string>
#include <vector>

namespace acq {

class MatchingRound;
class PlacementRound;

struct ResultsData {
    struct Row {
        std::string heading; // e.g. "BL23 Shènshū" or a matching prompt
        std::string detail;  // what happened / the right answer
        std::string points;  // e.g. "92"
        Verdict verdict = Verdict::Wrong; // decides the row's mark and colour
        bool good() const { return isRight(verdict); }
        // Placement rows: the point, the player's mark and the spot it was scored against.
        std::optional<std::size_t> point;
        std::optional<Vec2> click;
        Vec2 spot;
        std::optional<std::size_t> named; // the other point the mark lay on (NamedOther)
    };
    const Level* level = nullptr;
    double score = 0.0;
    double maxScore = 0.0;
    double seconds = 0.0;
    std::vector<Row> rows;

    static ResultsData fromPlacement(const Level& level, const PlacementRound& round, const Attempt& attempt);
    static ResultsData fromMatching(const Level& level, const MatchingRound& round, const Attempt& attempt);
};

class ResultsScene : public Scene {
public:
    ResultsScene(Context& context, ResultsData data);

    const char* name() const override { return "results"; }
    const Level* levelShown() const override { return m_data.level; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;

private:
    void activate(std::size_t button);
    void scroll(int delta);
    void focusSelected();
    void drawReviewMap(sf::RenderTarget& target) const;

    ResultsData m_data;
    bool m_newBest = false; // this round beat the level's best
    sf::Vector2f m_size;
    std::vector<Button> m_buttons; // "again", "menu"
    std::size_t m_focus = 1;
    std::size_t m_scroll = 0;   // the first row shown
    std::size_t m_selected = 0; // the row shown on the review map
    mutable std::size_t m_lastVisible = 0; // the last row that fitted at the last draw
    float m_listTop = 0.0f;
    float m_listLeft = 0.0f;
    std::vector<std::unique_ptr<MapCanvas>> m_canvases; // placement: the review map per level map
};

} // namespace acq
