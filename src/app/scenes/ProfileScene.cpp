#include "app/scenes/ProfileScene.h"

#include "app/Context.h"
#include "app/scenes/MenuScene.h"
#include "core/ProfileName.h"
#include "io/LastProfile.h"

#include <SFML/System/String.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace acq {

namespace {

bool ready(const auto& future)
{
    using namespace std::chrono_literals;
    return future.valid() && future.wait_for(0s) == std::future_status::ready;
}

// "12 attempts, last on 2026-12-07", or "not played yet".
std::string detailOf(const HistoryStore::ProfileRow& row)
{
    if (row.attempts == 0)
        return "not played yet";
    return std::to_string(row.attempts) + (row.attempts == 1 ? " attempt" : " attempts") + ", last on " +
           row.lastPlayed.substr(0, std::min<std::size_t>(10, row.lastPlayed.size()));
}

} // namespace

ProfileScene::ProfileScene(Context& context)
    : Scene(context)
{
    refresh();
}

void ProfileScene::refresh()
{
    m_listing = context().session.requestProfiles();
}

bool ProfileScene::animating() const { return m_listing.valid() || m_change.valid(); }

void ProfileScene::update(double)
{
    Session& session = context().session;
    if (ready(m_listing)) {
        ProfilesRead read = m_listing.get();
        m_profiles = std::move(read.profiles);
        m_listed = true;
        if (!read.problem.empty()) {
            m_message = "The profiles could not be read (" + read.problem + ").";
            m_messageIsProblem = true;
        }
        // The focus stays on the profile it was on (after a rename: the new name), else the one in use.
        const std::string wanted = m_renameTo.empty() ? session.profile() : m_renameTo;
        m_renameTo.clear();
        const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                                     [&](const HistoryStore::ProfileRow& r) { return r.name == wanted; });
        m_focus = it == m_profiles.end() ? std::min(m_focus, m_profiles.empty() ? 0 : m_profiles.size() - 1)
                                         : static_cast<std::size_t>(it - m_profiles.begin());
    }
    if (ready(m_change)) {
        const ProfileChange change = m_change.get();
        if (!change.problem.empty()) {
            m_message = "Not done: " + change.problem + ".";
            m_messageIsProblem = true;
            m_renameTo.clear();
        } else if (!change.keptAs.empty()) {
            m_message = "Deleted. Its answers stay in the history under \"" + change.keptAs +
                        "\": start the game with --profile and that name to bring it back.";
            m_messageIsProblem = false;
        } else if (!m_renameFrom.empty()) {
            m_message = "\"" + m_renameFrom + "\" is now called \"" + m_renameTo + "\".";
            m_messageIsProblem = false;
            if (m_renameFrom == session.profile()) {
                // Play on under the new name (the history's thread opens it by name), and start as it next time.
                if (const std::string refused = session.switchProfile(m_renameTo); !refused.empty()) {
                    m_message = "Renamed, but " + refused + ".";
                    m_messageIsProblem = true;
                } else if (const std::string kept = writeLastProfile(configFolder(), m_renameTo); !kept.empty())
                    std::cerr << "acuquest: the profile to start with was not kept: " << kept << "\n";
            }
        }
        m_renameFrom.clear();
        refresh();
    }
}

std::optional<std::string> ProfileScene::focusedName() const
{
    if (m_focus >= m_profiles.size())
        return std::nullopt;
    return m_profiles[m_focus].name;
}

void ProfileScene::playAs(const std::string& name)
{
    Context& ctx = context();
    if (name != ctx.session.profile()) {
        if (const std::string refused = ctx.session.switchProfile(name); !refused.empty()) {
            m_message = "Still playing as \"" + ctx.session.profile() + "\": " + refused + ".";
            m_messageIsProblem = true;
            return;
        }
    }
    if (const std::string kept = writeLastProfile(configFolder(), name); !kept.empty())
        std::cerr << "acuquest: the profile to start with was not kept: " << kept << "\n";
    // The menu anew: its records and due cards are the new profile's.
    ctx.scenes.replaceAll([&ctx] { return std::make_unique<MenuScene>(ctx); });
}

void ProfileScene::startTyping(Mode mode)
{
    if (mode == Mode::Renaming && !focusedName())
        return;
    m_mode = mode;
    m_typed = mode == Mode::Renaming ? *focusedName() : std::string();
    m_message.clear();
    m_buttons = buttonsFor(m_mode);
    m_button = 0;
}

