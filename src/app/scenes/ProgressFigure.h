// The progress screen's body map: a figure's points coloured (and shaped) by how well each card
// is known today, and for a chosen point its past placements around its spot with what they say.
#pragma once

#include "app/MapCanvas.h"
#include "app/Session.h"
#include "app/Theme.h"
#include "core/Fsrs.h"
#include "core/Mastery.h"
#include "core/PlacementTrend.h"

#include <SFML/Graphics/RenderTarget.hpp>

#include <cstdint>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace acq {

// A point of a figure, once however many levels ask it.
struct ProgressSpot {
    std::string pointId;
    std::string label; // the code, drawn beside it
    std::vector<Vec2> spots;
    std::string card;  // CardKey::text
    std::string regionId;
    double toleranceCun = 0.5; // the full-marks ring drawn around a chosen point
};

struct ProgressFigure {
    std::unique_ptr<MapCanvas> canvas;
    std::vector<ProgressSpot> points;
};

// A point of the figure shown, its placements read in the background.
struct ChosenPoint {
    std::size_t point = 0; // index into the figure's points
    std::future<PlacementsRead> reading;
    bool read = false;
    std::string problem;
    std::vector<Vec2> marks;   // on this figure's map, oldest first
    std::size_t elsewhere = 0; // placed on another figure's map
    PlacementTrend trend;      // of every placement of the point, on any map
};

// Each band's colour and shape, and its name for the legend.
void drawKnowledgeBand(sf::RenderTarget& target, sf::Vector2f at, float radius, Knowledge k);
const char* knowledgeBandName(Knowledge k);

// The figure in its canvas ("Loading the figure…" until its picture is ready), its points in
// their bands with their codes, and the chosen point's cloud (when `chosen`) with a box under it
// saying what the cloud says, headed by `chosenTitle`.
void drawProgressFigure(sf::RenderTarget& target, const Theme& theme, const ProgressFigure& figure, bool pictureReady,
                        const std::map<std::string, CardSchedule>& cards, const Fsrs& fsrs, std::int64_t today,
                        const ChosenPoint* chosen, const std::string& chosenTitle);

} // namespace acq
