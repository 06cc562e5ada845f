#include "app/scenes/ProgressScene.h"

#include "app/Context.h"
#include "app/Shapes.h"
#include "core/Cards.h"
#include "core/Timestamp.h"
#include "io/DocumentsFolder.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace acq {

namespace {
constexpr std::size_t kListLength = 8;      // rows of "missed most" and of "placed instead"
constexpr std::size_t kScoresPerLevel = 30; // the last attempts plotted per level
constexpr std::size_t kMarksShown = 100;     // the last placements of a chosen point
const sf::Color kUnasked(150, 150, 150);
const sf::Color kFading(120, 175, 215); // a lighter blue: fading is still on the good side

sf::Color inkOf(Knowledge k)
{
    switch (k) {
    case Knowledge::Known: return colors::good;
    case Knowledge::Fading: return kFading;
    case Knowledge::Weak: return colors::bad;
    case Knowledge::Unasked: break;
    }
    return kUnasked;
}

// Each band has a shape of its own as well as a colour: a filled disc (known), a ring with a
// dot (fading), a cross in a ring (weak), an empty grey ring (never asked).
void drawBand(sf::RenderTarget& target, sf::Vector2f at, float r, Knowledge k)
{
    const sf::Color ink = inkOf(k);
    switch (k) {
    case Knowledge::Known: drawRing(target, at, r, ink, 2.0f, ink); break;
    case Knowledge::Fading:
        drawRing(target, at, r, ink, 3.0f, sf::Color::White);
        drawRing(target, at, r * 0.35f, ink, 1.0f, ink);
        break;
    case Knowledge::Weak:
        drawRing(target, at, r, ink, 3.0f, sf::Color::White);
        drawCross(target, at, r * 0.6f, ink, 2.5f);
        break;
    case Knowledge::Unasked: drawRing(target, at, r, ink, 2.0f, sf::Color(255, 255, 255, 160)); break;
    }
}

const char* bandName(Knowledge k)
{
    switch (k) {
    case Knowledge::Known: return "known: recall today 90% or more";
    case Knowledge::Fading: return "fading: 50-90%";
    case Knowledge::Weak: return "weak: under 50%";
    case Knowledge::Unasked: break;
    }
    return "never asked";
}

// "2026-12-07": the day of an ISO time, for the plot's axis.
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
        LevelRow row{level.id, level.title, {}};
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
            if (std::none_of(points.begin(), points.end(), [&](const Spot& s) { return s.pointId == point.id; }))
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
        for (const Spot& point : m_figures[i].points)
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
    return m_figures.empty() || context().art.hasTexture(m_figures[m_figure].canvas->map().artPath);
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
    Chosen& c = *m_chosen;
    c.read = true;
    c.problem = read.problem;
    const Spot& point = m_figures[m_figure].points[c.point];
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
    const Figure& figure = m_figures[m_figure];
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
    for (Figure& f : m_figures) {
        f.canvas->setViewport(viewport);
        f.canvas->camera().reset();
    }
}

