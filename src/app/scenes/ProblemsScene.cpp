#include "app/scenes/ProblemsScene.h"

#include "app/Context.h"
#include "app/Widgets.h"
#include "io/LevelReload.h"

namespace acq {

ProblemsScene::ProblemsScene(Context& context, const LevelEntry& entry)
    : Scene(context)
    , m_file(entry.displayName)
    , m_entry(&entry)
{
}

void ProblemsScene::levelsReloaded()
{
    m_entry = entryFromFile(context().catalog, m_file);
    m_scroll = 0;
}

void ProblemsScene::handleEvent(const sf::Event& event)
{
    if (event.type == sf::Event::KeyPressed) {
        switch (event.key.code) {
        case sf::Keyboard::Escape:
        case sf::Keyboard::Enter:
        case sf::Keyboard::BackSpace: context().scenes.pop(); break;
        case sf::Keyboard::Down:
            if (m_scroll + 1 < problemCount())
                ++m_scroll;
            break;
        case sf::Keyboard::Up:
            if (m_scroll > 0)
                --m_scroll;
            break;
        default: break;
        }
    } else if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left) {
        context().scenes.pop();
    } else if (event.type == sf::Event::MouseWheelScrolled) {
        if (event.mouseWheelScroll.delta < 0 && m_scroll + 1 < problemCount())
            ++m_scroll;
        else if (event.mouseWheelScroll.delta > 0 && m_scroll > 0)
            --m_scroll;
    }
}

std::size_t ProblemsScene::problemCount() const { return m_entry ? m_entry->diagnostics.all().size() : 0; }

void ProblemsScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    const float left = 40.0f * scale;
    const float width = m_size.x - 2.0f * left;
    const bool broken = m_entry && !m_entry->playable();
    const char* title = broken ? "This level cannot be played" : m_entry ? "This level plays now" : "This level is gone";
    theme.drawText(target, title, {left, 30.0f * scale}, 30.0f, broken || !m_entry ? colors::broken : colors::good,
                   FontStyle::Bold);
    const std::string why = broken ? m_file + " has problems. Fix them in the file (acuquest --check shows the same list); "
                                              "the other levels play as usual. F5 loads the levels again."
                            : m_entry ? m_file + " has no errors since the levels were loaded again. Back to the menu to play it."
                                      : m_file + " is no longer among the level files.";
    theme.drawWrapped(target, why, {left, 80.0f * scale}, width, 16.0f, colors::text);
    float y = 140.0f * scale;
    const std::vector<Diagnostic> none;
    const auto& all = m_entry ? m_entry->diagnostics.all() : none;
    for (std::size_t i = m_scroll; i < all.size(); ++i) {
        if (y > m_size.y - 60.0f * scale)
            break;
        y += theme.drawWrapped(target, all[i].format(), {left, y}, width, 15.0f,
                               all[i].severity == Severity::Error ? colors::broken : colors::mutedText);
        y += 6.0f * scale;
    }
    drawFooter(target, theme, "Esc, Enter or click: back to the menu    Up/Down: scroll");
}

} // namespace acq
