#include "app/scenes/MenuScene.h"

#include "app/Context.h"
#include "app/Widgets.h"
#include "app/scenes/LevelIntroScene.h"
#include "app/scenes/PracticeScene.h"
#include "core/MenuGroups.h"
#include "core/PracticeDeck.h"
#include "app/scenes/ProblemsScene.h"
#include "app/scenes/ProfileScene.h"
#include "app/scenes/ProgressScene.h"
#include "app/scenes/ConfirmScene.h"
#include "app/scenes/SettingsScene.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace acq {

namespace {
constexpr float kRowHeight = 68.0f;
constexpr float kMinRowHeight = 54.0f; // still room for the title and the line under it
constexpr float kRowGap = 10.0f;

// Where a line of a row goes, given where it goes in a row of the full height: rows closed up
// to fit the window keep their lines in proportion.
float rowOffset(const sf::FloatRect& row, float designOffset)
{
    return row.height * designOffset / kRowHeight;
}
}

MenuScene::MenuScene(Context& context)
    : Scene(context)
{
}

void MenuScene::layout(sf::Vector2f size)
{
    m_size = size;
    // Back on the menu no level is open: free the body pictures (a few MB each).
    context().art.clear();
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    m_listTop = 150.0f * scale + (ctx.session.notice().empty() ? 0.0f : 60.0f * scale);
    m_listBottom = size.y - theme.lineHeight(15.0f) - 24.0f;
    m_gap = kRowGap * scale;
    m_barWidth = std::max(6.0f, 8.0f * scale);
    const float barRoom = m_barWidth + std::max(4.0f, 6.0f * scale);

    // The first row is practice, above every group; then the levels under their headings.
    std::vector<MenuGroup> groups;
    for (const LevelEntry& entry : ctx.catalog.entries)
        groups.push_back(menuGroupOf(entry.playable() ? &*entry.level : nullptr));
    std::vector<Line> lines{{false, {}, kPracticeRow, 0.0f}};
    std::size_t firstLater = 0; // the first line of a later kind: where a second column starts
    const std::vector<MenuItem> items = groupMenu(groups);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const MenuItem& item = items[k];
        // A heading's group is its next line's: the first of matching or broken levels, which
        // follow the placement groups, starts the second column.
        if (item.heading && firstLater == 0 && k + 1 < items.size() && groups[items[k + 1].level].rank > 0)
            firstLater = lines.size();
        lines.push_back({item.heading, item.text, item.heading ? 0 : item.level + 1, 0.0f});
    }
    const float headingHeight = theme.lineHeight(17.0f) + 8.0f * scale;
    const float available = m_listBottom - m_listTop + m_gap;
    const float rowStep = (kRowHeight + kRowGap) * scale;
    const auto needed = [&](std::size_t from, std::size_t to, float step) {
        float height = 0.0f;
        for (std::size_t i = from; i < to; ++i)
            height += lines[i].heading ? headingHeight + m_gap : step;
        return height;
    };
    // One column while the levels fit; two side by side (placement left, the other kinds right)
    // when they do not and the window is wide enough.
    const float minStep = (kMinRowHeight + kRowGap) * scale;
    m_columns = (needed(0, lines.size(), minStep) > available && size.x >= 900.0f && firstLater > 0) ? 2 : 1;
    const std::size_t split = m_columns == 2 ? firstLater : lines.size();
    // Rows close up (down to 54 px of design height) rather than leave one below the fold.
    float step = rowStep;
    for (const auto& [from, to] : {std::pair{std::size_t{0}, split}, std::pair{split, lines.size()}}) {
        std::size_t rows = 0;
        for (std::size_t i = from; i < to; ++i)
            rows += lines[i].heading ? 0 : 1;
        if (rows > 0 && needed(from, to, step) > available)
            step = std::max(minStep, (available - needed(from, to, 0.0f)) / static_cast<float>(rows));
    }
    const float gap = std::max(20.0f * scale, barRoom + 8.0f);
    const float total = m_columns == 1 ? std::min(size.x - 40.0f, 760.0f * scale) : std::min(size.x - 40.0f, 1200.0f * scale);
    m_columnWidth = (m_columns == 1 ? total : (total - gap) / 2.0f) - barRoom;
    const float left = (size.x - total) / 2.0f;
    m_columnLeft[0] = left;
    m_columnLeft[1] = left + m_columnWidth + barRoom + gap;
    const float buttonWidth = 150.0f * scale;
    m_progressButton = {left + total - buttonWidth, 36.0f * scale, buttonWidth, 40.0f * scale};
    m_settingsButton = {m_progressButton.left - 12.0f * scale - buttonWidth, 36.0f * scale, buttonWidth, 40.0f * scale};
    m_profileButton = {left + total - buttonWidth, 82.0f * scale, buttonWidth, 30.0f * scale};

    m_places.assign(ctx.catalog.entries.size() + 1, {});
    m_order.clear();
    for (std::size_t column = 0; column < 2; ++column) {
        m_lines[column].assign(lines.begin() + static_cast<long>(column == 0 ? 0 : split),
                               lines.begin() + static_cast<long>(column == 0 ? split : lines.size()));
        std::vector<float> heights;
        for (std::size_t i = 0; i < m_lines[column].size(); ++i) {
            Line& line = m_lines[column][i];
            line.height = line.heading ? headingHeight : step - m_gap;
            heights.push_back(line.height);
            if (!line.heading) {
                m_places.at(line.row) = {column, i};
                m_order.push_back(line.row);
            }
        }
        m_scroll[column].setItems(heights, m_gap, m_listBottom - m_listTop);
    }
    revealFocus();
}