void ProfileScene::finishTyping()
{
    const std::string name = trimmedProfileName(m_typed);
    if (!validProfileName(name)) {
        m_message = name.empty() ? "Type a name first." : "A name is at most 80 bytes, of printable characters.";
        m_messageIsProblem = true;
        return;
    }
    const bool taken = std::any_of(m_profiles.begin(), m_profiles.end(),
                                   [&](const HistoryStore::ProfileRow& r) { return r.name == name; });
    if (m_mode == Mode::Naming) {
        if (taken) {
            m_message = "There is a profile called \"" + name + "\" already: choose it in the list.";
            m_messageIsProblem = true;
            return;
        }
        playAs(name);
        return;
    }
    const std::string from = focusedName().value_or("");
    m_mode = Mode::List;
    m_buttons = buttonsFor(m_mode);
    if (from.empty() || name == from)
        return;
    m_renameFrom = from;
    m_renameTo = name;
    m_change = context().session.requestRename(from, name);
}

void ProfileScene::act(const std::string& id)
{
    if (m_change.valid())
        return; // a change is being written: one at a time
    Context& ctx = context();
    if (id == "back" || id == "cancel" || id == "keep") {
        if (m_mode == Mode::List) {
            ctx.scenes.pop();
            return;
        }
        m_mode = Mode::List;
        m_message.clear();
    } else if (id == "choose") {
        if (const auto name = focusedName())
            playAs(*name);
    } else if (id == "new") {
        startTyping(Mode::Naming);
        return;
    } else if (id == "rename") {
        startTyping(Mode::Renaming);
        return;
    } else if (id == "delete") {
        const auto name = focusedName();
        if (!name)
            return;
        if (*name == ctx.session.profile()) {
            m_message = "You are playing as \"" + *name + "\": choose another profile first, then delete this one.";
            m_messageIsProblem = true;
            return;
        }
        m_mode = Mode::ConfirmDelete;
        m_message.clear();
    } else if (id == "confirm-delete") {
        const auto name = focusedName();
        m_mode = Mode::List;
        if (name) {
            m_change = ctx.session.requestDelete(*name);
        }
    } else if (id == "ok") {
        finishTyping();
        return;
    }
    m_buttons = buttonsFor(m_mode);
    m_button = m_mode == Mode::ConfirmDelete ? 1 : 0; // "keep" first: deleting takes a deliberate choice
}

void ProfileScene::type(sf::Uint32 codePoint)
{
    if (codePoint < 0x20 || codePoint == 0x7f || (codePoint >= 0x80 && codePoint < 0xa0))
        return; // control characters (Backspace and Enter come as keys)
    std::string utf8;
    const sf::String one(codePoint);
    for (sf::Uint8 byte : one.toUtf8())
        utf8 += static_cast<char>(byte);
    if (m_typed.size() + utf8.size() <= kMaxProfileNameBytes)
        m_typed += utf8;
}

void ProfileScene::handleEvent(const sf::Event& event)
{
    const bool typing = m_mode == Mode::Naming || m_mode == Mode::Renaming;
    switch (event.type) {
    case sf::Event::TextEntered:
        if (typing)
            type(event.text.unicode);
        break;
    case sf::Event::KeyPressed:
        if (typing) {
            if (event.key.code == sf::Keyboard::BackSpace)
                m_typed = withoutLastCharacter(m_typed);
            else if (event.key.code == sf::Keyboard::Enter)
                act("ok");
            else if (event.key.code == sf::Keyboard::Escape)
                act("cancel");
            break; // letters arrive as text
        }
        switch (event.key.code) {
        case sf::Keyboard::Up:
            if (m_mode == Mode::List && m_focus > 0)
                --m_focus;
            break;
        case sf::Keyboard::Down:
            if (m_mode == Mode::List && m_focus + 1 < m_profiles.size())
                ++m_focus;
            break;
        case sf::Keyboard::Tab:
            if (!m_buttons.empty())
                m_button = (m_button + (event.key.shift ? m_buttons.size() - 1 : 1)) % m_buttons.size();
            break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space:
            if (m_button < m_buttons.size())
                act(m_buttons[m_button].id);
            break;
        case sf::Keyboard::N:
            act(m_mode == Mode::ConfirmDelete ? "keep" : "new");
            break;
        case sf::Keyboard::R:
        case sf::Keyboard::F2:
            if (m_mode == Mode::List)
                act("rename");
            break;
        case sf::Keyboard::Delete:
            if (m_mode == Mode::List)
                act("delete");
            break;
        case sf::Keyboard::Y:
            if (m_mode == Mode::ConfirmDelete)
                act("confirm-delete");
            break;
        case sf::Keyboard::Escape:
        case sf::Keyboard::O:
            act(m_mode == Mode::ConfirmDelete ? "keep" : "back");
            break;
        default:
            break;
        }
        break;
    case sf::Event::MouseButtonPressed: {
        if (event.mouseButton.button != sf::Mouse::Left)
            break;
        const sf::Vector2f p = mousePoint(event);
        if (const auto clicked = buttonAt(m_buttons, p)) {
            m_button = *clicked;
            act(m_buttons[*clicked].id);
            return;
        }
        if (m_mode != Mode::List)
            break;
        for (std::size_t i = 0; i < m_profiles.size(); ++i)
            if (const auto rect = rowRect(i); rect && rect->contains(p))
                m_focus = i;
        break;
    }
    case sf::Event::MouseWheelScrolled:
        if (m_mode == Mode::List && !m_profiles.empty())
            m_focus = event.mouseWheelScroll.delta > 0 ? (m_focus > 0 ? m_focus - 1 : 0)
                                                       : std::min(m_focus + 1, m_profiles.size() - 1);
        break;
    default:
        break;
    }
}

