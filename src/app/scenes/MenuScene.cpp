#include "app/scenes/MenuScene.h"

#include "app/Context.h"
#include "app/Widgets.h"
#include "app/scenes/LevelIntroScene.h"
#include "app/scenes/PracticeScene.h"
#include "core/PracticeDeck.h"
#include "app/scenes/ProblemsScene.h"
#include "app/scenes/ProfileScene.h"
#include "app/scenes/ProgressScene.h"
#include "app/scenes/ConfirmScene.h"
#include "app/scenes/SettingsScene.h"

#include <algorithm>
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
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    m_listTop = 150.0f * scale + (context().session.notice().empty() ? 0.0f : 60.0f * scale);
    m_listBottom = size.y - theme.lineHeight(15.0f) - 24.0f;
    // The first row is practice; the levels follow.
    const std::size_t count = context().catalog.entries.size() + 1;
    const float rowStep = (kRowHeight + kRowGap) * scale;
    const auto fitting = static_cast<std::size_t>(std::max(1.0f, (m_listBottom - m_listTop + kRowGap * scale) / rowStep));
    // One column while the levels fit; two side by side (placement left, matching right, as
    // the menu order runs down the first column) when they do not and the window is wide enough.
    m_columns = (count > fitting && size.x >= 900.0f) ? 2 : 1;
    m_rowsPerColumn = m_columns == 1 ? count : (count + 1) / 2;
    // Rows close up (down to 54 px of design height) rather than leave one below the fold.
    const float available = m_listBottom - m_listTop + kRowGap * scale;
    const float step = m_rowsPerColumn == 0 ? rowStep
                                            : std::clamp(available / static_cast<float>(m_rowsPerColumn),
                                                         (kMinRowHeight + kRowGap) * scale, rowStep);
    const float gap = 20.0f * scale;
    const float total = m_columns == 1 ? std::min(size.x - 40.0f, 760.0f * scale) : std::min(size.x - 40.0f, 1200.0f * scale);
    const float width = m_columns == 1 ? total : (total - gap) / 2.0f;
    const float left = (size.x - total) / 2.0f;
    const float buttonWidth = 150.0f * scale;
    m_progressButton = {left + total - buttonWidth, 36.0f * scale, buttonWidth, 40.0f * scale};
    m_settingsButton = {m_progressButton.left - 12.0f * scale - buttonWidth, 36.0f * scale, buttonWidth, 40.0f * scale};
    m_profileButton = {left + total - buttonWidth, 82.0f * scale, buttonWidth, 30.0f * scale};
    m_rows.clear();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t column = m_rowsPerColumn == 0 ? 0 : i / m_rowsPerColumn;
        const std::size_t row = m_rowsPerColumn == 0 ? i : i % m_rowsPerColumn;
        m_rows.push_back({left + static_cast<float>(column) * (width + gap), m_listTop + static_cast<float>(row) * step,
                          width, step - kRowGap * scale});
    }
}

void MenuScene::levelsReloaded()
{
    layout(m_size);
    m_focus = std::min(m_focus, m_rows.empty() ? 0 : m_rows.size() - 1);
    m_hover = -1;
}

std::size_t MenuScene::fittingRows() const
{
    if (m_rows.empty())
        return 0;
    const float rowStep = m_rows.size() > 1 && m_rows[1].top > m_rows[0].top ? m_rows[1].top - m_rows[0].top
                                                                             : m_rows[0].height;
    return static_cast<std::size_t>(std::max(1.0f, (m_listBottom - m_listTop) / rowStep));
}

std::size_t MenuScene::firstVisible() const
{
    // Scroll just enough that the focused row is on screen (rows of a column scroll together).
    const std::size_t fitting = fittingRows();
    const std::size_t row = m_rowsPerColumn == 0 ? m_focus : m_focus % m_rowsPerColumn;
    return row >= fitting ? row - fitting + 1 : 0;
}

void MenuScene::drawScrollBar(sf::RenderTarget& target) const
{
    // When some rows are out of view, a bar beside the list shows how much there is and where
    // the view is: a player must see that more levels lie below.
    const std::size_t total = m_rowsPerColumn == 0 ? m_rows.size() : m_rowsPerColumn;
    const std::size_t fitting = fittingRows();
    if (m_rows.empty() || total <= fitting)
        return;
    const Theme& theme = context().theme;
    const float right = m_rows.back().left + m_rows.back().width;
    const float width = std::max(6.0f, 8.0f * theme.scale());
    const sf::FloatRect track{right + std::max(4.0f, 6.0f * theme.scale()), m_listTop, width,
                              m_listBottom - m_listTop};
    const float share = static_cast<float>(fitting) / static_cast<float>(total);
    const float offset = static_cast<float>(firstVisible()) / static_cast<float>(total);
    sf::VertexArray bar(sf::Triangles);
    appendPanel(bar, track, colors::footer, colors::panelBorder, 1.0f);
    appendPanel(bar, {track.left, track.top + track.height * offset, track.width, track.height * share},
                colors::mutedText, colors::mutedText, 0.0f);
    theme.drawShapes(target, bar);
}

std::optional<sf::FloatRect> MenuScene::shownRect(std::size_t index) const
{
    const float rowStep = m_rows.size() > 1 && m_rows[1].top > m_rows[0].top ? m_rows[1].top - m_rows[0].top : 0.0f;
    sf::FloatRect rect = m_rows.at(index);
    rect.top -= static_cast<float>(firstVisible()) * rowStep;
    if (rect.top < m_listTop - 1.0f || rect.top + rect.height > m_listBottom)
        return std::nullopt; // scrolled out of view: a player could not click it either
    return rect;
}

