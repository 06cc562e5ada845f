#include "app/scenes/ConfirmScene.h"

#include "app/Context.h"

#include <algorithm>

namespace acq {

ConfirmScene::ConfirmScene(Context& context, Confirmation confirmation, std::function<void()> onYes)
    : Scene(context)
    , m_confirmation(std::move(confirmation))
    , m_onYes(std::move(onYes))
{
}

Confirmation leavingRound()
{
    return {"Leave this round?", "What you have answered so far is kept in your history.", "Leave", "Keep playing"};
}

void askToConfirm(Context& context, Confirmation confirmation, std::function<void()> onYes)
{
    context.scenes.push([&context, confirmation = std::move(confirmation), onYes = std::move(onYes)] {
        return std::make_unique<ConfirmScene>(context, confirmation, onYes);
    });
}

void ConfirmScene::layout(sf::Vector2f size)
{
    m_size = size;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float width = std::min(size.x - 40.0f, 560.0f * scale);
    const float height = 200.0f * scale;
    m_panel = {(size.x - width) / 2.0f, (size.y - height) / 2.0f, width, height};
    const float gap = 16.0f * scale;
    const float buttonWidth = (width - 3 * gap) / 2.0f;
    const float buttonHeight = 46.0f * scale;
    const float y = m_panel.top + height - gap - buttonHeight;
    m_buttons = {{"yes", m_confirmation.yes + " (Enter)", {m_panel.left + gap, y, buttonWidth, buttonHeight}},
                 {"no", m_confirmation.no + " (Esc)", {m_panel.left + 2 * gap + buttonWidth, y, buttonWidth, buttonHeight}}};
}

std::optional<sf::Vector2f> ConfirmScene::locate(const std::string& target) const
{
    for (const Button& b : m_buttons)
        if (b.id == target)
            return centreOf(b.rect);
    return std::nullopt;
}

void ConfirmScene::answer(bool yes)
{
    if (m_answered)
        return; // a second key in the same frame: the first answer stands
    m_answered = true;
    context().scenes.pop();
    if (yes && m_onYes)
        m_onYes();
}

void ConfirmScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        switch (event.key.code) {
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: answer(m_focus == 0); break;
        case sf::Keyboard::Y: answer(true); break;
        case sf::Keyboard::N:
        case sf::Keyboard::Escape: answer(false); break;
        case sf::Keyboard::Left:
        case sf::Keyboard::Right:
        case sf::Keyboard::Tab: m_focus = 1 - m_focus; break;
        default: break;
        }
        break;
    case sf::Event::MouseMoved:
        if (const auto hovered = buttonAt(m_buttons, mousePoint(event)))
            m_focus = *hovered;
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left)
            if (const auto clicked = buttonAt(m_buttons, mousePoint(event)))
                answer(*clicked == 0);
        break;
    default:
        break;
    }
}

void ConfirmScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    // The screen it interrupts stays visible, dimmed, so the player sees what they would leave.
    drawPanel(target, theme, {0.0f, 0.0f, m_size.x, m_size.y}, sf::Color(38, 42, 48, 120), sf::Color::Transparent, 0.0f);
    drawPanel(target, theme, m_panel, colors::panel, colors::accent, 3.0f);
    const float pad = 20.0f * scale;
    float y = m_panel.top + pad;
    y += theme.drawWrapped(target, m_confirmation.question, {m_panel.left + pad, y}, m_panel.width - 2 * pad, 24.0f,
                           colors::text, FontStyle::Bold);
    y += 6.0f * scale;
    theme.drawWrapped(target, m_confirmation.detail, {m_panel.left + pad, y}, m_panel.width - 2 * pad, 16.0f,
                      colors::mutedText);
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        drawButton(target, theme, m_buttons[i], i == m_focus);
}

} // namespace acq
