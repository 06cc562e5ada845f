// The progress screen: every point of the shipped placement levels on its figure, coloured by how
// well its card is known today; per level the share known and its scores over time; the cards
// missed most and the points placed instead of others; for a point chosen on the figure, every
// past placement of it around its spot, with the mean distance and its trend; the CSV export into
// the documents folder.
#pragma once

#include "app/MapCanvas.h"
#include "app/Scene.h"
#include "app/Session.h"
#include "app/Widgets.h"
#include "core/Fsrs.h"
#include "core/Mastery.h"
#include "core/PlacementTrend.h"

#include <future>
#include <map>
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
        std::string regionId;
        double toleranceCun = 0.5; // the full-marks ring drawn around a chosen point
    };
    struct Figure {
        std::unique_ptr<MapCanvas> canvas;
        std::vector<Spot> points;
    };
    struct LevelRow {
        std::string id, title;
        std::vector<std::string> cards;
    };

    // A point of the figure shown, its placements read in the background.
    struct Chosen {
        std::size_t point = 0; // index into the figure's points
        std::future<PlacementsRead> reading;
        bool read = false;
        std::string problem;
        std::vector<Vec2> marks; // on this figure's map, oldest first
        std::size_t elsewhere = 0; // placed on another figure's map
        PlacementTrend trend;      // of every placement of the point, on any map
    };

    void activate(const std::string& button);
    void choosePoint(std::optional<std::size_t> point);
    void takePlacements();
    // The map a past mark of `pointId` lies on: its level's map for it ("practice": the map
    // practice asks it on, that of the first shipped level asking it); empty when unknown.
    std::string mapOfMark(const HistoryStore::Placement& mark, const std::string& pointId) const;
    std::optional<std::size_t> pointAt(sf::Vector2f screen) const;
    void drawChosen(sf::RenderTarget& target) const;
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
    std::optional<Chosen> m_chosen;
    std::map<std::string, std::string> m_markMaps; // "level\npoint" -> map id ("practice\npoint" too)
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
