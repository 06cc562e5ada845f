#include "app/scenes/PlacementScene.h"

#include "app/Context.h"
#include "app/scenes/ConfirmScene.h"
#include "app/Shapes.h"
#include "app/scenes/ResultsScene.h"
#include "core/Attempt.h"
#include "core/CrosshairStart.h"
#include "core/Scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace acq {

namespace {

constexpr float kPanelWidth = 360.0f;
constexpr float kHeaderHeight = 56.0f;
constexpr float kKeyStepPixels = 6.0f;

} // namespace

PlacementScene::PlacementScene(Context& context, const Level& level)
    : Scene(context)
    , m_level(level)
    , m_round(level, context.nextRoundSeed(), context.clock.now())
    , m_canvases(makeCanvases(context, *level.placement()))
    , m_startedAt(context.session.timestamp())
    , m_startTime(context.clock.now())
    , m_now(context.clock.now())
{
    m_round.setSides(context.settings.sides);
}

PlacementScene::PlacementScene(Context& context, const Level& level, std::size_t point, PracticeHost& host)
    : Scene(context)
    , m_level(level)
    , m_host(&host)
    , m_round(level, std::vector<std::size_t>{point}, context.clock.now())
    , m_canvases(makeCanvases(context, *level.placement()))
    , m_startedAt(context.session.timestamp())
    , m_startTime(context.clock.now())
    , m_now(context.clock.now())
{
    m_round.setSides(context.settings.sides);
}

void PlacementScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const MapScreenLayout screen = mapScreenLayout(context().theme, size, kPanelWidth, kHeaderHeight);
    m_panel = screen.panel;
    const bool firstLayout = canvas().camera().viewport().width <= 1.0;
    for (auto& c : m_canvases)
        c->setViewport(screen.viewport);
    if (firstLayout)
        startCrosshair();
    const float pad = 16.0f * scale;
    m_actionButton.rect = {m_panel.left + pad, m_panel.top + m_panel.height - 56.0f * scale, m_panel.width - 2 * pad,
                           42.0f * scale};
    m_hintButton.rect = {m_panel.left + pad, m_actionButton.rect.top - 52.0f * scale, m_panel.width - 2 * pad,
                         42.0f * scale};
}

void PlacementScene::startCrosshair()
{
    // Off the figure, away from every point: where it starts must tell nothing.
    m_crosshair = crosshairStart(canvas().camera(), m_round.level(), shownMap());
    m_crosshairShown = false;
}

bool PlacementScene::animating() const
{
    // Only the optional on-screen clock moves by itself, once a second.
    return context().showClock && static_cast<int>(m_now - m_startTime) != m_shownSecond;
}

void PlacementScene::update(double now) { m_now = now; }

std::optional<sf::Vector2f> PlacementScene::mapToScreen(Vec2 mapPoint) const
{
    return canvas().toScreen(mapPoint);
}

std::optional<sf::Vector2f> PlacementScene::locate(const std::string& target) const
{
    const bool asking = m_round.phase() == PlacementRound::Phase::Asking;
    if ((target == "next" && !asking) || (target == "skip" && asking))
        return centreOf(m_actionButton.rect);
    if (target == "hint" && asking && !m_round.hintUsed())
        return centreOf(m_hintButton.rect);
    return std::nullopt;
}

std::optional<sf::Vector2f> PlacementScene::answerAt(Vec2 offsetCun) const
{
    if (m_round.phase() != PlacementRound::Phase::Asking)
        return std::nullopt;
    const std::vector<Vec2> open = m_round.openSpots();
    if (open.empty())
        return std::nullopt;
    // The side the player is looking at: the open spot nearest the middle of the view.
    const MapCamera& camera = canvas().camera();
    const Vec2 middle = camera.toMap(camera.viewport().centre());
    const Vec2 spot = *std::min_element(open.begin(), open.end(),
                                        [&](Vec2 a, Vec2 b) { return distance(a, middle) < distance(b, middle); });
    const sf::Vector2f at = canvas().toScreen(spot + m_round.cunScale(m_round.current()).toUnits(offsetCun));
    if (!canvas().contains(at))
        return std::nullopt;
    return at;
}

void PlacementScene::placeAt(Vec2 mapPoint)
{
    m_crosshair = mapPoint;
    m_notice.clear();
    if (m_round.place(mapPoint, context().clock.now()))
        keepAnswers();
    m_crosshairShown = false; // the next placement needs a move of its own
}

