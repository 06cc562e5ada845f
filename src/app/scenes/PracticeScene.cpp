#include "app/scenes/PracticeScene.h"

#include "app/Context.h"
#include "app/scenes/ConfirmScene.h"
#include "app/SceneStack.h"
#include "app/Session.h"
#include "app/Theme.h"
#include "app/scenes/PlacementScene.h"
#include "core/Grades.h"
#include "io/LevelCatalog.h"

#include <SFML/Window/Event.hpp>

#include <algorithm>

namespace acq {
namespace {

constexpr float kPanelMaxWidth = 760.0f;
constexpr std::size_t kExtraCards = 10;

std::string gradeLine(Grade grade)
{
    switch (grade) {
    case Grade::Again: return "Again: not known yet";
    case Grade::Hard: return "Hard: known with effort";
    case Grade::Good: return "Good: known";
    case Grade::Easy: return "Easy: known well";
    }
    return "";
}

} // namespace

PracticeScene::PracticeScene(Context& context)
    : Scene(context)
{
    for (const LevelEntry& entry : context.catalog.entries)
        if (entry.playable())
            m_levels.push_back(&*entry.level);
    m_deck = buildDeck(m_levels);
    m_statuses = deckStatuses(m_deck, context.session.cards());
    m_attempt.kind = AttemptKind::Practice;
    m_attempt.levelId = "practice";
    m_attempt.startedAt = context.session.timestamp();
    const std::int64_t today = context.session.today();
    const PracticePlan plan = planPractice(m_statuses, today, context.session.newToday(), PracticeSettings{});
    if (plan.cards.empty()) {
        m_state = State::Nothing;
        if (const auto next = nextDueDay(m_statuses, today))
            m_nextDue = "The next card is due " + whenDue(*next, today) + ".";
        m_canExtra = !weakestCards(m_statuses, today, kExtraCards, Fsrs()).empty();
        return;
    }
    std::vector<PracticeCard> cards;
    for (std::size_t i : plan.cards)
        cards.push_back({m_deck[i].key, m_deck[i].level, m_deck[i].item});
    m_title = "Practice: " + std::to_string(plan.due) + " due, " + std::to_string(plan.fresh) + " new";
    start(std::move(cards), true);
}

void PracticeScene::start(std::vector<PracticeCard> cards, bool scheduled)
{
    m_round.emplace(std::move(cards), scheduled);
    askCurrent();
}

void PracticeScene::askCurrent()
{
    Context& ctx = context();
    if (!m_round || m_round->finished()) {
        m_state = State::Done;
        finish(true);
        return;
    }
    const PracticeCard& card = m_round->current();
    const Level& level = levelOf(card);
    m_chosen.reset();
    m_focus = 0;
    m_question.reset();
    if (card.key.kind == CardKind::Point) {
        m_state = State::Placing;
        const std::size_t point = card.item;
        PracticeHost& host = *this;
        ctx.scenes.push([&ctx, &level, point, &host] { return std::make_unique<PlacementScene>(ctx, level, point, host); });
        return;
    }
    m_state = State::Choosing;
    if (card.key.kind == CardKind::Pair)
        m_question = pairQuestion(*level.matching(), card.item, ctx.nextRoundSeed());
    else
        m_question = namingQuestion(*level.placement(), card.item, ctx.nextRoundSeed());
}

void PracticeScene::choose(std::size_t choice)
{
    if (m_state != State::Choosing || !m_question || choice >= m_question->choices.size())
        return;
    m_chosen = choice;
    const PracticeCard& card = m_round->current();
    const bool right = choice == m_question->right;
    AnswerOutcome outcome;
    outcome.kind = card.key.kind == CardKind::Pair ? AnswerKind::Matching : AnswerKind::Naming;
    outcome.correct = right;
    outcome.points = right ? 1.0 : 0.0;
    outcome.maxPoints = 1.0;
    outcome.mistakes = right ? 0 : 1;
    ItemResult item;
    const Level& level = levelOf(card);
    item.id = card.key.kind == CardKind::Pair ? level.matching()->pairs.at(card.item).id
                                              : level.placement()->points.at(card.item).id;
    item.points = outcome.points;
    item.maxPoints = outcome.maxPoints;
    item.correct = right;
    item.mistakes = outcome.mistakes;
    const std::string asked = card.key.kind == CardKind::Pair
                                  ? level.matching()->pairs.at(card.item).prompt
                                  : level.placement()->points.at(card.item).label + " (which point lies here)";
    grade(item, gradeFor(outcome), asked);
    m_last.detail = m_lines.back().detail = m_question->explain;
    m_state = State::Feedback;
}

void PracticeScene::pointAnswered(const Attempt& placements)
{
    if (!m_round || m_round->finished() || placements.items.empty())
        return;
    const PracticeCard& card = m_round->current();
    const Level& level = levelOf(card);
    // Graded as in a level (attachReviews); a point of several spots by its worst one.
    Attempt graded = placements;
    attachReviews(graded, level);
    const auto worst = std::min_element(graded.items.begin(), graded.items.end(), [](const ItemResult& a, const ItemResult& b) {
        return a.grade.value_or(Grade::Again) < b.grade.value_or(Grade::Again);
    });
    const PointTarget& point = level.placement()->points.at(card.item);
    grade(*worst, worst->grade.value_or(Grade::Again), point.label + "  " + point.name);
    m_last.detail = m_lines.back().detail = point.location;
}

std::string PracticeScene::practiceStatus() const
{
    if (!m_round || m_round->finished())
        return "Practice";
    return "Card " + std::to_string(m_round->position()) + " of " + std::to_string(m_round->total()) +
           (m_round->isRepeat() ? " (once more)" : "");
}

void PracticeScene::pointClosed(bool answered)
{
    if (!answered && m_state == State::Placing) {
        finish(false); // Esc on the map leaves practice
        return;
    }
    m_state = State::Feedback;
}

void PracticeScene::grade(ItemResult item, Grade grade, const std::string& asked)
{
    Context& ctx = context();
    const PracticeCard& card = m_round->current();
    const std::string key = card.key.text();
    const std::int64_t today = ctx.session.today();
    // What the history will do with the answer, shown at once: the same rule, from the schedule
    // the card has before this answer (the save thread moves the stored one).
    const auto& cards = ctx.session.cards();
    const auto it = cards.find(key);
    const std::optional<CardSchedule> before = it == cards.end() ? std::nullopt : std::optional<CardSchedule>(it->second);
    const ReviewResult review = reviewCard(Fsrs(), before, grade, today);
    Line line{asked, gradeLine(grade), "", "", grade >= Grade::Good};
    if (!m_round->scheduled())
        line.when = "Extra practice: its schedule stays as it was.";
    else if (review.scheduled)
        line.when = "It comes back " + whenDue(review.schedule.dueDay, today) + ".";
    else
        line.when = "Already answered today: it comes back " + whenDue(before ? before->dueDay : today, today) + ".";
    if (m_round->isRepeat())
        line.when = "Asked again at the end: " + line.when;

    item.card = key;
    item.grade = grade;
    item.extra = !m_round->scheduled();
    m_attempt.items.push_back(std::move(item));
    ctx.session.answered(m_attempt);
    if (grade == Grade::Again && !m_round->isRepeat() && m_round->scheduled())
        line.when += " Once more at the end of this session.";
    m_round->answered(grade);
    m_last = line;
    m_lines.push_back(line);
}

void PracticeScene::next()
{
    if (m_state != State::Feedback)
        return;
    askCurrent();
}

void PracticeScene::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    Context& ctx = context();
    if (!m_attempt.items.empty()) {
        m_attempt.completed = completed;
        m_attempt.maxScore = static_cast<double>(m_attempt.items.size());
        m_attempt.score = static_cast<double>(std::count_if(m_attempt.items.begin(), m_attempt.items.end(),
                                                            [](const ItemResult& i) { return i.grade >= Grade::Good; }));
        ctx.session.record(m_attempt);
    }
    if (!completed)
        ctx.scenes.pop();
}

