#include "app/scenes/ProgressScene.h"

#include "app/Context.h"
#include "core/Cards.h"
#include "core/ProgressLayout.h"
#include "core/TextWrap.h"
#include "core/Timestamp.h"
#include "io/DocumentsFolder.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace acq {

namespace {
// Rows of "missed most" and of "placed instead" read: the panel pages through them.
constexpr std::size_t kListLength = 24;
constexpr std::size_t kScoresPerLevel = 30; // the last attempts plotted per level
constexpr std::size_t kMarksShown = 100;    // the last placements of a chosen point

// "2026-12-07": the day of an ISO time, for the export's file name.
std::string dayOf(const std::string& iso) { return iso.substr(0, std::min<std::size_t>(10, iso.size())); }

} // namespace

ProgressScene::ProgressScene(Context& context)
    : Scene(context)
    , m_today(context.session.today())
{
    // Every shipped placement level: its figures (one per map id, shared by the levels that use
    // it) with each point once, and its row of the per-level share.
    std::map<std::string, std::size_t> figureOf; // map id -> index into m_figures
    std::vector<LevelMap> figureMaps;              // ... and its map, framed below
    std::vector<std::string> levelIds;
    for (const LevelEntry& entry : context.catalog.entries) {
        if (!entry.playable() || entry.level->source != "shipped" || !entry.level->placement())
            continue;
        const Level& level = *entry.level;
        const PlacementLevel& placement = *level.placement();
        ProgressLevelRow row{level.id, level.title, {}};
        for (const PointTarget& point : placement.points) {
            const std::string card = pointCard(level.source, point.id).text();
            if (std::find(row.cards.begin(), row.cards.end(), card) == row.cards.end())
                row.cards.push_back(card);
            const LevelMap& levelMap = placement.mapOf(point);
            m_markMaps[level.id + '\n' + point.id] = levelMap.map->id;
            m_markMaps.try_emplace("practice\n" + point.id, levelMap.map->id); // the deck's level: the first
            auto [it, added] = figureOf.try_emplace(levelMap.map->id, m_figures.size());
            if (added) {
                m_figures.push_back({nullptr, {}});
                figureMaps.push_back(levelMap);
            }
            auto& points = m_figures[it->second].points;
            if (std::none_of(points.begin(), points.end(), [&](const ProgressSpot& s) { return s.pointId == point.id; }))
                points.push_back({point.id, point.code.empty() ? point.id : point.code, point.spots, card,
                                  point.regionId, placement.scoringOf(point).toleranceCun});
        }
        levelIds.push_back(level.id);
        m_levels.push_back(std::move(row));
    }
    // Each figure framed on its points (every level's of that figure), with room for the labels.
    for (std::size_t i = 0; i < m_figures.size(); ++i) {
        LevelMap framed = figureMaps[i];
        const Rect& bounds = framed.map->bounds;
        double x0 = bounds.x + bounds.width, y0 = bounds.y + bounds.height, x1 = bounds.x, y1 = bounds.y;
        for (const ProgressSpot& point : m_figures[i].points)
            for (Vec2 spot : point.spots) {
                x0 = std::min(x0, spot.x);
                y0 = std::min(y0, spot.y);
                x1 = std::max(x1, spot.x);
                y1 = std::max(y1, spot.y);
            }
        const double margin = std::max({(x1 - x0) * 0.25, (y1 - y0) * 0.25, bounds.width * 0.08});
        framed.frame = Rect{x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin};
        m_figures[i].canvas = std::make_unique<MapCanvas>(context, framed);
    }
    showFigure(0);
    m_reading = context.session.requestProgress(levelIds, kListLength, kScoresPerLevel);
}

void ProgressScene::showFigure(std::size_t index)
{
    // A whole figure takes 30-50 ms to decode: on another thread, the screen drawn meanwhile.
    m_figure = index;
    m_chosen.reset();
    if (index < m_figures.size())
        context().art.prefetch(m_figures[index].canvas->map().artPath);
}

bool ProgressScene::figureReady() const
{
    return m_figures.empty() || context().art.hasPicture(m_figures[m_figure].canvas->map().artPath);
}

bool ProgressScene::animating() const
{
    return !m_figuresRead || m_exporting.valid() || !figureReady() || (m_chosen && !m_chosen->read);
}

