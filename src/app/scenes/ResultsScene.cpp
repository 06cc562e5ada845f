#include "app/scenes/ResultsScene.h"

#include "app/Context.h"
#include "app/scenes/ProgressScene.h"
#include "app/Shapes.h"
#include "app/scenes/LevelIntroScene.h"
#include "core/MatchingRound.h"
#include "core/PlacementRound.h"
#include "core/Scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace acq {

ResultsData ResultsData::fromPlacement(const Level& level, const PlacementRound& round, const Attempt& attempt)
{
    ResultsData data{&level, attempt.score, attempt.maxScore, attempt.seconds, {}};
    const auto& points = round.level().points;
    for (const Placement& p : round.placements()) {
        const auto found = std::find_if(points.begin(), points.end(), [&](const PointTarget& t) { return t.id == p.id; });
        if (found == points.end())
            continue;
        const PointTarget& point = *found;
        Row row;
        row.heading = point.label + "  " + point.fullName();
        if (p.named) {
            const PointTarget& named = points.at(*p.named);
            row.detail = "That is " + named.label + ", " + named.name + "; " + point.label + " lies " +
                         formatDistance(p.distanceCun) + " cun away (your mark was " + p.miss + ")";
        } else if (p.click) {
            row.detail = formatDistance(p.distanceCun) + " cun away" + (p.miss == "right on the spot" ? "" : " (" + p.miss + ")");
        } else {
            row.detail = "skipped";
        }
        if (p.click && p.hinted)
            row.detail += ", after a hint";
        row.points = formatScore(p.points);
        row.verdict = p.verdict;
        row.named = p.named;
        row.point = static_cast<std::size_t>(found - points.begin());
        row.click = p.click;
        row.spot = p.spot;
        data.rows.push_back(std::move(row));
    }
    return data;
}

ResultsData ResultsData::fromMatching(const Level& level, const MatchingRound& round, const Attempt& attempt)
{
    ResultsData data{&level, attempt.score, attempt.maxScore, attempt.seconds, {}};
    const MatchingLevel& content = round.level();
    // Review in the level's own order: easier to study than the shuffled one.
    for (const MatchPair& pair : content.pairs) {
        for (std::size_t i = 0; i < round.prompts().size(); ++i) {
            if (&content.pairs.at(static_cast<std::size_t>(round.prompts()[i].pair)) != &pair)
                continue;
            const int mistakes = round.mistakesFor(i);
            Row row;
            row.heading = pair.prompt;
            row.detail = pair.answer;
            // A mistake is reviewed with what was chosen and why the right answer is right.
            for (const MatchMistake& mistake : round.mistakes())
                if (mistake.prompt == static_cast<int>(i))
                    row.detail += "\nYou chose: " + round.answers().at(static_cast<std::size_t>(mistake.answer)).text;
            // The why is part of the lesson whether the pair was right first time or not.
            if (!pair.explain.empty())
                row.detail += "\nWhy: " + pair.explain;
            row.points = mistakes == 0 ? "right first time"
                                       : std::to_string(mistakes) + (mistakes == 1 ? " wrong try" : " wrong tries");
            row.verdict = mistakes == 0 ? Verdict::Right : Verdict::Wrong;
            data.rows.push_back(std::move(row));
        }
    }
    return data;
}

ResultsScene::ResultsScene(Context& context, ResultsData data)
    : Scene(context)
    , m_data(std::move(data))
    , m_newBest(context.session.lastRoundBeatBest())
{
    if (m_data.level && m_data.level->placement())
        for (const LevelMap& levelMap : m_data.level->placement()->maps)
            m_canvases.push_back(std::make_unique<MapCanvas>(context, levelMap));
}

void ResultsScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const float footer = context().theme.lineHeight(15.0f) + 12.0f;
    const float w = 200.0f * scale;
    const float h = 44.0f * scale;
    const float y = size.y - footer - h - 16.0f * scale;
    m_buttons = {{"again", "Play again", {size.x / 2.0f - w - 10.0f * scale, y, w, h}},
                 {"menu", "Back to the menu", {size.x / 2.0f + 10.0f * scale, y, w, h}},
                 {"progress", "Progress", {size.x / 2.0f + w + 30.0f * scale, y, w * 0.7f, h}}};
    // Under the score and "Saved to your progress." (at 108), room for the map's caption.
    const Theme& theme = context().theme;
    m_listTop = std::max(150.0f * scale, 108.0f * scale + 2.0f * theme.lineHeight(16.0f) + 8.0f);
    // A placement review shows the map on the left, the list on the right.
    m_listLeft = m_canvases.empty() ? std::max(24.0f, (size.x - 900.0f * scale) / 2.0f) : size.x * 0.42f;
    const Rect viewport{16.0, m_listTop, std::max(1.0, m_listLeft - 32.0), std::max(1.0, y - 16.0 * scale - m_listTop)};
    for (auto& canvas : m_canvases)
        canvas->setViewport(viewport);
    focusSelected();
}