int MenuScene::rowAt(sf::Vector2f point) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (const auto rect = shownRect(i); rect && rect->contains(point))
            return static_cast<int>(i);
    return -1;
}

std::optional<sf::Vector2f> MenuScene::locate(const std::string& target) const
{
    if (target == "progress")
        return centreOf(m_progressButton);
    if (target == "settings")
        return centreOf(m_settingsButton);
    if (target == "profile")
        return centreOf(m_profileButton);
    if (target == "practice") {
        const auto rect = shownRect(kPracticeRow);
        return rect ? std::optional<sf::Vector2f>(centreOf(*rect)) : std::nullopt;
    }
    const auto& entries = context().catalog.entries;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        // Playable levels are named by id; broken ones by their file name, as the menu shows them.
        const bool matches = entries[i].level
                                 ? entries[i].level->id == target
                                 : std::filesystem::path(entries[i].displayName).filename() == target;
        if (matches) {
            const auto rect = shownRect(i + 1);
            return rect ? std::optional<sf::Vector2f>(centreOf(*rect)) : std::nullopt;
        }
    }
    return std::nullopt;
}

void MenuScene::moveFocus(int delta)
{
    const auto count = static_cast<int>(m_rows.size());
    if (count == 0)
        return;
    m_focus = static_cast<std::size_t>((static_cast<int>(m_focus) + delta + count) % count);
}

void MenuScene::open(std::size_t row)
{
    Context& ctx = context();
    ctx.session.dismissNotice();
    if (row == kPracticeRow) {
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
        case sf::Keyboard::Left:
            if (m_columns > 1 && m_focus >= m_rowsPerColumn)
                m_focus -= m_rowsPerColumn;
            break;
        case sf::Keyboard::Right:
            if (m_columns > 1 && m_focus + m_rowsPerColumn < m_rows.size())
                m_focus += m_rowsPerColumn;
            break;
        case sf::Keyboard::Tab: moveFocus(event.key.shift ? -1 : 1); break;
        case sf::Keyboard::Home: m_focus = 0; break;
        case sf::Keyboard::End: m_focus = m_rows.empty() ? 0 : m_rows.size() - 1; break;
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
            const int row = rowAt({static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)});
            if (row >= 0) {
                m_focus = static_cast<std::size_t>(row);
                open(m_focus);
            }
        }
        break;
    case sf::Event::MouseWheelScrolled:
        moveFocus(event.mouseWheelScroll.delta > 0 ? -1 : 1);
        break;
    default:
        break;
    }
}

std::vector<std::size_t> MenuScene::dueByEntry() const
{
    // Built anew each time the menu is drawn: a few hundred cards, well under a millisecond.
    // Index 0 is every level together (the practice row); entry i is at i + 1.
    Context& ctx = context();
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
    due[0] = dueCount(statuses, ctx.session.today());
    std::vector<std::vector<CardStatus>> perLevel(levels.size());
    for (std::size_t i = 0; i < deck.size(); ++i)
        perLevel.at(deck[i].level).push_back(statuses[i]);
    for (std::size_t l = 0; l < levels.size(); ++l)
        due[entryOf[l] + 1] = dueCount(perLevel[l], ctx.session.today());
    return due;
}

void MenuScene::drawRowTexts(sf::RenderTarget& target) const
{
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    const std::vector<std::size_t> due = ctx.session.loaded() ? dueByEntry() : std::vector<std::size_t>{};
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
        drawRow(*shown, "Practice", colors::text, "What you miss comes back, across every level", colors::mutedText,
                dueText, colors::accent);
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

void MenuScene::draw(sf::RenderTarget& target) const
{
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    const float left = m_rows.empty() ? 40.0f : m_rows[0].left;
    const float width = m_rows.empty() ? m_size.x - 80.0f : m_rows.back().left + m_rows.back().width - left;

    theme.drawText(target, "AcuQuest", {left, 30.0f * scale}, 40.0f, colors::accent, FontStyle::Bold);
    theme.drawText(target, "Acupuncture points and lower back pain: place, match, learn.",
                   {left, 86.0f * scale}, 17.0f, colors::mutedText);

    if (!ctx.session.notice().empty()) {
        const sf::FloatRect banner{left, 120.0f * scale, width, 50.0f * scale};
        drawPanel(target, theme, banner, colors::badSoft, colors::bad, 2.0f);
        theme.drawWrapped(target, ctx.session.notice(), {banner.left + 12.0f, banner.top + 6.0f},
                          banner.width - 24.0f, 14.0f, colors::text);
    }

    if (ctx.catalog.entries.empty())
        theme.drawWrapped(target, "No levels were found. See README.md: Writing a level.", {left, m_listTop},
                          width, 18.0f, colors::text);

    // The rows never overlap: their panels first, in one draw call, then their texts.
    sf::VertexArray panels(sf::Triangles);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (const auto shown = shownRect(i)) {
            const bool focused = i == m_focus;
            const bool hovered = static_cast<int>(i) == m_hover;
            appendPanel(panels, *shown,
                        focused ? colors::accentSoft : (hovered ? sf::Color(250, 248, 244) : colors::panel),
                        focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
        }
    }
    theme.drawShapes(target, panels);
    drawScrollBar(target);
    drawRowTexts(target);
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
    drawFooter(target, theme, m_columns > 1 ? "Arrows or mouse: choose    Enter or click: play    P: progress    S: settings    O: profile    Esc: quit"
                                            : "Up/Down or mouse: choose    Enter or click: play    P: progress    S: settings    O: profile    Esc: quit");
}

} // namespace acq
