#include "app/scenes/LevelIntroScene.h"

#include "app/Context.h"
#include "core/Attempt.h"
#include "core/NamingRound.h"
#include "app/scenes/MatchingScene.h"
#include "app/scenes/NamingScene.h"
#include "app/scenes/PlacementScene.h"
#include "app/scenes/StudyScene.h"

#include <algorithm>

namespace acq {

void pushRound(Context& ctx, const Level& level)
{
    if (level.kind() == LevelKind::Placement)
        ctx.scenes.push([&ctx, &level] { return std::make_unique<PlacementScene>(ctx, level); });
    else
        ctx.scenes.push([&ctx, &level] { return std::make_unique<MatchingScene>(ctx, level); });
}

LevelIntroScene::LevelIntroScene(Context& context, const Level& level)
    : Scene(context)
    , m_level(level)
{
    // The first body picture the level shows decodes while the player reads this screen.
    if (const PlacementLevel* placement = level.placement(); placement && !placement->points.empty())
        context.art.prefetch(placement->mapOf(placement->points.front()).map->artPath);
}

void LevelIntroScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const float footer = context().theme.lineHeight(15.0f) + 12.0f;
    const float h = 46.0f * scale;
    const float y = size.y - footer - h - 24.0f * scale;
    const float w = 240.0f * scale;
    const float gap = 16.0f * scale;
    m_buttons.clear();
    m_buttons.push_back({"start", "Start (Enter)", {}});
    if (m_level.kind() == LevelKind::Matching)
        m_buttons.push_back({"study", "Study the cards (S)", {}});
    if (NamingRound::possible(m_level))
        m_buttons.push_back({"name", "Name the points (N)", {}});
    m_buttons.push_back({"back", "Back (Esc)", {}});
    const float total = static_cast<float>(m_buttons.size()) * w + static_cast<float>(m_buttons.size() - 1) * gap;
    float x = (size.x - total) / 2.0f;
    for (Button& b : m_buttons) {
        b.rect = {x, y, w, h};
        x += w + gap;
    }
}

std::optional<sf::Vector2f> LevelIntroScene::locate(const std::string& target) const
{
    for (const Button& b : m_buttons)
        if (b.id == target)
            return centreOf(b.rect);
    return std::nullopt;
}

void LevelIntroScene::activate(std::size_t index)
{
    Context& ctx = context();
    const std::string id = m_buttons.at(index).id;
    if (id == "back") {
        ctx.scenes.pop();
    } else if (id == "name") {
        ctx.scenes.pop();
        const Level& level = m_level;
        ctx.scenes.push([&ctx, &level] { return std::make_unique<NamingScene>(ctx, level); });
    } else if (id == "study") {
        const Level& level = m_level;
        ctx.scenes.push([&ctx, &level] { return std::make_unique<StudyScene>(ctx, level); });
    } else {
        ctx.scenes.pop(); // the round returns to the menu, not here
        pushRound(ctx, m_level);
    }
}

void LevelIntroScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Escape: context().scenes.pop(); break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: activate(m_focus); break;
        case sf::Keyboard::S:
        case sf::Keyboard::N:
            for (std::size_t i = 0; i < m_buttons.size(); ++i)
                if (m_buttons[i].id == (event.key.code == sf::Keyboard::S ? "study" : "name")) {
                    activate(i);
                    break;
                }
            break;
        case sf::Keyboard::Left: m_focus = (m_focus + m_buttons.size() - 1) % m_buttons.size(); break;
        case sf::Keyboard::Right:
        case sf::Keyboard::Tab: m_focus = (m_focus + 1) % m_buttons.size(); break;
        default: break;
        }
        break;
    case sf::Event::MouseMoved:
        if (const auto hovered = buttonAt(m_buttons, mousePoint(event)))
            m_focus = *hovered;
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left)
            if (const auto clicked = buttonAt(m_buttons, mousePoint(event)))
                activate(*clicked);
        break;
    default:
        break;
    }
}

