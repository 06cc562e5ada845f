#include "core/Script.h"

#include <doctest/doctest.h>

using namespace acq;

TEST_CASE("[script] commands, numbers and quoted text are parsed")
{
    Diagnostics diag;
    const Script s = parseScript("# a comment\n\nwindow 1024 768\nclick-map 213.5 415\n"
                                 "expect-text \"Best: 450 of 500\"\nkey Shift+Tab\nwait 0.25\r\nclose\n"
                                 "drag-on prompt:a \"answer:b c\"\n",
                                 "t.script", diag);
    CHECK(diag.empty());
    REQUIRE(s.commands.size() == 7);
    CHECK(s.commands[0].kind == ScriptCommand::Kind::Window);
    CHECK(s.commands[0].x == 1024);
    CHECK(s.commands[1].kind == ScriptCommand::Kind::ClickMap);
    CHECK(s.commands[1].x == doctest::Approx(213.5));
    CHECK(s.commands[1].line == 4);
    CHECK(s.commands[2].words.at(0) == "Best: 450 of 500");
    CHECK(s.commands[3].words.at(0) == "Shift+Tab");
    CHECK(s.commands[4].x == doctest::Approx(0.25));
    CHECK(s.commands[5].kind == ScriptCommand::Kind::Close);
    CHECK(s.commands[6].kind == ScriptCommand::Kind::DragOn);
    CHECK(s.commands[6].words == std::vector<std::string>{"prompt:a", "answer:b c"});
}

TEST_CASE("[script] every bad line is reported with its line number")
{
    Diagnostics diag;
    const Script s = parseScript("jump 3\nclick 1\nwait -1\nwait 1.5x\nexpect-text \"open\nwindow 10 10\nclose\n",
                                 "bad.script", diag);
    REQUIRE(diag.all().size() == 6);
    CHECK(diag.all()[0].format() == "bad.script:1: unknown command \"jump\"");
    CHECK(diag.all()[1].format() == "bad.script:2: \"click\" takes 2 arguments, not 1");
    CHECK(diag.all()[2].format() == "bad.script:3: wait needs a time of 0 seconds or more");
    CHECK(diag.all()[3].format() == "bad.script:4: \"1.5x\" is not a number");
    CHECK(diag.all()[4].format() == "bad.script:5: unterminated quote");
    CHECK(diag.all()[5].format() == "bad.script:6: window needs at least 200 x 200 pixels");
    CHECK(s.commands.size() == 1);
}

TEST_CASE("[script] click-answer takes no offset or both, choose-answer right or wrong")
{
    Diagnostics diag;
    const Script s = parseScript("click-answer\nclick-answer 0.5 -1.5\nchoose-answer right\nchoose-answer wrong\n",
                                 "t.script", diag);
    CHECK(diag.empty());
    REQUIRE(s.commands.size() == 4);
    CHECK(s.commands[0].kind == ScriptCommand::Kind::ClickAnswer);
    CHECK(s.commands[0].x == 0.0);
    CHECK(s.commands[0].y == 0.0);
    CHECK(s.commands[1].x == doctest::Approx(0.5));
    CHECK(s.commands[1].y == doctest::Approx(-1.5));
    CHECK(s.commands[2].kind == ScriptCommand::Kind::ChooseAnswer);
    CHECK(s.commands[2].words == std::vector<std::string>{"right"});
    CHECK(s.commands[3].words == std::vector<std::string>{"wrong"});

    Diagnostics bad;
    const Script b = parseScript("click-answer 1\nclick-answer a b\nchoose-answer\nchoose-answer maybe\n", "b.script", bad);
    REQUIRE(bad.all().size() == 5);
    CHECK(bad.all()[0].format() == "b.script:1: \"click-answer\" takes 0 or 2 arguments, not 1");
    CHECK(bad.all()[1].format() == "b.script:2: \"a\" is not a number");
    CHECK(bad.all()[2].format() == "b.script:2: \"b\" is not a number");
    CHECK(bad.all()[3].format() == "b.script:3: \"choose-answer\" takes 1 argument, not 0");
    CHECK(bad.all()[4].format() == "b.script:4: choose-answer takes \"right\" or \"wrong\", not \"maybe\"");
    CHECK(b.commands.empty());
}

TEST_CASE("[script] type takes one text, spaces, quotes and any script in double quotes")
{
    Diagnostics diag;
    const Script s = parseScript("type \"Zoë 'Lu' 李\"\ntype anna\n", "t.script", diag);
    CHECK(diag.empty());
    REQUIRE(s.commands.size() == 2);
    CHECK(s.commands[0].kind == ScriptCommand::Kind::Type);
    CHECK(s.commands[0].words == std::vector<std::string>{"Zoë 'Lu' 李"});
    CHECK(s.commands[1].words == std::vector<std::string>{"anna"});

    Diagnostics bad;
    parseScript("type\n", "b.script", bad);
    REQUIRE(bad.all().size() == 1);
    CHECK(bad.all()[0].format() == "b.script:1: \"type\" takes 1 argument, not 0");
}
