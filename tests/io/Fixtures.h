// A small data tree for loader tests: a back-view body map with its SVG art in a temp folder,
// and helpers that load a level from text and give its diagnostics as formatted lines.
#pragma once

#include "TempDir.h"
#include "io/LevelLoader.h"
#include "io/MapLoader.h"
#include "io/PathPolicy.h"

#include <string>
#include <vector>

namespace acq::test {

// viewBox 0 0 400 800, midline x = 200. Seen from behind: the patient's left has smaller x.
// lower-back: scapula borders 120 units apart for 6 cun, so 20 units per cun.
// leg: popliteal creases 100 units apart for 10 cun, so 10 units per cun.
inline const char* const kBackSvg = R"(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 800" width="400" height="800">
  <path d="M 0 0 L 400 800"/>
  <g id="landmarks" style="display:none">
    <circle id="L2" cx="200" cy="400" r="2"/>
    <circle id="L4" cx="200" cy="460" r="2"/>
    <circle id="scapula-medial-border.L" cx="140" cy="250" r="2"/>
    <circle id="scapula-medial-border.R" cx="260" cy="250" r="2"/>
    <circle id="popliteal-crease.L" cx="150" cy="700" r="2"/>
    <circle id="popliteal-crease.R" cx="250" cy="700" r="2"/>
    <circle id="iliac-top" cx="120" cy="440" r="2"/>
  </g>
</svg>
)";

inline const char* const kBackMap = R"(<?xml version="1.0" encoding="UTF-8"?>
<bodymap format="1" id="back" view="back" art="back.svg" title="Back view">
  <region id="lower-back" name="Lower back" from="scapula-medial-border.L" to="scapula-medial-border.R" cun="6"/>
  <region id="leg" name="Back of the leg" from="popliteal-crease.L" to="popliteal-crease.R" cun="10"/>
</bodymap>
)";

// A side view: no midline, so no "lateral".
inline const char* const kSideSvg = R"(<svg viewBox="0 0 300 600">
  <g id="landmarks">
    <circle id="ankle" cx="150" cy="550"/>
    <circle id="knee" cx="150" cy="350"/>
  </g>
</svg>
)";

inline const char* const kSideMap = R"(<bodymap format="1" id="side" view="other" art="side.svg" title="Side view">
  <region id="leg" name="Leg" from="knee" to="ankle" cun="16"/>
</bodymap>
)";

struct DataTree {
    TempDir dir;
    std::filesystem::path levels;
    std::filesystem::path assets;

    DataTree()
    {
        levels = dir.mkdir("data/levels");
        assets = dir.mkdir("data/assets");
        addMap("back", kBackSvg, kBackMap);
        addMap("side", kSideSvg, kSideMap);
    }
    // Another map for a test of its own: assets/maps/ID.svg and ID.map.xml.
    void addMap(const std::string& id, const char* svg, const char* map)
    {
        dir.write("data/assets/maps/" + id + ".svg", svg);
        dir.write("data/assets/maps/" + id + ".map.xml", map);
    }
    std::vector<std::filesystem::path> roots() const { return {levels, assets}; }
    // How messages name a file of the maps folder (relative when beneath the current folder).
    std::string mapFile(const std::string& name) const { return displayPath(assets / "maps" / name); }
};

struct LoadResult {
    std::optional<Level> level;
    std::vector<std::string> lines; // every diagnostic, formatted
    std::size_t errors = 0;
};

inline std::vector<std::string> formatted(const Diagnostics& diag)
{
    std::vector<std::string> out;
    for (const Diagnostic& d : diag.all())
        out.push_back(d.format());
    return out;
}

// Loads `text` as levels/test.xml of the tree.
inline LoadResult loadLevel(const DataTree& tree, const std::string& text)
{
    MapCache maps(tree.roots());
    Diagnostics diag;
    LoadResult result;
    result.level = loadLevelText(text, "levels/test.xml", tree.levels, maps, diag);
    result.lines = formatted(diag);
    result.errors = diag.errorCount();
    return result;
}

// A placement level on the back map whose body (points) starts on line 3.
inline std::string placement(const std::string& body)
{
    return "<level format=\"1\" id=\"t\" kind=\"placement\" title=\"Test\">\n"
           "  <map src=\"../assets/maps/back.map.xml\"/>\n" +
           body + "</level>\n";
}

} // namespace acq::test