void ProgressScene::choosePoint(std::optional<std::size_t> point)
{
    if (!point || m_figures.empty() || *point >= m_figures[m_figure].points.size()) {
        m_chosen.reset();
        return;
    }
    m_chosen.emplace();
    m_chosen->point = *point;
    m_chosen->reading =
        context().session.requestPlacements(m_figures[m_figure].points[*point].pointId, kMarksShown);
}

std::string ProgressScene::mapOfMark(const HistoryStore::Placement& mark, const std::string& pointId) const
{
    const auto found = m_markMaps.find(mark.level + '\n' + pointId);
    if (found == m_markMaps.end())
        return {};
    // A practice answer of a card from another source (a level of the player's own) is not this
    // point, even if its id is the same.
    if (mark.level == "practice" && !mark.card.empty() && mark.card != pointCard("shipped", pointId).text())
        return {};
    return found->second;
}

void ProgressScene::takePlacements()
{
    using namespace std::chrono_literals;
    if (!m_chosen || m_chosen->read || !m_chosen->reading.valid() ||
        m_chosen->reading.wait_for(0s) != std::future_status::ready)
        return;
    const PlacementsRead read = m_chosen->reading.get();
    ChosenPoint& c = *m_chosen;
    c.read = true;
    c.problem = read.problem;
    const ProgressSpot& point = m_figures[m_figure].points[c.point];
    const std::string& mapId = m_figures[m_figure].canvas->map().id;
    std::vector<double> distances;
    for (const HistoryStore::Placement& mark : read.placements) {
        const std::string on = mapOfMark(mark, point.pointId);
        if (on.empty())
            continue; // a level no longer shipped, or another source's point
        if (on == mapId)
            c.marks.push_back(mark.mark);
        else
            ++c.elsewhere;
        if (mark.distanceCun)
            distances.push_back(*mark.distanceCun);
    }
    c.trend = placementTrend(distances);
}

std::optional<std::size_t> ProgressScene::pointAt(sf::Vector2f screen) const
{
    if (m_figures.empty() || !m_figures[m_figure].canvas->contains(screen))
        return std::nullopt;
    const ProgressFigure& figure = m_figures[m_figure];
    const float reach = 14.0f * context().theme.scale(); // a little more than the marker
    std::optional<std::size_t> nearest;
    float best = reach * reach;
    for (std::size_t i = 0; i < figure.points.size(); ++i)
        for (Vec2 spot : figure.points[i].spots) {
            const sf::Vector2f d = figure.canvas->toScreen(spot) - screen;
            if (d.x * d.x + d.y * d.y <= best) {
                best = d.x * d.x + d.y * d.y;
                nearest = i;
            }
        }
    return nearest;
}

void ProgressScene::layout(sf::Vector2f size)
{
    m_size = size;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float footer = theme.lineHeight(15.0f) + 12.0f;
    const float header = 64.0f * scale;
    const float h = 36.0f * scale;
    const float y = size.y - footer - h - 10.0f * scale;
    const float mapWidth = std::max(160.0f, size.x * 0.40f);
    const float bw = (mapWidth - 24.0f * scale) / 2.0f;
    const float pw = std::min(180.0f * scale, (size.x - mapWidth - 48.0f * scale) / 2.0f);
    m_panel = {mapWidth + 16.0f * scale, header, size.x - mapWidth - 28.0f * scale, y - header - 10.0f * scale};
    m_buttons = {{"previous-map", "< Figure", {16.0f * scale, y, bw, h}},
                 {"next-map", "Figure >", {16.0f * scale + bw + 8.0f * scale, y, bw, h}},
                 {"export", "Export CSV", {size.x - 2 * pw - 24.0f * scale, y, pw, h}},
                 {"back", "Back", {size.x - pw - 16.0f * scale, y, pw, h}}};
    const Rect viewport{16.0 * scale, header + 24.0 * scale, std::max(1.0f, mapWidth - 16.0f * scale),
                        std::max(1.0f, y - header - 34.0f * scale)};
    for (ProgressFigure& f : m_figures) {
        f.canvas->setViewport(viewport);
        f.canvas->camera().reset();
    }
    layoutPanel();
}

void ProgressScene::layoutPanel()
{
    const Theme& theme = context().theme;
    const float pad = 10.0f * theme.scale();
    m_exportLines.clear();
    if (!m_exportMessage.empty())
        m_exportLines = theme.wrap(m_exportMessage, m_panel.width - 2.0f * pad, 13.0f, FontStyle::Bold);
    const float message =
        m_exportLines.empty() ? 0.0f : theme.lineHeight(13.0f) * static_cast<float>(m_exportLines.size()) + pad;
    m_sections.layout(theme, m_panel, message);
}