void MenuScene::levelsReloaded()
{
    m_due.reset(); // counted from levels that have changed
    layout(m_size);
    m_focus = std::min(m_focus, m_places.empty() ? 0 : m_places.size() - 1);
    m_hover = -1;
    revealFocus();
}

void MenuScene::revealFocus()
{
    if (m_focus >= m_places.size())
        return;
    const Place place = m_places[m_focus];
    // A group's first row brings its heading along, so the player sees what group it is in.
    if (place.line > 0 && m_lines[place.column][place.line - 1].heading)
        m_scroll[place.column].reveal(place.line - 1);
    m_scroll[place.column].reveal(place.line);
}

sf::FloatRect MenuScene::scrollTrack(std::size_t column) const
{
    const float offset = std::max(4.0f, 6.0f * context().theme.scale());
    return {m_columnLeft[column] + m_columnWidth + offset, m_listTop, m_barWidth, m_listBottom - m_listTop};
}

void MenuScene::drawScrollBars(sf::RenderTarget& target) const
{
    // When some rows are out of view, a bar beside the list shows how much there is and where
    // the view is: a player must see that more levels lie below.
    sf::VertexArray bar(sf::Triangles);
    for (std::size_t column = 0; column < m_columns; ++column)
        appendScrollBar(bar, scrollTrack(column), m_scroll[column]);
    if (bar.getVertexCount() > 0)
        context().theme.drawShapes(target, bar);
}

std::optional<sf::FloatRect> MenuScene::shownRect(std::size_t row) const
{
    if (row >= m_places.size())
        return std::nullopt;
    const Place place = m_places[row];
    if (place.line >= m_lines[place.column].size() || !m_scroll[place.column].shown(place.line))
        return std::nullopt; // scrolled out of view: a player could not click it either
    return sf::FloatRect{m_columnLeft[place.column], m_listTop + m_scroll[place.column].offsetOf(place.line),
                         m_columnWidth, m_lines[place.column][place.line].height};
}

int MenuScene::rowAt(sf::Vector2f point) const
{
    for (std::size_t row = 0; row < m_places.size(); ++row)
        if (const auto rect = shownRect(row); rect && rect->contains(point))
            return static_cast<int>(row);
    return -1;
}

