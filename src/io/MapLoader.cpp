#include "io/MapLoader.h"

#include "io/ElementReader.h"
#include "io/PathPolicy.h"
#include "io/XmlFile.h"

#include <climits>
#include <cmath>
#include <limits>
#include <set>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr double kAny = std::numeric_limits<double>::infinity();

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string rectText(const Rect& r)
{
    return formatNumber(r.x) + " " + formatNumber(r.y) + " " + formatNumber(r.width) + " " + formatNumber(r.height);
}

bool endsWith(const std::string& s, const char* suffix)
{
    const std::string t(suffix);
    return s.size() > t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

const tinyxml2::XMLElement* findById(const tinyxml2::XMLElement& element, const char* id)
{
    for (const tinyxml2::XMLElement* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const char* value = child->Attribute("id");
        if (value && std::string(value) == id)
            return child;
        if (const tinyxml2::XMLElement* found = findById(*child, id))
            return found;
    }
    return nullptr;
}

struct SvgReader {
    const std::string& file;
    Diagnostics& diag;
    BodyMap& map;
    std::map<std::string, int> lines; // landmark → line, for duplicates
    std::set<std::string> broken;     // ids whose circle has errors: not reported again as missing

    // Every <circle> beneath `element`. A transform anywhere between the <svg> and a landmark
    // would move the drawn circle away from its cx/cy, so the art and the levels would disagree.
    void readLandmarks(const tinyxml2::XMLElement& element, bool transformed)
    {
        for (const tinyxml2::XMLElement* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) {
            const bool childTransformed = transformed || child->Attribute("transform");
            if (std::string(child->Name()) == "circle")
                readCircle(*child, childTransformed);
            else
                readLandmarks(*child, childTransformed);
        }
    }

    void readCircle(const tinyxml2::XMLElement& circle, bool transformed)
    {
        ElementReader r(circle, file, diag);
        r.acceptAll();
        const std::optional<std::string> id = r.requireId("id");
        const std::optional<double> cx = r.requireNumber("cx", -kAny, kAny);
        const std::optional<double> cy = r.requireNumber("cy", -kAny, kAny);
        if (transformed)
            r.error("landmarks must not be moved by a \"transform\" (on the circle or a group holding it): "
                    "cx and cy must be the landmark's place in viewBox units");
        if (id && (!cx || !cy || transformed))
            broken.insert(*id);
        if (!id || !cx || !cy)
            return;
        if (const auto it = lines.find(*id); it != lines.end()) {
            r.error("duplicate landmark " + inQuotes(*id) + " (first at line " + std::to_string(it->second) + ")");
            return;
        }
        lines[*id] = circle.GetLineNum();
        const Vec2 at{*cx, *cy};
        if (!map.bounds.contains(at)) {
            r.error("landmark " + inQuotes(*id) + " at (" + formatNumber(at.x) + ", " + formatNumber(at.y) +
                    ") lies outside the viewBox " + rectText(map.bounds));
            broken.insert(*id);
            return;
        }
        map.landmarks[*id] = at;
    }
};

// The viewBox and landmarks of the art. False when the art is unusable.
bool readSvg(const fs::path& svgPath, BodyMap& map, Diagnostics& diag, std::set<std::string>& broken)
{
    const std::string file = displayPath(svgPath);
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (!loadXmlFile(svgPath, file, doc, diag))
        return false;
    const tinyxml2::XMLElement& root = *doc.RootElement();
    if (std::string(root.Name()) != "svg") {
        diag.error(file, root.GetLineNum(), describeElement(root) + ": the root element must be <svg>");
        return false;
    }
    {
        ElementReader r(root, file, diag);
        r.acceptAll();
        const std::optional<std::string> viewBox = r.requireVerbatim("viewBox");
        if (!viewBox)
            return false;
        const std::optional<std::vector<double>> numbers = parseNumberList(*viewBox);
        if (!numbers || numbers->size() != 4) {
            r.error("attribute \"viewBox\" must be four numbers \"x y width height\", not " + inQuotes(*viewBox));
            return false;
        }
        if ((*numbers)[2] <= 0.0 || (*numbers)[3] <= 0.0) {
            r.error("attribute \"viewBox\" must have a width and height greater than 0, not " + inQuotes(*viewBox));
            return false;
        }
        map.bounds = Rect{(*numbers)[0], (*numbers)[1], (*numbers)[2], (*numbers)[3]};
    }
    const tinyxml2::XMLElement* group = findById(root, "landmarks");
    if (!group) {
        diag.error(file, root.GetLineNum(),
                   describeElement(root) + ": no element with id=\"landmarks\" (a group of one <circle id cx cy> per landmark)");
        return false;
    }
    bool transformed = false;
    for (const tinyxml2::XMLElement* e = group; e && e != &root; e = e->Parent() ? e->Parent()->ToElement() : nullptr)
        transformed = transformed || e->Attribute("transform");
    SvgReader reader{file, diag, map, {}, {}};
    const std::size_t errorsBefore = diag.errorCount();
    if (std::string(group->Name()) == "circle")
        reader.readCircle(*group, transformed);
    else
        reader.readLandmarks(*group, transformed);
    if (map.landmarks.empty() && diag.errorCount() == errorsBefore)
        diag.error(file, group->GetLineNum(), describeElement(*group) + ": holds no <circle> landmarks");

    map.midlineX = map.bounds.x + map.bounds.width / 2.0;
    if (const auto midline = map.landmark("midline"))
        map.midlineX = midline->x;

    // A sided landmark on the wrong side is the classic mix-up of front and back views.
    if (map.view != MapView::Other)
        for (const auto& [name, at] : map.landmarks) {
            const bool left = endsWith(name, ".L");
            if (!left && !endsWith(name, ".R"))
                continue;
            const double towardOwnSide = left ? map.towardPatientLeft() : -map.towardPatientLeft();
            if ((at.x - map.midlineX) * towardOwnSide > kMidlineTolerance)
                continue;
            const bool viewerLeft = towardOwnSide < 0;
            diag.error(file, reader.lines[name],
                       "<circle id=\"" + name + "\">: landmark " + inQuotes(name) + " must lie on the patient's " +
                           (left ? "left" : "right") + ", which on a " + (map.view == MapView::Back ? "back" : "front") +
                           " view is the viewer's " + (viewerLeft ? "left (x < " : "right (x > ") +
                           formatNumber(map.midlineX) + "); move it there, or name it " +
                           inQuotes(name.substr(0, name.size() - 2) + (left ? ".R" : ".L")) +
                           " if it marks the other side, or check the map's view=\"" +
                           (map.view == MapView::Back ? "back" : "front") + "\"");
        }
    broken = std::move(reader.broken);
    return true;
}

// A span of landmarks that sets a cun: its straight length is `cun` cun.
struct CunSpan {
    std::string from, to; // empty when the scale is given directly
    double cun = 0.0;
};

struct RegionSpec {
    BodyRegion region;
    CunSpan span;   // both axes, or only y when `xSpan` or x-units-per-cun is given
    CunSpan xSpan;  // the sideways cun, when the region has its own (x-from, x-to, x-cun)
    bool ownX = false; // the region has a sideways cun of its own
    int line = 0;
};

} // namespace

