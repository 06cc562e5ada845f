#include "app/scenes/NamingScene.h"

#include "app/Context.h"
#include "app/scenes/ConfirmScene.h"
#include "app/Shapes.h"
#include "app/scenes/ResultsScene.h"
#include "core/Attempt.h"

#include <algorithm>

namespace acq {

namespace {
constexpr float kPanelWidth = 380.0f;
constexpr float kHeaderHeight = 56.0f;
}

NamingScene::NamingScene(Context& context, const Level& level)
    : Scene(context)
    , m_level(level)
    , m_round(level, context.nextRoundSeed(), context.clock.now())
    , m_canvases(makeCanvases(context, *level.placement()))
    , m_startedAt(context.session.timestamp())
    , m_startTime(context.clock.now())
{
}

void NamingScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const MapScreenLayout screen = mapScreenLayout(context().theme, size, kPanelWidth, kHeaderHeight);
    m_panel = screen.panel;
    for (auto& canvas : m_canvases)
        canvas->setViewport(screen.viewport);
    const float pad = 16.0f * scale;
    const float h = 50.0f * scale;
    m_choiceButtons.clear();
    float y = m_panel.top + 110.0f * scale;
    for (std::size_t i = 0; i < NamingRound::kChoices; ++i) {
        m_choiceButtons.push_back({"choice:" + std::to_string(i + 1), "", {m_panel.left + pad, y, m_panel.width - 2 * pad, h}});
        y += h + 10.0f * scale;
    }
    m_next = {"next", "Next (Enter)", {m_panel.left + pad, m_panel.top + m_panel.height - 56.0f * scale,
                                       m_panel.width - 2 * pad, 42.0f * scale}};
    focusMarked();
}

void NamingScene::focusMarked()
{
    // Keep the marked spot in view: the level's frame, moved if the spot lies outside it.
    if (m_round.phase() == NamingRound::Phase::Finished)
        return;
    const PointTarget& point = m_round.marked();
    MapCamera& camera = m_canvases.at(point.map)->camera();
    camera.reset();
    const Vec2 s = camera.toScreen(point.spots.front());
    const Rect& v = camera.viewport();
    if (s.x < v.x + 40 || s.y < v.y + 40 || s.x > v.x + v.width - 40 || s.y > v.y + v.height - 40)
        camera.pan((s - v.centre()) * -1.0);
}

std::optional<sf::Vector2f> NamingScene::locate(const std::string& target) const
{
    if (target == "next" && m_round.phase() == NamingRound::Phase::Feedback)
        return centreOf(m_next.rect);
    if (m_round.phase() != NamingRound::Phase::Asking)
        return std::nullopt;
    // "choice:N" (1-4), or "point:ID": the choice naming that point.
    for (std::size_t i = 0; i < m_round.choices().size(); ++i) {
        const PointTarget& p = m_round.level().points.at(m_round.choices()[i]);
        if (target == m_choiceButtons.at(i).id || target == "point:" + p.id)
            return centreOf(m_choiceButtons.at(i).rect);
    }
    return std::nullopt;
}

std::vector<std::string> NamingScene::answerTargets(bool right) const
{
    if (m_round.phase() != NamingRound::Phase::Asking)
        return {};
    if (right)
        return {"point:" + m_round.marked().id};
    for (std::size_t i = 0; i < m_round.choices().size(); ++i)
        if (m_round.choices()[i] != m_round.markedPoint())
            return {m_choiceButtons.at(i).id};
    return {};
}

std::optional<sf::Vector2f> NamingScene::mapToScreen(Vec2 mapPoint) const { return canvas().toScreen(mapPoint); }

void NamingScene::choose(std::size_t choice)
{
    Context& ctx = context();
    if (m_round.answer(choice, ctx.clock.now()))
        ctx.session.answered(
            attemptFrom(m_round, namingProgressId(m_level.id), m_startedAt, ctx.clock.now() - m_startTime), &m_level);
}

void NamingScene::advance()
{
    if (m_round.phase() != NamingRound::Phase::Feedback)
        return;
    m_round.next(context().clock.now());
    m_focus = 0;
    if (m_round.phase() == NamingRound::Phase::Finished)
        finish(true);
    else
        focusMarked();
}

void NamingScene::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    Context& ctx = context();
    Attempt attempt = attemptFrom(m_round, namingProgressId(m_level.id), m_startedAt, ctx.clock.now() - m_startTime);
    attempt.completed = completed;
    if (worthKeeping(attempt))
        ctx.session.record(attempt, &m_level);
    ctx.scenes.pop();
    if (!completed)
        return;
    ResultsData results{&m_level, attempt.score, attempt.maxScore, attempt.seconds, {}};
    const auto& points = m_round.level().points;
    for (const NamingAnswer& answer : m_round.answers()) {
        const PointTarget& point = points.at(answer.point);
        ResultsData::Row row;
        row.heading = point.label + "  " + point.name;
        row.detail = answer.correct ? point.location
                                    : "You chose " + points.at(answer.chosen).label + ". " + point.location;
        row.points = answer.correct ? "right" : "0";
        row.verdict = answer.correct ? Verdict::Right : Verdict::Wrong;
        row.point = answer.point;
        row.spot = point.spots.front();
        results.rows.push_back(std::move(row));
    }
    ctx.scenes.push([&ctx, results] { return std::make_unique<ResultsScene>(ctx, results); });
}

