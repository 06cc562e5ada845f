#include "app/scenes/MatchingScene.h"

#include "app/Context.h"
#include "app/scenes/ConfirmScene.h"
#include "app/Widgets.h"
#include "app/scenes/ResultsScene.h"
#include "core/Attempt.h"

#include <algorithm>
#include <cstdio>

namespace acq {

namespace {
constexpr double kFlashSeconds = 0.9;
constexpr float kHeaderHeight = 96.0f;
constexpr float kGap = 8.0f;
}

MatchingScene::MatchingScene(Context& context, const Level& level)
    : Scene(context)
    , m_level(level)
    , m_round(level, context.nextRoundSeed(), context.clock.now())
    , m_startedAt(context.session.timestamp())
    , m_startTime(context.clock.now())
    , m_now(context.clock.now())
{
}

const std::vector<MatchCard>& MatchingScene::cards(int column) const
{
    return column == kPrompts ? m_round.prompts() : m_round.answers();
}

void MatchingScene::layout(sf::Vector2f size)
{
    m_size = size;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float margin = 20.0f * scale;
    const float top = kHeaderHeight * scale;
    const float bottom = size.y - theme.lineHeight(15.0f) - 12.0f - 10.0f * scale;
    const float columnGap = 28.0f * scale;
    const float promptWidth = std::max(120.0f, (size.x - 2 * margin - columnGap) * 0.34f);
    const float answerWidth = std::max(160.0f, size.x - 2 * margin - columnGap - promptWidth);
    const float lefts[2] = {margin, margin + promptWidth + columnGap};
    const float widths[2] = {promptWidth, answerWidth};
    const float pad = 10.0f * scale;

    // The largest text size at which every card of both columns fits the window's height.
    for (m_fontSize = 17.0f; m_fontSize >= 11.0f; m_fontSize -= 1.0f) {
        bool fits = true;
        for (int column = 0; column < 2 && fits; ++column) {
            const auto& list = cards(column);
            const float slot = (bottom - top) / static_cast<float>(std::max<std::size_t>(1, list.size()));
            for (const MatchCard& card : list) {
                const auto lines = theme.wrap(card.text, widths[column] - 2 * pad, m_fontSize);
                if (lines.size() * theme.lineHeight(m_fontSize) + 2 * pad * 0.6f > slot - kGap * scale) {
                    fits = false;
                    break;
                }
            }
        }
        if (fits)
            break;
    }
    m_fontSize = std::max(m_fontSize, 11.0f);
    for (int column = 0; column < 2; ++column) {
        const auto& list = cards(column);
        const float slot = (bottom - top) / static_cast<float>(std::max<std::size_t>(1, list.size()));
        m_views[column].clear();
        for (std::size_t i = 0; i < list.size(); ++i) {
            CardView view;
            view.rect = {lefts[column], top + slot * static_cast<float>(i), widths[column], slot - kGap * scale};
            view.lines = theme.wrap(list[i].text, widths[column] - 2 * pad, m_fontSize);
            m_views[column].push_back(std::move(view));
        }
    }
}

std::optional<sf::Vector2f> MatchingScene::locate(const std::string& target) const
{
    // "prompt:ID" or "answer:ID" (ID: the pair id); "distractor:N" for the Nth distractor.
    const auto colon = target.find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    const std::string side = target.substr(0, colon);
    const std::string id = target.substr(colon + 1);
    const MatchingLevel& content = m_round.level();
    if (side == "distractor") {
        for (std::size_t j = 0; j < m_round.answers().size(); ++j)
            if (m_round.answers()[j].pair < 0 && m_round.answers()[j].text == content.distractors.at(std::stoul(id)))
                return centreOf(m_views[kAnswers][j].rect);
        return std::nullopt;
    }
    const int column = side == "prompt" ? kPrompts : (side == "answer" ? kAnswers : -1);
    if (column < 0)
        return std::nullopt;
    const auto& list = cards(column);
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].pair >= 0 && content.pairs[static_cast<std::size_t>(list[i].pair)].id == id)
            return centreOf(m_views[column][i].rect);
    return std::nullopt;
}

std::string MatchingScene::targetOf(int column, std::size_t index) const
{
    const MatchCard& card = cards(column).at(index);
    if (card.pair >= 0)
        return std::string(column == kPrompts ? "prompt:" : "answer:") +
               m_round.level().pairs.at(static_cast<std::size_t>(card.pair)).id;
    const auto& distractors = m_round.level().distractors;
    const auto found = std::find(distractors.begin(), distractors.end(), card.text);
    return "distractor:" + std::to_string(found - distractors.begin());
}

