#include "app/LevelReloader.h"

#include "app/scenes/MenuScene.h"
#include "app/scenes/ProblemsScene.h"
#include "io/BackgroundPriority.h"
#include "io/LevelReload.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>

namespace acq {

void LevelReloader::start(bool inThisFrame)
{
    if (loading())
        return;
    if (inThisFrame)
        m_loading = std::async(std::launch::deferred, m_load);
    else
        m_loading = std::async(std::launch::async, [load = m_load] {
            lowerThisThreadsPriority(kNeededSoon); // behind the frames of the screen shown meanwhile
            return load();
        });
}

const LevelEntry* LevelReloader::oldEntryShowing(const Level* level, const LevelCatalog& current) const
{
    if (const LevelEntry* entry = entryHolding(current, level))
        return entry;
    for (const LevelCatalog& old : m_old)
        if (const LevelEntry* entry = entryHolding(old, level))
            return entry;
    return nullptr;
}

bool LevelReloader::poll(LevelCatalog& catalog, Context& context, Toast& toast, double now)
{
    if (!loading() || m_loading.wait_for(std::chrono::seconds(0)) == std::future_status::timeout)
        return false;
    LevelCatalog fresh = m_loading.get(); // a deferred load runs here
    for (const LevelEntry& entry : fresh.entries)
        for (const Diagnostic& d : entry.diagnostics.all())
            std::cerr << d.format() << "\n"; // as at start-up: an author may watch the terminal

    // The screen playing a level: the top one, or the one under an overlay (a question, help).
    const Level* shown = nullptr;
    context.scenes.forEachFromTop([&](const Scene& scene) {
        if (!shown)
            shown = scene.levelShown();
    });
    ScreenAfterReload after;
    if (const LevelEntry* entry = oldEntryShowing(shown, catalog))
        after = screenAfterReload(*entry, fresh);

    m_old.push_back(std::move(catalog));
    catalog = std::move(fresh);
    context.scenes.forEachFromTop([](Scene& scene) { scene.levelsReloaded(); });

    std::string summary = reloadSummary(catalog);
    if (after.kind != ScreenAfterReload::Kind::Stays) {
        // As the game closing does: each round keeps its partial attempt.
        context.scenes.forEachFromTop([](Scene& scene) { scene.onClose(); });
        context.scenes.replaceAll([&context] { return std::make_unique<MenuScene>(context); });
        if (after.kind == ScreenAfterReload::Kind::ShowsProblems) {
            const LevelEntry& entry = *after.entry;
            context.scenes.push([&context, &entry] { return std::make_unique<ProblemsScene>(context, entry); });
        } else {
            summary += " The level you were on is gone: back to the menu.";
        }
    }
    const bool problems = after.kind != ScreenAfterReload::Kind::Stays ||
                          std::any_of(catalog.entries.begin(), catalog.entries.end(),
                                      [](const LevelEntry& entry) { return !entry.playable(); });
    toast.show(std::move(summary), now, problems);
    return true;
}

void LevelReloader::forgetOld(const SceneStack& scenes)
{
    if (m_old.empty())
        return;
    std::size_t count = 0;
    bool menuOnly = true;
    scenes.forEachFromTop([&](const Scene& scene) {
        ++count;
        menuOnly = menuOnly && std::string(scene.name()) == "menu";
    });
    if (count == 1 && menuOnly)
        m_old.clear();
}

} // namespace acq
