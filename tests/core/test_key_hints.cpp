#include "core/KeyHints.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[help] a footer splits into its key hints")
{
    const auto hints = parseKeyHints("Up/Down or mouse: choose    Enter or click: play    Esc: quit");
    REQUIRE(hints.size() == 3);
    CHECK(hints[0].keys == "Up/Down or mouse");
    CHECK(hints[0].action == "choose");
    CHECK(hints[1].keys == "Enter or click");
    CHECK(hints[2].keys == "Esc");
    CHECK(hints[2].action == "quit");
}

TEST_CASE("[help] an instruction without keys, three-space separators and a colon in the action")
{
    const auto hints = parseKeyHints("Click or drag a card to its partner   Arrows/Tab: move   Esc: drop pick / menu");
    REQUIRE(hints.size() == 3);
    CHECK(hints[0].keys.empty());
    CHECK(hints[0].action == "Click or drag a card to its partner");
    CHECK(hints[1].keys == "Arrows/Tab");
    CHECK(hints[2].action == "drop pick / menu");
    const auto colon = parseKeyHints("Enter: next: the last card");
    REQUIRE(colon.size() == 1);
    CHECK(colon[0].keys == "Enter");
    CHECK(colon[0].action == "next: the last card");
}

TEST_CASE("[help] an empty footer has no hints; the keys of every screen are listed")
{
    CHECK(parseKeyHints("").empty());
    CHECK(parseKeyHints("      ").empty());
    const auto global = globalKeyHints();
    auto has = [&](const std::string& keys) {
        for (const KeyHint& h : global)
            if (h.keys == keys)
                return true;
        return false;
    };
    CHECK(has("F1"));
    CHECK(has("F11"));
    CHECK(has("F5"));
    CHECK(has("M"));
}
