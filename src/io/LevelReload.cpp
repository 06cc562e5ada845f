#include "io/LevelReload.h"

#include <algorithm>

namespace acq {

const LevelEntry* entryHolding(const LevelCatalog& catalog, const Level* level)
{
    if (!level)
        return nullptr;
    for (const LevelEntry& entry : catalog.entries)
        if (entry.level && &*entry.level == level)
            return &entry;
    return nullptr;
}

const LevelEntry* entryFromFile(const LevelCatalog& catalog, const std::string& displayName)
{
    for (const LevelEntry& entry : catalog.entries)
        if (entry.displayName == displayName)
            return &entry;
    return nullptr;
}

std::string reloadSummary(const LevelCatalog& fresh)
{
    const auto playable = static_cast<std::size_t>(
        std::count_if(fresh.entries.begin(), fresh.entries.end(), [](const LevelEntry& e) { return e.playable(); }));
    const std::size_t broken = fresh.entries.size() - playable;
    std::string line = "Levels reloaded: " + std::to_string(playable) + (playable == 1 ? " plays" : " play");
    if (broken == 0)
        return line + ", none has problems.";
    line += ", " + std::to_string(broken) + (broken == 1 ? " has problems. " : " have problems. ");
    for (const LevelEntry& entry : fresh.entries)
        if (!entry.playable())
            for (const Diagnostic& d : entry.diagnostics.all())
                if (d.severity == Severity::Error)
                    return line + d.format();
    return line;
}

ScreenAfterReload screenAfterReload(const LevelEntry& shown, const LevelCatalog& fresh)
{
    const LevelEntry* now = entryFromFile(fresh, shown.displayName);
    if (!now)
        return {ScreenAfterReload::Kind::Gone, nullptr};
    // A file may hold a level whose id changed: the screen's records would go to another level.
    if (!now->playable() || now->level->id != shown.level->id)
        return {now->playable() ? ScreenAfterReload::Kind::Gone : ScreenAfterReload::Kind::ShowsProblems, now};
    return {ScreenAfterReload::Kind::Stays, now};
}

} // namespace acq