void NamingScene::handleEvent(const sf::Event& event)
{
    const bool asking = m_round.phase() == NamingRound::Phase::Asking;
    const std::size_t n = asking ? m_round.choices().size() : 0;
    switch (event.type) {
    case sf::Event::KeyPressed: {
        const auto code = event.key.code;
        if (code == sf::Keyboard::Escape) {
            if (m_round.phase() == NamingRound::Phase::Finished)
                finish(false);
            else
                askToConfirm(context(), leavingRound(), [this] { finish(false); });
        } else if (asking && code >= sf::Keyboard::Num1 && code < sf::Keyboard::Num1 + static_cast<int>(n)) {
            choose(static_cast<std::size_t>(code - sf::Keyboard::Num1));
        } else if (asking && (code == sf::Keyboard::Down || code == sf::Keyboard::Tab)) {
            m_focus = (m_focus + 1) % n;
        } else if (asking && code == sf::Keyboard::Up) {
            m_focus = (m_focus + n - 1) % n;
        } else if (code == sf::Keyboard::Enter || code == sf::Keyboard::Space) {
            if (asking)
                choose(m_focus);
            else
                advance();
        }
        break;
    }
    case sf::Event::MouseMoved:
        if (const auto hovered = buttonAt(m_choiceButtons, mousePoint(event)); hovered && *hovered < n)
            m_focus = *hovered;
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p = mousePoint(event);
            if (!asking && m_next.rect.contains(p))
                advance();
            if (const auto clicked = buttonAt(m_choiceButtons, p); clicked && *clicked < n)
                choose(*clicked);
        }
        break;
    default:
        break;
    }
}

void NamingScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    if (m_round.phase() == NamingRound::Phase::Finished)
        return;
    const MapCanvas& view = canvas();
    const PointTarget& point = m_round.marked();
    const bool asking = m_round.phase() == NamingRound::Phase::Asking;
    {
        const ClipTo clip(target, view.area());
        view.drawMap(target);
        const sf::Vector2f s = view.toScreen(point.spots.front());
        if (!asking)
            view.drawLandmarks(target, point.landmarks, true);
        drawRing(target, s, 14.0f, colors::accent, 3.0f, sf::Color(34, 102, 170, 50));
        drawRing(target, s, 4.0f, sf::Color::White, 1.5f, colors::accent);
    }

    drawPanel(target, theme, m_panel, colors::panel);
    const float pad = 16.0f * scale;
    const float x = m_panel.left + pad;
    const float width = m_panel.width - 2 * pad;
    theme.drawWrapped(target, "Which point is marked?", {x, m_panel.top + pad}, width, 22.0f, colors::text,
                      FontStyle::Bold);
    theme.drawText(target, "Press 1-4, or click your answer.", {x, m_panel.top + pad + 34.0f * scale}, 14.0f,
                   colors::mutedText);
    const auto& points = m_round.level().points;
    const NamingAnswer* answered = asking ? nullptr : &m_round.answers().back();
    for (std::size_t i = 0; i < m_round.choices().size(); ++i) {
        const std::size_t index = m_round.choices()[i];
        const PointTarget& choice = points.at(index);
        Button button = m_choiceButtons[i];
        button.label = std::to_string(i + 1) + "   " + choice.label + "  " + choice.name;
        if (answered) {
            const bool right = index == answered->point;
            const bool picked = index == answered->chosen;
            if (right || picked) {
                drawPanel(target, theme, button.rect, right ? colors::goodSoft : colors::badSoft, right ? colors::good : colors::bad, 3.0f);
                const std::string mark = right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ";
                theme.drawText(target, mark + button.label, {button.rect.left + 12.0f * scale, button.rect.top + 12.0f * scale},
                               17.0f, colors::text, FontStyle::Bold);
                continue;
            }
        }
        drawButton(target, theme, button, asking && i == m_focus);
    }
    if (answered) {
        float y = m_choiceButtons.back().rect.top + m_choiceButtons.back().rect.height + 16.0f * scale;
        y += theme.drawWrapped(target, answered->correct ? "Right." : "Not this one: it is " + point.label + ".",
                               {x, y}, width, 18.0f, answered->correct ? colors::good : colors::bad, FontStyle::Bold);
        theme.drawWrapped(target, point.location, {x, y + 4.0f * scale}, width, 15.0f, colors::text);
        drawButton(target, theme, m_next, true);
    }
    drawPanel(target, theme, {0, 0, m_size.x, kHeaderHeight * scale}, sf::Color(234, 229, 219), sf::Color(234, 229, 219), 0);
    const std::string status = "Point " + std::to_string(m_round.index() + 1) + " of " +
                               std::to_string(m_round.count()) + "     Score " + formatScore(m_round.score());
    const float w = theme.textWidth(status, 17.0f, FontStyle::Bold);
    theme.drawText(target, status, {m_size.x - w - 16.0f * scale, 16.0f * scale}, 17.0f, colors::text, FontStyle::Bold);
    const std::string title = m_level.title + ": name the point";
    drawFitted(target, theme, title, {16.0f * scale, 12.0f * scale}, m_size.x - w - 48.0f * scale, 22.0f, colors::text,
               FontStyle::Bold);
    drawFooter(target, theme, asking ? "1-4 or Up/Down + Enter: answer    Esc: back to the menu"
                                     : "Enter: next    Esc: back to the menu");
}

} // namespace acq
