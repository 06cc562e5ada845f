#include "app/Toast.h"

#include "app/Widgets.h"

#include <algorithm>

namespace acq {

void Toast::show(std::string text, double now, bool warning)
{
    m_text = std::move(text);
    m_until = now + kSeconds;
    m_warning = warning;
}

void Toast::draw(sf::RenderTarget& target, const Theme& theme, double now) const
{
    if (!visible(now))
        return;
    constexpr float kTextSize = 15.0f;
    const sf::Vector2f size = target.getView().getSize();
    const float padding = 10.0f * theme.scale();
    const float maxWidth = std::max(100.0f, std::min(size.x - 40.0f, 900.0f * theme.scale()));
    const float textWidth = std::min(theme.textWidth(m_text, kTextSize), maxWidth - 2.0f * padding);
    const float lines = static_cast<float>(theme.wrap(m_text, textWidth, kTextSize).size());
    const float height = lines * theme.lineHeight(kTextSize) + 2.0f * padding;
    const float footer = theme.lineHeight(15.0f) + 12.0f; // drawFooter's band stays readable
    const sf::FloatRect box{(size.x - textWidth) / 2.0f - padding, size.y - footer - height - 8.0f,
                            textWidth + 2.0f * padding, height};
    theme.beginLayer();
    drawPanel(target, theme, box, colors::panel, m_warning ? colors::broken : colors::accent, 2.0f);
    theme.drawWrapped(target, m_text, {box.left + padding, box.top + padding}, textWidth, kTextSize,
                      m_warning ? colors::broken : colors::text);
}

} // namespace acq
