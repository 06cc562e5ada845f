// The progress screen: every point of the shipped placement levels on its figure, coloured by how
// well its card is known today; per level the share known and its scores over time; the cards
// missed most and the points placed instead of others; for a point chosen on the figure, every
// past placement of it around its spot, with the mean distance and its trend; the CSV export into
// the documents folder. The figure is drawn by ProgressFigure, the panel beside it by ProgressPanel;
// this scene holds what they show and turns input into choices.
#pragma once

#include "app/Scene.h"
#include "app/Session.h"
#include "app/Widgets.h"
#include "app/scenes/ProgressFigure.h"
#include "app/scenes/ProgressPanel.h"
#include "core/Fsrs.h"

#include <future>
#include <map>
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
    void activate(const std::string& button);
    void choosePoint(std::optional<std::size_t> point);
    void takePlacements();
    // The map a past mark of `pointId` lies on: its level's map for it ("practice": the map
    // practice asks it on, that of the first shipped level asking it); empty when unknown.
    std::string mapOfMark(const HistoryStore::Placement& mark, const std::string& pointId) const;
    std::optional<std::size_t> pointAt(sf::Vector2f screen) const;
    void startExport();
    void showFigure(std::size_t index);
    bool figureReady() const;
    std::string describeCard(const std::string& card) const;
    std::string pointTitle(const std::string& pointId) const;
    ProgressPanelContent panelContent() const;
    // The export's message, wrapped to the panel, and the panel laid out around it.
    void layoutPanel();

    Fsrs m_fsrs;
    std::int64_t m_today = 0;
    std::vector<ProgressFigure> m_figures;
    std::vector<ProgressLevelRow> m_levels;
    std::size_t m_figure = 0;
    std::optional<ChosenPoint> m_chosen;
    std::map<std::string, std::string> m_markMaps; // "level\npoint" -> map id ("practice\npoint" too)
    std::future<ProgressFigures> m_reading;
    std::optional<ProgressFigures> m_figuresRead;
    std::future<ExportOutcome> m_exporting;
    std::string m_exportMessage;
    std::vector<std::string> m_exportLines; // wrapped to the panel
    bool m_exportFailed = false;
    ProgressPanel m_sections;
    std::vector<Button> m_buttons; // "previous-map", "next-map", "export", "back"
    std::size_t m_focus = 3;
    sf::Vector2f m_size;
    sf::FloatRect m_panel;
};

} // namespace acq
