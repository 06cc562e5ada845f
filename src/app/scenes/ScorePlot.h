// A level's scores over time on the progress screen: share of the maximum (0-100%) against the
// attempt's order, dated at both ends, in one draw call for its lines.
#pragma once

#include "app/Theme.h"
#include "io/history/HistoryStore.h"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <vector>

namespace acq {

// The width left of the plot's area that its "100%" and "0" take (text of the smallest size).
float scorePlotLabelWidth(const Theme& theme);
// The height under the plot's area that its dates take, and above it that half its "100%" takes.
float scorePlotDateHeight(const Theme& theme);
// The narrowest plot whose last date stays inside it.
float scorePlotMinWidth(const Theme& theme);

// Draws the plot in `area` (its axes' box), the labels left of it and the dates under it.
void drawScorePlot(sf::RenderTarget& target, const Theme& theme, const std::vector<HistoryStore::ScoreAt>& scores,
                   sf::FloatRect area);

} // namespace acq