void PlacementScene::placeAtCrosshair()
{
    // A placement is an act of the player: Enter where the cross-hair was put, never where it
    // happened to be left.
    if (!m_crosshairShown) {
        m_notice = "First move the cross-hair onto the point (arrow keys), or click it.";
        return;
    }
    placeAt(m_crosshair);
}

void PlacementScene::skip()
{
    if (m_round.skip(context().clock.now()))
        keepAnswers();
}

void PlacementScene::keepAnswers()
{
    Context& ctx = context();
    if (m_host) {
        // Practice: the point, once scored, is the session's answer (recorded there).
        if (m_round.phase() != PlacementRound::Phase::Asking)
            m_host->pointAnswered(attemptFrom(m_round, m_level.id, m_startedAt, ctx.clock.now() - m_startTime));
        return;
    }
    ctx.session.answered(attemptFrom(m_round, m_level.id, m_startedAt, ctx.clock.now() - m_startTime), &m_level);
}

void PlacementScene::advance()
{
    if (m_round.phase() != PlacementRound::Phase::Feedback)
        return; // e.g. a second Enter in the same frame as the one that finished the round
    const std::size_t mapBefore = m_round.current().map;
    m_round.next(context().clock.now());
    if (m_round.phase() == PlacementRound::Phase::Finished) {
        finish(true);
        return;
    }
    if (m_round.current().map != mapBefore)
        startCrosshair(); // a new figure: start off it again
}

void PlacementScene::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    Context& ctx = context();
    if (m_host) {
        ctx.scenes.pop();
        m_host->pointClosed(!m_round.placements().empty());
        return;
    }
    Attempt attempt = attemptFrom(m_round, m_level.id, m_startedAt, ctx.clock.now() - m_startTime);
    attempt.completed = completed;
    if (!worthKeeping(attempt)) {
        ctx.scenes.pop(); // nothing answered: nothing to keep
        return;
    }
    ctx.session.record(attempt, &m_level);
    ctx.scenes.pop();
    if (completed) {
        ResultsData results = ResultsData::fromPlacement(m_level, m_round, attempt);
        ctx.scenes.push([&ctx, results] { return std::make_unique<ResultsScene>(ctx, results); });
    }
}

void PlacementScene::moveCrosshair(Vec2 screenDelta)
{
    m_crosshairShown = true;
    m_notice.clear();
    m_crosshair = m_crosshair + screenDelta * (1.0 / canvas().camera().pixelsPerUnit());
    const Rect& b = m_round.map().bounds;
    m_crosshair.x = std::clamp(m_crosshair.x, b.x, b.x + b.width);
    m_crosshair.y = std::clamp(m_crosshair.y, b.y, b.y + b.height);
    keepCrosshairVisible();
}

void PlacementScene::keepCrosshairVisible()
{
    // Pan so the cross-hair stays a margin inside the map area, as a keyboard player expects.
    MapCamera& camera = canvas().camera();
    const Rect& v = camera.viewport();
    const Vec2 s = camera.toScreen(m_crosshair);
    const double margin = 40.0;
    Vec2 shift;
    if (s.x < v.x + margin) shift.x = s.x - (v.x + margin);
    if (s.x > v.x + v.width - margin) shift.x = s.x - (v.x + v.width - margin);
    if (s.y < v.y + margin) shift.y = s.y - (v.y + margin);
    if (s.y > v.y + v.height - margin) shift.y = s.y - (v.y + v.height - margin);
    if (shift.x != 0.0 || shift.y != 0.0)
        camera.pan(shift * -1.0);
}

void PlacementScene::handleKey(const sf::Event::KeyEvent& key)
{
    const float step = kKeyStepPixels * (key.shift ? 5.0f : 1.0f);
    const bool asking = m_round.phase() == PlacementRound::Phase::Asking;
    switch (key.code) {
    case sf::Keyboard::Escape:
        if (m_round.phase() == PlacementRound::Phase::Finished)
            finish(false);
        else
            askToConfirm(context(), leavingRound(), [this] { finish(false); });
        break;
    case sf::Keyboard::Left: if (asking) moveCrosshair({-step, 0}); break;
    case sf::Keyboard::Right: if (asking) moveCrosshair({step, 0}); break;
    case sf::Keyboard::Up: if (asking) moveCrosshair({0, -step}); break;
    case sf::Keyboard::Down: if (asking) moveCrosshair({0, step}); break;
    case sf::Keyboard::Enter:
    case sf::Keyboard::Space:
        if (asking)
            placeAtCrosshair();
        else
            advance();
        break;
    case sf::Keyboard::S: if (asking) skip(); break;
    case sf::Keyboard::H: m_round.useHint(); break;
    case sf::Keyboard::L: m_showLandmarks = !m_showLandmarks; break;
    case sf::Keyboard::T: context().showClock = !context().showClock; break;
    default: break;
    }
}

