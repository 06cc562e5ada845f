#include "app/scenes/MatchingScene.h"

#include "app/Context.h"
#include "app/Widgets.h"
#include "app/scenes/ConfirmScene.h"
#include "app/scenes/ResultsScene.h"
#include "core/Attempt.h"
#include "core/CardFit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>

namespace acq {

namespace {
constexpr double kFlashSeconds = 0.9;
constexpr float kGap = 8.0f;
constexpr float kSmallestPixels = 11.0f; // no card or message text is drawn smaller
constexpr std::size_t kMessageLines = 3;  // the longest "why" fits in this many lines if it can
const char* const kCheckMark = "\xE2\x9C\x93";
// The keyboard focus: a dark ring around the card, apart from the picked card's blue fill and
// the matched card's faded one, so the three never look alike (a focused card can be picked).
const sf::Color kFocusRing{17, 24, 39};
const sf::Color kMatchedFill{236, 233, 226};

// The smallest design size (Theme sizes are for an 800-pixel-high window) drawn at 11 pixels.
float smallestDesignSize(const Theme& theme)
{
    return std::ceil(kSmallestPixels / theme.scale() * 4.0f) / 4.0f;
}

bool endsSentence(const std::string& text)
{
    return !text.empty() && (text.back() == '.' || text.back() == '?' || text.back() == '!');
}
} // namespace

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

std::string MatchingScene::rightMessage(std::size_t prompt) const
{
    const MatchPair& pair = m_round.level().pairs.at(static_cast<std::size_t>(m_round.prompts().at(prompt).pair));
    std::string message = "Right: " + pair.prompt + (endsSentence(pair.prompt) ? "" : ".");
    if (!pair.explain.empty())
        message += " Why: " + pair.explain;
    return message;
}

std::string MatchingScene::pickedMessage(int column, std::size_t index) const
{
    return "Picked: " + cards(column).at(index).text + (column == kPrompts ? "  Now its description on the right."
                                                                         : "  Now its card on the left.");
}

std::string MatchingScene::wrongMessage() const
{
    return "Not a pair: -" + std::to_string(m_round.level().scoring.wrongPenalty) + " points. Try again.";
}

void MatchingScene::layout(sf::Vector2f size)
{
    m_size = size;
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float margin = 20.0f * scale;
    const float smallest = smallestDesignSize(theme);

    // The line under the title holds the longest message it can be given (a right pair's why,
    // a long card picked) without pushing the cards down when it changes.
    std::vector<std::string> messages = {wrongMessage()};
    for (std::size_t i = 0; i < m_round.prompts().size(); ++i)
        messages.push_back(rightMessage(i));
    for (int column = 0; column < 2; ++column)
        for (std::size_t i = 0; i < cards(column).size(); ++i)
            messages.push_back(pickedMessage(column, i));
    m_messageWidth = size.x - 2 * margin;
    std::size_t lines = 1;
    for (m_messageSize = 16.0f;; m_messageSize -= 1.0f) {
        lines = 1;
        for (const std::string& message : messages)
            lines = std::max(lines, theme.wrap(message, m_messageWidth, m_messageSize).size());
        if (lines <= kMessageLines || m_messageSize - 1.0f < smallest)
            break;
    }
    m_messageTop = 46.0f * scale;
    const float top = m_messageTop + static_cast<float>(lines) * theme.lineHeight(m_messageSize) + 10.0f * scale;
    const float bottom = size.y - theme.lineHeight(15.0f) - 12.0f - 10.0f * scale;

    const float columnGap = 28.0f * scale;
    const float pad = 10.0f * scale;
    // The check mark of a matched card hangs left of its text, so marking it moves no word.
    m_gutter = theme.textWidth(std::string(kCheckMark) + " ", 17.0f, FontStyle::Bold);
    m_cardPadding = pad * 0.5f;
    m_barWidth = std::max(8.0f, 10.0f * scale);
    m_barGap = std::max(4.0f, 6.0f * scale);
    m_cardsTop = top;
    m_cardsBottom = bottom;

    // Each column's width, less room for a scroll bar beside it when the cards need one.
    float lefts[2] = {};
    float widths[2] = {};
    std::vector<CardColumn> columns(2);
    const auto shareWidth = [&](bool bars) {
        const float room = size.x - 2 * margin - columnGap - (bars ? 2 * (m_barGap + m_barWidth) : 0.0f);
        widths[kPrompts] = std::max(120.0f, room * 0.34f);
        widths[kAnswers] = std::max(160.0f, room - widths[kPrompts]);
        lefts[kPrompts] = margin;
        lefts[kAnswers] = margin + widths[kPrompts] + columnGap + (bars ? m_barGap + m_barWidth : 0.0f);
        for (int column = 0; column < 2; ++column) {
            columns[column].textWidth = widths[column] - 2 * pad - m_gutter;
            columns[column].texts.clear();
            for (const MatchCard& card : cards(column))
                columns[column].texts.push_back(card.text);
        }
    };
    shareWidth(false);
    CardFitRules rules;
    rules.height = std::max(0.0f, bottom - top);
    rules.gap = kGap * scale;
    rules.padding = m_cardPadding;
    rules.largest = 17.0f;
    rules.smallest = smallest;
    const MeasureAt measure = [&](std::string_view text, float at, std::size_t column) {
        return static_cast<double>(theme.textWidth(text, at, column == kPrompts ? FontStyle::Bold : FontStyle::Regular));
    };
    const LineHeightAt lineHeight = [&](float at) { return theme.lineHeight(at); };
    CardFit fit = fitCards(columns, rules, measure, lineHeight);
    if (!fit.fits) {
        // Too many long cards for this window at 11 px (the ten causes at 640 x 480): the text
        // stays readable and the column that is too tall scrolls, with a bar beside it.
        shareWidth(true);
        fit = fitCards(columns, rules, measure, lineHeight);
    }
    m_fontSize = fit.size;
    for (int column = 0; column < 2; ++column) {
        m_views[column].clear();
        for (std::size_t i = 0; i < fit.lines[column].size(); ++i) {
            CardView view;
            view.rect = {lefts[column], top, widths[column], fit.heights[column][i]};
            view.lines = fit.lines[column][i];
            m_views[column].push_back(std::move(view));
        }
        m_scroll[column].setItems(fit.heights[column], rules.gap, rules.height);
    }
    if (m_keyboardFocus)
        revealFocus();
    placeCards();
}

void MatchingScene::placeCards()
{
    for (int column = 0; column < 2; ++column)
        for (std::size_t i = 0; i < m_views[column].size(); ++i)
            m_views[column][i].rect.top = m_cardsTop + m_scroll[column].offsetOf(i);
}

void MatchingScene::revealFocus()
{
    m_scroll[m_focusColumn].reveal(m_focus[m_focusColumn]);
    placeCards();
}

void MatchingScene::scrollColumn(int column, int items)
{
    if (column < 0 || !m_scroll[column].scrollBy(items))
        return;
    placeCards();
    m_hover.reset(); // the card under the pointer changed; the next move finds it
}

int MatchingScene::columnUnder(float x) const
{
    const bool scrolls[2] = {m_scroll[kPrompts].scrollable(), m_scroll[kAnswers].scrollable()};
    if (scrolls[kPrompts] && scrolls[kAnswers])
        return m_views[kAnswers].empty() || x < m_views[kAnswers].front().rect.left ? kPrompts : kAnswers;
    return scrolls[kAnswers] ? kAnswers : scrolls[kPrompts] ? kPrompts : -1;
}

sf::FloatRect MatchingScene::scrollTrack(int column) const
{
    if (m_views[column].empty())
        return {};
    const sf::FloatRect& card = m_views[column].front().rect;
    return {card.left + card.width + m_barGap, m_cardsTop, m_barWidth, m_cardsBottom - m_cardsTop};
}

void MatchingScene::drawScrollBars(sf::RenderTarget& target) const
{
    // A column with cards out of view shows how much there is and where the view is, so a
    // player sees that more cards lie below (or above).
    sf::VertexArray bars(sf::Triangles);
    for (int column = 0; column < 2; ++column)
        appendScrollBar(bars, scrollTrack(column), m_scroll[column]);
    if (bars.getVertexCount() > 0)
        context().theme.drawShapes(target, bars);
}

std::optional<std::pair<int, std::size_t>> MatchingScene::cardNamed(const std::string& target) const
{
    // "prompt:ID" or "answer:ID" (ID: the pair id); "distractor:N" for the Nth distractor.
    const auto colon = target.find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    const std::string side = target.substr(0, colon);
    const std::string id = target.substr(colon + 1);
    const MatchingLevel& content = m_round.level();
    if (side == "distractor") {
        const std::string& text = content.distractors.at(std::stoul(id));
        for (std::size_t j = 0; j < m_round.answers().size(); ++j)
            if (m_round.answers()[j].pair < 0 && m_round.answers()[j].text == text)
                return std::make_pair(int{kAnswers}, j);
        return std::nullopt;
    }
    const int column = side == "prompt" ? kPrompts : (side == "answer" ? kAnswers : -1);
    if (column < 0)
        return std::nullopt;
    const auto& list = cards(column);
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].pair >= 0 && content.pairs[static_cast<std::size_t>(list[i].pair)].id == id)
            return std::make_pair(column, i);
    return std::nullopt;
}

