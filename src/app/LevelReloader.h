// F5: loads every level anew from its file while the game runs (an author edits, presses F5,
// sees the result), then settles the screens on the new levels: the menu shows them, a round
// whose level still plays goes on as it began, a round whose level broke gives way to its
// problems as `file:line: message`. Screens made before hold references into the old levels,
// so those are kept until only the menu is left.
#pragma once

#include "app/Context.h"
#include "app/SceneStack.h"
#include "app/Toast.h"
#include "io/LevelCatalog.h"

#include <functional>
#include <future>
#include <vector>

namespace acq {

class LevelReloader {
public:
    using Load = std::function<LevelCatalog()>;
    explicit LevelReloader(Load load) : m_load(std::move(load)) {}

    // Starts loading; on another thread unless `inThisFrame` (scripted play must repeat exactly).
    // While one load runs, another F5 does nothing.
    void start(bool inThisFrame);
    bool loading() const { return m_loading.valid(); }
    // Called every frame. Once the levels are in, puts them in `catalog` and settles the screens
    // (see above), telling the player on `toast`; true when it did.
    bool poll(LevelCatalog& catalog, Context& context, Toast& toast, double now);
    // Frees the levels of earlier loads when no screen can hold them: the menu alone is shown.
    void forgetOld(const SceneStack& scenes);

private:
    const LevelEntry* oldEntryShowing(const Level* level, const LevelCatalog& current) const;

    Load m_load;
    std::future<LevelCatalog> m_loading;
    std::vector<LevelCatalog> m_old; // moved, not copied: their levels stay where screens point
};

} // namespace acq
