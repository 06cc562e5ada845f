// A list scrolled by whole items (core/ListScroll.h): what shows, keeping focus in view, the thumb.
#include "core/ListScroll.h"

#include <doctest/doctest.h>

using namespace acq;

namespace {

// Twelve cards 50 high with gaps of 10 in a view 370 high, as the causes' answers at 640 x 480.
ListScroll twelveCards()
{
    ListScroll scroll;
    scroll.setItems(std::vector<float>(12, 50.0f), 10.0f, 370.0f);
    return scroll;
}

} // namespace

TEST_CASE("[scroll] a list that fits the view shows every item and does not scroll")
{
    ListScroll scroll;
    scroll.setItems({50.0f, 80.0f, 50.0f}, 10.0f, 200.0f);
    CHECK_FALSE(scroll.scrollable());
    CHECK(scroll.first() == 0);
    CHECK(scroll.end() == 3);
    CHECK_FALSE(scroll.scrollBy(1));
    CHECK(scroll.thumbStart() == doctest::Approx(0.0));
    CHECK(scroll.thumbLength() == doctest::Approx(1.0));
}

TEST_CASE("[scroll] cards shared out to fill the view exactly fit it, whatever the rounding")
{
    // Seven cards filling 661.3 px with gaps of 8: each height a fraction that does not add up
    // to the view exactly in floating point.
    const float view = 661.3f;
    const float gap = 8.0f;
    ListScroll scroll;
    scroll.setItems(std::vector<float>(7, (view - 6 * gap) / 7.0f), gap, view);
    CHECK_FALSE(scroll.scrollable());
    CHECK(scroll.end() == 7);
}

TEST_CASE("[scroll] a long list shows only the items wholly in view, and scrolls within itself")
{
    ListScroll scroll = twelveCards();
    CHECK(scroll.scrollable());
    CHECK(scroll.end() == 6); // 6 x 50 + 5 x 10 = 350 fits 370; a 7th would need 410
    CHECK(scroll.shown(5));
    CHECK_FALSE(scroll.shown(6));
    CHECK(scroll.offsetOf(2) == doctest::Approx(120.0));
    CHECK_FALSE(scroll.scrollBy(-1)); // already at the top
    CHECK(scroll.scrollBy(100));      // to the end, no further
    CHECK(scroll.first() == 6);
    CHECK(scroll.end() == 12);
    CHECK(scroll.offsetOf(6) == doctest::Approx(0.0));
    CHECK(scroll.offsetOf(0) < 0.0f);
    CHECK(scroll.thumbStart() + scroll.thumbLength() == doctest::Approx(1.0));
}

TEST_CASE("[scroll] revealing an item scrolls just enough, either way")
{
    ListScroll scroll = twelveCards();
    CHECK(scroll.toward(9) == 1);
    scroll.reveal(9);
    CHECK(scroll.shown(9));
    CHECK(scroll.end() == 10); // the item is the last one shown: the least movement
    CHECK(scroll.toward(9) == 0);
    CHECK(scroll.toward(1) == -1);
    scroll.reveal(1);
    CHECK(scroll.first() == 1);
    scroll.reveal(0);
    CHECK(scroll.first() == 0);
}

TEST_CASE("[scroll] a page keeps the last item shown in view, and the position survives a resize")
{
    ListScroll scroll = twelveCards();
    CHECK(scroll.pageStep() == 5); // six shown
    CHECK(scroll.page(1));
    CHECK(scroll.first() == 5);
    CHECK(scroll.page(-1));
    CHECK(scroll.first() == 0);
    scroll.reveal(11);
    CHECK(scroll.first() == 6);
    scroll.setItems(std::vector<float>(12, 50.0f), 10.0f, 600.0f); // a taller window: 10 fit
    CHECK(scroll.first() == 2);
    CHECK(scroll.end() == 12);
    scroll.setItems(std::vector<float>(12, 50.0f), 10.0f, 800.0f); // all fit
    CHECK(scroll.first() == 0);
    CHECK_FALSE(scroll.scrollable());
}

TEST_CASE("[scroll] an item taller than the view still shows, alone")
{
    ListScroll scroll;
    scroll.setItems({50.0f, 500.0f, 50.0f}, 10.0f, 200.0f);
    scroll.reveal(1);
    CHECK(scroll.shown(1));
    CHECK(scroll.end() == 2);
    CHECK(scroll.pageStep() == 1); // a page is never none
    ListScroll empty;
    empty.setItems({}, 10.0f, 200.0f);
    CHECK(empty.end() == 0);
    CHECK_FALSE(empty.scrollable());
}
