#include "io/Numbers.h"

#include <doctest/doctest.h>

using acq::parseInteger;
using acq::parseNumber;

TEST_CASE("[numbers] plain decimals are read")
{
    CHECK(parseNumber("1.5") == 1.5);
    CHECK(parseNumber("-3") == -3.0);
    CHECK(parseNumber("2e1") == 20.0);
    CHECK(parseNumber("-.5e-3") == -0.0005);
    CHECK(parseNumber("0") == 0.0);
    CHECK(parseNumber("1.") == 1.0);
    CHECK(parseNumber(".5") == 0.5);
    CHECK(parseNumber("1E3") == 1000.0);
    CHECK(parseNumber("0.1") == 0.1);
}

TEST_CASE("[numbers] one leading plus sign is accepted")
{
    CHECK(parseNumber("+1") == 1.0);
    CHECK(parseNumber("+0.25") == 0.25);
    CHECK_FALSE(parseNumber("++1"));
    CHECK_FALSE(parseNumber("+-1"));
    CHECK_FALSE(parseNumber("-+1"));
    CHECK_FALSE(parseNumber("+"));
}

TEST_CASE("[numbers] junk, specials, hex and overflow are refused")
{
    for (const char* text : {"", " ", " 1", "1 ", "1.5abc", "abc", "nan", "NaN", "-nan", "inf", "-inf", "infinity",
                             "+inf", "1e999", "-1e999", "1e-999", "0x10", "0x1p3", "1e", "1e+", "--1", "-", ".", "1,5",
                             "1..2", "\t2", "2\n", "١"})
        CHECK_MESSAGE(!parseNumber(text), "accepted \"" << text << "\"");
}

TEST_CASE("[numbers] embedded NUL is refused")
{
    CHECK_FALSE(parseNumber(std::string_view("1\0" "5", 3)));
}

TEST_CASE("[numbers] integers must be whole and fit an int")
{
    CHECK(parseInteger("1") == 1);
    CHECK(parseInteger("-7") == -7);
    CHECK(parseInteger("2.0") == 2);
    CHECK(parseInteger("1e2") == 100);
    CHECK(parseInteger("2147483647") == 2147483647);
    CHECK(parseInteger("-2147483648") == -2147483647 - 1);
    CHECK_FALSE(parseInteger("2.5"));
    CHECK_FALSE(parseInteger("2147483648"));
    CHECK_FALSE(parseInteger("1e10"));
    CHECK_FALSE(parseInteger("1x"));
    CHECK_FALSE(parseInteger(""));
    CHECK_FALSE(parseInteger("nan"));
}
