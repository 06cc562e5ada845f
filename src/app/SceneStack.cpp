#include "app/SceneStack.h"

namespace acq {

void SceneStack::push(Factory make) { m_pending.push_back({Change::Kind::Push, std::move(make)}); }
void SceneStack::pop() { m_pending.push_back({Change::Kind::Pop, {}}); }
void SceneStack::clear() { m_pending.push_back({Change::Kind::Clear, {}}); }

void SceneStack::replaceAll(Factory make)
{
    clear();
    push(std::move(make));
}

bool SceneStack::applyPending(sf::Vector2f size)
{
    if (m_pending.empty())
        return false;
    // Move out first: a factory may itself queue changes (they wait for the next frame).
    std::vector<Change> changes;
    changes.swap(m_pending);
    bool uncovered = false; // a scene came back on top from under a scene that was not an overlay
    for (Change& change : changes) {
        switch (change.kind) {
        case Change::Kind::Push:
            m_scenes.push_back(change.make());
            m_scenes.back()->layout(size);
            uncovered = false;
            break;
        case Change::Kind::Pop:
            if (!m_scenes.empty()) {
                // An overlay's scene was laid out with it (Game::relayout): laying it out again
                // would reset its view (a zoomed map) for nothing.
                uncovered = uncovered || !m_scenes.back()->isOverlay();
                m_scenes.pop_back();
            }
            break;
        case Change::Kind::Clear:
            m_scenes.clear();
            uncovered = false;
            break;
        }
    }
    if (uncovered && !m_scenes.empty())
        m_scenes.back()->layout(size); // the scene uncovered by a pop may have missed a resize
    return true;
}

} // namespace acq
