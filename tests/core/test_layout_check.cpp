// The layout check (core/LayoutCheck.h) on hand-made frames: each rule caught on its own, and a
// frame that keeps them all passes.
#include "core/LayoutCheck.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

const Box kWindow{0, 0, 640, 480};
const Rgb kBackground{246, 243, 236};
const Rgb kWhite{255, 255, 255};
const Rgb kDark{38, 42, 48};

DrawnText text(const std::string& s, Box ink, unsigned px, Rgb colour, std::size_t order)
{
    DrawnText t;
    t.text = s;
    t.ink = ink;
    t.pixelSize = px;
    t.colour = colour;
    t.order = order;
    return t;
}

bool mentions(const std::vector<std::string>& problems, const std::string& what)
{
    for (const std::string& p : problems)
        if (p.find(what) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("[layout] dark text inside a white panel, at 11 px and more, passes")
{
    const std::vector<Surface> panels{{{10, 10, 300, 100}, kWhite, 255, 1}};
    const std::vector<DrawnText> texts{text("Lower back", {20, 20, 120, 14}, 11, kDark, 2)};
    CHECK(layoutProblems(texts, panels, kWindow, kBackground).empty());
}

TEST_CASE("[layout] text below 11 px is reported with its size")
{
    const std::vector<DrawnText> texts{text("tiny", {20, 20, 30, 7}, 9, kDark, 1)};
    const auto problems = layoutProblems(texts, {}, kWindow, kBackground);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "\"tiny\" is drawn at 9 px, below 11 px");
}

TEST_CASE("[layout] text running out of its panel, or of the window, is reported")
{
    const std::vector<Surface> panels{{{10, 10, 100, 40}, kWhite, 255, 1}};
    SUBCASE("past the panel's right edge")
    {
        const auto problems = layoutProblems({text("A long title", {20, 20, 120, 14}, 15, kDark, 2)}, panels,
                                             kWindow, kBackground);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "\"A long title\" (20,20 120x14) leaves its panel (10,10 100x40) by 30 px");
    }
    SUBCASE("past the window's bottom")
    {
        const auto problems =
            layoutProblems({text("Esc: menu", {20, 470, 80, 14}, 15, kDark, 2)}, panels, kWindow, kBackground);
        REQUIRE(problems.size() == 1);
        CHECK(mentions(problems, "leaves the window"));
    }
    SUBCASE("a panel drawn after the text is not what it is on, but over it")
    {
        const std::vector<Surface> later{{{10, 10, 100, 40}, kWhite, 255, 5}};
        const auto problems =
            layoutProblems({text("A long title", {20, 20, 120, 14}, 15, kDark, 2)}, later, kWindow, kBackground);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "\"A long title\" (20,20 120x14) is hidden in part by a panel drawn over it (10,10 100x40)");
    }
    SUBCASE("a border strip is not a panel")
    {
        const std::vector<Surface> border{{{0, 25, 640, 2}, Rgb{205, 198, 186}, 255, 1}};
        CHECK(layoutProblems({text("Title", {20, 20, 60, 14}, 15, kDark, 2)}, border, kWindow, kBackground)
                  .empty());
    }
}

TEST_CASE("[layout] contrast is measured against what is under the text, translucent layers blended")
{
    SUBCASE("the old orange on white fails at 17 px but passes as large text")
    {
        const Rgb orange{213, 94, 0};
        const std::vector<Surface> panels{{{0, 0, 640, 480}, kWhite, 255, 1}};
        const auto problems =
            layoutProblems({text("Too far", {20, 20, 60, 14}, 17, orange, 2)}, panels, kWindow, kBackground);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "\"Too far\" has contrast 3.87:1, below 4.5:1 (#D55E00 on #FFFFFF, 17 px)");
        CHECK(layoutProblems({text("Too far", {20, 20, 60, 20}, 24, orange, 2)}, panels, kWindow, kBackground)
                  .empty());
    }
    SUBCASE("a dimming layer darkens what dark text is drawn on")
    {
        const std::vector<Surface> dim{{{0, 0, 640, 480}, Rgb{0, 0, 0}, 200, 1}};
        CHECK(mentions(layoutProblems({text("Quit?", {20, 20, 60, 14}, 17, kDark, 2)}, dim, kWindow, kBackground),
                       "has contrast"));
        const std::vector<Surface> dialog{dim[0], {{10, 10, 200, 60}, kWhite, 255, 2}};
        CHECK(layoutProblems({text("Quit?", {20, 20, 60, 14}, 17, kDark, 3)}, dialog, kWindow, kBackground).empty());
    }
    SUBCASE("translucent text is blended first")
    {
        DrawnText faint = text("faint", {20, 20, 60, 14}, 17, kDark, 1);
        faint.alpha = 80;
        CHECK(mentions(layoutProblems({faint}, {}, kWindow, kBackground), "has contrast"));
    }
}