void PlacementScene::handleEvent(const sf::Event& event)
{
    const bool asking = m_round.phase() == PlacementRound::Phase::Asking;
    if (canvas().navigate(event, m_crosshair))
        return;
    switch (event.type) {
    case sf::Event::KeyPressed:
        handleKey(event.key);
        break;
    case sf::Event::MouseMoved: {
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        if (canvas().contains(p) && asking) {
            m_crosshair = canvas().toMap(p);
            m_crosshairShown = true;
            m_notice.clear();
        }
        break;
    }
    case sf::Event::MouseButtonPressed: {
        const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        if (event.mouseButton.button == sf::Mouse::Left) {
            if (m_actionButton.rect.contains(p)) {
                if (asking)
                    skip();
                else
                    advance();
            } else if (asking && !m_round.hintUsed() && m_hintButton.rect.contains(p)) {
                m_round.useHint();
            } else if (canvas().contains(p) && asking) {
                placeAt(canvas().toMap(p));
            }
        }
        break;
    }
    default:
        break;
    }
}

void PlacementScene::drawMarks(sf::RenderTarget& target) const
{
    const MapCanvas& view = canvas();
    const PointTarget& point = m_round.current();
    if (m_showLandmarks)
        view.drawLandmarks(target, {}, true);
    if (m_round.phase() == PlacementRound::Phase::Asking) {
        // A hint shows what the point is measured from, not the point.
        if (m_round.hintUsed())
            view.drawLandmarks(target, point.landmarks, true);
        for (Vec2 pending : m_round.pending())
            drawCross(target, view.toScreen(pending), 6.0f, colors::accent, 2.5f);
        return;
    }
    // Feedback: the landmarks the location is measured from, labelled, then every true spot
    // with its full-marks ring, then the player's marks joined to the spots they scored against.
    const sf::Vector2f ring = view.pixels(m_round.level().scoringOf(point).toleranceCun, point.regionId);
    view.drawLandmarks(target, point.landmarks, true, point.spots, ring);
    const auto scored = m_round.lastScored();
    for (Vec2 spot : point.spots) {
        const bool used = std::any_of(scored.begin(), scored.end(), [&](const Placement& p) { return p.spot == spot; });
        view.drawSpot(target, spot, ring, used);
    }
    // A placement on another point: that point too, with its ring and its code.
    for (const Placement& p : scored)
        if (p.named) {
            const PointTarget& named = m_round.level().points.at(*p.named);
            const sf::Vector2f namedRing = view.pixels(m_round.level().scoringOf(named).toleranceCun, named.regionId);
            view.drawNamedSpot(target, nearestSpot(named, *p.click), namedRing, named.label);
        }
    for (const Placement& p : scored)
        if (p.click)
            view.drawMark(target, *p.click, p.spot, verdictColor(p.verdict));
}

void PlacementScene::drawCrosshair(sf::RenderTarget& target) const
{
    if (m_round.phase() != PlacementRound::Phase::Asking)
        return;
    const sf::Vector2f c = canvas().toScreen(m_crosshair);
    if (!canvas().contains(c))
        return;
    const sf::Color ink = m_crosshairShown ? colors::accent : sf::Color(34, 102, 170, 110);
    drawLine(target, {c.x - 16, c.y}, {c.x - 4, c.y}, ink, 2.0f);
    drawLine(target, {c.x + 4, c.y}, {c.x + 16, c.y}, ink, 2.0f);
    drawLine(target, {c.x, c.y - 16}, {c.x, c.y - 4}, ink, 2.0f);
    drawLine(target, {c.x, c.y + 4}, {c.x, c.y + 16}, ink, 2.0f);
    drawRing(target, c, 2.0f, ink, 1.0f, ink);
}