void PracticeScene::layout(sf::Vector2f size)
{
    m_size = size;
    const float scale = context().theme.scale();
    const float width = std::min(size.x - 40.0f, kPanelMaxWidth * scale);
    m_panel = {(size.x - width) / 2.0f, 90.0f * scale, width, size.y - 150.0f * scale};
    const float pad = 18.0f * scale;
    const float h = 54.0f * scale;
    m_choiceButtons.clear();
    float y = m_panel.top + 150.0f * scale;
    for (std::size_t i = 0; i < kChoiceCount; ++i) {
        m_choiceButtons.push_back({"choice:" + std::to_string(i + 1), "", {m_panel.left + pad, y, m_panel.width - 2 * pad, h}});
        y += h + 8.0f * scale;
    }
    const float bottom = m_panel.top + m_panel.height - 58.0f * scale;
    m_continue = {"next", "Continue (Enter)", {m_panel.left + pad, bottom, m_panel.width - 2 * pad, 44.0f * scale}};
    m_extra = {"extra", "Practise my weakest cards (Enter)", {m_panel.left + pad, bottom - 54.0f * scale, m_panel.width - 2 * pad, 44.0f * scale}};
    m_back = {"back", "Back to the menu (Esc)", {m_panel.left + pad, bottom, m_panel.width - 2 * pad, 44.0f * scale}};
}

