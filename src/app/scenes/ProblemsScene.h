// Shows why a level cannot be played: every problem of its file, as --check prints them.
#pragma once

#include "app/Scene.h"
#include "io/LevelCatalog.h"

namespace acq {

class ProblemsScene : public Scene {
public:
    ProblemsScene(Context& context, const LevelEntry& entry);

    const char* name() const override { return "problems"; }
    void handleEvent(const sf::Event& event) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override { m_size = size; }
    // F5: the same file's problems as they are now (none, once fixed; or the file is gone).
    void levelsReloaded() override;

private:
    std::size_t problemCount() const;

    std::string m_file;                  // the file shown, as messages name it
    const LevelEntry* m_entry = nullptr; // its entry in the catalog; null once the file is gone
    sf::Vector2f m_size;
    std::size_t m_scroll = 0;
};

} // namespace acq