std::vector<Button> ProfileScene::buttonsFor(Mode mode) const
{
    const float scale = context().theme.scale();
    const float h = 36.0f * scale;
    const float y = m_size.y - context().theme.lineHeight(15.0f) - 12.0f - h - 10.0f * scale;
    std::vector<std::pair<std::string, std::string>> labels;
    switch (mode) {
    case Mode::List:
        labels = {{"choose", "Play as"}, {"new", "New"}, {"rename", "Rename"}, {"delete", "Delete"}, {"back", "Back"}};
        break;
    case Mode::Naming:
    case Mode::Renaming: labels = {{"ok", "OK"}, {"cancel", "Cancel"}}; break;
    case Mode::ConfirmDelete: labels = {{"confirm-delete", "Delete"}, {"keep", "Keep it"}}; break;
    }
    const float gap = 8.0f * scale;
    const float width = std::min(150.0f * scale, (m_size.x - 32.0f * scale - gap * static_cast<float>(labels.size() - 1)) /
                                                     static_cast<float>(labels.size()));
    std::vector<Button> buttons;
    float x = 16.0f * scale;
    for (auto& [id, label] : labels) {
        buttons.push_back({id, label, {x, y, width, h}});
        x += width + gap;
    }
    return buttons;
}

void ProfileScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    m_buttons = buttonsFor(m_mode);
    m_rowHeight = std::max(context().theme.lineHeight(16.0f) + context().theme.lineHeight(12.0f) + 8.0f, 44.0f * scale);
    const float top = 84.0f * scale;
    const float bottom = (m_buttons.empty() ? size.y : m_buttons.front().rect.top) - 90.0f * scale; // room for the editor
    m_list = {16.0f * scale, top, std::min(size.x - 32.0f * scale, 700.0f * scale), std::max(m_rowHeight, bottom - top)};
}

std::size_t ProfileScene::rowsShown() const
{
    return std::max<std::size_t>(1, static_cast<std::size_t>(m_list.height / (m_rowHeight + 4.0f)));
}

std::size_t ProfileScene::firstShown() const
{
    const std::size_t shown = rowsShown();
    return m_focus >= shown ? m_focus - shown + 1 : 0;
}

std::optional<sf::FloatRect> ProfileScene::rowRect(std::size_t index) const
{
    const std::size_t first = firstShown();
    if (index < first || index >= first + rowsShown())
        return std::nullopt; // scrolled out of view
    return sf::FloatRect{m_list.left, m_list.top + static_cast<float>(index - first) * (m_rowHeight + 4.0f), m_list.width,
                         m_rowHeight};
}

std::optional<sf::Vector2f> ProfileScene::locate(const std::string& target) const
{
    for (const Button& b : m_buttons)
        if (b.id == target)
            return centreOf(b.rect);
    if (target.starts_with("profile:") && m_mode == Mode::List)
        for (std::size_t i = 0; i < m_profiles.size(); ++i)
            if (m_profiles[i].name == target.substr(8))
                if (const auto rect = rowRect(i))
                    return centreOf(*rect);
    return std::nullopt;
}

void ProfileScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const std::string& current = context().session.profile();
    theme.drawText(target, "Profiles", {16.0f * scale, 12.0f * scale}, 26.0f, colors::accent, FontStyle::Bold);
    const std::string playing = "Playing as " + current;
    theme.drawText(target, playing, {16.0f * scale, 50.0f * scale},
                   fittingSize(theme, playing, m_size.x - 32.0f * scale, 15.0f), colors::mutedText);

    if (!m_listed)
        theme.drawText(target, "Reading the profiles…", {m_list.left, m_list.top}, 15.0f, colors::mutedText);
    sf::VertexArray panels(sf::Triangles);
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        if (const auto rect = rowRect(i)) {
            const bool focused = i == m_focus && m_mode != Mode::Naming;
            appendPanel(panels, *rect, focused ? colors::accentSoft : colors::panel,
                        focused ? colors::accent : colors::panelBorder, focused ? 3.0f : 1.0f);
        }
    theme.drawShapes(target, panels);
    for (std::size_t i = 0; i < m_profiles.size(); ++i) {
        const auto rect = rowRect(i);
        if (!rect)
            continue;
        const HistoryStore::ProfileRow& row = m_profiles[i];
        const float pad = 10.0f * scale;
        const std::string tag = row.name == current ? "in use" : "";
        const float tagWidth = tag.empty() ? 0.0f : theme.textWidth(tag, 13.0f, FontStyle::Bold) + pad;
        theme.drawText(target, row.name, {rect->left + pad, rect->top + 4.0f * scale},
                       fittingSize(theme, row.name, rect->width - 2 * pad - tagWidth, 16.0f, FontStyle::Bold), colors::text,
                       FontStyle::Bold);
        theme.drawText(target, detailOf(row), {rect->left + pad, rect->top + 4.0f * scale + theme.lineHeight(16.0f)}, 12.0f,
                       colors::mutedText);
        if (!tag.empty())
            theme.drawText(target, tag, {rect->left + rect->width - tagWidth, rect->top + 6.0f * scale}, 13.0f,
                           colors::good, FontStyle::Bold);
    }

    // Under the list's last row: the name being typed, the question before a deletion, or the
    // last message.
    float y = m_list.top;
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        if (const auto rect = rowRect(i))
            y = rect->top + rect->height;
    y += 16.0f * scale;
    const float width = m_list.width;
    if (m_mode == Mode::Naming || m_mode == Mode::Renaming) {
        const std::string ask = m_mode == Mode::Naming ? "Name of the new profile:" : "New name for \"" + focusedName().value_or("") + "\":";
        theme.drawText(target, ask, {m_list.left, y}, fittingSize(theme, ask, width, 15.0f, FontStyle::Bold), colors::text,
                       FontStyle::Bold);
        const sf::FloatRect box{m_list.left, y + theme.lineHeight(15.0f) + 4.0f, width, theme.lineHeight(18.0f) + 10.0f};
        drawPanel(target, theme, box, colors::panel, colors::accent, 2.0f);
        const std::string shown = m_typed + "|"; // the caret
        theme.drawText(target, shown, {box.left + 8.0f, box.top + 5.0f}, fittingSize(theme, shown, box.width - 16.0f, 18.0f),
                       colors::text);
    } else if (m_mode == Mode::ConfirmDelete) {
        const std::string name = focusedName().value_or("");
        theme.drawWrapped(target,
                          "Delete \"" + name + "\"? It leaves this list, but its answers are kept in the "
                          "history, so it can be brought back.",
                          {m_list.left, y}, width, 15.0f, colors::bad, FontStyle::Bold);
    }
    if (!m_message.empty() && m_mode != Mode::ConfirmDelete) {
        const float my = m_mode == Mode::List ? y : y + theme.lineHeight(15.0f) + theme.lineHeight(18.0f) + 18.0f;
        theme.drawWrapped(target, m_message, {m_list.left, my}, width, 13.0f, m_messageIsProblem ? colors::broken : colors::good);
    }
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_button);
    switch (m_mode) {
    case Mode::List:
        drawFooter(target, theme, "Up/Down: profile    Enter: play as it    N: new    R: rename    Del: delete    Esc: back");
        break;
    case Mode::Naming:
    case Mode::Renaming: drawFooter(target, theme, "Type the name    Backspace: erase    Enter: OK    Esc: cancel"); break;
    case Mode::ConfirmDelete: drawFooter(target, theme, "Y: delete    N or Esc: keep it    Tab, Enter: buttons"); break;
    }
}

} // namespace acq
