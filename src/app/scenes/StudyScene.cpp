#include "app/scenes/StudyScene.h"

#include "app/Context.h"
#include "app/scenes/LevelIntroScene.h"

#include <algorithm>

namespace acq {

StudyScene::StudyScene(Context& context, const Level& level)
    : Scene(context)
    , m_level(level)
    , m_content(*level.matching())
{
}

void StudyScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const float width = std::min(size.x - 80.0f * scale, 760.0f * scale);
    const float footer = context().theme.lineHeight(15.0f) + 12.0f;
    m_card = {(size.x - width) / 2.0f, 110.0f * scale, width, size.y - footer - 210.0f * scale};
    const float bw = 180.0f * scale;
    const float bh = 44.0f * scale;
    const float by = m_card.top + m_card.height + 20.0f * scale;
    m_previous = {"previous", "< Previous", {m_card.left, by, bw, bh}};
    m_next = {"next", "Next >", {m_card.left + m_card.width - bw, by, bw, bh}};
    const float startWidth = std::max(bw, context().theme.textWidth("Start the round >", 18.0f, FontStyle::Bold) + 32.0f);
    m_start = {"start", "Start the round >", {m_card.left + m_card.width - startWidth, by, startWidth, bh}};
}

std::optional<sf::Vector2f> StudyScene::locate(const std::string& target) const
{
    if (target == "card")
        return centreOf(m_card);
    if (target == "previous" && m_index > 0)
        return centreOf(m_previous.rect);
    if (target == nextButton().id)
        return centreOf(nextButton().rect);
    return std::nullopt;
}

void StudyScene::go(int delta)
{
    if (delta > 0 && atEnd()) {
        Context& ctx = context();
        ctx.scenes.pop(); // this deck
        ctx.scenes.pop(); // the level's introduction: the round returns to the menu
        pushRound(ctx, m_level);
        return;
    }
    if (delta < 0 && m_index == 0)
        return;
    m_index = static_cast<std::size_t>(static_cast<int>(m_index) + delta);
    m_flipped = false;
}

void StudyScene::handleEvent(const sf::Event& event)
{
    if (event.type == sf::Event::KeyPressed) {
        switch (event.key.code) {
        case sf::Keyboard::Escape:
        case sf::Keyboard::BackSpace: context().scenes.pop(); break;
        case sf::Keyboard::Space:
        case sf::Keyboard::Enter:
        case sf::Keyboard::Up:
        case sf::Keyboard::Down: m_flipped = !m_flipped; break;
        case sf::Keyboard::Right: go(1); break;
        case sf::Keyboard::Left: go(-1); break;
        default: break;
        }
    } else if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        if (m_card.contains(p))
            m_flipped = !m_flipped;
        else if (m_index > 0 && m_previous.rect.contains(p))
            go(-1);
        else if (nextButton().rect.contains(p))
            go(1);
    }
}

void StudyScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    theme.drawText(target, "Study the cards", {m_card.left, 30.0f * scale}, 28.0f, colors::text, FontStyle::Bold);
    theme.drawText(target,
                   "Card " + std::to_string(m_index + 1) + " of " + std::to_string(m_content.pairs.size()) +
                       (m_flipped ? "  (back)" : "  (front: what do you remember?)"),
                   {m_card.left, 72.0f * scale}, 16.0f, colors::mutedText);
    const MatchPair& pair = m_content.pairs.at(m_index);
    drawPanel(target, theme, m_card, m_flipped ? colors::accentSoft : colors::panel, colors::accent, 2.0f);
    const float pad = 28.0f * scale;
    const float width = m_card.width - 2 * pad;
    float y = m_card.top + pad;
    y += theme.drawWrapped(target, pair.prompt, {m_card.left + pad, y}, width, 28.0f, colors::accent, FontStyle::Bold);
    y += 18.0f * scale;
    if (m_flipped) {
        y += theme.drawWrapped(target, pair.answer, {m_card.left + pad, y}, width, 20.0f, colors::text);
        if (!pair.explain.empty()) {
            y += 14.0f * scale;
            theme.drawWrapped(target, pair.explain, {m_card.left + pad, y}, width, 16.0f, colors::mutedText);
        }
    } else {
        theme.drawText(target, "Space, Enter or a click turns the card over.", {m_card.left + pad, y}, 16.0f,
                       colors::mutedText);
    }
    if (m_index > 0)
        drawButton(target, theme, m_previous, false);
    drawButton(target, theme, nextButton(), atEnd());
    drawFooter(target, theme, atEnd() ? "Space/Enter: turn over    Left: previous card    Right: start the round    Esc: back"
                                      : "Space/Enter: turn over    Left/Right: previous/next card    Esc: back");
}

} // namespace acq