ProgressPanelContent ProgressScene::panelContent() const
{
    return {m_levels,
            context().session.records(),
            context().session.cards(),
            m_fsrs,
            m_today,
            m_figuresRead ? &*m_figuresRead : nullptr,
            [this](const std::string& id) { return pointTitle(id); },
            [this](const std::string& card) { return describeCard(card); }};
}

std::optional<sf::Vector2f> ProgressScene::locate(const std::string& target) const
{
    for (const Button& b : m_buttons)
        if (b.id == target)
            return centreOf(b.rect);
    if (auto at = m_sections.locate(target, panelContent()))
        return at;
    if (target.starts_with("point:") && !m_figures.empty())
        for (const ProgressSpot& point : m_figures[m_figure].points)
            if (point.pointId == target.substr(6) && !point.spots.empty()) {
                const sf::Vector2f at = m_figures[m_figure].canvas->toScreen(point.spots.front());
                if (m_figures[m_figure].canvas->contains(at))
                    return at;
            }
    return std::nullopt;
}

std::optional<sf::Vector2f> ProgressScene::mapToScreen(Vec2 mapPoint) const
{
    if (m_figures.empty())
        return std::nullopt;
    return m_figures[m_figure].canvas->toScreen(mapPoint);
}

void ProgressScene::update(double)
{
    using namespace std::chrono_literals;
    if (m_reading.valid() && m_reading.wait_for(0s) == std::future_status::ready)
        m_figuresRead = m_reading.get();
    takePlacements();
    if (m_exporting.valid() && m_exporting.wait_for(0s) == std::future_status::ready) {
        const ExportOutcome outcome = m_exporting.get();
        m_exportFailed = !outcome.problem.empty();
        m_exportMessage = m_exportFailed ? "The export failed: " + outcome.problem
                                         : "Exported " + std::to_string(outcome.rows) + " answers to " +
                                               outcome.file.string();
        layoutPanel();
    }
}

void ProgressScene::startExport()
{
    if (m_exporting.valid())
        return;
    // A file name from the profile that any file system takes: no slashes, no control bytes.
    std::string profile = context().session.profile();
    for (char& c : profile)
        if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
            c = '_';
    const std::string day = dayOf(context().session.timestamp());
    const auto file = documentsFolder() / ("acuquest-" + profile + "-" + day + ".csv");
    m_exportMessage = "Exporting…";
    m_exportFailed = false;
    m_exporting = context().session.requestExport(file);
    layoutPanel();
}

void ProgressScene::activate(const std::string& button)
{
    if (m_figures.empty() && (button == "previous-map" || button == "next-map"))
        return;
    if (button == "previous-map")
        showFigure((m_figure + m_figures.size() - 1) % m_figures.size());
    else if (button == "next-map")
        showFigure((m_figure + 1) % m_figures.size());
    else if (button == "export")
        startExport();
    else if (button == "back")
        context().scenes.pop();
}

void ProgressScene::handleEvent(const sf::Event& event)
{
    if (!m_figures.empty()) {
        MapCanvas& canvas = *m_figures[m_figure].canvas;
        if (canvas.navigate(event, canvas.toMap(centreOf(canvas.area()))))
            return;
    }
    if (m_sections.handleEvent(event, panelContent()))
        return;
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Left: activate("previous-map"); break;
        case sf::Keyboard::Right: activate("next-map"); break;
        case sf::Keyboard::E: activate("export"); break;
        case sf::Keyboard::Up:
        case sf::Keyboard::Down: {
            // Through the figure's points and back to none: the cloud of the one chosen.
            const std::size_t n = m_figures.empty() ? 0 : m_figures[m_figure].points.size();
            if (n == 0)
                break;
            const std::size_t current = m_chosen ? m_chosen->point + 1 : 0; // 0: none
            const std::size_t next = event.key.code == sf::Keyboard::Down ? (current + 1) % (n + 1)
                                                                          : (current + n) % (n + 1);
            choosePoint(next == 0 ? std::nullopt : std::optional<std::size_t>(next - 1));
            break;
        }
        case sf::Keyboard::Tab: m_focus = (m_focus + 1) % m_buttons.size(); break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: activate(m_buttons.at(m_focus).id); break;
        case sf::Keyboard::Escape:
        case sf::Keyboard::P: activate("back"); break;
        default: break;
        }
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
            for (std::size_t i = 0; i < m_buttons.size(); ++i)
                if (m_buttons[i].rect.contains(p)) {
                    m_focus = i;
                    activate(m_buttons[i].id);
                    return;
                }
            if (!m_figures.empty() && m_figures[m_figure].canvas->contains(p))
                choosePoint(pointAt(p)); // a point's marker chooses it; elsewhere on the figure, none
        }
        break;
    default:
        break;
    }
}