std::optional<std::size_t> MenuScene::rowNamed(const std::string& target) const
{
    if (target == "practice")
        return kPracticeRow;
    const auto& entries = context().catalog.entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        // Playable levels are named by id; broken ones by their file name, as the menu shows them.
        const bool matches = entries[i].level
                                 ? entries[i].level->id == target
                                 : std::filesystem::path(entries[i].displayName).filename() == target;
        if (matches)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<sf::Vector2f> MenuScene::locate(const std::string& target) const
{
    if (target == "progress")
        return centreOf(m_progressButton);
    if (target == "settings")
        return centreOf(m_settingsButton);
    if (target == "profile")
        return centreOf(m_profileButton);
    const auto row = rowNamed(target);
    const auto rect = row ? shownRect(*row) : std::nullopt;
    return rect ? std::optional<sf::Vector2f>(centreOf(*rect)) : std::nullopt;
}

std::optional<Scene::WheelTurn> MenuScene::scrollToward(const std::string& target) const
{
    const auto row = rowNamed(target);
    if (!row || *row >= m_places.size())
        return std::nullopt;
    const Place place = m_places[*row];
    const int way = m_scroll[place.column].toward(place.line);
    if (way == 0)
        return std::nullopt;
    return WheelTurn{{m_columnLeft[place.column] + m_columnWidth / 2.0f, (m_listTop + m_listBottom) / 2.0f},
                     way > 0 ? -1.0f : 1.0f};
}

void MenuScene::moveFocus(int delta)
{
    const auto count = static_cast<int>(m_order.size());
    if (count == 0)
        return;
    const auto at = std::find(m_order.begin(), m_order.end(), m_focus);
    const int index = at == m_order.end() ? 0 : static_cast<int>(at - m_order.begin());
    m_focus = m_order[static_cast<std::size_t>((index + delta + count) % count)];
    revealFocus();
}

void MenuScene::pageFocus(int direction)
{
    if (m_focus >= m_places.size())
        return;
    const Place place = m_places[m_focus];
    const std::vector<Line>& lines = m_lines[place.column];
    std::vector<bool> headings;
    for (const Line& line : lines)
        headings.push_back(line.heading);
    m_focus = lines.at(pageFocusLine(headings, place.line, m_scroll[place.column].pageStep(), direction)).row;
    revealFocus();
}

void MenuScene::switchColumn(std::size_t to)
{
    if (to >= m_columns || m_focus >= m_places.size() || m_places[m_focus].column == to)
        return;
    const auto from = shownRect(m_focus);
    const float middle = from ? from->top + from->height / 2.0f : m_listTop;
    std::optional<std::size_t> best;
    float bestDistance = 0.0f;
    for (const Line& line : m_lines[to]) {
        if (line.heading)
            continue;
        const auto rect = shownRect(line.row);
        const float distance = rect ? std::abs(rect->top + rect->height / 2.0f - middle) : 1e9f;
        if (!best || distance < bestDistance) {
            best = line.row;
            bestDistance = distance;
        }
    }
    if (best)
        m_focus = *best;
    revealFocus();
}

void MenuScene::open(std::size_t row)
{
    Context& ctx = context();
    ctx.session.dismissNotice();
    if (row == kPracticeRow) {
        if (ctx.levelsLoading)
            return; // its cards are the levels' points and facts: not known yet
        ctx.scenes.push([&ctx] { return std::make_unique<PracticeScene>(ctx); });
        return;
    }
    const std::size_t index = row - 1;
    if (index >= ctx.catalog.entries.size())
        return;
    const LevelEntry& entry = ctx.catalog.entries[index];
    if (!entry.playable()) {
        ctx.scenes.push([&ctx, &entry] { return std::make_unique<ProblemsScene>(ctx, entry); });
        return;
    }
    const Level& level = *entry.level;
    ctx.scenes.push([&ctx, &level] { return std::make_unique<LevelIntroScene>(ctx, level); });
}

void MenuScene::openProgress()
{
    Context& ctx = context();
    ctx.session.dismissNotice();
    ctx.scenes.push([&ctx] { return std::make_unique<ProgressScene>(ctx); });
}

void MenuScene::openSettings()
{
    Context& ctx = context();
    ctx.session.dismissNotice();
    ctx.scenes.push([&ctx] { return std::make_unique<SettingsScene>(ctx); });
}

void MenuScene::openProfiles()
{
    Context& ctx = context();
    ctx.scenes.push([&ctx] { return std::make_unique<ProfileScene>(ctx); });
}

void MenuScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Up: moveFocus(-1); break;
        case sf::Keyboard::Down: moveFocus(1); break;
        case sf::Keyboard::Left: switchColumn(0); break;
        case sf::Keyboard::Right: switchColumn(1); break;
        case sf::Keyboard::Tab: moveFocus(event.key.shift ? -1 : 1); break;
        case sf::Keyboard::PageUp: pageFocus(-1); break;
        case sf::Keyboard::PageDown: pageFocus(1); break;
        case sf::Keyboard::Home:
            m_focus = m_order.empty() ? 0 : m_order.front();
            revealFocus();
            break;
        case sf::Keyboard::End:
            m_focus = m_order.empty() ? 0 : m_order.back();
            revealFocus();
            break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: open(m_focus); break;
        case sf::Keyboard::P: openProgress(); break;
        case sf::Keyboard::S: openSettings(); break;
        case sf::Keyboard::O: openProfiles(); break;
        case sf::Keyboard::Escape: {
            Context& ctx = context();
            askToConfirm(ctx, {"Quit AcuQuest?", "Everything you have answered is saved.", "Quit", "Keep playing"},
                         [&ctx] { ctx.scenes.clear(); }); // the game closes, after saving
            break;
        }
        default: break;
        }
        break;
    case sf::Event::MouseMoved:
        m_hover = rowAt({static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)});
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            if (m_progressButton.contains(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y))) {
                openProgress();
                break;
            }
            if (m_settingsButton.contains(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y))) {
                openSettings();
                break;
            }
            if (m_profileButton.contains(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y))) {
                openProfiles();
                break;
            }
            const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
            const int row = rowAt(p);
            if (row >= 0) {
                m_focus = static_cast<std::size_t>(row);
                open(m_focus);
            }
            for (std::size_t column = 0; column < m_columns; ++column) {
                // A click on a scroll bar's track pages toward it.
                const sf::FloatRect track = scrollTrack(column);
                if (row < 0 && m_scroll[column].scrollable() && track.contains(p))
                    m_scroll[column].page(pageTowardClick(track, m_scroll[column], p.y));
            }
        }
        break;
    case sf::Event::MouseWheelScrolled: {
        // The wheel scrolls the column under the pointer (the focus stays where it is).
        const std::size_t column =
            m_columns > 1 && static_cast<float>(event.mouseWheelScroll.x) >= m_columnLeft[1] - m_barWidth ? 1 : 0;
        if (m_scroll[column].scrollBy(event.mouseWheelScroll.delta > 0 ? -1 : 1))
            m_hover = rowAt({static_cast<float>(event.mouseWheelScroll.x), static_cast<float>(event.mouseWheelScroll.y)});
        break;
    }
    default:
        break;
    }
}