void ResultsScene::focusSelected()
{
    // Centre the review map on the selected point's true spot.
    if (m_canvases.empty() || m_data.rows.empty() || !m_data.rows.at(m_selected).point)
        return;
    const ResultsData::Row& row = m_data.rows.at(m_selected);
    MapCamera& camera = m_canvases.at(m_data.level->placement()->points.at(*row.point).map)->camera();
    camera.reset();
    camera.pan((camera.toScreen(row.spot) - camera.viewport().centre()) * -1.0);
}

void ResultsScene::drawReviewMap(sf::RenderTarget& target) const
{
    if (m_canvases.empty() || m_data.rows.empty())
        return;
    const ResultsData::Row& selected = m_data.rows.at(m_selected);
    if (!selected.point)
        return;
    const PlacementLevel& level = *m_data.level->placement();
    const PointTarget& point = level.points.at(*selected.point);
    const MapCanvas& canvas = *m_canvases.at(point.map);
    drawPanel(target, context().theme, canvas.area(), sf::Color(238, 234, 226));
    // The caption above the map, outside the map's clip.
    context().theme.drawText(target, (selected.click ? "Your mark (x) beside the true spot: " : "The point: ") + point.label,
                             {16.0f, m_listTop - context().theme.lineHeight(14.0f) - 4.0f},
                             14.0f, colors::mutedText, FontStyle::Bold);
    const ClipTo clip(target, canvas.area());
    canvas.drawMap(target);
    const sf::Vector2f ring = canvas.pixels(level.scoringOf(point).toleranceCun, point.regionId);
    canvas.drawLandmarks(target, point.landmarks, true, point.spots, ring);
    // Every mark on this figure, the selected one emphasised.
    for (const ResultsData::Row& row : m_data.rows) {
        if (!row.point || level.points.at(*row.point).map != point.map)
            continue;
        const bool isSelected = &row == &selected;
        if (isSelected)
            canvas.drawSpot(target, row.spot, ring, true);
        if (isSelected && row.named && row.click) {
            const PointTarget& named = level.points.at(*row.named);
            canvas.drawNamedSpot(target, nearestSpot(named, *row.click),
                                 canvas.pixels(level.scoringOf(named).toleranceCun, named.regionId), named.label);
        }
        if (row.click && isSelected)
            canvas.drawMark(target, *row.click, row.spot, verdictColor(row.verdict));
    }
}

std::optional<sf::Vector2f> ResultsScene::locate(const std::string& target) const
{
    for (const Button& b : m_buttons)
        if (b.id == target)
            return centreOf(b.rect);
    return std::nullopt;
}

void ResultsScene::activate(std::size_t button)
{
    Context& ctx = context();
    if (button == 2) { // the progress screen over the results: Back comes here again
        ctx.scenes.push([&ctx] { return std::make_unique<ProgressScene>(ctx); });
        return;
    }
    ctx.scenes.pop();
    if (button == 0 && m_data.level)
        pushRound(ctx, *m_data.level);
}

void ResultsScene::scroll(int delta)
{
    if (delta < 0 && m_selected > 0)
        --m_selected;
    else if (delta > 0 && m_selected + 1 < m_data.rows.size())
        ++m_selected;
    // Scroll just enough to keep the selected row in the list.
    if (m_selected < m_scroll)
        m_scroll = m_selected;
    else if (m_selected > m_lastVisible)
        m_scroll += m_selected - m_lastVisible;
    focusSelected();
}

void ResultsScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Escape: activate(1); break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: activate(m_focus); break;
        case sf::Keyboard::Left: m_focus = (m_focus + m_buttons.size() - 1) % m_buttons.size(); break;
        case sf::Keyboard::Right:
        case sf::Keyboard::Tab: m_focus = (m_focus + 1) % m_buttons.size(); break;
        case sf::Keyboard::R: activate(0); break;
        case sf::Keyboard::P: activate(2); break;
        case sf::Keyboard::Up: scroll(-1); break;
        case sf::Keyboard::Down: scroll(1); break;
        default: break;
        }
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            if (const auto clicked = buttonAt(m_buttons, mousePoint(event)))
                activate(*clicked);
        }
        break;
    case sf::Event::MouseMoved:
        if (const auto hovered = buttonAt(m_buttons, mousePoint(event)))
            m_focus = *hovered;
        break;
    case sf::Event::MouseWheelScrolled:
        scroll(event.mouseWheelScroll.delta > 0 ? -1 : 1);
        break;
    default:
        break;
    }
}

void ResultsScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float left = m_listLeft;
    const float width = m_size.x - left - std::max(24.0f, m_canvases.empty() ? left : 24.0f);
    drawReviewMap(target);
    const std::string title = m_data.level ? m_data.level->title : std::string("Results");
    const float margin = 24.0f * scale;
    drawFitted(target, theme, "Results: " + title, {margin, 24.0f * scale}, m_size.x - 2.0f * margin, 28.0f, colors::text,
               FontStyle::Bold);
    const double share = m_data.maxScore > 0 ? m_data.score / m_data.maxScore : 0.0;
    // Rounded once, then split: 59.6 s reads 1:00, not 0:00.
    const std::string time = formatClock(std::lround(m_data.seconds));
    theme.drawText(target,
                   "Score " + formatScore(m_data.score) + " of " + formatScore(m_data.maxScore) + "  (" +
                       std::to_string(static_cast<int>(std::lround(share * 100))) + " %)    Time " + time,
                   {margin, 72.0f * scale}, 22.0f, share >= 0.8 ? colors::good : colors::text, FontStyle::Bold);
    float savedLeft = margin;
    if (m_newBest)
        savedLeft += theme.drawText(target, "New best!", {margin, 106.0f * scale}, 16.0f, colors::good, FontStyle::Bold) +
                     12.0f * scale;
    theme.drawText(target, "Saved to your progress.", {savedLeft, 108.0f * scale}, 14.0f, colors::mutedText);

    float y = m_listTop;
    const float bottom = m_buttons.empty() ? m_size.y : m_buttons[0].rect.top - 12.0f * scale;
    const float pointsWidth = 150.0f * scale;
    for (std::size_t i = m_scroll; i < m_data.rows.size(); ++i) {
        const ResultsData::Row& row = m_data.rows[i];
        const auto detailLines = theme.wrap(row.detail, width - pointsWidth - 40.0f * scale, 14.0f);
        // A long point name wraps rather than run under the points or out of the row.
        const float pw = theme.textWidth(row.points, 15.0f, FontStyle::Bold);
        const std::string mark = std::string(verdictMark(row.verdict)) + " ";
        const auto headingLines =
            theme.wrap(mark + row.heading, width - pw - 34.0f * scale, 16.0f, FontStyle::Bold);
        const float rowHeight = headingLines.size() * theme.lineHeight(16.0f) +
                                detailLines.size() * theme.lineHeight(14.0f) + 10.0f * scale;
        // A row that is not the last leaves room under it for the hint, so the hint never
        // prints over a row.
        const float hintHeight = theme.lineHeight(14.0f);
        const bool last = i + 1 == m_data.rows.size();
        if (y + rowHeight > (last ? bottom : bottom - hintHeight)) {
            theme.drawText(target, "More below: Down or the wheel scrolls.", {left, std::max(y, bottom - hintHeight)},
                           14.0f, colors::mutedText);
            break;
        }
        const bool selected = i == m_selected;
        drawPanel(target, theme, {left, y, width, rowHeight - 4.0f * scale}, verdictSoftColor(row.verdict),
                  selected ? colors::accent : verdictColor(row.verdict), selected ? 3.0f : 1.0f);
        m_lastVisible = i;
        float ly = y + 3.0f * scale;
        for (const std::string& line : headingLines) {
            theme.drawText(target, line, {left + 10.0f * scale, ly}, 16.0f, colors::text, FontStyle::Bold);
            ly += theme.lineHeight(16.0f);
        }
        for (const std::string& line : detailLines) {
            theme.drawText(target, line, {left + 28.0f * scale, ly}, 14.0f, colors::text);
            ly += theme.lineHeight(14.0f);
        }
        theme.drawText(target, row.points, {left + width - pw - 12.0f * scale, y + 5.0f * scale}, 15.0f, colors::text,
                       FontStyle::Bold);
        y += rowHeight;
    }
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_focus);
    drawFooter(target, theme, "Enter: choose    Left/Right: switch button    R: play again    P: progress    Esc: menu    Up/Down: scroll");
}

} // namespace acq