std::optional<sf::Vector2f> MatchingScene::locate(const std::string& target) const
{
    // A card scrolled out of view is not on screen: a player could not click it either.
    const auto card = cardNamed(target);
    if (!card || card->second >= m_views[card->first].size() || !shown(card->first, card->second))
        return std::nullopt;
    return centreOf(m_views[card->first][card->second].rect);
}

std::optional<Scene::WheelTurn> MatchingScene::scrollToward(const std::string& target) const
{
    const auto card = cardNamed(target);
    if (!card)
        return std::nullopt;
    const int way = m_scroll[card->first].toward(card->second);
    if (way == 0)
        return std::nullopt;
    return WheelTurn{centreOf(scrollTrack(card->first)) - sf::Vector2f(m_barGap + m_barWidth, 0.0f),
                     way > 0 ? -1.0f : 1.0f};
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
        if (!m_messageRight) // a right pair's why stays while the next pair is begun
            m_message = m_picked[column] ? pickedMessage(column, index) : std::string();
        m_flashUntil = 0.0; // the player has moved on from a wrong pair: its colour would mislead
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
        // The why is part of the lesson when the pair is right first time too (the last pair's
        // is on the results screen, with every other).
        m_message = rightMessage(prompt);
        m_messageRight = true;
        if (m_round.finished()) {
            finish(true);
            return;
        }
        keepFocusOpen(); // so keyboard play flows
    } else if (outcome == MatchingRound::Outcome::Wrong) {
        m_flash = {prompt, answer};
        // With reduced motion nothing on screen changes by itself: the wrong pair stays marked
        // until the player's next pick ends it.
        m_flashUntil = context().settings.reducedMotion ? std::numeric_limits<double>::infinity()
                                                        : context().clock.now() + kFlashSeconds;
        m_message = wrongMessage();
        m_messageRight = false;
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

void MatchingScene::focusEnd(bool last)
{
    const auto& list = cards(m_focusColumn);
    for (std::size_t k = 0; k < list.size(); ++k) {
        const std::size_t index = last ? list.size() - 1 - k : k;
        if (!list[index].matched) {
            m_focus[m_focusColumn] = index;
            return;
        }
    }
}

void MatchingScene::keepFocusOpen()
{
    const auto& list = cards(m_focusColumn);
    if (m_focus[m_focusColumn] >= list.size() || list[m_focus[m_focusColumn]].matched)
        moveFocus(1);
}

void MatchingScene::switchColumn(ColumnMove move)
{
    const int to = move == ColumnMove::Left ? kPrompts : move == ColumnMove::Right ? kAnswers : 1 - m_focusColumn;
    if (to == m_focusColumn)
        return;
    const auto& from = m_views[m_focusColumn];
    const std::size_t at = m_focus[m_focusColumn];
    m_focusColumn = to;
    if (at >= from.size() || m_views[to].size() != cards(to).size()) {
        keepFocusOpen(); // not laid out yet
        return;
    }
    // The open card beside the focused one: the one whose span holds its middle, else the
    // nearest by middle.
    const float middle = from[at].rect.top + from[at].rect.height / 2.0f;
    std::optional<std::size_t> best;
    float bestDistance = 0.0f;
    for (std::size_t i = 0; i < cards(to).size(); ++i) {
        if (cards(to)[i].matched)
            continue;
        const sf::FloatRect& rect = m_views[to][i].rect;
        const bool holds = middle >= rect.top && middle <= rect.top + rect.height;
        const float distance = holds ? 0.0f : std::abs(rect.top + rect.height / 2.0f - middle);
        if (!best || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best)
        m_focus[to] = *best;
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
            if (shown(column, i) && m_views[column][i].rect.contains(point))
                return std::make_pair(column, i);
    return std::nullopt;
}

void MatchingScene::handleEvent(const sf::Event& event)
{
    switch (event.type) {
    case sf::Event::KeyPressed: {
        const sf::Keyboard::Key key = event.key.code;
        const bool moves = key == sf::Keyboard::Up || key == sf::Keyboard::Down || key == sf::Keyboard::Left ||
                           key == sf::Keyboard::Right || key == sf::Keyboard::Tab || key == sf::Keyboard::Home ||
                           key == sf::Keyboard::End || key == sf::Keyboard::PageUp || key == sf::Keyboard::PageDown;
        if (moves && !m_keyboardFocus) {
            // The first press shows where the focus is, on an open card, before it moves anywhere.
            m_keyboardFocus = true;
            keepFocusOpen();
            revealFocus();
            break;
        }
        m_keyboardFocus = true;
        switch (key) {
        case sf::Keyboard::Escape:
            if (m_picked[0] || m_picked[1]) {
                m_picked[0].reset();
                m_picked[1].reset();
                if (!m_messageRight)
                    m_message.clear();
            } else {
                askToConfirm(context(), leavingRound(), [this] { finish(false); });
            }
            break;
        case sf::Keyboard::Up: moveFocus(-1); break;
        case sf::Keyboard::Down: moveFocus(1); break;
        case sf::Keyboard::Home: focusEnd(false); break;
        case sf::Keyboard::End: focusEnd(true); break;
        case sf::Keyboard::T: context().showClock = !context().showClock; break;
        case sf::Keyboard::Left: switchColumn(ColumnMove::Left); break;
        case sf::Keyboard::Right: switchColumn(ColumnMove::Right); break;
        case sf::Keyboard::Tab: switchColumn(ColumnMove::Other); break;
        case sf::Keyboard::PageUp:
        case sf::Keyboard::PageDown: {
            // A page of the focused column; the focus goes to the first open card now in view.
            const int column = m_focusColumn;
            m_scroll[column].page(key == sf::Keyboard::PageDown ? 1 : -1);
            placeCards();
            for (std::size_t i = m_scroll[column].first(); i < m_scroll[column].end(); ++i)
                if (!cards(column)[i].matched) {
                    m_focus[column] = i;
                    break;
                }
            break;
        }
        case sf::Keyboard::Enter:
        case sf::Keyboard::Space:
            keepFocusOpen();
            pick(m_focusColumn, m_focus[m_focusColumn]);
            break;
        default: break;
        }
        if (moves || key == sf::Keyboard::Enter || key == sf::Keyboard::Space)
            revealFocus(); // a focus moved to a card out of view brings it into view
        break;
    }
    case sf::Event::MouseWheelScrolled: {
        const int column = columnUnder(static_cast<float>(event.mouseWheelScroll.x));
        scrollColumn(column, event.mouseWheelScroll.delta > 0 ? -1 : 1);
        break;
    }
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
            for (int column = 0; column < 2 && !card; ++column) {
                // A click on a scroll bar's track pages toward it.
                const sf::FloatRect track = scrollTrack(column);
                if (m_scroll[column].scrollable() && track.contains(p)) {
                    if (m_scroll[column].page(pageTowardClick(track, m_scroll[column], p.y))) {
                        placeCards();
                        m_hover.reset();
                    }
                }
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
    const float height = static_cast<float>(view.lines.size()) * theme.lineHeight(m_fontSize);
    float y = rect.top + std::max(m_cardPadding, (rect.height - height) / 2.0f);
    for (const std::string& line : view.lines) {
        theme.drawText(target, line, {rect.left + pad + m_gutter, y}, m_fontSize, colors::text,
                       m_press->column == kPrompts ? FontStyle::Bold : FontStyle::Regular);
        y += theme.lineHeight(m_fontSize);
    }
}

bool MatchingScene::animating() const
{
    // A wrong pair's flash fades by itself; the optional clock changes once a second.
    return (m_flashUntil > 0.0 && std::isfinite(m_flashUntil)) || (context().showClock && static_cast<int>(m_now - m_startTime) != m_shownSecond);
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

    // Matched: put away (faded, thin border, a check mark); picked: blue and heavy; focused: a
    // dark ring outside the card, which a picked card can have too.
    sf::Color fill = colors::panel;
    sf::Color border = colors::panelBorder;
    float thickness = 1.0f;
    if (card.matched) {
        fill = kMatchedFill;
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
    const sf::FloatRect& rect = m_views[column][index].rect;
    appendPanel(panels, rect, fill, border, thickness);
    if (focused) {
        const float out = 4.0f * context().theme.scale();
        appendPanel(panels, {rect.left - out, rect.top - out, rect.width + 2 * out, rect.height + 2 * out},
                    sf::Color::Transparent, kFocusRing, 3.0f);
    }
}

void MatchingScene::drawCardText(sf::RenderTarget& target, int column, std::size_t index) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const MatchCard& card = cards(column)[index];
    const CardView& view = m_views[column][index];
    const float pad = 10.0f * scale;
    const float height = static_cast<float>(view.lines.size()) * theme.lineHeight(m_fontSize);
    float y = view.rect.top + std::max(m_cardPadding, (view.rect.height - height) / 2.0f);
    const FontStyle style = column == kPrompts ? FontStyle::Bold : FontStyle::Regular;
    const sf::Color ink = card.matched ? colors::mutedText : colors::text;
    const float x = view.rect.left + pad;
    if (card.matched) // matched is shown by more than colour
        theme.drawText(target, kCheckMark, {x, y}, m_fontSize, colors::good, FontStyle::Bold);
    for (const std::string& line : view.lines) {
        theme.drawText(target, line, {x + m_gutter, y}, m_fontSize, ink, style);
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
    drawFitted(target, theme, m_level.title, {20.0f * scale, 12.0f * scale}, m_size.x - w - 60.0f * scale, 24.0f,
               colors::text, FontStyle::Bold);
    const std::string hint = m_message.empty()
                                 ? "Pick a card on the left, then the description that belongs to it."
                                 : m_message;
    const sf::Color hintColor = m_flashUntil > 0.0 ? colors::bad : m_messageRight ? colors::text : colors::mutedText;
    theme.drawWrapped(target, hint, {20.0f * scale, m_messageTop}, m_messageWidth, m_messageSize, hintColor,
                      m_flashUntil > 0.0 ? FontStyle::Bold : FontStyle::Regular);
    sf::VertexArray panels(sf::Triangles);
    for (int column = 0; column < 2; ++column)
        for (std::size_t i = 0; i < m_views[column].size(); ++i)
            if (shown(column, i))
                appendCardPanel(panels, column, i);
    // Drawn plainly, not with Theme::drawShapes: cards covering the window, drawn again at every
    // step of a drag, cost more as textured pixels (bench/RESULTS.md, "Renderer workarounds").
    target.draw(panels);
    theme.noteSurfaces(target, panels); // for the layout check: the cards' texts are on them
    {
        const Theme::Batch batch(theme, target); // the cards' texts in one draw call: cards never overlap
        for (int column = 0; column < 2; ++column)
            for (std::size_t i = 0; i < m_views[column].size(); ++i)
                if (shown(column, i))
                    drawCardText(target, column, i);
    }
    drawScrollBars(target);
    drawDragged(target);
    // With a scroll bar the footer says how to scroll, in fewer words so it still fits 640 px.
    const bool scrolls = m_scroll[kPrompts].scrollable() || m_scroll[kAnswers].scrollable();
    drawFooter(target, theme,
               scrolls ? "Click/drag: pair   Wheel/PgUp/PgDn: scroll   Arrows/Tab: move   Enter: pick   T: clock   Esc: drop/menu"
                       : "Click or drag a card to its partner   Arrows/Tab: move   Enter/Space: pick   T: clock   Esc: drop pick / menu");
}

} // namespace acq