std::vector<std::string> MatchingScene::answerTargets(bool right) const
{
    if (m_finished || m_round.finished())
        return {};
    // The card in hand (picked), else the focused one, else (matched, or a distractor when the
    // right answer is wanted) the first open prompt.
    int column = m_focusColumn;
    std::size_t index = m_focus[column];
    bool picked = false;
    for (int c : {kPrompts, kAnswers})
        if (m_picked[c]) {
            column = c;
            index = *m_picked[c];
            picked = true;
        }
    const bool usable = index < cards(column).size() && !cards(column)[index].matched &&
                        (!right || cards(column)[index].pair >= 0); // a distractor has no partner
    if (!picked && !usable) {
        column = kPrompts;
        index = 0;
        while (index < cards(column).size() && cards(column)[index].matched)
            ++index;
    }
    const MatchCard& card = cards(column).at(index);
    const int other = 1 - column;
    std::optional<std::size_t> partner;
    for (std::size_t j = 0; j < cards(other).size(); ++j) {
        const MatchCard& candidate = cards(other)[j];
        if (candidate.matched)
            continue;
        const bool pairs = card.pair >= 0 && candidate.pair == card.pair;
        if (pairs == right) {
            partner = j;
            break;
        }
    }
    if (!partner)
        return {}; // a distractor has no partner; the last open pair has no wrong one
    std::vector<std::string> targets;
    if (!picked)
        targets.push_back(targetOf(column, index));
    targets.push_back(targetOf(other, *partner));
    return targets;
}

void MatchingScene::pick(int column, std::size_t index)
{
    if (index >= cards(column).size() || cards(column)[index].matched || m_finished)
        return;
    m_focusColumn = column;
    m_focus[column] = index;
    const int other = 1 - column;
    if (!m_picked[other]) {
        // Picking the same card again drops it; picking another in the same column moves the pick.
        m_picked[column] = (m_picked[column] == index) ? std::nullopt : std::optional<std::size_t>(index);
        return;
    }
    const std::size_t prompt = column == kPrompts ? index : *m_picked[kPrompts];
    const std::size_t answer = column == kAnswers ? index : *m_picked[kAnswers];
    m_picked[0].reset();
    m_picked[1].reset();
    const auto outcome = m_round.match(prompt, answer, context().clock.now());
    if (outcome == MatchingRound::Outcome::Correct && !m_round.finished()) {
        Context& ctx = context(); // the pair, with its wrong tries, is an answer (the last one: finish)
        ctx.session.answered(attemptFrom(m_round, m_level.id, m_startedAt, ctx.clock.now() - m_startTime), &m_level);
    }
    if (outcome == MatchingRound::Outcome::Correct) {
        m_message = "Right: " + m_round.prompts()[prompt].text + ".";
        if (m_round.finished()) {
            finish(true);
            return;
        }
        // Move the focus on to a card still open, so keyboard play flows.
        if (cards(m_focusColumn)[m_focus[m_focusColumn]].matched)
            moveFocus(1);
    } else if (outcome == MatchingRound::Outcome::Wrong) {
        m_flash = {prompt, answer};
        m_flashUntil = context().clock.now() + kFlashSeconds;
        m_message = "Not a pair: -" + std::to_string(m_round.level().scoring.wrongPenalty) + " points. Try again.";
    }
}

void MatchingScene::moveFocus(int delta)
{
    const auto& list = cards(m_focusColumn);
    if (list.empty())
        return;
    const auto n = static_cast<int>(list.size());
    int index = static_cast<int>(m_focus[m_focusColumn]);
    for (int step = 0; step < n; ++step) {
        index = (index + delta + n) % n;
        if (!list[static_cast<std::size_t>(index)].matched) {
            m_focus[m_focusColumn] = static_cast<std::size_t>(index);
            return;
        }
    }
}

void MatchingScene::switchColumn()
{
    m_focusColumn = 1 - m_focusColumn;
    if (cards(m_focusColumn).size() > m_focus[m_focusColumn] && cards(m_focusColumn)[m_focus[m_focusColumn]].matched)
        moveFocus(1);
}

