// The progress screen's panel: its three sections (each level's share known, best and plot; the
// cards missed most; the points placed instead) side by side where the width allows, else
// behind tabs (1-3, or a click); each section's list a page at a time with its place shown
// ("4-6 of 8") and arrows (PageUp/PageDown, the wheel, or a click). The arithmetic is
// core/ProgressLayout's; this measures, draws and takes input.
#pragma once

#include "app/Session.h"
#include "app/Theme.h"
#include "core/Fsrs.h"
#include "core/LevelRecords.h"
#include "core/ProgressLayout.h"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Window/Event.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace acq {

struct ProgressLevelRow {
    std::string id, title;
    std::vector<std::string> cards;
};

// What the sections show; the scene owns it all.
struct ProgressPanelContent {
    const std::vector<ProgressLevelRow>& levels;
    const LevelRecords& records;
    const std::map<std::string, CardSchedule>& cards;
    const Fsrs& fsrs;
    std::int64_t today = 0;
    const ProgressFigures* read = nullptr; // null while the history is read
    std::function<std::string(const std::string&)> pointTitle;   // "BL23 Shenshu"
    std::function<std::string(const std::string&)> describeCard; // a card as the player met it
};

class ProgressPanel {
public:
    // `area` is the panel; `bottomReserved` pixels at its foot are left to the scene (a message).
    void layout(const Theme& theme, sf::FloatRect area, float bottomReserved);
    // Keys 1-3, PageUp/PageDown; the wheel over a section; clicks on tabs and arrows. True when
    // the event was the panel's.
    bool handleEvent(const sf::Event& event, const ProgressPanelContent& content);
    void draw(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const;
    // Script targets: "tab-levels", "tab-missed", "tab-placed"; "SECTION-previous", "SECTION-next"
    // (where the section is shown and has another page that way).
    std::optional<sf::Vector2f> locate(const std::string& target, const ProgressPanelContent& content) const;

private:
    void choose(std::size_t section);
    void turn(std::size_t section, int delta, const ProgressPanelContent& content);
    ListPage pageOf(std::size_t section, const ProgressPanelContent& content) const;
    sf::FloatRect previousArrow(std::size_t section) const;
    sf::FloatRect nextArrow(std::size_t section) const;
    void drawTabs(sf::RenderTarget& target, const Theme& theme) const;
    void drawPager(sf::RenderTarget& target, const Theme& theme, std::size_t section, const ListPage& page) const;
    void drawLevels(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const;
    void drawMissed(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const;
    void drawPlaced(sf::RenderTarget& target, const Theme& theme, const ProgressPanelContent& content) const;

    sf::FloatRect m_area;
    float m_bottomReserved = 0;
    float m_minColumn = 0, m_gap = 0, m_pad = 0;
    float m_scale = 1;
    std::size_t m_active = 0; // the section keys page, and the tab chosen
    std::array<std::size_t, kProgressSections> m_pages{};
    SectionsShown m_shown;
    std::array<sf::FloatRect, kProgressSections> m_columns{}; // empty where not shown
    std::array<sf::FloatRect, kProgressSections> m_tabs{};    // empty without tabs
    // Measured once per layout: each section's rows (the levels' header of legend and headings
    // apart), the pager's height, the levels' row height.
    std::array<float, kProgressSections> m_rowHeight{};
    std::array<float, kProgressSections> m_listTop{}; // the first row's offset in its column
    float m_pagerHeight = 0;
};

} // namespace acq
