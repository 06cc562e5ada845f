// The profile screen, from the menu: choose whose progress is kept, make a new profile, rename
// one, delete one (after asking; its answers stay in the history, docs/saves.md). The profile
// chosen is remembered for the next start (io/LastProfile.h).
#pragma once

#include "app/Scene.h"
#include "app/Session.h"
#include "app/Widgets.h"

#include <future>
#include <optional>
#include <string>
#include <vector>

namespace acq {

class ProfileScene : public Scene {
public:
    explicit ProfileScene(Context& context);

    const char* name() const override { return "profiles"; }
    void handleEvent(const sf::Event& event) override;
    void update(double now) override;
    void draw(sf::RenderTarget& target) const override;
    void layout(sf::Vector2f size) override;
    bool animating() const override;
    std::optional<sf::Vector2f> locate(const std::string& target) const override;

private:
    enum class Mode { List, Naming, Renaming, ConfirmDelete };

    void refresh();
    void act(const std::string& id); // a button's id (see layout), or a key's equivalent
    void startTyping(Mode mode);
    void finishTyping();
    // Plays on as `name`: the menu anew, with that profile's records; remembered for next time.
    void playAs(const std::string& name);
    std::optional<std::string> focusedName() const;
    void type(sf::Uint32 codePoint);
    std::vector<Button> buttonsFor(Mode mode) const;
    std::optional<sf::FloatRect> rowRect(std::size_t index) const;
    std::size_t firstShown() const;
    std::size_t rowsShown() const;

    Mode m_mode = Mode::List;
    std::future<ProfilesRead> m_listing;
    std::vector<HistoryStore::ProfileRow> m_profiles;
    bool m_listed = false;
    std::future<ProfileChange> m_change;
    std::string m_renameFrom;  // while a rename is written
    std::string m_renameTo;
    std::string m_typed;       // the name being typed (Naming, Renaming)
    std::string m_message;     // what the last action did, or why it could not
    bool m_messageIsProblem = false;
    std::size_t m_focus = 0;   // row of m_profiles
    std::size_t m_button = 0;  // focused button (Tab)
    std::vector<Button> m_buttons;
    sf::Vector2f m_size;
    sf::FloatRect m_list;
    float m_rowHeight = 44.0f;
};

} // namespace acq
