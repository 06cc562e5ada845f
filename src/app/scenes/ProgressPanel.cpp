#include "app/scenes/ProgressPanel.h"

#include "app/Shapes.h"
#include "app/Widgets.h"
#include "app/scenes/ProgressFigure.h"
#include "app/scenes/ScorePlot.h"
#include "core/Cards.h"
#include "core/Mastery.h"
#include "core/TextWrap.h"

#include <algorithm>

namespace acq {

namespace {

constexpr std::array<const char*, kProgressSections> kSectionIds{"levels", "missed", "placed"};
constexpr std::array<const char*, kProgressSections> kTabLabels{"Levels", "Missed most", "Placed instead"};
constexpr std::array<const char*, kProgressSections> kShortTabLabels{"Levels", "Missed", "Placed"};

std::size_t sectionOf(std::string_view id)
{
    for (std::size_t s = 0; s < kProgressSections; ++s)
        if (id == kSectionIds[s])
            return s;
    return kProgressSections;
}

struct Fitted {
    std::string text;
    float size;
};

// A line at the largest size up to `designSize` that fits `width`, shortened with "…" when even
// the smallest does not: nothing runs out of its column.
Fitted fit(const Theme& theme, const std::string& text, float width, float designSize,
           FontStyle style = FontStyle::Regular)
{
    const float size = fittingSize(theme, text, width, designSize, style);
    if (theme.textWidth(text, size, style) <= width)
        return {text, size};
    return {elideText(text, width, [&](std::string_view s) { return theme.textWidth(s, size, style); }), size};
}


// A heading, or its shorter form when the longer would need to shrink under the smallest size.
void drawHeading(sf::RenderTarget& target, const Theme& theme, const std::string& text, const std::string& shorter,
                 sf::Vector2f at, float width)
{
    const std::string& shown =
        shorter.empty() || theme.textWidth(text, 11.0f, FontStyle::Bold) <= width ? text : shorter;
    drawFitted(target, theme, shown, at, width, 15.0f, colors::text, FontStyle::Bold);
}

float headingHeight(const Theme& theme) { return theme.lineHeight(15.0f) + 2.0f; }

} // namespace

void ProgressPanel::layout(const Theme& theme, sf::FloatRect area, float bottomReserved)
{
    m_area = area;
    m_bottomReserved = bottomReserved;
    m_scale = theme.scale();
    m_pad = 10.0f * m_scale;
    m_gap = 16.0f * m_scale;
    // A level's row needs its title beside a plot wide enough for its dates.
    m_minColumn = std::max(300.0f * m_scale, 2.0f * scorePlotMinWidth(theme) + scorePlotLabelWidth(theme) + 40.0f);
    const float heading = headingHeight(theme);
    m_listTop = {heading + 4.0f * (theme.lineHeight(13.0f) + 1.0f) + 6.0f * m_scale + heading, heading, heading};
    m_rowHeight = {theme.lineHeight(13.0f) + 2.0f * theme.lineHeight(12.0f) + 4.0f * m_scale,
                   theme.lineHeight(13.0f) + theme.lineHeight(12.0f), theme.lineHeight(13.0f)};
    m_pagerHeight = theme.lineHeight(13.0f) + 8.0f * m_scale;
    m_pages = {}; // pages of another size: each list from its start
    choose(m_active);
}

void ProgressPanel::choose(std::size_t section)
{
    m_active = std::min(section, kProgressSections - 1);
    const float inner = m_area.width - 2.0f * m_pad;
    m_shown = sectionsShown(inner, m_gap, m_minColumn, m_active);
    const float left = m_area.left + m_pad;
    float top = m_area.top + m_pad;
    m_tabs = {};
    if (m_shown.tabs()) {
        const float gap = 4.0f * m_scale;
        const float width = (inner - 2.0f * gap) / 3.0f;
        for (std::size_t s = 0; s < kProgressSections; ++s)
            m_tabs[s] = {left + static_cast<float>(s) * (width + gap), top, width, m_pagerHeight};
        top += m_pagerHeight + 8.0f * m_scale;
    }
    const float bottom = m_area.top + m_area.height - m_pad - m_bottomReserved;
    const float count = static_cast<float>(m_shown.count);
    const float width = (inner - m_gap * (count - 1.0f)) / count;
    m_columns = {};
    for (std::size_t i = 0; i < m_shown.count; ++i)
        m_columns[m_shown.first + i] = {left + static_cast<float>(i) * (width + m_gap), top, width,
                                        std::max(0.0f, bottom - top)};
}

ListPage ProgressPanel::pageOf(std::size_t section, const ProgressPanelContent& content) const
{
    std::size_t total = 0;
    if (section == 0)
        total = content.levels.size();
    else if (content.read && content.read->problem.empty())
        total = section == 1 ? content.read->missed.size() : content.read->named.size();
    const float room = m_columns[section].height - m_listTop[section];
    return listPage(total, rowsThatFit(room, m_rowHeight[section], total, m_pagerHeight), m_pages[section]);
}

void ProgressPanel::turn(std::size_t section, int delta, const ProgressPanelContent& content)
{
    const ListPage page = pageOf(section, content);
    if (delta < 0 && page.hasPrevious())
        m_pages[section] = page.page - 1;
    else if (delta > 0 && page.hasNext())
        m_pages[section] = page.page + 1;
    else
        m_pages[section] = page.page;
}

sf::FloatRect ProgressPanel::previousArrow(std::size_t section) const
{
    const sf::FloatRect& c = m_columns[section];
    return {c.left, c.top + c.height - m_pagerHeight, m_pagerHeight * 1.6f, m_pagerHeight};
}

sf::FloatRect ProgressPanel::nextArrow(std::size_t section) const
{
    const sf::FloatRect& c = m_columns[section];
    return {c.left + c.width - m_pagerHeight * 1.6f, c.top + c.height - m_pagerHeight, m_pagerHeight * 1.6f,
            m_pagerHeight};
}

bool ProgressPanel::handleEvent(const sf::Event& event, const ProgressPanelContent& content)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Num1:
        case sf::Keyboard::Numpad1: choose(0); return true;
        case sf::Keyboard::Num2:
        case sf::Keyboard::Numpad2: choose(1); return true;
        case sf::Keyboard::Num3:
        case sf::Keyboard::Numpad3: choose(2); return true;
        case sf::Keyboard::PageUp: turn(m_active, -1, content); return true;
        case sf::Keyboard::PageDown: turn(m_active, 1, content); return true;
        default: return false;
        }
    case sf::Event::MouseWheelScrolled: {
        const sf::Vector2f p(static_cast<float>(event.mouseWheelScroll.x), static_cast<float>(event.mouseWheelScroll.y));
        for (std::size_t s = 0; s < kProgressSections; ++s)
            if (m_shown.shows(s) && m_columns[s].contains(p)) {
                m_active = s;
                turn(s, event.mouseWheelScroll.delta > 0 ? -1 : 1, content);
                return true;
            }
        return false;
    }
    case sf::Event::MouseButtonPressed: {
        if (event.mouseButton.button != sf::Mouse::Left)
            return false;
        const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        for (std::size_t s = 0; s < kProgressSections; ++s) {
            if (m_shown.tabs() && m_tabs[s].contains(p)) {
                choose(s);
                return true;
            }
            if (!m_shown.shows(s))
                continue;
            const ListPage page = pageOf(s, content);
            if (page.paged() && page.hasPrevious() && previousArrow(s).contains(p)) {
                m_active = s;
                turn(s, -1, content);
                return true;
            }
            if (page.paged() && page.hasNext() && nextArrow(s).contains(p)) {
                m_active = s;
                turn(s, 1, content);
                return true;
            }
            if (m_columns[s].contains(p))
                m_active = s; // the section PageUp/PageDown then page
        }
        return false;
    }
    default: return false;
    }
}