std::shared_ptr<const BodyMap> loadBodyMap(const fs::path& mapFile, const DataRoots& roots,
                                           Diagnostics& diag)
{
    Diagnostics local;
    const std::string file = displayPath(mapFile);
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (!loadXmlFile(mapFile, file, doc, local)) {
        diag.append(local);
        return nullptr;
    }
    const tinyxml2::XMLElement& root = *doc.RootElement();
    if (std::string(root.Name()) != "bodymap") {
        local.error(file, root.GetLineNum(), describeElement(root) + ": the root element must be <bodymap>");
        diag.append(local);
        return nullptr;
    }
    auto map = std::make_shared<BodyMap>();
    std::optional<fs::path> artPath;
    {
        ElementReader r(root, file, local);
        if (const auto format = r.requireInteger("format", INT_MIN, INT_MAX); format && *format != 1) {
            r.error("format " + std::to_string(*format) + " is not supported by this version (1)");
            r.acceptAll();
            diag.append(local);
            return nullptr;
        }
        map->id = r.requireId("id").value_or("");
        if (const auto view = r.requireChoice("view", {"back", "front", "other"}))
            map->view = *view == "back" ? MapView::Back : *view == "front" ? MapView::Front : MapView::Other;
        map->title = r.requireString("title", 80).value_or("");
        // Close-ups may name their directions so that misses are told anatomically.
        const std::initializer_list<const char*> directions = {"superior", "inferior", "distal", "proximal", "anterior",
                                                               "posterior", "medial", "lateral", "radial", "ulnar",
                                                               "dorsal", "plantar"};
        if (root.Attribute("up"))
            map->upTerm = r.requireChoice("up", directions).value_or("");
        if (root.Attribute("left"))
            map->leftTerm = r.requireChoice("left", directions).value_or("");
        if (const auto art = r.requireVerbatim("art")) {
            const ResolvedPath resolved = resolveDataPath(mapFile.parent_path(), *art, roots);
            if (resolved.path)
                artPath = resolved.path;
            else
                r.error("attribute \"art\": " + resolved.problem);
        }
    }
    reportUnknownChildren(root, {"region", "proportion", "landmark"}, file, local);
    // <landmark id name>: what a learner calls a landmark of the art; one name serves both
    // sides ("psis" names "psis.L" and "psis.R"). Checked against the art below.
    std::map<std::string, int> nameLines;
    for (const tinyxml2::XMLElement* el = root.FirstChildElement("landmark"); el;
         el = el->NextSiblingElement("landmark")) {
        ElementReader r(*el, file, local);
        reportUnknownChildren(*el, {}, file, local);
        const auto id = r.requireId("id");
        const auto name = r.requireString("name", 60);
        if (!id || !name)
            continue;
        if (const auto [it, fresh] = nameLines.emplace(*id, el->GetLineNum()); !fresh) {
            r.error("duplicate name for landmark " + inQuotes(*id) + " (first at line " + std::to_string(it->second) + ")");
            continue;
        }
        map->landmarkNames[*id] = *name;
    }
    // <proportion from to cun region axis within basis>: a standard span the art keeps. Read
    // here; its landmarks and region are checked below, its measure by the content tests.
    for (const tinyxml2::XMLElement* el = root.FirstChildElement("proportion"); el;
         el = el->NextSiblingElement("proportion")) {
        ElementReader r(*el, file, local);
        reportUnknownChildren(*el, {}, file, local);
        Proportion p;
        p.line = el->GetLineNum();
        p.from = r.requireId("from").value_or("");
        p.to = r.requireId("to").value_or("");
        p.regionId = r.requireId("region").value_or("");
        p.cun = r.requirePositive("cun", 1000.0).value_or(0.0);
        p.within = r.optionalNumber("within", 0.0, 1.0).value_or(0.05);
        if (el->Attribute("axis"))
            p.axis = r.requireChoice("axis", {"x", "y", "distance"}).value_or("d")[0];
        p.basis = r.optionalString("basis", 300).value_or("");
        map->proportions.push_back(std::move(p));
    }
    reportStrayText(root, file, local);

    std::vector<RegionSpec> specs;
    std::map<std::string, int> regionLines;
    for (const tinyxml2::XMLElement* el = root.FirstChildElement("region"); el; el = el->NextSiblingElement("region")) {
        ElementReader r(*el, file, local);
        RegionSpec spec;
        spec.line = el->GetLineNum();
        const auto id = r.requireId("id");
        const auto name = r.requireString("name", 80);
        reportUnknownChildren(*el, {}, file, local);
        if (id) {
            if (const auto [it, fresh] = regionLines.emplace(*id, spec.line); !fresh)
                r.error("duplicate region id " + inQuotes(*id) + " (first at line " + std::to_string(it->second) + ")");
        }
        // The sideways cun, when the region has its own: a span (x-from, x-to, x-cun) or, on a
        // close-up, a scale (x-units-per-cun). Without one, the region's cun serves both axes.
        bool xOk = true;
        const bool xGiven = el->Attribute("x-from") || el->Attribute("x-to") || el->Attribute("x-cun");
        if (el->Attribute("x-units-per-cun")) {
            spec.ownX = true;
            const auto units = r.requirePositive("x-units-per-cun", 1e6);
            for (const char* span : {"x-from", "x-to", "x-cun"})
                if (el->Attribute(span))
                    r.error(std::string("give either \"x-units-per-cun\" or \"x-from\", \"x-to\" and \"x-cun\", not both (\"") +
                            span + "\")");
            xOk = units.has_value() && !xGiven;
            spec.region.scale.x = units.value_or(1.0);
            spec.region.sideways = CunBasis{};
        } else if (xGiven) {
            spec.ownX = true;
            const auto from = r.requireId("x-from");
            const auto to = r.requireId("x-to");
            const auto cun = r.requirePositive("x-cun", 1000.0);
            xOk = from && to && cun;
            if (xOk) {
                spec.xSpan = {*from, *to, *cun};
                spec.region.sideways = CunBasis{*from, *to, *cun, ""};
            }
        }
        if (el->Attribute("units-per-cun")) {
            // A close-up gives its scale directly, with the reasoning that makes it traceable.
            const auto units = r.requirePositive("units-per-cun", 1e6);
            const auto basis = r.requireString("basis", 300);
            for (const char* span : {"from", "to", "cun"})
                if (el->Attribute(span))
                    r.error(std::string("give either \"units-per-cun\" or \"from\", \"to\" and \"cun\", not both (\"") +
                            span + "\")");
            if (!id || !name || !units || !basis || !xOk)
                continue;
            spec.region.id = *id;
            spec.region.name = *name;
            spec.region.scale.y = *units;
            spec.region.basis.basis = *basis;
            if (!spec.ownX)
                spec.region.scale.x = *units;
            specs.push_back(std::move(spec));
            continue;
        }
        const auto from = r.requireId("from");
        const auto to = r.requireId("to");
        const auto cun = r.requirePositive("cun", 1000.0);
        if (!id || !name || !from || !to || !cun || !xOk)
            continue;
        spec.region.id = *id;
        spec.region.name = *name;
        spec.span = {*from, *to, *cun};
        spec.region.basis = {*from, *to, *cun, ""};
        specs.push_back(std::move(spec));
    }
    if (!root.FirstChildElement("region"))
        local.error(file, root.GetLineNum(), describeElement(root) + ": has no <region> (points are scored in a region's cun)");

    if (artPath) {
        map->artPath = artPath->string();
        std::set<std::string> broken;
        if (readSvg(*artPath, *map, local, broken)) {
            std::vector<std::string> names;
            for (const auto& entry : map->landmarks)
                names.push_back(entry.first);
            const std::string artName = displayPath(*artPath);
            // Units per cun from a span of landmarks; nothing when a landmark is missing.
            auto measure = [&](const RegionSpec& spec, const CunSpan& span) -> std::optional<double> {
                const std::string where = "<region id=\"" + spec.region.id + "\">: ";
                bool ok = true;
                for (const std::string* landmark : {&span.from, &span.to})
                    if (broken.count(*landmark)) {
                        ok = false; // its circle is already reported
                    } else if (!map->landmark(*landmark)) {
                        std::string message = where + "landmark " + inQuotes(*landmark) + " is not in the art (" + artName + ")";
                        if (const std::string guess = closestMatch(*landmark, names); !guess.empty())
                            message += "; did you mean " + inQuotes(guess) + "?";
                        local.error(file, spec.line, message);
                        ok = false;
                    }
                if (!ok)
                    return std::nullopt;
                const double units = distance(*map->landmark(span.from), *map->landmark(span.to));
                if (units <= 0.0) {
                    local.error(file, spec.line,
                                where + "landmarks " + inQuotes(span.from) + " and " + inQuotes(span.to) +
                                    " are at the same place, so they cannot give a scale");
                    return std::nullopt;
                }
                return units / span.cun;
            };
            for (RegionSpec& spec : specs) {
                bool ok = true;
                if (!spec.span.from.empty()) {
                    const auto units = measure(spec, spec.span);
                    ok = units.has_value();
                    spec.region.scale.y = units.value_or(1.0);
                    if (!spec.ownX)
                        spec.region.scale.x = spec.region.scale.y;
                }
                if (!spec.xSpan.from.empty()) {
                    const auto units = measure(spec, spec.xSpan);
                    ok = ok && units.has_value();
                    spec.region.scale.x = units.value_or(1.0);
                }
                if (ok)
                    map->regions.push_back(spec.region);
            }
            for (const auto& [id, line] : nameLines)
                if (!map->landmark(id) && !map->landmark(id + ".L") && !map->landmark(id + ".R") && !broken.count(id)) {
                    std::string message = "<landmark id=\"" + id + "\">: no such landmark in the art (" + artName + ")";
                    if (const std::string guess = closestMatch(id, names); !guess.empty())
                        message += "; did you mean " + inQuotes(guess) + "?";
                    local.warning(file, line, message);
                }
            for (const Proportion& p : map->proportions) {
                for (const std::string* landmark : {&p.from, &p.to})
                    if (!landmark->empty() && !broken.count(*landmark) && !map->landmark(*landmark))
                        local.error(file, p.line,
                                    "<proportion>: landmark " + inQuotes(*landmark) + " is not in the art (" + artName + ")");
                if (!p.regionId.empty() && !map->findRegion(p.regionId))
                    local.error(file, p.line, "<proportion>: no region " + inQuotes(p.regionId) + " in this map");
            }
        }
    }
    const bool ok = !local.hasErrors();
    diag.append(local);
    return ok ? map : nullptr;
}

std::shared_ptr<const BodyMap> MapCache::get(const fs::path& canonicalMapFile, Diagnostics& diag)
{
    auto it = m_entries.find(canonicalMapFile);
    if (it == m_entries.end()) {
        Entry entry;
        entry.map = loadBodyMap(canonicalMapFile, m_roots, entry.diag);
        it = m_entries.emplace(canonicalMapFile, std::move(entry)).first;
    }
    diag.append(it->second.diag);
    return it->second.map;
}

} // namespace acq