void PlacementScene::drawSidePanel(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float pad = 16.0f * scale;
    drawPanel(target, theme, m_panel, colors::panel);
    const float x = m_panel.left + pad;
    const float width = m_panel.width - 2 * pad;
    float y = m_panel.top + pad;
    const PointTarget& point = m_round.current();
    const PlacementScoring& scoring = m_round.level().scoring;
    const bool asking = m_round.phase() == PlacementRound::Phase::Asking;

    if (asking && m_round.level().maps.size() > 1) {
        // A level on several maps names the one shown, and says so plainly when it changes
        // (the ankle turns from its outer to its inner side between points).
        const std::size_t at = m_round.index();
        const bool changed = at > 0 && m_round.level().points.at(m_round.order().at(at - 1)).map != point.map;
        y += theme.drawWrapped(target, (changed ? "The view changes to: " : "View: ") + canvas().map().title, {x, y},
                               width, 16.0f, changed ? colors::accent : colors::mutedText,
                               changed ? FontStyle::Bold : FontStyle::Regular);
        y += 6.0f * scale;
    }
    if (asking) {
        std::string place = "Place";
        if (point.placements() > 1)
            place += " every spot: " + std::to_string(m_round.pending().size() + 1) + " of " +
                     std::to_string(point.placements());
        theme.drawText(target, place, {x, y}, 16.0f, colors::mutedText);
        y += theme.lineHeight(16.0f);
        y += theme.drawWrapped(target, point.label, {x, y}, width, 40.0f, colors::accent, FontStyle::Bold);
        if (const SideChoice side = m_round.askedSide(); side != SideChoice::Either)
            y += theme.drawWrapped(target, side == SideChoice::Left ? "On the patient's left" : "On the patient's right",
                                   {x, y}, width, 18.0f, colors::accent, FontStyle::Bold);
        y += theme.drawWrapped(target, point.fullName(), {x, y}, width, 22.0f, colors::text);
        y += 12.0f * scale;
        if (m_round.hintUsed()) {
            std::string from;
            for (const std::string& landmark : point.landmarks)
                from += (from.empty() ? "" : "; ") + canvas().map().landmarkName(landmark);
            y += theme.drawWrapped(target, "Hint: it is measured from " + from + " (marked on the map).", {x, y}, width,
                                   15.0f, sf::Color(110, 50, 150), FontStyle::Bold);
            y += 8.0f * scale;
        }
        y += theme.drawWrapped(target,
                               "Click where this point lies, or move the cross-hair with the arrow keys "
                               "(Shift: faster) and press Enter.",
                               {x, y}, width, 15.0f, colors::mutedText);
        if (!m_notice.empty())
            y += 6.0f * scale + theme.drawWrapped(target, m_notice, {x, y + 6.0f * scale}, width, 15.0f, colors::bad,
                                                  FontStyle::Bold);
        y += 8.0f * scale;
        theme.drawWrapped(target, "Wheel or +/-: zoom.  Right-drag: move the map.  0: reset the view.  L: landmarks.",
                          {x, y}, width, 14.0f, colors::mutedText);
        if (!m_round.hintUsed()) {
            Button hint = m_hintButton;
            hint.id = "hint";
            hint.label = "Hint (H): -" + std::to_string(static_cast<int>(std::lround(scoring.hintCost * 100))) + " %";
            drawButton(target, theme, hint, false);
        }
    } else {
        const auto scored = m_round.lastScored();
        y += theme.drawWrapped(target, point.label + "  " + point.fullName(), {x, y}, width, 22.0f, colors::text,
                               FontStyle::Bold);
        y += 4.0f * scale;
        for (const Placement& placement : scored) {
            const std::string points = formatScore(placement.points) + " of " + formatScore(scoring.maxPoints) + " points" +
                                       (placement.hinted ? " (after a hint)" : "");
            std::string headline = std::string(verdictMark(placement.verdict)) + " ";
            std::string detail;
            if (placement.verdict == Verdict::Skipped) {
                headline += "Skipped: 0 points";
            } else if (placement.verdict == Verdict::NamedOther) {
                const PointTarget& named = m_round.level().points.at(*placement.named);
                headline += "That is " + named.label + ", " + named.name + ": " + points;
                detail = point.label + " lies " + formatDistance(placement.distanceCun) + " cun from your mark, which was " +
                         placement.miss + ".";
            } else {
                headline += std::string(placement.verdict == Verdict::Right ? "Well placed! " : "") +
                            formatDistance(placement.distanceCun) + " cun away: " + points;
                if (placement.miss != "right on the spot")
                    detail = "Your mark was " + placement.miss + ".";
            }
            y += theme.drawWrapped(target, headline, {x, y}, width, 18.0f, verdictColor(placement.verdict),
                                   FontStyle::Bold);
            if (!detail.empty())
                y += theme.drawWrapped(target, detail, {x, y}, width, 15.0f, colors::text);
        }
        y += 10.0f * scale;
        theme.drawText(target, "Where it is", {x, y}, 15.0f, colors::mutedText, FontStyle::Bold);
        y += theme.lineHeight(15.0f);
        y += theme.drawWrapped(target, point.location, {x, y}, width, 15.0f, colors::text);
        if (!point.caution.empty()) {
            y += 8.0f * scale;
            theme.drawText(target, "Caution", {x, y}, 15.0f, colors::bad, FontStyle::Bold);
            y += theme.lineHeight(15.0f);
            y += theme.drawWrapped(target, point.caution, {x, y}, width, 15.0f, colors::text);
        }
        if (!point.aliases.empty()) {
            std::string aliases;
            for (const std::string& alias : point.aliases)
                aliases += (aliases.empty() ? "" : ", ") + alias;
            y += 8.0f * scale;
            y += theme.drawWrapped(target, "Also written " + aliases, {x, y}, width, 13.0f, colors::mutedText);
        }
        y += 8.0f * scale;
        theme.drawWrapped(target, "The ring shows the full-marks zone (" + formatCun(m_round.level().scoringOf(point).toleranceCun) +
                                      " cun); purple diamonds are the landmarks it is measured from.",
                          {x, y}, width, 13.0f, colors::mutedText);
    }

    Button button = m_actionButton;
    button.id = asking ? "skip" : "next";
    button.label = asking ? "Skip this point (S)"
                          : (m_round.index() + 1 == m_round.count() ? (m_host ? "Continue (Enter)" : "See results (Enter)")
                                                           : "Next point (Enter)");
    drawButton(target, theme, button, !asking);
}

