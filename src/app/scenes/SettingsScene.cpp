#include "app/scenes/SettingsScene.h"

#include "app/Context.h"

#include <algorithm>
#include <cmath>

namespace acq {

namespace {
constexpr float kRowHeight = 52.0f;
constexpr float kRowGap = 8.0f;

std::string onOff(bool on) { return on ? "On" : "Off"; }

SideChoice stepSide(SideChoice side, int steps)
{
    constexpr SideChoice kOrder[] = {SideChoice::Either, SideChoice::Left, SideChoice::Right};
    int i = 0;
    while (kOrder[i] != side)
        ++i;
    return kOrder[((i + steps) % 3 + 3) % 3];
}
} // namespace

SettingsScene::SettingsScene(Context& context)
    : Scene(context)
{
}

void SettingsScene::layout(sf::Vector2f size)
{
    m_size = size;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float width = std::min(size.x - 40.0f, 760.0f * scale);
    const float left = (size.x - width) / 2.0f;
    const float footer = theme.lineHeight(15.0f) + 12.0f;
    // Rows close up on a short window rather than run under the footer.
    const float top = 110.0f * scale;
    const float available = size.y - footer - 16.0f - top;
    const float step = std::min((kRowHeight + kRowGap) * scale, available / 8.0f);
    const float height = step - kRowGap * scale * std::min(1.0f, step / ((kRowHeight + kRowGap) * scale));
    const float arrow = height;
    // Room for the widest value the rows show, not more: on a narrow window the notes need it.
    const float valueWidth = std::min(190.0f * scale, theme.textWidth("Patient's right", 18.0f, FontStyle::Bold) +
                                                          24.0f * scale);
    static constexpr std::pair<Row, const char*> kRows[] = {
        {Row::FullScreen, "full-screen"}, {Row::UiScale, "ui-scale"}, {Row::Sound, "sound"},
        {Row::Volume, "volume"},          {Row::Clock, "clock"},      {Row::ReducedMotion, "reduced-motion"},
        {Row::Sides, "sides"},            {Row::Back, "back"}};
    m_rows.clear();
    float y = top;
    for (const auto& [row, id] : kRows) {
        RowRects r{row, id, {left, y, width, height}, {}, {}};
        if (row != Row::Back) {
            // The < and > buttons sit inside the row, clear of its border.
            const float inset = 6.0f * scale;
            const float side = arrow - 2 * inset;
            const float right = left + width - inset;
            r.more = {right - side, y + inset, side, side};
            r.less = {right - side - valueWidth - side, y + inset, side, side};
        } else {
            r.rect = {left, y, 240.0f * scale, height};
        }
        m_rows.push_back(r);
        y += step;
    }
}

std::optional<sf::Vector2f> SettingsScene::locate(const std::string& target) const
{
    for (const RowRects& r : m_rows) {
        if (target == std::string("setting:") + r.id || (r.row == Row::Back && target == "back"))
            return centreOf(r.rect);
        if (r.row != Row::Back && target == std::string("less:") + r.id)
            return centreOf(r.less);
        if (r.row != Row::Back && target == std::string("more:") + r.id)
            return centreOf(r.more);
    }
    return std::nullopt;
}

void SettingsScene::change(Row row, int steps)
{
    Settings& s = context().settings;
    switch (row) {
    case Row::FullScreen: s.fullScreen = !s.fullScreen; break;
    case Row::UiScale: s.uiScale = stepUiScale(s.uiScale, steps); break;
    case Row::Sound: s.sound = !s.sound; break;
    case Row::Volume: s.volume = stepVolume(s.volume, steps); break;
    case Row::Clock: s.showClock = !s.showClock; break;
    case Row::ReducedMotion: s.reducedMotion = !s.reducedMotion; break;
    case Row::Sides: s.sides = stepSide(s.sides, steps); break;
    case Row::Back: context().scenes.pop(); break;
    }
    // The game applies and saves the change after this input (Game::applySettings).
}

std::string SettingsScene::label(Row row) const
{
    switch (row) {
    case Row::FullScreen: return "Full screen";
    case Row::UiScale: return "Text and controls size";
    case Row::Sound: return "Sound";
    case Row::Volume: return "Volume";
    case Row::Clock: return "Clock during rounds";
    case Row::ReducedMotion: return "Reduced motion";
    case Row::Sides: return "Bilateral points asked on";
    case Row::Back: return "Back (Esc)";
    }
    return "";
}

std::string SettingsScene::value(Row row) const
{
    const Settings& s = context().settings;
    switch (row) {
    case Row::FullScreen: return onOff(s.fullScreen);
    case Row::UiScale: return std::to_string(static_cast<int>(std::lround(s.uiScale * 100))) + " %";
    case Row::Sound: return onOff(s.sound);
    case Row::Volume: return std::to_string(s.volume) + " %";
    case Row::Clock: return onOff(s.showClock);
    case Row::ReducedMotion: return onOff(s.reducedMotion);
    case Row::Sides:
        return s.sides == SideChoice::Either ? "Either side"
                                             : (s.sides == SideChoice::Left ? "Patient's left" : "Patient's right");
    case Row::Back: break;
    }
    return "";
}

std::string SettingsScene::explanation(Row row) const
{
    switch (row) {
    case Row::FullScreen: return "Also F11, on any screen.";
    case Row::UiScale: return "Text, buttons and panels, on top of the window's size.";
    case Row::Sound:
        // The device is opened only once the sound is on: off, nothing is known about it.
        return !context().settings.sound || context().soundAvailable
                   ? "Short cues for right, wrong and a finished level. Also M."
                   : "No audio device was found: the game is silent.";
    case Row::Volume: return "How loud the cues are.";
    case Row::Clock: return "Shown while you play; always recorded. Also T in a round.";
    case Row::ReducedMotion: return "Keeps moving and flashing effects off.";
    case Row::Sides:
        return "Left or right: only that side counts. Either: the nearer.";
    case Row::Back: break;
    }
    return "";
}

void SettingsScene::mouseAt(sf::Vector2f at, bool click)
{
    m_hover = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const RowRects& r = m_rows[i];
        if (!r.rect.contains(at))
            continue;
        m_hover = static_cast<int>(i);
        if (!click)
            return;
        m_focus = i;
        if (r.row != Row::Back && r.less.contains(at))
            change(r.row, -1);
        else
            change(r.row, 1); // the > button, or anywhere else on the row
        return;
    }
}

void SettingsScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed: {
        const Row row = m_rows.at(m_focus).row;
        switch (event.key.code) {
        case sf::Keyboard::Up: m_focus = (m_focus + m_rows.size() - 1) % m_rows.size(); break;
        case sf::Keyboard::Down:
        case sf::Keyboard::Tab: m_focus = (m_focus + 1) % m_rows.size(); break;
        case sf::Keyboard::Left:
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen:
            if (row != Row::Back)
                change(row, -1);
            break;
        case sf::Keyboard::Right:
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal:
            if (row != Row::Back)
                change(row, 1);
            break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: change(row, 1); break;
        case sf::Keyboard::Escape:
        case sf::Keyboard::BackSpace: context().scenes.pop(); break;
        default: break;
        }
        break;
    }
    case sf::Event::MouseMoved:
        mouseAt({static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y)}, false);
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left)
            mouseAt({static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)}, true);
        break;
    default:
        break;
    }
}

void SettingsScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float left = m_rows.empty() ? 40.0f : m_rows.front().rect.left;
    theme.drawText(target, "Settings", {left, 30.0f * scale}, 36.0f, colors::accent, FontStyle::Bold);
    theme.drawText(target, "Kept for the next time you play.", {left, 76.0f * scale}, 16.0f, colors::mutedText);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const RowRects& r = m_rows[i];
        const bool focused = i == m_focus;
        if (r.row == Row::Back) {
            drawButton(target, theme, {"back", label(r.row), r.rect}, focused);
            continue;
        }
        drawPanel(target, theme, r.rect,
                  focused ? colors::accentSoft : (static_cast<int>(i) == m_hover ? sf::Color(250, 248, 244) : colors::panel),
                  focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
        const float pad = 12.0f * scale;
        const float textWidth = r.less.left - r.rect.left - 2 * pad;
        const float labelSize = std::min(18.0f, r.rect.height / scale * 0.36f);
        theme.drawText(target, label(r.row), {r.rect.left + pad, r.rect.top + 4.0f * scale},
                       fittingSize(theme, label(r.row), textWidth, labelSize, FontStyle::Bold), colors::text,
                       FontStyle::Bold);
        // The note on one line where it fits, else wrapped under the label (a narrow window at
        // the largest text size): never under the value's buttons.
        const std::string note = explanation(r.row);
        const float noteSize = fittingSize(theme, note, textWidth, std::min(14.0f, labelSize * 0.8f));
        if (theme.textWidth(note, noteSize) <= textWidth)
            theme.drawText(target, note, {r.rect.left + pad, r.rect.top + r.rect.height * 0.52f}, noteSize,
                           colors::mutedText);
        else
            theme.drawWrapped(target, note, {r.rect.left + pad, r.rect.top + 4.0f * scale + theme.lineHeight(labelSize)},
                              textWidth, noteSize, colors::mutedText);
        drawButton(target, theme, {std::string("less:") + r.id, "<", r.less}, false);
        drawButton(target, theme, {std::string("more:") + r.id, ">", r.more}, false);
        const std::string shown = value(r.row);
        const float w = theme.textWidth(shown, 18.0f, FontStyle::Bold);
        const float middle = (r.less.left + r.less.width + r.more.left) / 2.0f;
        theme.drawText(target, shown, {middle - w / 2.0f, r.rect.top + (r.rect.height - theme.lineHeight(18.0f)) / 2.0f},
                       18.0f, colors::text, FontStyle::Bold);
    }
    drawFooter(target, theme, "Up/Down or mouse: choose    Left/Right or < >: change    Enter or click: next value    Esc: back");
}

} // namespace acq