std::string ProgressScene::pointTitle(const std::string& pointId) const
{
    for (const LevelEntry& entry : context().catalog.entries)
        if (entry.playable() && entry.level->placement())
            for (const PointTarget& p : entry.level->placement()->points)
                if (p.id == pointId)
                    return p.name.empty() ? p.label : p.label + " " + p.name;
    return pointId;
}

std::string ProgressScene::describeCard(const std::string& text) const
{
    const auto key = CardKey::parse(text);
    if (!key)
        return text;
    switch (key->kind) {
    case CardKind::Point: return pointTitle(key->id);
    case CardKind::Pair: {
        // "LEVEL/PAIR": the pair's prompt, as the player met it.
        const std::size_t slash = key->id.find('/');
        for (const LevelEntry& entry : context().catalog.entries)
            if (entry.playable() && entry.level->matching() && entry.level->id == key->id.substr(0, slash))
                for (const MatchPair& pair : entry.level->matching()->pairs)
                    if (slash != std::string::npos && pair.id == key->id.substr(slash + 1))
                        return pair.prompt;
        return key->id;
    }
    case CardKind::Naming: {
        const std::size_t slash = key->id.find('/');
        return "Naming " + (slash == std::string::npos ? key->id : key->id.substr(slash + 1));
    }
    }
    return text;
}

void ProgressScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float titleWidth =
        theme.drawText(target, "Your progress", {16.0f * scale, 12.0f * scale}, 26.0f, colors::accent, FontStyle::Bold);
    // The profile's name at the right, shortened rather than run into the title.
    const float room = m_size.x - titleWidth - 48.0f * scale;
    const std::string who = elideText("Profile " + context().session.profile(), room,
                                      [&](std::string_view s) { return theme.textWidth(s, 14.0f); });
    theme.drawText(target, who, {m_size.x - theme.textWidth(who, 14.0f) - 16.0f * scale, 20.0f * scale}, 14.0f,
                   colors::mutedText);
    const float figureWidth = m_panel.left - 32.0f * scale;
    const auto line = [&](const std::string& text) {
        return elideText(text, figureWidth, [&](std::string_view s) { return theme.textWidth(s, 14.0f, FontStyle::Bold); });
    };
    if (!m_figures.empty()) {
        const ProgressFigure& figure = m_figures[m_figure];
        theme.drawText(target,
                       line("Figure " + std::to_string(m_figure + 1) + " of " + std::to_string(m_figures.size()) + ": " +
                            figure.canvas->map().title),
                       {16.0f * scale, 60.0f * scale}, 14.0f, colors::text, FontStyle::Bold);
        const std::string chosenTitle = m_chosen ? pointTitle(figure.points[m_chosen->point].pointId) : std::string();
        drawProgressFigure(target, theme, figure, figureReady(), context().session.cards(), m_fsrs, m_today,
                           m_chosen ? &*m_chosen : nullptr, chosenTitle);
    } else {
        const char* why = context().levelsLoading ? "The level files are still being read: open this screen again soon."
                                                  : "No shipped placement level was found.";
        theme.drawText(target, line(why), {16.0f * scale, 64.0f * scale}, 14.0f, colors::mutedText);
    }
    drawPanel(target, theme, m_panel, colors::panel);
    m_sections.draw(target, theme, panelContent());
    if (!m_exportLines.empty()) {
        const float pad = 10.0f * scale;
        float y = m_panel.top + m_panel.height - pad - theme.lineHeight(13.0f) * static_cast<float>(m_exportLines.size());
        for (const std::string& text : m_exportLines) {
            theme.drawText(target, text, {m_panel.left + pad, y}, 13.0f, m_exportFailed ? colors::broken : colors::good,
                           FontStyle::Bold);
            y += theme.lineHeight(13.0f);
        }
    }
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_focus);
    drawFooter(target, theme,
               "Left/Right: figure    Up/Down or click: a point    Wheel/+/-: zoom    1-3: section    PgUp/PgDn: page    "
               "E: export    Esc: back",
               "Left/Right: figure   Up/Down: point   +/-: zoom   1-3: section   PgUp/PgDn: page   E: export   Esc: back");
}

} // namespace acq