std::optional<sf::Vector2f> ProgressPanel::locate(const std::string& target, const ProgressPanelContent& content) const
{
    if (target.starts_with("tab-")) {
        const std::size_t s = sectionOf(std::string_view(target).substr(4));
        if (s < kProgressSections && m_shown.tabs())
            return centreOf(m_tabs[s]);
        return std::nullopt;
    }
    const std::size_t dash = target.find('-');
    if (dash == std::string::npos)
        return std::nullopt;
    const std::size_t s = sectionOf(std::string_view(target).substr(0, dash));
    if (s >= kProgressSections || !m_shown.shows(s))
        return std::nullopt;
    const ListPage page = pageOf(s, content);
    const std::string way = target.substr(dash + 1);
    if (way == "previous" && page.hasPrevious())
        return centreOf(previousArrow(s));
    if (way == "next" && page.hasNext())
        return centreOf(nextArrow(s));
    return std::nullopt;
}

void ProgressPanel::drawTabs(sf::RenderTarget& target, const Theme& theme) const
{
    for (std::size_t s = 0; s < kProgressSections; ++s) {
        const bool chosen = s == m_active;
        const bool shown = m_shown.shows(s);
        drawPanel(target, theme, m_tabs[s], chosen ? colors::accent : colors::panel,
                  chosen || shown ? colors::accent : colors::panelBorder, chosen || shown ? 2.0f : 1.0f);
        const float room = m_tabs[s].width - 8.0f * m_scale;
        std::string label = std::to_string(s + 1) + " " + kTabLabels[s];
        if (theme.textWidth(label, 11.0f, FontStyle::Bold) > room)
            label = std::to_string(s + 1) + " " + kShortTabLabels[s];
        const Fitted f = fit(theme, label, room, 13.0f, FontStyle::Bold);
        const float width = theme.textWidth(f.text, f.size, FontStyle::Bold);
        theme.drawText(target, f.text,
                       {m_tabs[s].left + (m_tabs[s].width - width) / 2.0f,
                        m_tabs[s].top + (m_tabs[s].height - theme.lineHeight(f.size)) / 2.0f},
                       f.size, chosen ? sf::Color::White : colors::text, FontStyle::Bold);
    }
}