const std::vector<std::size_t>& MenuScene::dueByEntry() const
{
    Context& ctx = context();
    const std::uint64_t version = ctx.session.cardsVersion();
    const std::int64_t today = ctx.session.today();
    if (m_due && m_due->cardsVersion == version && m_due->today == today)
        return m_due->due;
    std::vector<const Level*> levels;
    std::vector<std::size_t> entryOf;
    for (std::size_t i = 0; i < ctx.catalog.entries.size(); ++i)
        if (ctx.catalog.entries[i].playable()) {
            levels.push_back(&*ctx.catalog.entries[i].level);
            entryOf.push_back(i);
        }
    const std::vector<DeckCard> deck = buildDeck(levels);
    const std::vector<CardStatus> statuses = deckStatuses(deck, ctx.session.cards());
    std::vector<std::size_t> due(ctx.catalog.entries.size() + 1, 0);
    due[0] = dueCount(statuses, today);
    std::vector<std::vector<CardStatus>> perLevel(levels.size());
    for (std::size_t i = 0; i < deck.size(); ++i)
        perLevel.at(deck[i].level).push_back(statuses[i]);
    for (std::size_t l = 0; l < levels.size(); ++l)
        due[entryOf[l] + 1] = dueCount(perLevel[l], today);
    m_due = DueCounts{version, today, std::move(due)};
    return m_due->due;
}