TEST_CASE("[layout] a text printed over another is reported, unless a panel drawn between hides the first")
{
    const std::vector<DrawnText> texts{text("Last row", {20, 400, 200, 14}, 15, kDark, 1),
                                       text("More below", {20, 405, 120, 14}, 14, kDark, 2)};
    const auto problems = layoutProblems(texts, {}, kWindow, kBackground);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "\"More below\" (20,405 120x14) is drawn over \"Last row\" (20,400 200x14)");
    DrawnText onDialog = texts[1];
    onDialog.order = 3;
    onDialog.layer = 1;
    std::vector<Surface> dialog{{{0, 300, 640, 180}, kWhite, 255, 2}};
    dialog[0].layer = 1;
    CHECK(layoutProblems({texts[0], onDialog}, dialog, kWindow, kBackground).empty());
}

TEST_CASE("[layout] text cut off by its clip area, or hidden under a later panel of its screen, is reported")
{
    SUBCASE("clipped")
    {
        DrawnText caption = text("Your mark", {14, 75, 200, 10}, 11, kDark, 1);
        caption.clip = {16, 96, 230, 300};
        const auto problems = layoutProblems({caption}, {}, kWindow, kBackground);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "\"Your mark\" (14,75 200x10) is cut off by its clip area (16,96 230x300) by 21 px");
    }
    SUBCASE("under a button drawn later")
    {
        const std::vector<Surface> button{{{300, 100, 24, 24}, kWhite, 255, 2}};
        const auto problems = layoutProblems({text("A long description", {100, 110, 250, 10}, 11, kDark, 1)},
                                             button, kWindow, kBackground);
        REQUIRE(problems.size() == 1);
        CHECK(mentions(problems, "is hidden in part by a panel drawn over it (300,100 24x24)"));
    }
    SUBCASE("a dialog over the screen below is another layer")
    {
        Surface dialog{{0, 0, 640, 480}, kWhite, 255, 2};
        dialog.layer = 1;
        CHECK(layoutProblems({text("A row", {100, 110, 250, 10}, 11, kDark, 1)}, {dialog}, kWindow, kBackground)
                  .empty());
    }
}

TEST_CASE("[layout] text straight on the body art is reported; on a panel or halo drawn over the art it passes")
{
    Surface art{{0, 0, 400, 400}, kWhite, 255, 1};
    art.picture = true;
    const Surface backing{{95, 95, 130, 22}, kWhite, 255, 2};
    const DrawnText onArt = text("PSIS, left", {100, 100, 120, 14}, 12, kDark, 3);
    const auto bare = layoutProblems({onArt}, {art}, kWindow, kBackground);
    CHECK(mentions(bare, "\"PSIS, left\""));
    CHECK(mentions(bare, "is drawn on the body art"));
    CHECK(layoutProblems({onArt}, {art, backing}, kWindow, kBackground).empty());
    // A faint tint is no halo: the art still shows through it.
    const Surface tint{{95, 95, 130, 22}, kWhite, 60, 2};
    CHECK(mentions(layoutProblems({onArt}, {art, tint}, kWindow, kBackground), "is drawn on the body art"));
    // Beside the art (its last tenth past the picture's edge), on the window's background: one
    // sampled point on the art is enough to report it.
    const DrawnText straddling = text("BL23", {380, 100, 60, 14}, 12, kDark, 3);
    CHECK(mentions(layoutProblems({straddling}, {art}, kWindow, kBackground), "is drawn on the body art"));
}