void ProgressPanel::drawPager(sf::RenderTarget& target, const Theme& theme, std::size_t section,
                              const ListPage& page) const
{
    if (!page.paged())
        return;
    const auto arrow = [&](const sf::FloatRect& r, const char* label) {
        drawPanel(target, theme, r, colors::panel, colors::accent, 2.0f);
        const float width = theme.textWidth(label, 13.0f, FontStyle::Bold);
        theme.drawText(target, label, {r.left + (r.width - width) / 2.0f, r.top + (r.height - theme.lineHeight(13.0f)) / 2.0f},
                       13.0f, colors::text, FontStyle::Bold);
    };
    if (page.hasPrevious())
        arrow(previousArrow(section), "▲");
    if (page.hasNext())
        arrow(nextArrow(section), "▼");
    const sf::FloatRect left = previousArrow(section);
    const sf::FloatRect right = nextArrow(section);
    const float room = right.left - (left.left + left.width) - 8.0f * m_scale;
    const Fitted f = fit(theme, pageIndicator(page), room, 13.0f);
    const float width = theme.textWidth(f.text, f.size);
    theme.drawText(target, f.text,
                   {left.left + left.width + 4.0f * m_scale + (room - width) / 2.0f,
                    left.top + (left.height - theme.lineHeight(f.size)) / 2.0f},
                   f.size, colors::mutedText);
}

