#include "core/MapCamera.h"

#include <doctest/doctest.h>

#include <initializer_list>

using namespace acq;

TEST_CASE("[camera] map to screen to map is the identity at every window shape and zoom")
{
    const Rect bounds{0, 0, 400, 1100};
    const Rect frame{80, 330, 240, 240};
    const Vec2 points[] = {{185.0, 415.0}, {200.0, 455.0}, {0.0, 0.0}, {400.0, 1100.0}};
    for (Rect viewport : {Rect{0, 56, 920, 720}, Rect{0, 0, 300, 1000}, Rect{10, 10, 1900, 400}}) {
        MapCamera camera(frame, bounds);
        camera.setViewport(viewport);
        for (double zoom : {1.0, 2.5, 0.6}) {
            camera.zoomAt(viewport.centre(), zoom);
            for (Vec2 p : points) {
                const Vec2 back = camera.toMap(camera.toScreen(p));
                CHECK(back.x == doctest::Approx(p.x));
                CHECK(back.y == doctest::Approx(p.y));
            }
        }
    }
}

TEST_CASE("[camera] the frame fits the viewport with one scale for both axes")
{
    MapCamera camera({0, 0, 100, 50}, {0, 0, 100, 50});
    camera.setViewport({0, 0, 400, 400});
    CHECK(camera.pixelsPerUnit() == doctest::Approx(4.0)); // width limits
    const Vec2 a = camera.toScreen({0, 0});
    const Vec2 b = camera.toScreen({10, 10});
    CHECK(b.x - a.x == doctest::Approx(b.y - a.y));
    CHECK(camera.toScreen({50, 25}).x == doctest::Approx(200)); // frame centred
    CHECK(camera.toScreen({50, 25}).y == doctest::Approx(200));
}

TEST_CASE("[camera] zooming keeps the point under the cursor in place")
{
    MapCamera camera({80, 330, 240, 240}, {0, 0, 400, 1100});
    camera.setViewport({0, 56, 920, 720});
    const Vec2 cursor{300, 200};
    const Vec2 before = camera.toMap(cursor);
    camera.zoomAt(cursor, 2.0);
    const Vec2 after = camera.toMap(cursor);
    CHECK(after.x == doctest::Approx(before.x));
    CHECK(after.y == doctest::Approx(before.y));
    CHECK(camera.zoom() == doctest::Approx(2.0));
    camera.zoomAt(cursor, 1000.0);
    CHECK(camera.zoom() == doctest::Approx(MapCamera::kMaxZoom));
}

TEST_CASE("[camera] panning cannot lose the map off screen")
{
    MapCamera camera({0, 0, 400, 1100}, {0, 0, 400, 1100});
    camera.setViewport({0, 0, 800, 600});
    camera.pan({-1e6, -1e6});
    const Vec2 centreOnMap = camera.toMap({400, 300});
    CHECK(centreOnMap.x == doctest::Approx(400));
    CHECK(centreOnMap.y == doctest::Approx(1100));
}