std::optional<sf::Vector2f> ProgressScene::locate(const std::string& target) const
{
    for (const Button& b : m_buttons)
        if (b.id == target)
            return centreOf(b.rect);
    if (target.starts_with("point:") && !m_figures.empty())
        for (const Spot& point : m_figures[m_figure].points)
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
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Left:
        case sf::Keyboard::PageUp: activate("previous-map"); break;
        case sf::Keyboard::Right:
        case sf::Keyboard::PageDown: activate("next-map"); break;
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

void ProgressScene::drawFigure(sf::RenderTarget& target) const
{
    if (m_figures.empty())
        return;
    const Theme& theme = context().theme;
    const Figure& figure = m_figures[m_figure];
    const MapCanvas& canvas = *figure.canvas;
    drawPanel(target, theme, canvas.area(), sf::Color(238, 234, 226));
    const ClipTo clip(target, canvas.area());
    if (figureReady())
        canvas.drawMap(target);
    else
        theme.drawText(target, "Loading the figure…", {canvas.area().left + 12.0f, canvas.area().top + 12.0f}, 14.0f,
                       colors::mutedText);
    const auto& cards = context().session.cards();
    const float r = 7.0f * theme.scale();
    for (const Spot& point : figure.points) {
        const auto found = cards.find(point.card);
        const Knowledge k = knowledgeOf(m_fsrs, found == cards.end() ? nullptr : &found->second, m_today);
        for (Vec2 spot : point.spots) {
            const sf::Vector2f s = canvas.toScreen(spot);
            drawBand(target, s, r, k);
            // On a backing: straight on the art a label's contrast depends on the lines under it.
            const sf::Vector2f at{s.x + r + 2.0f, s.y - r};
            drawPanel(target, theme, {at.x - 2.0f, at.y, theme.textWidth(point.label, 12.0f, FontStyle::Bold) + 4.0f,
                                      theme.lineHeight(12.0f)},
                      colors::panel, colors::panel, 0.0f);
            theme.drawText(target, point.label, at, 12.0f, colors::text, FontStyle::Bold);
        }
    }
    drawChosen(target);
}

namespace {
void appendLine(sf::VertexArray& va, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness);
} // namespace

void ProgressScene::drawChosen(sf::RenderTarget& target) const
{
    if (!m_chosen)
        return;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const Figure& figure = m_figures[m_figure];
    const MapCanvas& canvas = *figure.canvas;
    const Spot& point = figure.points[m_chosen->point];
    for (Vec2 spot : point.spots)
        canvas.drawSpot(target, spot, canvas.pixels(point.toleranceCun, point.regionId), true);
    // Each mark a dark diamond on a white edge, joined by a thin line to the spot it was nearest,
    // the older the fainter; all in one draw call.
    sf::VertexArray marks(sf::Triangles);
    const auto diamond = [&](sf::Vector2f c, float size, sf::Color ink) {
        const sf::Vector2f top(c.x, c.y - size), right(c.x + size, c.y), bottom(c.x, c.y + size), left(c.x - size, c.y);
        for (sf::Vector2f p : {top, right, bottom, top, bottom, left})
            marks.append(sf::Vertex(p, ink));
    };
    const std::size_t n = m_chosen->marks.size();
    const sf::Color ink(110, 20, 100); // purple: apart from the bands' blue and orange
    for (std::size_t i = 0; i < n; ++i) {
        const auto alpha = static_cast<sf::Uint8>(std::lround(255.0 * placementOpacity(i, n, 0.3)));
        const Vec2 mark = m_chosen->marks[i];
        const Vec2* nearest = nullptr;
        for (const Vec2& spot : point.spots)
            if (!nearest || std::hypot(spot.x - mark.x, spot.y - mark.y) < std::hypot(nearest->x - mark.x, nearest->y - mark.y))
                nearest = &spot;
        const sf::Vector2f at = canvas.toScreen(mark);
        if (nearest)
            appendLine(marks, at, canvas.toScreen(*nearest), sf::Color(ink.r, ink.g, ink.b, alpha / 2), 1.5f);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto alpha = static_cast<sf::Uint8>(std::lround(255.0 * placementOpacity(i, n, 0.3)));
        const sf::Vector2f at = canvas.toScreen(m_chosen->marks[i]);
        diamond(at, 8.0f * scale, sf::Color(255, 255, 255, alpha));
        diamond(at, 6.0f * scale, sf::Color(ink.r, ink.g, ink.b, alpha));
    }
    theme.drawShapes(target, marks);

    // Under the figure: what the cloud says.
    const sf::FloatRect area = canvas.area();
    const float pad = 6.0f * scale;
    std::string lines = pointTitle(point.pointId) + "\n";
    if (!m_chosen->read)
        lines += "Reading its placements…";
    else if (!m_chosen->problem.empty())
        lines += "Its placements could not be read (" + m_chosen->problem + ").";
    else {
        lines += m_chosen->trend.text() + ".";
        if (m_chosen->elsewhere > 0)
            lines += " " + std::to_string(m_chosen->elsewhere) + " of them on another figure.";
        if (m_chosen->trend.count > 1)
            lines += " Older marks are fainter.";
    }
    std::vector<std::string> wrapped;
    const float width = area.width - 2 * pad;
    for (std::size_t from = 0; from < lines.size();) {
        const std::size_t end = std::min(lines.find('\n', from), lines.size());
        for (std::string& line : theme.wrap(std::string_view(lines).substr(from, end - from), width, 12.0f))
            wrapped.push_back(std::move(line));
        from = end + 1;
    }
    const float lineHeight = theme.lineHeight(12.0f);
    const float height = lineHeight * static_cast<float>(wrapped.size()) + 2 * pad;
    const sf::FloatRect box{area.left, area.top + area.height - height, area.width, height};
    drawPanel(target, theme, box, sf::Color(255, 255, 255, 230));
    for (std::size_t i = 0; i < wrapped.size(); ++i)
        theme.drawText(target, wrapped[i], {box.left + pad, box.top + pad + lineHeight * static_cast<float>(i)}, 12.0f,
                       i == 0 ? colors::text : colors::mutedText, i == 0 ? FontStyle::Bold : FontStyle::Regular);
}

namespace {

// A line of `thickness` pixels as two triangles.
void appendLine(sf::VertexArray& va, sf::Vector2f a, sf::Vector2f b, sf::Color color, float thickness)
{
    sf::Vector2f d = b - a;
    const float length = std::sqrt(d.x * d.x + d.y * d.y);
    if (length <= 0.0f)
        return;
    const sf::Vector2f n(-d.y / length * thickness / 2.0f, d.x / length * thickness / 2.0f);
    for (sf::Vector2f p : {a + n, b + n, b - n, a + n, b - n, a - n})
        va.append(sf::Vertex(p, color));
}

} // namespace

float ProgressScene::drawPlot(sf::RenderTarget& target, const std::vector<HistoryStore::ScoreAt>& scores,
                              sf::FloatRect area) const
{
    // Score as a share of the maximum (0-100%) against the attempt's order, dated at both ends.
    // Axes, line and dots go to the screen in one draw call (Theme::drawShapes): a plot of 30
    // attempts drawn shape by shape cost some 60 calls, and the screen has one per level.
    const Theme& theme = context().theme;
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
    theme.drawText(target, "100%", {area.left - theme.textWidth("100%", 10.0f) - 3.0f, area.top - 6.0f}, 10.0f,
                   colors::mutedText);
    theme.drawText(target, "0", {area.left - theme.textWidth("0", 10.0f) - 3.0f, bottom - 8.0f}, 10.0f,
                   colors::mutedText);
    if (scores.empty())
        return area.height;
    const std::string first = dayOf(scores.front().finishedAt);
    const bool both = scores.size() > 1 && 2.0f * theme.textWidth(first, 10.0f) + 6.0f <= area.width;
    if (scores.size() == 1 || both)
        theme.drawText(target, first, {area.left, bottom + 1.0f}, 10.0f, colors::mutedText);
    if (scores.size() > 1) { // the last date always: the plot ends today, or when last played
        const std::string last = dayOf(scores.back().finishedAt);
        theme.drawText(target, last, {area.left + area.width - theme.textWidth(last, 10.0f), bottom + 1.0f}, 10.0f,
                       colors::mutedText);
    }
    return area.height;
}

void ProgressScene::drawPanelText(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const sf::FloatRect& p = m_panel;
    const float pad = 10.0f * scale;
    const float colGap = 16.0f * scale;
    const float colWidth = (p.width - 2 * pad - colGap) / 2.0f;
    const auto& cards = context().session.cards();

    // Left column: the legend, then each level's share known and its scores.
    float x = p.left + pad;
    float y = p.top + pad;
    // Each column clipped to itself: on a small window a long line is cut, never drawn over the
    // other column (ClipTo does not nest: one at a time).
    std::optional<ClipTo> clip;
    clip.emplace(target, sf::FloatRect{p.left, p.top, pad + colWidth + colGap / 2.0f, p.height});
    // A heading too long for the column even at the smallest size (640x480) says less instead of
    // being cut off.
    const auto heading = [&](const std::string& text, const std::string& shorter, sf::Vector2f at) {
        const std::string& shown =
            theme.textWidth(text, 11.0f, FontStyle::Bold) <= colWidth || shorter.empty() ? text : shorter;
        theme.drawText(target, shown, at, fittingSize(theme, shown, colWidth, 15.0f, FontStyle::Bold), colors::text,
                       FontStyle::Bold);
    };
    heading("Points, by how well you know them today", "Points by recall today", {x, y});
    y += theme.lineHeight(15.0f) + 2.0f;
    for (Knowledge k : {Knowledge::Known, Knowledge::Fading, Knowledge::Weak, Knowledge::Unasked}) {
        drawBand(target, {x + 8.0f * scale, y + theme.lineHeight(13.0f) / 2.0f}, 6.0f * scale, k);
        theme.drawText(target, bandName(k), {x + 22.0f * scale, y},
                       fittingSize(theme, bandName(k), colWidth - 22.0f * scale, 13.0f), colors::text);
        y += theme.lineHeight(13.0f) + 1.0f;
    }
    y += 6.0f * scale;
    heading("Per level: cards known (recall 90% or more)", "Per level: cards known", {x, y});
    y += theme.lineHeight(15.0f) + 2.0f;
    const float plotWidth = std::min(110.0f * scale, colWidth * 0.35f);
    // Rows share the panel's height, so that the plots are as tall as the room allows.
    const float minRow = std::max(theme.lineHeight(13.0f) * 2.0f, 30.0f * scale);
    const float room = (p.top + p.height - pad - y) / static_cast<float>(std::max<std::size_t>(1, m_levels.size()));
    const float rowHeight = std::clamp(room - 4.0f * scale, minRow, 64.0f * scale);
    for (const LevelRow& row : m_levels) {
        if (y + rowHeight > p.top + p.height - pad)
            break;
        const KnownShare share = knownShare(m_fsrs, row.cards, cards, m_today);
        // Beside the plot and its "100%" label, never under them.
        const float textWidth = colWidth - plotWidth - theme.textWidth("100%", 10.0f) - 8.0f * scale;
        theme.drawText(target, row.title, {x, y}, fittingSize(theme, row.title, textWidth, 13.0f, FontStyle::Bold),
                       colors::text, FontStyle::Bold);
        // The level's best score (the menu's record): a line of its own where the row has room,
        // else after the share if it fits, else left to the plot.
        const LevelRecords& records = context().session.records();
        const auto best = records.best(row.id);
        const std::string bestText =
            best ? "best " + formatScore(*best) + " of " + formatScore(*records.bestMax(row.id)) : std::string();
        const bool ownLine = rowHeight >= theme.lineHeight(13.0f) + 2.0f * theme.lineHeight(12.0f);
        std::string line = share.text();
        if (!bestText.empty() && !ownLine && theme.textWidth(line + "; " + bestText, 11.0f) <= textWidth)
            line += "; " + bestText;
        theme.drawText(target, line, {x, y + theme.lineHeight(13.0f)}, fittingSize(theme, line, textWidth, 12.0f),
                       share.known == share.total && share.total > 0 ? colors::good : colors::mutedText);
        if (!bestText.empty() && ownLine)
            theme.drawText(target, bestText, {x, y + theme.lineHeight(13.0f) + theme.lineHeight(12.0f)},
                           fittingSize(theme, bestText, textWidth, 12.0f), colors::mutedText);
        if (m_figuresRead) {
            const auto scores = m_figuresRead->scores.find(row.id);
            static const std::vector<HistoryStore::ScoreAt> kNone;
            drawPlot(target, scores == m_figuresRead->scores.end() ? kNone : scores->second,
                     {x + colWidth - plotWidth, y + 4.0f * scale, plotWidth, rowHeight - 16.0f * scale});
        }
        y += rowHeight + 4.0f * scale;
    }

    // Right column: what the history says (read on the save thread).
    x = p.left + pad + colWidth + colGap;
    y = p.top + pad;
    clip.reset();
    clip.emplace(target, sf::FloatRect{x, p.top, colWidth + pad / 2.0f, p.height});
    if (!m_figuresRead) {
        theme.drawText(target, "Reading your history…", {x, y}, 15.0f, colors::mutedText);
        return;
    }
    const ProgressFigures& f = *m_figuresRead;
    if (!f.problem.empty()) {
        theme.drawWrapped(target, "Your history could not be read (" + f.problem + ").", {x, y}, colWidth, 14.0f,
                          colors::broken);
        return;
    }
    heading("Missed most", "", {x, y});
    y += theme.lineHeight(15.0f) + 2.0f;
    if (f.missed.empty()) {
        theme.drawText(target, "Nothing missed yet.", {x, y}, 13.0f, colors::mutedText);
        y += theme.lineHeight(13.0f);
    }
    for (const HistoryStore::MissedCard& m : f.missed) {
        const auto key = CardKey::parse(m.card);
        const std::string head = (key && key->kind == CardKind::Point ? key->id : describeCard(m.card)) + ": missed " +
                                 std::to_string(m.missed) + " of " + std::to_string(m.asked);
        theme.drawText(target, "✗ " + head, {x, y}, fittingSize(theme, "✗ " + head, colWidth, 13.0f, FontStyle::Bold),
                       colors::bad, FontStyle::Bold);
        y += theme.lineHeight(13.0f);
        if (key && key->kind == CardKind::Point) {
            const std::string title = pointTitle(key->id);
            theme.drawText(target, title, {x + 14.0f * scale, y}, fittingSize(theme, title, colWidth - 14.0f * scale, 12.0f),
                           colors::mutedText);
            y += theme.lineHeight(12.0f);
        }
    }
    y += 8.0f * scale;
    heading("Placed instead of the point asked", "Placed instead", {x, y});
    y += theme.lineHeight(15.0f) + 2.0f;
    if (f.named.empty()) {
        theme.drawText(target, "No mark has landed on another point.", {x, y}, 13.0f, colors::mutedText);
        y += theme.lineHeight(13.0f);
    }
    for (const HistoryStore::NamedInstead& n : f.named) {
        const std::string line = "asked " + n.asked + ", placed " + n.named + " (" + std::to_string(n.times) +
                                 (n.times == 1 ? " time)" : " times)");
        theme.drawText(target, line, {x, y}, fittingSize(theme, line, colWidth, 13.0f), colors::text);
        y += theme.lineHeight(13.0f);
    }
    if (!m_exportMessage.empty()) {
        y += 10.0f * scale;
        theme.drawWrapped(target, m_exportMessage, {x, y}, colWidth, 13.0f, m_exportFailed ? colors::broken : colors::good,
                          FontStyle::Bold);
    }
}

void ProgressScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    theme.drawText(target, "Your progress", {16.0f * scale, 12.0f * scale}, 26.0f, colors::accent, FontStyle::Bold);
    const std::string who = "Profile " + context().session.profile();
    theme.drawText(target, who, {m_size.x - theme.textWidth(who, 14.0f) - 16.0f * scale, 20.0f * scale}, 14.0f,
                   colors::mutedText);
    if (!m_figures.empty()) {
        const std::string title = "Figure " + std::to_string(m_figure + 1) + " of " + std::to_string(m_figures.size()) +
                                  ": " + m_figures[m_figure].canvas->map().title;
        theme.drawText(target, title, {16.0f * scale, 44.0f * scale + 16.0f * scale}, 14.0f, colors::text,
                       FontStyle::Bold);
    } else {
        theme.drawText(target, "No shipped placement level was found.", {16.0f * scale, 64.0f * scale}, 14.0f,
                       colors::mutedText);
    }
    drawFigure(target);
    drawPanel(target, theme, m_panel, colors::panel);
    drawPanelText(target);
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_focus);
    drawFooter(target, theme, "Left/Right: figure    Up/Down or click: a point's placements    Wheel/+/-: zoom    E: export    Esc: back");
}

} // namespace acq
