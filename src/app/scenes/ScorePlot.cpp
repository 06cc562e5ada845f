#include "app/scenes/ScorePlot.h"

#include "app/Shapes.h"

#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cmath>

namespace acq {

namespace {

constexpr float kLabelSize = 11.0f; // the smallest the layout rules allow

// "2026-12-07": the day of an ISO time.
std::string dayOf(const std::string& iso) { return iso.substr(0, std::min<std::size_t>(10, iso.size())); }

} // namespace

float scorePlotLabelWidth(const Theme& theme) { return theme.textWidth("100%", kLabelSize) + 4.0f; }

float scorePlotDateHeight(const Theme& theme) { return theme.lineHeight(kLabelSize); }

float scorePlotMinWidth(const Theme& theme) { return theme.textWidth("2026-12-07", kLabelSize) + 2.0f; }

void drawScorePlot(sf::RenderTarget& target, const Theme& theme, const std::vector<HistoryStore::ScoreAt>& scores,
                   sf::FloatRect area)
{
    // Axes, line and dots go to the screen in one draw call (Theme::drawShapes): a plot of 30
    // attempts drawn shape by shape cost some 60 calls, and the screen has one per level.
    sf::VertexArray shapes(sf::Triangles);
    const float bottom = area.top + area.height;
    appendLine(shapes, {area.left, area.top}, {area.left, bottom}, colors::mutedText, 1.0f);
    appendLine(shapes, {area.left, bottom}, {area.left + area.width, bottom}, colors::mutedText, 1.0f);
    appendLine(shapes, {area.left, area.top}, {area.left + area.width, area.top}, colors::panelBorder, 1.0f);
    const auto at = [&](std::size_t i) {
        const double share = scores[i].max > 0 ? std::clamp(scores[i].score / scores[i].max, 0.0, 1.0) : 0.0;
        const float x = scores.size() == 1 ? area.left + area.width / 2.0f
                                           : area.left + area.width * static_cast<float>(i) /
                                                             static_cast<float>(scores.size() - 1);
        return sf::Vector2f(x, area.top + area.height * (1.0f - static_cast<float>(share)));
    };
    for (std::size_t i = 1; i < scores.size(); ++i)
        appendLine(shapes, at(i - 1), at(i), colors::accent, 2.0f);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const sf::Vector2f p = at(i);
        appendLine(shapes, {p.x - 2.5f, p.y}, {p.x + 2.5f, p.y}, colors::accent, 5.0f); // a dot
    }
    theme.drawShapes(target, shapes);
    // The labels centred on the lines they name, in the width scorePlotLabelWidth keeps for them.
    const float half = theme.lineHeight(kLabelSize) / 2.0f;
    theme.drawText(target, "100%", {area.left - theme.textWidth("100%", kLabelSize) - 3.0f, area.top - half}, kLabelSize,
                   colors::mutedText);
    theme.drawText(target, "0", {area.left - theme.textWidth("0", kLabelSize) - 3.0f, bottom - half}, kLabelSize,
                   colors::mutedText);
    if (scores.empty())
        return;
    const std::string first = dayOf(scores.front().finishedAt);
    const bool both = scores.size() > 1 && 2.0f * theme.textWidth(first, kLabelSize) + 6.0f <= area.width;
    if (scores.size() == 1 || both)
        theme.drawText(target, first, {area.left, bottom + 1.0f}, kLabelSize, colors::mutedText);
    if (scores.size() > 1) { // the last date always: the plot ends today, or when last played
        const std::string last = dayOf(scores.back().finishedAt);
        theme.drawText(target, last, {area.left + area.width - theme.textWidth(last, kLabelSize), bottom + 1.0f},
                       kLabelSize, colors::mutedText);
    }
}

} // namespace acq
