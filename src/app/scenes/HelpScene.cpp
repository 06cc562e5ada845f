#include "app/scenes/HelpScene.h"

#include "app/Context.h"
#include "app/Widgets.h"

#include <algorithm>

namespace acq {

std::string screenTitle(const std::string& sceneName)
{
    static const std::pair<const char*, const char*> kTitles[] = {
        {"menu", "The menu"},        {"intro", "A level's start"},     {"study", "Studying the cards"},
        {"placement", "Placing points"}, {"naming", "Naming points"},  {"matching", "Matching"},
        {"practice", "Practice"},    {"results", "Results"},           {"progress", "Progress"},
        {"problems", "A broken level"}, {"settings", "Settings"},      {"author", "Author mode"}};
    for (const auto& [name, title] : kTitles)
        if (sceneName == name)
            return title;
    return sceneName;
}

HelpScene::HelpScene(Context& context, std::string screen, const std::string& footer)
    : Scene(context)
    , m_title("Keys: " + screenTitle(screen))
    , m_screenKeys(parseKeyHints(footer))
    , m_globalKeys(globalKeyHints())
{
}

namespace {
std::string rowText(const KeyHint& hint) { return hint.keys.empty() ? hint.action : hint.keys + ": " + hint.action; }
} // namespace

bool HelpScene::lists(const std::string& hint) const
{
    for (const auto* hints : {&m_screenKeys, &m_globalKeys})
        for (const KeyHint& h : *hints)
            if (rowText(h) == hint)
                return true;
    return false;
}

std::string HelpScene::listed() const
{
    std::string out;
    for (const auto* hints : {&m_screenKeys, &m_globalKeys})
        for (const KeyHint& h : *hints)
            out += (out.empty() ? "" : " | ") + rowText(h);
    return out;
}

void HelpScene::handleEvent(const sf::Event& event)
{
    // Any key closes it; the key is not passed on (the screen below stays as it was).
    const bool close = event.type == sf::Event::KeyPressed ||
                       (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left);
    if (close && !m_closing) {
        m_closing = true;
        context().scenes.pop();
    }
}

void HelpScene::drawHints(sf::RenderTarget& target, const std::vector<KeyHint>& hints, float left, float& y,
                          float keysWidth, float width) const
{
    const Theme& theme = context().theme;
    const float gap = 16.0f * theme.scale();
    for (const KeyHint& hint : hints) {
        if (hint.keys.empty()) {
            y += theme.drawWrapped(target, hint.action, {left, y}, width, 17.0f, colors::text);
        } else {
            const float keysHeight = theme.drawWrapped(target, hint.keys, {left, y}, keysWidth, 17.0f, colors::accent,
                                                       FontStyle::Bold);
            const float actionHeight = theme.drawWrapped(target, hint.action, {left + keysWidth + gap, y},
                                                         width - keysWidth - gap, 17.0f, colors::text);
            y += std::max(keysHeight, actionHeight);
        }
        y += 4.0f * theme.scale();
    }
}

void HelpScene::draw(sf::RenderTarget& target) const
{
    const Theme& theme = context().theme;
    const float scale = theme.scale();
    drawPanel(target, theme, {0.0f, 0.0f, m_size.x, m_size.y}, sf::Color(38, 42, 48, 120), sf::Color::Transparent, 0.0f);
    const float width = std::min(m_size.x - 40.0f, 640.0f * scale);
    const float pad = 22.0f * scale;
    const float inner = width - 2 * pad;
    const float keysWidth = inner * 0.36f;
    const std::vector<KeyHint>& global = m_globalKeys;

    // Measured first so that the panel fits what it holds.
    const float gap = 16.0f * scale;
    auto measure = [&](const std::vector<KeyHint>& hints) {
        float h = 0.0f;
        for (const KeyHint& hint : hints) {
            const std::size_t rows = hint.keys.empty()
                                         ? theme.wrap(hint.action, inner, 17.0f).size()
                                         : std::max(theme.wrap(hint.keys, keysWidth, 17.0f, FontStyle::Bold).size(),
                                                    theme.wrap(hint.action, inner - keysWidth - gap, 17.0f).size());
            h += static_cast<float>(rows) * theme.lineHeight(17.0f) + 4.0f * scale;
        }
        return h;
    };
    const float contents = theme.lineHeight(24.0f) + 10.0f * scale + measure(m_screenKeys) + 8.0f * scale +
                           theme.lineHeight(15.0f) + 2.0f * scale + measure(global) + theme.lineHeight(14.0f) +
                           8.0f * scale;
    const float height = std::min(m_size.y - 40.0f, contents + 2 * pad);
    const sf::FloatRect panel{(m_size.x - width) / 2.0f, std::max(20.0f, (m_size.y - height) / 2.0f), width, height};
    drawPanel(target, theme, panel, colors::panel, colors::accent, 3.0f);
    float y = panel.top + pad;
    theme.drawText(target, m_title, {panel.left + pad, y}, 24.0f, colors::text, FontStyle::Bold);
    y += theme.lineHeight(24.0f) + 10.0f * scale;
    drawHints(target, m_screenKeys, panel.left + pad, y, keysWidth, inner);
    y += 8.0f * scale;
    theme.drawText(target, "Everywhere", {panel.left + pad, y}, 15.0f, colors::mutedText, FontStyle::Bold);
    y += theme.lineHeight(15.0f) + 2.0f * scale;
    drawHints(target, global, panel.left + pad, y, keysWidth, inner);
    const std::string close = "Any key or click: close";
    theme.drawText(target, close, {panel.left + panel.width - pad - theme.textWidth(close, 14.0f), panel.top + panel.height - pad - theme.lineHeight(14.0f) + 4.0f * scale},
                   14.0f, colors::mutedText);
}

} // namespace acq