void MatchingScene::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    Context& ctx = context();
    const double end = completed ? m_round.finishedAt() : ctx.clock.now();
    Attempt attempt = attemptFrom(m_round, m_level.id, m_startedAt, end - m_startTime);
    attempt.completed = completed;
    if (worthKeeping(attempt))
        ctx.session.record(attempt, &m_level);
    ctx.scenes.pop();
    if (completed) {
        ResultsData results = ResultsData::fromMatching(m_level, m_round, attempt);
        ctx.scenes.push([&ctx, results] { return std::make_unique<ResultsScene>(ctx, results); });
    }
}

std::optional<std::pair<int, std::size_t>> MatchingScene::cardAt(sf::Vector2f point) const
{
    for (int column = 0; column < 2; ++column)
        for (std::size_t i = 0; i < m_views[column].size(); ++i)
            if (m_views[column][i].rect.contains(point))
                return std::make_pair(column, i);
    return std::nullopt;
}

void MatchingScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed:
        m_keyboardFocus = true;
        switch (event.key.code) {
        case sf::Keyboard::Escape:
            if (m_picked[0] || m_picked[1]) {
                m_picked[0].reset();
                m_picked[1].reset();
            } else {
                askToConfirm(context(), leavingRound(), [this] { finish(false); });
            }
            break;
        case sf::Keyboard::Up: moveFocus(-1); break;
        case sf::Keyboard::Down: moveFocus(1); break;
        case sf::Keyboard::T: context().showClock = !context().showClock; break;
        case sf::Keyboard::Left:
        case sf::Keyboard::Right:
        case sf::Keyboard::Tab: switchColumn(); break;
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space: pick(m_focusColumn, m_focus[m_focusColumn]); break;
        default: break;
        }
        break;
    case sf::Event::MouseMoved: {
        const sf::Vector2f p(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        const auto card = cardAt(p);
        m_hover = card ? std::optional<std::pair<int, int>>({card->first, static_cast<int>(card->second)}) : std::nullopt;
        if (m_press) {
            m_press->now = p;
            const sf::Vector2f d = p - m_press->from;
            if (d.x * d.x + d.y * d.y > 36.0f) // a few pixels of jitter is still a click
                m_press->dragging = true;
        }
        break;
    }
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
            const auto card = cardAt(p);
            if (card && !cards(card->first)[card->second].matched) {
                m_keyboardFocus = false;
                m_press = Press{card->first, card->second, p, p};
            }
        }
        break;
    case sf::Event::MouseButtonReleased:
        if (event.mouseButton.button == sf::Mouse::Left)
            release({static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y)});
        break;
    default:
        break;
    }
}

void MatchingScene::release(sf::Vector2f at)
{
    if (!m_press)
        return;
    const Press press = *m_press;
    m_press.reset();
    if (!press.dragging) {
        pick(press.column, press.index); // a click
        return;
    }
    // Dropped on a card of the other column: that is the pair the player means.
    const auto target = cardAt(at);
    if (target && target->first != press.column) {
        m_picked[0].reset();
        m_picked[1].reset();
        pick(press.column, press.index);
        pick(target->first, target->second);
    }
}

void MatchingScene::drawDragged(sf::RenderTarget& target) const
{
    if (!m_press || !m_press->dragging)
        return;
    const Theme& theme = context().theme;
    const CardView& view = m_views[m_press->column][m_press->index];
    const sf::Vector2f offset = m_press->now - m_press->from;
    const sf::FloatRect rect{view.rect.left + offset.x, view.rect.top + offset.y, view.rect.width, view.rect.height};
    drawPanel(target, theme, rect, sf::Color(214, 230, 247, 230), colors::accent, 2.0f);
    const float pad = 10.0f * theme.scale();
    float y = rect.top + pad * 0.5f;
    for (const std::string& line : view.lines) {
        theme.drawText(target, line, {rect.left + pad, y}, m_fontSize, colors::text,
                       m_press->column == kPrompts ? FontStyle::Bold : FontStyle::Regular);
        y += theme.lineHeight(m_fontSize);
    }
}

bool MatchingScene::animating() const
{
    // A wrong pair's flash fades by itself; the optional clock changes once a second.
    return m_flashUntil > 0.0 || (context().showClock && static_cast<int>(m_now - m_startTime) != m_shownSecond);
}

void MatchingScene::update(double now)
{
    m_now = now;
    if (m_flashUntil > 0.0 && now >= m_flashUntil)
        m_flashUntil = 0.0;
}

