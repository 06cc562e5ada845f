// Profile names: any printable UTF-8, typed and trimmed on the profile screen.
#include "core/ProfileName.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[profile] names with spaces, quotes and any script are valid, control bytes and broken UTF-8 are not")
{
    CHECK(validProfileName("default"));
    CHECK(validProfileName("Zoë 'Lu' 李"));
    CHECK(validProfileName("say \"hi\", Anna"));
    CHECK(validProfileName("𝔄nna")); // four bytes
    CHECK_FALSE(validProfileName(""));
    CHECK_FALSE(validProfileName(std::string(81, 'a')));
    CHECK(validProfileName(std::string(80, 'a')));
    CHECK_FALSE(validProfileName("tab\there"));
    CHECK_FALSE(validProfileName("line\nbreak"));
    CHECK_FALSE(validProfileName("del\x7f"));
    CHECK_FALSE(validProfileName("cut \xc3"));       // a two-byte character cut short
    CHECK_FALSE(validProfileName("bad \xc3\x28"));  // not a continuation byte
    CHECK_FALSE(validProfileName("stray \x80"));
}

TEST_CASE("[profile] a typed name is trimmed, and Backspace takes a whole character")
{
    CHECK(trimmedProfileName("  Zoë 'Lu' 李 ") == "Zoë 'Lu' 李");
    CHECK(trimmedProfileName("   ").empty());
    CHECK(withoutLastCharacter("Zoë 李") == "Zoë ");
    CHECK(withoutLastCharacter("Zoë") == "Zo");
    CHECK(withoutLastCharacter("𝔄") == "");
    CHECK(withoutLastCharacter("") == "");
}