void PlacementScene::drawHeader(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    // Drawn last, so the map slides under it when panned.
    drawPanel(target, theme, {0, 0, m_size.x, kHeaderHeight * scale}, sf::Color(234, 229, 219), sf::Color(234, 229, 219), 0);
    const std::size_t shown = std::min(m_round.index() + 1, m_round.count());
    std::string status = m_host ? m_host->practiceStatus()
                                : "Point " + std::to_string(shown) + " of " + std::to_string(m_round.count()) +
                                      "     Score " + formatScore(m_round.score());
    if (context().showClock) {
        m_shownSecond = static_cast<int>(m_now - m_startTime);
        status = formatClock(static_cast<long>(m_now - m_startTime)) + "     " + status;
    }
    const float w = theme.textWidth(status, 17.0f, FontStyle::Bold);
    theme.drawText(target, status, {m_size.x - w - 16.0f * scale, 16.0f * scale}, 17.0f, colors::text, FontStyle::Bold);
    const std::string title = m_host ? "Practice: " + m_level.title : m_level.title;
    drawFitted(target, theme, title, {16.0f * scale, 12.0f * scale}, m_size.x - w - 48.0f * scale, 22.0f, colors::text,
               FontStyle::Bold);
    if (!canvas().artProblem().empty())
        theme.drawWrapped(target, "The body picture is missing: " + canvas().artProblem(),
                          {16.0f * scale, 70.0f * scale}, m_panel.left - 32.0f * scale, 15.0f, colors::broken);
}

void PlacementScene::draw(sf::RenderTarget& target) const
{
    {
        const ClipTo clip(target, canvas().area());
        canvas().drawMap(target);
        drawMarks(target);
        drawCrosshair(target);
    }
    drawSidePanel(target);
    drawHeader(target);
    drawFooter(target, context().theme,
               m_round.phase() == PlacementRound::Phase::Asking
                   ? "Click or arrows + Enter: place   S: skip   H: hint   L: landmarks   T: clock   Esc: menu"
                   : "Enter or Next: continue    L: landmarks    Esc: back to the menu");
}

} // namespace acq