void ProgressPanel::drawLevels(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const
{
    const sf::FloatRect& c = m_columns[0];
    float y = c.top;
    drawHeading(target, theme, "Points, by how well you know them today", "Points by recall today", {c.left, y}, c.width);
    y += headingHeight(theme);
    for (Knowledge k : {Knowledge::Known, Knowledge::Fading, Knowledge::Weak, Knowledge::Unasked}) {
        drawKnowledgeBand(target, {c.left + 8.0f * m_scale, y + theme.lineHeight(13.0f) / 2.0f}, 6.0f * m_scale, k);
        drawFitted(target, theme, knowledgeBandName(k), {c.left + 22.0f * m_scale, y}, c.width - 22.0f * m_scale, 13.0f,
                   colors::text);
        y += theme.lineHeight(13.0f) + 1.0f;
    }
    y += 6.0f * m_scale;
    drawHeading(target, theme, "Per level: cards known (recall 90% or more)", "Per level: cards known", {c.left, y},
                c.width);
    y = c.top + m_listTop[0];
    const ListPage page = pageOf(0, content);
    // Rows share the room when all fit, so that the plots are as tall as it allows.
    float rowHeight = m_rowHeight[0];
    if (!page.paged() && page.count > 0)
        rowHeight = std::clamp((c.top + c.height - y) / static_cast<float>(page.count), rowHeight, 80.0f * m_scale);
    const float plotWidth = std::max(scorePlotMinWidth(theme), std::min(120.0f * m_scale, c.width * 0.4f));
    const float labelWidth = scorePlotLabelWidth(theme);
    const float textWidth = c.width - plotWidth - labelWidth - 6.0f * m_scale;
    const float dateHeight = scorePlotDateHeight(theme);
    for (std::size_t i = page.first; i < page.first + page.count; ++i) {
        const ProgressLevelRow& row = content.levels[i];
        const KnownShare share = knownShare(content.fsrs, row.cards, content.cards, content.today);
        drawFitted(target, theme, row.title, {c.left, y}, textWidth, 13.0f, colors::text, FontStyle::Bold);
        drawFitted(target, theme, share.text(), {c.left, y + theme.lineHeight(13.0f)}, textWidth, 12.0f,
                   share.known == share.total && share.total > 0 ? colors::good : colors::mutedText);
        // The level's best score (the menu's record) on a line of its own.
        if (const auto best = content.records.best(row.id))
            drawFitted(target, theme, "best " + formatScore(*best) + " of " + formatScore(*content.records.bestMax(row.id)),
                       {c.left, y + theme.lineHeight(13.0f) + theme.lineHeight(12.0f)}, textWidth, 12.0f,
                       colors::mutedText);
        if (content.read) {
            const auto scores = content.read->scores.find(row.id);
            static const std::vector<HistoryStore::ScoreAt> kNone;
            const float top = y + dateHeight / 2.0f;
            drawScorePlot(target, theme, scores == content.read->scores.end() ? kNone : scores->second,
                          {c.left + c.width - plotWidth, top, plotWidth,
                           std::max(4.0f, y + rowHeight - dateHeight - 4.0f * m_scale - top)});
        }
        y += rowHeight;
    }
    drawPager(target, theme, 0, page);
}

void ProgressPanel::drawMissed(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const
{
    const sf::FloatRect& c = m_columns[1];
    drawHeading(target, theme, "Missed most", "", {c.left, c.top}, c.width);
    float y = c.top + m_listTop[1];
    if (!content.read || !content.read->problem.empty()) {
        drawFitted(target, theme, content.read ? "Your history could not be read." : "Reading your history…",
                   {c.left, y}, c.width, 13.0f, content.read ? colors::broken : colors::mutedText);
        return;
    }
    if (content.read->missed.empty()) {
        drawFitted(target, theme, "Nothing missed yet.", {c.left, y}, c.width, 13.0f, colors::mutedText);
        return;
    }
    const ListPage page = pageOf(1, content);
    const float indent = 14.0f * m_scale;
    for (std::size_t i = page.first; i < page.first + page.count; ++i) {
        const HistoryStore::MissedCard& m = content.read->missed[i];
        const auto key = CardKey::parse(m.card);
        const bool point = key && key->kind == CardKind::Point;
        // The count first, so that a long name shortened never hides it; the card under it.
        const std::string head = "✗ " + (point ? key->id + ": " : std::string()) + "missed " +
                                 std::to_string(m.missed) + " of " + std::to_string(m.asked);
        drawFitted(target, theme, head, {c.left, y}, c.width, 13.0f, colors::bad, FontStyle::Bold);
        drawFitted(target, theme, point ? content.pointTitle(key->id) : content.describeCard(m.card),
                   {c.left + indent, y + theme.lineHeight(13.0f)}, c.width - indent, 12.0f, colors::mutedText);
        y += m_rowHeight[1];
    }
    drawPager(target, theme, 1, page);
}

void ProgressPanel::drawPlaced(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const
{
    const sf::FloatRect& c = m_columns[2];
    drawHeading(target, theme, "Placed instead of the point asked", "Placed instead", {c.left, c.top}, c.width);
    float y = c.top + m_listTop[2];
    if (!content.read) {
        drawFitted(target, theme, "Reading your history…", {c.left, y}, c.width, 13.0f, colors::mutedText);
        return;
    }
    if (!content.read->problem.empty()) {
        for (const std::string& line :
             theme.wrap("Your history could not be read (" + content.read->problem + ").", c.width, 13.0f)) {
            if (y + theme.lineHeight(13.0f) > c.top + c.height)
                break;
            theme.drawText(target, line, {c.left, y}, 13.0f, colors::broken);
            y += theme.lineHeight(13.0f);
        }
        return;
    }
    if (content.read->named.empty()) {
        drawFitted(target, theme, "No mark has landed on another point.", {c.left, y}, c.width, 13.0f, colors::mutedText);
        return;
    }
    const ListPage page = pageOf(2, content);
    for (std::size_t i = page.first; i < page.first + page.count; ++i) {
        const HistoryStore::NamedInstead& n = content.read->named[i];
        drawFitted(target, theme,
                   "asked " + n.asked + ", placed " + n.named + " (" + std::to_string(n.times) +
                       (n.times == 1 ? " time)" : " times)"),
                   {c.left, y}, c.width, 13.0f, colors::text);
        y += m_rowHeight[2];
    }
    drawPager(target, theme, 2, page);
}

void ProgressPanel::draw(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const
{
    // Each part's texts in one draw call (Theme::Batch): they lie over its panels and plots, never
    // under them, and a screen of some eighty texts drawn one by one cost as many calls a frame.
    if (m_shown.tabs()) {
        const Theme::Batch batch(theme, target);
        drawTabs(target, theme);
    }
    for (std::size_t s = 0; s < kProgressSections; ++s) {
        if (!m_shown.shows(s))
            continue;
        // Each section clipped to its column (ClipTo does not nest: one at a time); its lines are
        // fitted to the column, so this only guards.
        const sf::FloatRect& c = m_columns[s];
        const ClipTo clip(target, {c.left - 2.0f, c.top - 2.0f, c.width + 4.0f, c.height + 4.0f});
        const Theme::Batch batch(theme, target);
        if (s == 0)
            drawLevels(target, theme, content);
        else if (s == 1)
            drawMissed(target, theme, content);
        else
            drawPlaced(target, theme, content);
        // Which section PageUp/PageDown page, where more than one is shown without tabs.
        if (!m_shown.tabs() && s == m_active) {
            const float y = c.top + headingHeight(theme) - 2.0f;
            drawPanel(target, theme, {c.left, y, std::min(c.width, 40.0f * m_scale), 2.0f}, colors::accent,
                      colors::accent, 0.0f);
        }
    }
}

} // namespace acq
