#include "app/scenes/ResultsScene.h"

#include "app/Context.h"
#include "app/scenes/LevelIntroScene.h"
#include "core/MatchingRound.h"
#include "core/PlacementRound.h"

#include <cmath>
#include <cstdio>

namespace acq {

ResultsData ResultsData::fromPlacement(const Level& level, const PlacementRound& round, const Attempt& attempt)
{
    ResultsData data{&level, attempt.score, attempt.maxScore, attempt.seconds, {}};
    for (std::size_t i = 0; i < round.placements().size(); ++i) {
        const Placement& p = round.placements()[i];
        const PointTarget& point = round.level().points.at(i);
        Row row;
        row.heading = point.code + "  " + point.name;
        if (p.click) {
            char distance[32];
            std::snprintf(distance, sizeof distance, "%.1f cun away", p.distanceCun);
            row.detail = std::string(distance) + (p.miss == "right on the spot" ? "" : " (" + p.miss + ")");
        } else {
            row.detail = "skipped";
        }
        row.points = formatScore(p.points);
        row.good = p.click && p.points >= round.level().scoring.maxPoints;
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
            if (mistakes > 0 && !pair.explain.empty())
                row.detail += "\nWhy: " + pair.explain;
            row.points = mistakes == 0 ? "right first time"
                                       : std::to_string(mistakes) + (mistakes == 1 ? " wrong try" : " wrong tries");
            row.good = mistakes == 0;
            data.rows.push_back(std::move(row));
        }
    }
    return data;
}

ResultsScene::ResultsScene(Context& context, ResultsData data)
    : Scene(context)
    , m_data(std::move(data))
{
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
                 {"menu", "Back to the menu", {size.x / 2.0f + 10.0f * scale, y, w, h}}};
    m_listTop = 150.0f * scale;
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
    ctx.scenes.pop();
    if (button == 0 && m_data.level)
        pushRound(ctx, *m_data.level);
}

void ResultsScene::scroll(int delta)
{
    if (delta < 0 && m_scroll > 0)
        --m_scroll;
    else if (delta > 0 && m_scroll + 1 < m_data.rows.size())
        ++m_scroll;
}

void ResultsScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Escape: activate(1); break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: activate(m_focus); break;
        case sf::Keyboard::Left:
        case sf::Keyboard::Right:
        case sf::Keyboard::Tab: m_focus = 1 - m_focus; break;
        case sf::Keyboard::R: activate(0); break;
        case sf::Keyboard::Up: scroll(-1); break;
        case sf::Keyboard::Down: scroll(1); break;
        default: break;
        }
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
            for (std::size_t i = 0; i < m_buttons.size(); ++i)
                if (m_buttons[i].rect.contains(p))
                    activate(i);
        }
        break;
    case sf::Event::MouseMoved: {
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        for (std::size_t i = 0; i < m_buttons.size(); ++i)
            if (m_buttons[i].rect.contains(p))
                m_focus = i;
        break;
    }
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
    const float left = std::max(24.0f, (m_size.x - 900.0f * scale) / 2.0f);
    const float width = m_size.x - 2.0f * left;
    const std::string title = m_data.level ? m_data.level->title : std::string("Results");
    theme.drawText(target, "Results: " + title, {left, 24.0f * scale}, 28.0f, colors::text, FontStyle::Bold);
    const double share = m_data.maxScore > 0 ? m_data.score / m_data.maxScore : 0.0;
    const int minutes = static_cast<int>(m_data.seconds) / 60;
    const int seconds = static_cast<int>(std::lround(m_data.seconds)) % 60;
    char time[32];
    std::snprintf(time, sizeof time, "%d:%02d", minutes, seconds);
    theme.drawText(target,
                   "Score " + formatScore(m_data.score) + " of " + formatScore(m_data.maxScore) + "  (" +
                       std::to_string(static_cast<int>(std::lround(share * 100))) + " %)    Time " + time,
                   {left, 72.0f * scale}, 22.0f, share >= 0.8 ? colors::good : colors::text, FontStyle::Bold);
    theme.drawText(target, "Saved to your progress.", {left, 108.0f * scale}, 14.0f, colors::mutedText);

    float y = m_listTop;
    const float bottom = m_buttons.empty() ? m_size.y : m_buttons[0].rect.top - 12.0f * scale;
    const float pointsWidth = 150.0f * scale;
    for (std::size_t i = m_scroll; i < m_data.rows.size(); ++i) {
        const ResultsData::Row& row = m_data.rows[i];
        const auto detailLines = theme.wrap(row.detail, width - pointsWidth - 40.0f * scale, 14.0f);
        const float rowHeight = theme.lineHeight(16.0f) + detailLines.size() * theme.lineHeight(14.0f) + 10.0f * scale;
        if (y + rowHeight > bottom) {
            theme.drawText(target, "More below: Down or the wheel scrolls.", {left, bottom - theme.lineHeight(14.0f)},
                           14.0f, colors::mutedText);
            break;
        }
        drawPanel(target, {left, y, width, rowHeight - 4.0f * scale}, row.good ? colors::goodSoft : colors::badSoft,
                  row.good ? colors::good : colors::bad);
        const std::string mark = row.good ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 "; // check mark / ballot x
        theme.drawText(target, mark + row.heading, {left + 10.0f * scale, y + 3.0f * scale}, 16.0f, colors::text,
                       FontStyle::Bold);
        float ly = y + 3.0f * scale + theme.lineHeight(16.0f);
        for (const std::string& line : detailLines) {
            theme.drawText(target, line, {left + 28.0f * scale, ly}, 14.0f, colors::text);
            ly += theme.lineHeight(14.0f);
        }
        const float pw = theme.textWidth(row.points, 15.0f, FontStyle::Bold);
        theme.drawText(target, row.points, {left + width - pw - 12.0f * scale, y + 5.0f * scale}, 15.0f, colors::text,
                       FontStyle::Bold);
        y += rowHeight;
    }
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_focus);
    drawFooter(target, theme, "Enter: choose    Left/Right: switch button    R: play again    Esc: menu    Up/Down: scroll");
}

} // namespace acq
