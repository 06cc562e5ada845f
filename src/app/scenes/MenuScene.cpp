#include "app/scenes/MenuScene.h"

#include "app/Context.h"
#include "app/Widgets.h"
#include "app/scenes/LevelIntroScene.h"
#include "app/scenes/ProblemsScene.h"

#include <algorithm>
#include <filesystem>

namespace acq {

namespace {
constexpr float kRowHeight = 68.0f;
constexpr float kRowGap = 10.0f;
}

MenuScene::MenuScene(Context& context)
    : Scene(context)
{
}

void MenuScene::layout(sf::Vector2f size)
{
    m_size = size;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float width = std::min(size.x - 40.0f, 760.0f * scale);
    const float left = (size.x - width) / 2.0f;
    m_listTop = 150.0f * scale + (context().session.notice().empty() ? 0.0f : 60.0f * scale);
    m_listBottom = size.y - theme.lineHeight(15.0f) - 24.0f;
    m_rows.clear();
    float y = m_listTop;
    for (std::size_t i = 0; i < context().catalog.entries.size(); ++i) {
        m_rows.push_back({left, y, width, kRowHeight * scale});
        y += (kRowHeight + kRowGap) * scale;
    }
}

std::size_t MenuScene::firstVisible() const
{
    // Scroll just enough that the focused row is on screen.
    if (m_rows.empty())
        return 0;
    const float rowStep = m_rows.size() > 1 ? m_rows[1].top - m_rows[0].top : m_rows[0].height;
    const auto fitting = static_cast<std::size_t>(std::max(1.0f, (m_listBottom - m_listTop) / rowStep));
    return m_focus >= fitting ? m_focus - fitting + 1 : 0;
}

int MenuScene::rowAt(sf::Vector2f point) const
{
    const std::size_t first = firstVisible();
    const float shift = m_rows.empty() ? 0.0f : m_rows[first].top - m_listTop;
    for (std::size_t i = first; i < m_rows.size(); ++i) {
        sf::FloatRect rect = m_rows[i];
        rect.top -= shift;
        if (rect.top + rect.height > m_listBottom)
            break;
        if (rect.contains(point))
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<sf::Vector2f> MenuScene::locate(const std::string& target) const
{
    const auto& entries = context().catalog.entries;
    const std::size_t first = firstVisible();
    const float shift = m_rows.empty() ? 0.0f : m_rows[first].top - m_listTop;
    for (std::size_t i = first; i < entries.size(); ++i) {
        // Playable levels are named by id; broken ones by their file name, as the menu shows them.
        const bool matches = entries[i].level
                                 ? entries[i].level->id == target
                                 : std::filesystem::path(entries[i].displayName).filename() == target;
        if (matches) {
            sf::FloatRect rect = m_rows[i];
            rect.top -= shift;
            if (rect.top + rect.height > m_listBottom)
                return std::nullopt; // scrolled out of view: a player could not click it either
            return centreOf(rect);
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

void MenuScene::open(std::size_t index)
{
    Context& ctx = context();
    if (index >= ctx.catalog.entries.size())
        return;
    const LevelEntry& entry = ctx.catalog.entries[index];
    ctx.session.dismissNotice();
    if (!entry.playable()) {
        ctx.scenes.push([&ctx, &entry] { return std::make_unique<ProblemsScene>(ctx, entry); });
        return;
    }
    const Level& level = *entry.level;
    ctx.scenes.push([&ctx, &level] { return std::make_unique<LevelIntroScene>(ctx, level); });
}

void MenuScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Up: moveFocus(-1); break;
        case sf::Keyboard::Down: moveFocus(1); break;
        case sf::Keyboard::Tab: moveFocus(event.key.shift ? -1 : 1); break;
        case sf::Keyboard::Home: m_focus = 0; break;
        case sf::Keyboard::End: m_focus = m_rows.empty() ? 0 : m_rows.size() - 1; break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: open(m_focus); break;
        case sf::Keyboard::Escape: context().scenes.clear(); break; // the game closes, after saving
        default: break;
        }
        break;
    case sf::Event::MouseMoved:
        m_hover = rowAt({static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)});
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
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

void MenuScene::draw(sf::RenderTarget& target) const
{
    const Context& ctx = context();
    const Theme& theme = ctx.theme;
    const float scale = theme.scale();
    const float left = m_rows.empty() ? 40.0f : m_rows[0].left;
    const float width = m_rows.empty() ? m_size.x - 80.0f : m_rows[0].width;

    theme.drawText(target, "AcuQuest", {left, 30.0f * scale}, 40.0f, colors::accent, FontStyle::Bold);
    theme.drawText(target, "Acupuncture points and lower back pain: place, match, learn.",
                   {left, 86.0f * scale}, 17.0f, colors::mutedText);

    if (!ctx.session.notice().empty()) {
        const sf::FloatRect banner{left, 120.0f * scale, width, 50.0f * scale};
        drawPanel(target, banner, colors::badSoft, colors::bad, 2.0f);
        theme.drawWrapped(target, ctx.session.notice(), {banner.left + 12.0f, banner.top + 6.0f},
                          banner.width - 24.0f, 14.0f, colors::text);
    }

    if (ctx.catalog.entries.empty())
        theme.drawWrapped(target, "No levels were found. See README.md: Writing a level.", {left, m_listTop},
                          width, 18.0f, colors::text);

    const std::size_t first = firstVisible();
    const float shift = m_rows.empty() ? 0.0f : m_rows[first].top - m_listTop;
    for (std::size_t i = first; i < ctx.catalog.entries.size(); ++i) {
        sf::FloatRect rect = m_rows[i];
        rect.top -= shift;
        if (rect.top + rect.height > m_listBottom)
            break;
        const LevelEntry& entry = ctx.catalog.entries[i];
        const bool focused = i == m_focus;
        const bool hovered = static_cast<int>(i) == m_hover;
        drawPanel(target, rect, focused ? colors::accentSoft : (hovered ? sf::Color(250, 248, 244) : colors::panel),
                  focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
        const float pad = 14.0f * scale;
        theme.drawText(target, entry.title, {rect.left + pad, rect.top + 8.0f * scale}, 21.0f,
                       entry.playable() ? colors::text : colors::broken, FontStyle::Bold);
        std::string detail;
        std::string score;
        if (entry.playable()) {
            const Level& level = *entry.level;
            detail = level.kind() == LevelKind::Placement ? "Point placement" : "Matching";
            const auto best = ctx.session.progress().best(level.id);
            if (best)
                score = "Best: " + formatScore(*best) + " of " +
                        formatScore(*ctx.session.progress().bestMax(level.id));
            else
                score = "Not played yet";
        } else {
            const std::size_t errors = entry.diagnostics.errorCount();
            detail = "Broken: " + std::to_string(errors) + (errors == 1 ? " problem" : " problems") +
                     " (open to see them)";
        }
        theme.drawText(target, detail, {rect.left + pad, rect.top + 38.0f * scale}, 15.0f,
                       entry.playable() ? colors::mutedText : colors::broken);
        if (!score.empty()) {
            const float w = theme.textWidth(score, 17.0f, FontStyle::Bold);
            theme.drawText(target, score, {rect.left + rect.width - pad - w, rect.top + 22.0f * scale}, 17.0f,
                           colors::text, FontStyle::Bold);
        }
    }
    drawFooter(target, theme, "Up/Down or mouse: choose    Enter or click: play    Esc: quit");
}

} // namespace acq