std::optional<sf::Vector2f> PracticeScene::locate(const std::string& target) const
{
    if (m_state == State::Choosing)
        for (std::size_t i = 0; i < m_question->choices.size(); ++i)
            if (target == m_choiceButtons.at(i).id)
                return centreOf(m_choiceButtons.at(i).rect);
    if ((m_state == State::Feedback || m_state == State::Done) && target == "next")
        return centreOf(m_continue.rect);
    if (m_state == State::Nothing && target == "extra" && m_canExtra)
        return centreOf(m_extra.rect);
    if (m_state == State::Nothing && target == "back")
        return centreOf(m_back.rect);
    return std::nullopt;
}

std::vector<std::string> PracticeScene::answerTargets(bool right) const
{
    if (m_state != State::Choosing || !m_question)
        return {};
    for (std::size_t i = 0; i < m_question->choices.size(); ++i)
        if ((i == m_question->right) == right)
            return {m_choiceButtons.at(i).id};
    return {};
}

void PracticeScene::handleEvent(const sf::Event& event)
{
    const std::size_t n = m_state == State::Choosing && m_question ? m_question->choices.size() : 0;
    const auto startExtra = [&] {
        Context& ctx = context();
        const std::int64_t today = ctx.session.today();
        std::vector<PracticeCard> cards;
        for (std::size_t i : weakestCards(m_statuses, today, kExtraCards, Fsrs()))
            cards.push_back({m_deck[i].key, m_deck[i].level, m_deck[i].item});
        m_title = "Extra practice: your weakest cards";
        start(std::move(cards), false);
    };
    const auto activate = [&] {
        switch (m_state) {
        case State::Choosing: choose(m_focus); break;
        case State::Feedback: next(); break;
        case State::Done: context().scenes.pop(); break;
        case State::Nothing:
            if (m_canExtra)
                startExtra();
            else
                context().scenes.pop();
            break;
        case State::Placing: break;
        }
    };
    switch (event.type) {
    case sf::Event::KeyPressed: {
        const auto code = event.key.code;
        if (code == sf::Keyboard::Escape) {
            if (m_state == State::Done)
                context().scenes.pop();
            else if (m_state == State::Choosing || m_state == State::Feedback)
                askToConfirm(context(),
                             {"Stop practising?", "The cards you have answered are kept and scheduled.", "Stop",
                              "Keep practising"},
                             [this] { finish(false); });
            else
                finish(false);
        } else if (n > 0 && code >= sf::Keyboard::Num1 && code < sf::Keyboard::Num1 + static_cast<int>(n)) {
            choose(static_cast<std::size_t>(code - sf::Keyboard::Num1));
        } else if (n > 0 && (code == sf::Keyboard::Down || code == sf::Keyboard::Tab)) {
            m_focus = (m_focus + 1) % n;
        } else if (n > 0 && code == sf::Keyboard::Up) {
            m_focus = (m_focus + n - 1) % n;
        } else if (code == sf::Keyboard::Enter || code == sf::Keyboard::Space) {
            activate();
        }
        break;
    }
    case sf::Event::MouseMoved:
        if (const auto hovered = buttonAt(m_choiceButtons, mousePoint(event)); hovered && *hovered < n)
            m_focus = *hovered;
        break;
    case sf::Event::MouseButtonPressed:
        if (event.mouseButton.button == sf::Mouse::Left) {
            const sf::Vector2f p = mousePoint(event);
            if (const auto clicked = buttonAt(m_choiceButtons, p); clicked && *clicked < n)
                choose(*clicked);
            if ((m_state == State::Feedback || m_state == State::Done) && m_continue.rect.contains(p))
                activate();
            else if (m_state == State::Nothing && m_canExtra && m_extra.rect.contains(p))
                startExtra();
            else if (m_state == State::Nothing && m_back.rect.contains(p))
                context().scenes.pop();
        }
        break;
    default:
        break;
    }
}

void PracticeScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    if (m_state == State::Placing)
        return; // the placement screen is on top
    const float left = m_panel.left;
    theme.drawText(target, m_title.empty() ? "Practice" : m_title, {left, 30.0f * scale},
                   fittingSize(theme, m_title.empty() ? "Practice" : m_title, m_panel.width, 30.0f, FontStyle::Bold),
                   colors::accent, FontStyle::Bold);
    drawPanel(target, theme, m_panel, colors::panel);
    const float pad = 18.0f * scale;
    const float x = m_panel.left + pad;
    const float width = m_panel.width - 2 * pad;
    float y = m_panel.top + pad;

    if (m_state == State::Nothing) {
        y += theme.drawWrapped(target, "Nothing is due today.", {x, y}, width, 24.0f, colors::text, FontStyle::Bold) +
             10.0f * scale;
        if (!m_nextDue.empty())
            y += theme.drawWrapped(target, m_nextDue, {x, y}, width, 17.0f, colors::text) + 8.0f * scale;
        theme.drawWrapped(target,
                          m_canExtra ? "You can practise the cards you know least now: those answers are kept, and "
                                       "their schedule stays as it is."
                                     : "Play a level to meet new points and facts.",
                          {x, y}, width, 16.0f, colors::mutedText);
        if (m_canExtra)
            drawButton(target, theme, m_extra, true);
        drawButton(target, theme, m_back, !m_canExtra);
        drawFooter(target, theme, m_canExtra ? "Enter: extra practice    Esc: back" : "Enter or Esc: back");
        return;
    }

    if (m_state == State::Done) {
        const std::size_t known = static_cast<std::size_t>(std::count_if(m_lines.begin(), m_lines.end(),
                                                                         [](const Line& l) { return l.known; }));
        y += theme.drawWrapped(target,
                               "Practice done: " + std::to_string(known) + " of " + std::to_string(m_lines.size()) +
                                   " answers known.",
                               {x, y}, width, 24.0f, colors::text, FontStyle::Bold) +
             10.0f * scale;
        const float limit = m_continue.rect.top - 10.0f * scale;
        for (const Line& line : m_lines) {
            if (y + theme.lineHeight(15.0f) * 2 > limit) {
                theme.drawText(target, "...", {x, y}, 15.0f, colors::mutedText);
                break;
            }
            const std::string mark = line.known ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ";
            y += theme.drawWrapped(target, mark + line.card + ": " + line.grade, {x, y}, width, 15.0f,
                                   line.known ? colors::good : colors::bad, FontStyle::Bold);
            y += theme.drawWrapped(target, line.when, {x + 18.0f * scale, y}, width - 18.0f * scale, 14.0f,
                                   colors::mutedText) +
                 4.0f * scale;
        }
        Button done = m_continue;
        done.label = "Back to the menu (Enter)";
        drawButton(target, theme, done, true);
        drawFooter(target, theme, "Enter or Esc: back to the menu");
        return;
    }

    // A fact card, asked or answered.
    // While asking, the card asked; after the answer, the card answered.
    const std::string status = m_state == State::Choosing
                                   ? practiceStatus()
                                   : "Card " + std::to_string(m_round->answers().size()) + " of " +
                                         std::to_string(m_round->total());
    if (m_state == State::Choosing || (m_state == State::Feedback && m_chosen)) {
        theme.drawText(target, status, {x, y}, 15.0f, colors::mutedText);
        y += theme.lineHeight(15.0f) + 6.0f * scale;
        theme.drawWrapped(target, m_question->prompt, {x, y}, width, 20.0f, colors::text, FontStyle::Bold);
        for (std::size_t i = 0; i < m_question->choices.size(); ++i) {
            Button button = m_choiceButtons[i];
            button.label = std::to_string(i + 1) + "   " + m_question->choices[i];
            if (m_chosen && (i == m_question->right || i == *m_chosen)) {
                const bool right = i == m_question->right;
                drawPanel(target, theme, button.rect, right ? colors::goodSoft : colors::badSoft,
                          right ? colors::good : colors::bad, 3.0f);
                theme.drawWrapped(target, (right ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") + button.label,
                                  {button.rect.left + 12.0f * scale, button.rect.top + 8.0f * scale},
                                  button.rect.width - 24.0f * scale, 15.0f, colors::text, FontStyle::Bold);
                continue;
            }
            drawPanel(target, theme, button.rect, colors::panel, i == m_focus && !m_chosen ? colors::accent : colors::panelBorder,
                      i == m_focus && !m_chosen ? 3.0f : 1.0f);
            theme.drawWrapped(target, button.label, {button.rect.left + 12.0f * scale, button.rect.top + 8.0f * scale},
                              button.rect.width - 24.0f * scale, 15.0f, colors::text);
        }
        y = m_choiceButtons.back().rect.top + m_choiceButtons.back().rect.height + 12.0f * scale;
    } else {
        // A point card, answered on its map.
        theme.drawText(target, status, {x, y}, 15.0f, colors::mutedText);
        y += theme.lineHeight(15.0f) + 10.0f * scale;
    }
    if (m_state == State::Feedback) {
        y += theme.drawWrapped(target, (m_last.known ? "\xE2\x9C\x93 " : "\xE2\x9C\x97 ") + m_last.card, {x, y}, width,
                               18.0f, m_last.known ? colors::good : colors::bad, FontStyle::Bold) +
             4.0f * scale;
        y += theme.drawWrapped(target, m_last.grade, {x, y}, width, 17.0f, colors::text, FontStyle::Bold) + 4.0f * scale;
        y += theme.drawWrapped(target, m_last.when, {x, y}, width, 16.0f, colors::text) + 10.0f * scale;
        if (!m_last.detail.empty() && y + theme.lineHeight(15.0f) < m_continue.rect.top)
            theme.drawWrapped(target, m_last.detail, {x, y}, width, 15.0f, colors::mutedText);
        drawButton(target, theme, m_continue, true);
        drawFooter(target, theme, "Enter: next card    Esc: stop practising");
    } else {
        drawFooter(target, theme, "1-4 or click: answer    Up/Down: choose    Enter: answer    Esc: stop practising");
    }
}

} // namespace acq