void LevelIntroScene::draw(sf::RenderTarget& target) const
{
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    const float width = std::min(m_size.x - 48.0f * scale, 860.0f * scale);
    const float left = (m_size.x - width) / 2.0f;
    float y = 36.0f * scale;
    drawFitted(target, theme, m_level.title, {left, y}, width, 32.0f, colors::text, FontStyle::Bold);
    y += theme.lineHeight(32.0f) + 4.0f * scale;
    std::string kind;
    if (const PlacementLevel* placement = m_level.placement()) {
        // Tolerances differ by point where points lie close together: give their range.
        double least = placement->scoring.toleranceCun, most = least;
        for (std::size_t i = 0; i < placement->points.size(); ++i) {
            const double own = placement->scoringOf(placement->points[i]).toleranceCun;
            least = i == 0 ? own : std::min(least, own);
            most = i == 0 ? own : std::max(most, own);
        }
        // A level that asks a few per round says so, or "17 points" would promise a long round.
        const std::string count = placement->askedPerRound() < placement->points.size()
                                      ? std::to_string(placement->askedPerRound()) + " of " +
                                            std::to_string(placement->points.size()) + " points per round"
                                      : std::to_string(placement->points.size()) + " points";
        kind = "Point placement: " + count + ", full marks within " +
               (formatCun(least) == formatCun(most) ? formatCun(least) : formatCun(least) + " to " + formatCun(most)) +
               " cun";
    }
    else
        kind = "Matching: " + std::to_string(m_level.matching()->pairs.size()) + " pairs, -" +
               std::to_string(m_level.matching()->scoring.wrongPenalty) + " points for a wrong pair";
    theme.drawText(target, kind, {left, y}, 16.0f, colors::mutedText);
    y += theme.lineHeight(16.0f) + 18.0f * scale;
    if (!m_level.intro.empty())
        y += theme.drawWrapped(target, m_level.intro, {left, y}, width, 18.0f, colors::text) + 16.0f * scale;

    if (!ctx.session.loaded()) {
        // A long history may still be loading: say so rather than hold the window until it is in.
        theme.drawText(target, "Your scores are still loading.", {left, y}, 17.0f, colors::mutedText, FontStyle::Bold);
        y += theme.lineHeight(17.0f) + 4.0f * scale;
    } else {
        const LevelRecords& records = ctx.session.records();
        std::string record = "Not played yet.";
        if (const auto best = records.best(m_level.id))
            record = "Your best: " + formatScore(*best) + " of " + formatScore(*records.bestMax(m_level.id)) + " (" +
                     std::to_string(records.attemptCount(m_level.id)) + " attempts)";
        theme.drawText(target, record, {left, y}, 17.0f, colors::text, FontStyle::Bold);
        y += theme.lineHeight(17.0f) + 4.0f * scale;
        if (const auto best = records.best(namingProgressId(m_level.id))) {
            theme.drawText(target, "Naming the points, your best: " + formatScore(*best) + " of " +
                                       formatScore(*records.bestMax(namingProgressId(m_level.id))),
                           {left, y}, 15.0f, colors::text);
            y += theme.lineHeight(15.0f);
        }
    }
    y += 12.0f * scale;

    if (!m_level.sources.empty()) {
        theme.drawText(target, "Sources", {left, y}, 14.0f, colors::mutedText, FontStyle::Bold);
        y += theme.lineHeight(14.0f);
        const float limit = m_buttons.empty() ? m_size.y : m_buttons[0].rect.top - 12.0f * scale;
        for (const std::string& source : m_level.sources) {
            if (y + theme.lineHeight(13.0f) > limit)
                break;
            y += theme.drawWrapped(target, source, {left, y}, width, 13.0f, colors::mutedText) + 3.0f * scale;
        }
    }
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_focus);
    drawFooter(target, theme,
               m_level.kind() == LevelKind::Matching ? "Enter: start    S: study the cards first    Esc: back"
                                                     : "Enter: start    N: name the marked points instead    Esc: back");
}

} // namespace acq
