#include "core/Sha256.h"
#include "core/Timestamp.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[timestamp] UTC times format and parse back")
{
    CHECK(formatUtc(0) == "1970-01-01T00:00:00Z");
    CHECK(formatUtc(951782400) == "2000-02-29T00:00:00Z"); // a leap day of a century leap year
    CHECK(formatUtc(1796584137) == "2026-12-06T19:08:57Z");
    CHECK(formatUtc(-1) == "1969-12-31T23:59:59Z");
    for (std::int64_t t : {std::int64_t{0}, std::int64_t{951782400}, std::int64_t{1796584137}, std::int64_t{4102444799}})
        CHECK(parseUtc(formatUtc(t)) == t);
    CHECK(parseUtc("2026-12-06T19:08:57.250Z") == 1796584137);
}

TEST_CASE("[timestamp] anything but a UTC ISO 8601 time is refused")
{
    CHECK_FALSE(parseUtc(""));
    CHECK_FALSE(parseUtc("2026-12-06 19:08:57Z"));
    CHECK_FALSE(parseUtc("2026-12-06T19:08:57"));
    CHECK_FALSE(parseUtc("2026-12-06T19:08:57+01:00"));
    CHECK_FALSE(parseUtc("2026-13-06T19:08:57Z"));
    CHECK_FALSE(parseUtc("2026-02-29T00:00:00Z")); // 2026 is no leap year
    CHECK_FALSE(parseUtc("2026-12-06T24:00:00Z"));
    CHECK_FALSE(parseUtc("2026-12-06T19:08:57.Z"));
    CHECK_FALSE(parseUtc("attempt-1"));
}

TEST_CASE("[sha256] the digests of the standard's test messages")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // 55, 56 and 64 bytes: the padding's edge cases.
    CHECK(sha256Hex(std::string(55, 'x')) != sha256Hex(std::string(56, 'x')));
    CHECK(sha256Hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("[timestamp] --now reads UTC unless the text gives an offset")
{
    CHECK(parseInstant("2026-12-06T19:08:57Z") == 1796584137);
    CHECK(parseInstant("2026-12-06T19:08:57") == 1796584137);
    CHECK(parseInstant("2026-12-06T19:08") == 1796584080);
    CHECK(parseInstant("2026-12-06T20:08:57+01:00") == 1796584137);
    CHECK(parseInstant("2026-12-06T14:08:57-0500") == 1796584137);
    CHECK_FALSE(parseInstant("2026-12-06"));
    CHECK_FALSE(parseInstant("2026-12-06T19:08:57+1"));
    CHECK_FALSE(parseInstant("2026-12-06T19:08:57 UTC"));
    CHECK_FALSE(parseInstant("2026-12-32T19:08:57Z"));
}