void MenuScene::drawRowTexts(sf::RenderTarget& target) const
{
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    static const std::vector<std::size_t> unknown; // a long history may still be loading
    const std::vector<std::size_t>& due = ctx.session.loaded() && !ctx.levelsLoading ? dueByEntry() : unknown;
    const Theme::Batch batch(theme, target); // the rows' texts in one draw call: nothing is drawn over them
    const float pad = 14.0f * scale;
    // Each row: its title across the whole row, then what it is on the left of the line under it
    // and the player's best on the right, so every title has the same room and the same size.
    const auto drawRow = [&](const sf::FloatRect& rect, const std::string& title, sf::Color titleColour,
                             const std::string& detail, sf::Color detailColour, const std::string& score,
                             sf::Color scoreColour) {
        theme.drawText(target, title, {rect.left + pad, rect.top + rowOffset(rect, 8.0f)},
                       fittingSize(theme, title, rect.width - 2 * pad, 21.0f, FontStyle::Bold), titleColour,
                       FontStyle::Bold);
        const float scoreWidth = score.empty() ? 0.0f : theme.textWidth(score, 15.0f, FontStyle::Bold);
        if (!score.empty())
            theme.drawText(target, score, {rect.left + rect.width - pad - scoreWidth, rect.top + rowOffset(rect, 38.0f)},
                           15.0f, scoreColour, FontStyle::Bold);
        const float detailRoom = rect.width - 2 * pad - scoreWidth - (score.empty() ? 0.0f : 12.0f * scale);
        theme.drawText(target, detail, {rect.left + pad, rect.top + rowOffset(rect, 38.0f)},
                       fittingSize(theme, detail, detailRoom, 15.0f), detailColour);
    };
    if (const auto shown = shownRect(kPracticeRow)) {
        const std::string dueText =
            due.empty() ? std::string() : (due[0] == 0 ? "Nothing due" : std::to_string(due[0]) + " due");
        drawRow(*shown, "Practice", colors::text,
                ctx.levelsLoading ? "Reading the levels…" : "What you miss comes back, across every level",
                colors::mutedText, dueText, colors::accent);
    }
    for (std::size_t i = 0; i < ctx.catalog.entries.size(); ++i) {
        const auto shown = shownRect(i + 1);
        if (!shown)
            continue;
        const LevelEntry& entry = ctx.catalog.entries[i];
        std::string detail;
        std::string score;
        if (entry.playable()) {
            const Level& level = *entry.level;
            detail = level.kind() == LevelKind::Placement ? "Point placement" : "Matching";
            if (!due.empty() && due[i + 1] > 0)
                detail += "  \u00b7  " + std::to_string(due[i + 1]) + " due in practice";
            // A long history may still be loading in the first frames: no score rather than a wait.
            if (ctx.session.loaded()) {
                const auto best = ctx.session.records().best(level.id);
                const auto bestMax = ctx.session.records().bestMax(level.id);
                if (best && bestMax && *bestMax > 0)
                    score = "Best " + formatScore(100.0 * *best / *bestMax) + " %";
                else
                    score = "Not played yet";
            }
        } else {
            // The line counting the errors not shown is not one of them.
            const std::size_t errors =
                entry.diagnostics.errorCount() - (entry.hiddenErrors > 0 ? 1 : 0) + entry.hiddenErrors;
            detail = "Broken: " + std::to_string(errors) + (errors == 1 ? " problem" : " problems") +
                     " (open to see them)";
        }
        drawRow(*shown, entry.title, entry.playable() ? colors::text : colors::broken, detail,
                entry.playable() ? colors::mutedText : colors::broken, score, colors::text);
    }
}

