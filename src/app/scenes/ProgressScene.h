// The progress screen: every point of the shipped placement levels on its figure, coloured by how
// well its card is known today; per level the share known and its scores over time; the cards
// missed most and the points placed instead of others; the CSV export into the documents folder.
#pragma once

#include "app/MapCanvas.h"
#include "app/Scene.h"
#include "app/Session.h"
#include "app/Widgets.h"
#include "core/Fsrs.h"
#include "core/Mastery.h"

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace acq {

class ProgressScene : public Scene {
public:
    explicit ProgressScene(Context& context);

    const char* name() const override { return "progress"; }
    void handleEvent(const sf::Event& event) override;
    void update(double now) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    bool animating() const override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;
    std::optional<sf::Vector2f> mapToScreen(Vec2 mapPoint) const override;

private:
    struct Spot {
        std::string pointId;
        std::string label; // the code, drawn beside it
        std::vector<Vec2> spots;
        std::string card;  // CardKey::text
    };
    struct Figure {
        std::unique_ptr<MapCanvas> canvas;
        std::vector<Spot> points;
    };
    struct LevelRow {
        std::string id, title;
        std::vector<std::string> cards;
    };

    void activate(const std::string& button);
    void startExport();
    void showFigure(std::size_t index);
    bool figureReady() const;
    std::string describeCard(const std::string& card) const;
    std::string pointTitle(const std::string& pointId) const;
    void drawFigure(sf::RenderTarget& target) const;
    void drawPanelText(sf::RenderTarget& target) const;
    float drawPlot(sf::RenderTarget& target, const std::vector<HistoryStore::ScoreAt>& scores, sf::FloatRect area) const;

    Fsrs m_fsrs;
    std::int64_t m_today = 0;
    std::vector<Figure> m_figures;
    std::vector<LevelRow> m_levels;
    std::size_t m_figure = 0;
    std::future<ProgressFigures> m_reading;
    std::optional<ProgressFigures> m_figuresRead;
    std::future<ExportOutcome> m_exporting;
    std::string m_exportMessage;
    bool m_exportFailed = false;
    std::vector<Button> m_buttons; // "previous-map", "next-map", "export", "back"
    std::size_t m_focus = 3;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
};

} // namespace acq