void MatchingScene::appendCardPanel(sf::VertexArray& panels, int column, std::size_t index) const
{
    const MatchCard& card = cards(column)[index];
    const bool flashing = m_flashUntil > 0.0 &&
                          (column == kPrompts ? m_flash.first == index : m_flash.second == index);
    const bool picked = m_picked[column] == index;
    const bool focused = m_keyboardFocus && m_focusColumn == column && m_focus[column] == index;
    const bool hovered = m_hover && m_hover->first == column && m_hover->second == static_cast<int>(index);

    sf::Color fill = colors::panel;
    sf::Color border = colors::panelBorder;
    float thickness = 1.0f;
    if (card.matched) {
        fill = colors::goodSoft;
        border = colors::good;
    } else if (flashing) {
        fill = colors::badSoft;
        border = colors::bad;
        thickness = 3.0f;
    } else if (picked) {
        fill = colors::accentSoft;
        border = colors::accent;
        thickness = 3.0f;
    } else if (hovered) {
        fill = sf::Color(250, 248, 244);
    }
    if (focused) {
        border = colors::accent;
        thickness = 3.0f;
    }
    appendPanel(panels, m_views[column][index].rect, fill, border, thickness);
}

void MatchingScene::drawCardText(sf::RenderTarget& target, int column, std::size_t index) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const MatchCard& card = cards(column)[index];
    const CardView& view = m_views[column][index];
    const float pad = 10.0f * scale;
    const float height = static_cast<float>(view.lines.size()) * theme.lineHeight(m_fontSize);
    float y = view.rect.top + std::max(pad * 0.5f, (view.rect.height - height) / 2.0f);
    const FontStyle style = column == kPrompts ? FontStyle::Bold : FontStyle::Regular;
    const sf::Color ink = card.matched ? colors::mutedText : colors::text;
    for (std::size_t i = 0; i < view.lines.size(); ++i) {
        std::string line = view.lines[i];
        if (i == 0 && card.matched)
            line = "\xE2\x9C\x93 " + line; // a check mark: matched is shown by more than colour
        theme.drawText(target, line, {view.rect.left + pad, y}, m_fontSize, ink, style);
        y += theme.lineHeight(m_fontSize);
    }
}

void MatchingScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();

    std::string status = "Matched " + std::to_string(m_round.matchedCount()) + " of " +
                         std::to_string(m_round.prompts().size()) + "     Score " + std::to_string(m_round.score());
    if (context().showClock) {
        const int seconds = static_cast<int>(m_now - m_startTime);
        m_shownSecond = seconds;
        status = formatClock(seconds) + "     " + status;
    }
    const float w = theme.textWidth(status, 17.0f, FontStyle::Bold);
    theme.drawText(target, status, {m_size.x - w - 20.0f * scale, 16.0f * scale}, 17.0f, colors::text,
                   FontStyle::Bold);
    theme.drawText(target, m_level.title, {20.0f * scale, 12.0f * scale},
                   fittingSize(theme, m_level.title, m_size.x - w - 60.0f * scale, 24.0f, FontStyle::Bold), colors::text,
                   FontStyle::Bold);
    const std::string hint = m_message.empty()
                                 ? "Pick a card on the left, then the description that belongs to it."
                                 : m_message;
    const sf::Color hintColor = m_flashUntil > 0.0 ? colors::bad : colors::mutedText;
    theme.drawText(target, hint, {20.0f * scale, 52.0f * scale}, 16.0f, hintColor,
                   m_flashUntil > 0.0 ? FontStyle::Bold : FontStyle::Regular);
    sf::VertexArray panels(sf::Triangles);
    for (int column = 0; column < 2; ++column)
        for (std::size_t i = 0; i < m_views[column].size(); ++i)
            appendCardPanel(panels, column, i);
    // Drawn plainly, not through the glyph texture (Theme::drawShapes): the cards cover most of
    // the window and are drawn again at every step of a drag, and under Mesa's software renderer
    // a textured pixel costs about three times a plain one (bench/RESULTS.md). The plain pipeline
    // this needs is compiled once, in this screen's first frame.
    target.draw(panels);
    {
        const Theme::Batch batch(theme, target); // the cards' texts in one draw call: cards never overlap
        for (int column = 0; column < 2; ++column)
            for (std::size_t i = 0; i < m_views[column].size(); ++i)
                drawCardText(target, column, i);
    }
    drawDragged(target);
    drawFooter(target, theme, "Click or drag a card to its partner   Arrows/Tab: move   Enter/Space: pick   T: clock   Esc: drop pick / menu");
}

} // namespace acq