void MenuScene::drawHeadings(sf::RenderTarget& target) const
{
    // A group's heading, on the window's background over its rows: not a row, never focused.
    const Theme& theme = context().theme;
    for (std::size_t column = 0; column < m_columns; ++column)
        for (std::size_t i = m_scroll[column].first(); i < m_scroll[column].end(); ++i) {
            const Line& line = m_lines[column][i];
            // A heading whose rows are all below the view waits for them: no orphan at the bottom.
            if (!line.heading || (i + 1 == m_scroll[column].end() && i + 1 < m_lines[column].size()))
                continue;
            const float size = fittingSize(theme, line.text, m_columnWidth, 17.0f, FontStyle::Bold);
            const float top = m_listTop + m_scroll[column].offsetOf(i);
            theme.drawText(target, line.text, {m_columnLeft[column], top + line.height - theme.lineHeight(size) - 2.0f},
                           size, colors::text, FontStyle::Bold);
        }
}

void MenuScene::draw(sf::RenderTarget& target) const
{
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    const float left = m_columnLeft[0];
    const float width = m_progressButton.left + m_progressButton.width - left;

    theme.drawText(target, "AcuQuest", {left, 30.0f * scale}, 40.0f, colors::accent, FontStyle::Bold);
    theme.drawText(target, "Acupuncture points and lower back pain: place, match, learn.",
                   {left, 86.0f * scale}, 17.0f, colors::mutedText);

    if (!ctx.session.notice().empty()) {
        const sf::FloatRect banner{left, 120.0f * scale, width, 50.0f * scale};
        drawPanel(target, theme, banner, colors::badSoft, colors::bad, 2.0f);
        theme.drawWrapped(target, ctx.session.notice(), {banner.left + 12.0f, banner.top + 6.0f},
                          banner.width - 24.0f, 14.0f, colors::text);
    }

    if (ctx.catalog.entries.empty()) {
        // Under the practice row, which is always there.
        const auto practice = shownRect(kPracticeRow);
        const float top = practice ? practice->top + practice->height + m_gap : m_listTop;
        theme.drawWrapped(target,
                          ctx.levelsLoading ? "Reading the level files: a big pack of them takes a moment."
                                            : "No levels were found. See README.md: Writing a level.",
                          {left, top}, width, 18.0f, colors::text);
    }

    // The rows never overlap: their panels first, in one draw call, then their texts.
    sf::VertexArray panels(sf::Triangles);
    for (std::size_t i = 0; i < m_places.size(); ++i) {
        if (const auto shown = shownRect(i)) {
            const bool focused = i == m_focus;
            const bool hovered = static_cast<int>(i) == m_hover;
            appendPanel(panels, *shown,
                        focused ? colors::accentSoft : (hovered ? sf::Color(250, 248, 244) : colors::panel),
                        focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
        }
    }
    theme.drawShapes(target, panels);
    drawScrollBars(target);
    drawRowTexts(target);
    drawHeadings(target);
    drawButton(target, theme, {"progress", "Progress (P)", m_progressButton}, false);
    drawButton(target, theme, {"settings", "Settings (S)", m_settingsButton}, false);
    // Who is playing, on the button that changes it: the name shrinks to fit, never hidden.
    drawPanel(target, theme, m_profileButton, colors::panel, colors::panelBorder, 1.0f);
    const std::string who = "Profile: " + ctx.session.profile() + " (O)";
    const float whoSize = fittingSize(theme, who, m_profileButton.width - 12.0f, 14.0f);
    theme.drawText(target, who,
                   {m_profileButton.left + (m_profileButton.width - theme.textWidth(who, whoSize)) / 2.0f,
                    m_profileButton.top + (m_profileButton.height - theme.lineHeight(whoSize)) / 2.0f},
                   whoSize, colors::text);
    const std::string choose = m_columns > 1 ? "Arrows" : "Up/Down";
    drawFooter(target, theme,
               choose + " or mouse: choose    PgUp/PgDn: page    Enter or click: play    P: progress    "
                        "S: settings    O: profile    Esc: quit",
               choose + ": choose   PgUp/PgDn: page   Enter: play   P: progress   S: settings   O: profile   Esc: quit");
}

} // namespace acq
