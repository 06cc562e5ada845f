#include "io/PlacementLevelParser.h"

#include "core/Neighbours.h"
#include "io/PathPolicy.h"
#include "io/PointLocationReader.h"
#include "io/SpotProblemText.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace acq {
namespace {

constexpr std::size_t kNameChars = 80;
constexpr std::size_t kAliasChars = 64;
constexpr std::size_t kAliasNoteChars = 120;
constexpr std::size_t kHanziChars = 16;
constexpr std::size_t kLabelChars = 40;
constexpr int kMaxSpotsPerPoint = 6;

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string rectText(const Rect& r)
{
    return formatNumber(r.x) + " " + formatNumber(r.y) + " " + formatNumber(r.width) + " " + formatNumber(r.height);
}

} // namespace

void PlacementLevelParser::readChild(const tinyxml2::XMLElement& el)
{
    if (std::string(el.Name()) == "map")
        readMap(el);
    else
        readPoint(el);
}

void PlacementLevelParser::readScoring(ElementReader& r, const tinyxml2::XMLElement& el)
{
    if (auto v = r.optionalNumber("tolerance", 0.0, 100.0))
        m_placement.scoring.toleranceCun = *v;
    if (auto v = r.optionalPositive("falloff", 100.0))
        m_placement.scoring.falloffCun = *v;
    if (auto v = r.optionalPositive("points", 1e6))
        m_placement.scoring.maxPoints = *v;
    if (auto v = r.optionalNumber("hint-cost", 0.0, 1.0))
        m_placement.scoring.hintCost = *v;
    // At most the number of points: checked once they are all read (checkAsk).
    if (auto v = r.optionalInteger("ask", 1, INT_MAX)) {
        m_placement.askPerRound = static_cast<std::size_t>(*v);
        m_askLine = el.GetLineNum();
    }
}

void PlacementLevelParser::readMap(const tinyxml2::XMLElement& el)
{
    MapSpec spec;
    spec.line = el.GetLineNum();
    ElementReader r(el, m_context.file, m_context.diag);
    reportUnknownChildren(el, {}, m_context.file, m_context.diag);
    if (el.Attribute("id")) {
        spec.idGiven = true;
        spec.level.id = r.requireId("id").value_or("");
    }
    r.accept("frame");
    if (const auto frame = el.Attribute("frame") ? r.requireVerbatim("frame") : std::nullopt) {
        const std::string& text = *frame;
        const auto numbers = parseNumberList(text);
        if (!numbers || numbers->size() != 4)
            r.error("attribute \"frame\" must be four numbers \"x y width height\", not " + inQuotes(text));
        else if ((*numbers)[2] <= 0.0 || (*numbers)[3] <= 0.0)
            r.error("attribute \"frame\" must have a width and height greater than 0, not " + inQuotes(text));
        else
            spec.level.frame = Rect{(*numbers)[0], (*numbers)[1], (*numbers)[2], (*numbers)[3]};
    }
    if (const auto src = r.requireVerbatim("src")) {
        const ResolvedPath resolved = resolveDataPath(m_context.baseDir, *src, m_context.maps.roots());
        if (!resolved.path) {
            r.error("attribute \"src\": " + resolved.problem);
        } else {
            spec.level.map = m_context.maps.get(*resolved.path, m_context.diag);
            if (!spec.level.map)
                r.error("the map " + inQuotes(*src) + " has errors (listed above), so this level cannot use it");
            else if (!spec.idGiven)
                spec.level.id = spec.level.map->id;
        }
    }
    m_mapSpecs.push_back(std::move(spec));
}

void PlacementLevelParser::readPoint(const tinyxml2::XMLElement& el)
{
    PointSpec spec;
    spec.describe = describeElement(el);
    spec.target.line = el.GetLineNum();
    const bool hasSpots = el.FirstChildElement("spot") != nullptr;
    bool ok = readPointAttributes(el, spec, hasSpots);
    if (hasSpots)
        ok = readSpots(el, spec) && ok;
    reportStrayText(el, m_context.file, m_context.diag);
    readPointTexts(el, spec);

    if (!spec.target.id.empty()) {
        // Progress is kept per point id, so two points may share a code (EX-B2 beside L3 and
        // beside L5) only with ids of their own.
        const auto [it, fresh] = m_pointCodes.emplace(spec.target.id, el.GetLineNum());
        if (!fresh)
            m_context.diag.error(m_context.file, el.GetLineNum(),
                                 spec.describe + ": duplicate " + (el.Attribute("id") ? "id " : "code ") +
                                     inQuotes(spec.target.id) + " (first at line " + std::to_string(it->second) +
                                     "); give each an id of its own");
    }
    spec.complete = ok;
    m_points.push_back(std::move(spec));
}

// The attributes of <point>, its location among them unless its <spot>s give it. False when
// something phase 2 needs is missing or malformed (already reported).
bool PlacementLevelParser::readPointAttributes(const tinyxml2::XMLElement& el, PointSpec& spec, bool hasSpots)
{
    bool ok = true;
    ElementReader r(el, m_context.file, m_context.diag);
    auto need = [&](auto value) {
        ok = ok && value.has_value();
        return value;
    };
    const auto code = need(r.requireId("code"));
    const auto name = need(r.requireString("name", kNameChars));
    const auto region = need(r.requireId("region"));
    const auto id = r.optionalId("id");
    ok = ok && (!el.Attribute("id") || id);
    spec.target.label = r.optionalString("label", kLabelChars).value_or("");
    // The name in Chinese characters (simplified, traditional) and its English meaning,
    // shown with the pinyin; optional in the format, required of the shipped levels
    // (tests/content/test_point_texts.cpp).
    spec.target.hanzi = r.optionalString("hanzi", kHanziChars).value_or("");
    spec.target.traditional = r.optionalString("traditional", kHanziChars).value_or("");
    spec.target.meaning = r.optionalString("meaning", kNameChars).value_or("");
    spec.mapId = r.optionalId("map");
    ok = ok && (!el.Attribute("map") || spec.mapId);
    const auto place = el.Attribute("place") ? r.requireChoice("place", {"one", "all"}) : std::nullopt;
    ok = ok && (!el.Attribute("place") || place);
    spec.target.placeAll = place && *place == "all";
    spec.target.toleranceCun = r.optionalNumber("tolerance", 0.0, 100.0);
    ok = ok && (!el.Attribute("tolerance") || spec.target.toleranceCun);
    spec.target.falloffCun = r.optionalPositive("falloff", 100.0);
    ok = ok && (!el.Attribute("falloff") || spec.target.falloffCun);
    spec.target.code = code.value_or("");
    spec.target.id = id.value_or(spec.target.code);
    if (spec.target.label.empty())
        spec.target.label = spec.target.code;
    spec.target.name = name.value_or("");
    spec.target.regionId = region.value_or("");
    if (hasSpots) {
        static const char* const locationAttributes[] = {"landmark", "x",  "y",      "lateral",  "inferior",
                                                         "dx",       "dy", "toward", "fraction", "bilateral"};
        for (const char* attribute : locationAttributes)
            if (el.Attribute(attribute)) {
                r.error(std::string("attribute \"") + attribute +
                        "\": give the location either on <point> or in its <spot> elements, not both");
                r.accept(attribute);
                ok = false;
            }
    } else {
        PointLocation where;
        where.regionId = spec.target.regionId;
        ok = readPointLocation(r, el, where) && ok;
        spec.wheres.push_back(std::move(where));
    }
    return ok;
}

bool PlacementLevelParser::readSpots(const tinyxml2::XMLElement& el, PointSpec& spec)
{
    bool ok = true;
    int count = 0;
    for (const tinyxml2::XMLElement* child = el.FirstChildElement("spot"); child;
         child = child->NextSiblingElement("spot")) {
        ElementReader r(*child, m_context.file, m_context.diag);
        reportUnknownChildren(*child, {}, m_context.file, m_context.diag);
        if (++count == kMaxSpotsPerPoint + 1)
            r.error("a point may have at most " + std::to_string(kMaxSpotsPerPoint) + " <spot> elements");
        PointLocation where;
        where.regionId = spec.target.regionId;
        ok = readPointLocation(r, *child, where) && ok;
        spec.wheres.push_back(std::move(where));
    }
    return ok;
}

// <location>, <caution> and <alias>: what the point's card says.
void PlacementLevelParser::readPointTexts(const tinyxml2::XMLElement& el, PointSpec& spec)
{
    const std::string& file = m_context.file;
    Diagnostics& diag = m_context.diag;
    std::map<std::string, int> seen;
    for (const tinyxml2::XMLElement* child = el.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::string name = child->Name();
        if (name == "location" || name == "caution") {
            if (!m_context.once(*child, seen))
                continue;
            ElementReader r(*child, file, diag);
            reportUnknownChildren(*child, {}, file, diag);
            if (name == "location")
                spec.target.location = r.requireText(ElementReader::kNoLimit).value_or("");
            else
                spec.target.caution = r.optionalText(ElementReader::kNoLimit);
        } else if (name == "alias") {
            ElementReader r(*child, file, diag);
            reportUnknownChildren(*child, {}, file, diag);
            // A note tells where an alias misleads (old Bladder numbering: B54 is another
            // point in some older books); it is shown with the alias.
            const auto note = r.optionalString("note", kAliasNoteChars);
            if (auto alias = r.requireText(kAliasChars))
                spec.target.aliases.push_back(note && !note->empty() ? *alias + " (" + *note + ")" : *alias);
        }
    }
    reportUnknownChildren(el, {"location", "caution", "alias", "spot"}, file, diag);
    if (!el.FirstChildElement("location"))
        diag.error(file, el.GetLineNum(), spec.describe + ": missing <location>");
}

void PlacementLevelParser::finish(Level& level)
{
    if (m_mapSpecs.empty())
        m_context.rootError("a placement level needs a <map>");
    if (m_points.empty())
        m_context.rootError("a placement level needs at least one <point>");
    checkMaps();
    placePoints();
    checkAsk();
    if (!m_context.diag.hasErrors()) // a level with errors is not played: its neighbours do not matter yet
        checkNeighbours();
    level.content = std::move(m_placement);
}

void PlacementLevelParser::checkMaps()
{
    std::map<std::string, int> mapIds;
    for (const MapSpec& spec : m_mapSpecs) {
        if (m_mapSpecs.size() > 1 && !spec.idGiven)
            m_context.diag.error(m_context.file, spec.line, "<map>: a level with several maps needs an \"id\" on each");
        else if (!spec.level.id.empty()) {
            if (const auto [it, fresh] = mapIds.emplace(spec.level.id, spec.line); !fresh)
                m_context.diag.error(m_context.file, spec.line,
                                     "<map id=\"" + spec.level.id + "\">: duplicate map id (first at line " +
                                         std::to_string(it->second) + ")");
        }
        checkFrame(spec);
        m_placement.maps.push_back(spec.level);
    }
}

// Each point on its map: the map it names, or the first.
void PlacementLevelParser::placePoints()
{
    for (PointSpec& spec : m_points) {
        std::size_t index = 0;
        bool found = !m_mapSpecs.empty();
        if (spec.mapId) {
            found = false;
            for (std::size_t i = 0; i < m_mapSpecs.size(); ++i)
                if (m_mapSpecs[i].level.id == *spec.mapId) {
                    index = i;
                    found = true;
                }
            if (!found) {
                std::vector<std::string> ids;
                for (const MapSpec& m : m_mapSpecs)
                    ids.push_back(m.level.id);
                m_context.diag.error(m_context.file, spec.target.line,
                                     spec.describe + ": map " + inQuotes(*spec.mapId) + " is not a <map> of this level" +
                                         suggestInstead(*spec.mapId, ids));
            }
        }
        spec.target.map = index;
        if (found && spec.complete && m_mapSpecs[index].level.map)
            resolve(spec, *m_mapSpecs[index].level.map);
        m_placement.points.push_back(std::move(spec.target));
    }
}

// A round cannot ask more points than the level has: a typo there (ask="60" for 6) would
// otherwise quietly ask them all.
void PlacementLevelParser::checkAsk()
{
    const auto ask = m_placement.askPerRound;
    if (ask && !m_points.empty() && *ask > m_points.size())
        m_context.diag.error(m_context.file, m_askLine,
                             "<scoring>: ask=\"" + std::to_string(*ask) + "\" asks more points than the level has (" +
                                 std::to_string(m_points.size()) + "); give 1 to " + std::to_string(m_points.size()) +
                                 ", or leave it out to ask every point");
}

// Two points so close that a click nearer one still earns much of the other's marks teach
// the wrong spot. One warning per point, naming its nearest such neighbour and the limit
// its tolerance and fall-off must keep, so the author can tighten them.
void PlacementLevelParser::checkNeighbours()
{
    const std::vector<NeighbourProblem> problems = neighbourProblems(m_placement);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const NeighbourProblem& problem = problems[i];
        if (i > 0 && problems[i - 1].asked == problem.asked)
            continue; // the first listed for a point is its closest (see below)
        const NeighbourProblem* closest = &problem;
        for (std::size_t j = i; j < problems.size() && problems[j].asked == problem.asked; ++j)
            if (problems[j].halfGapCun < closest->halfGapCun)
                closest = &problems[j];
        const PointTarget& asked = m_placement.points.at(closest->asked);
        const PointTarget& other = m_placement.points.at(closest->other);
        const PlacementScoring own = m_placement.scoringOf(asked);
        m_context.diag.warning(m_context.file, asked.line,
                               m_points.at(closest->asked).describe + ": a click nearer to " + other.id + " (line " +
                                   std::to_string(other.line) + ", " +
                                   formatNumber(std::round(closest->halfGapCun * 20.0) / 10.0) +
                                   " cun away) still earns up to " + formatNumber(std::round(closest->points)) +
                                   " of " + formatNumber(m_placement.scoring.maxPoints) +
                                   " points, more than a quarter: keep tolerance + 2/3 x falloff within " +
                                   formatNumber(std::floor(closest->halfGapCun * 100.0) / 100.0) + " cun (now " +
                                   formatNumber(own.toleranceCun) + " + 2/3 x " + formatNumber(own.falloffCun) + ")");
    }
}

void PlacementLevelParser::checkFrame(const MapSpec& spec)
{
    const BodyMap* map = spec.level.map.get();
    if (!map || !spec.level.frame)
        return;
    const Rect& f = *spec.level.frame;
    const Rect& b = map->bounds;
    const bool overlaps = f.x < b.x + b.width && f.x + f.width > b.x && f.y < b.y + b.height && f.y + f.height > b.y;
    const bool inside = b.contains({f.x, f.y}) && b.contains({f.x + f.width, f.y + f.height});
    const std::string message = "<map>: the frame " + rectText(f);
    if (!overlaps)
        m_context.diag.error(m_context.file, spec.line, message + " lies outside the map " + rectText(b));
    else if (!inside)
        m_context.diag.warning(m_context.file, spec.line, message + " reaches beyond the map " + rectText(b));
}

void PlacementLevelParser::resolve(PointSpec& spec, const BodyMap& map)
{
    for (const PointLocation& where : spec.wheres) {
        SpotResult result = resolveSpots(where, map);
        if (result.problem) {
            m_context.diag.error(m_context.file, spec.target.line,
                                 spec.describe + ": " + spotProblemText(*result.problem, where, map));
            return;
        }
        spec.target.spots.insert(spec.target.spots.end(), result.spots.begin(), result.spots.end());
        for (std::string& landmark : result.landmarks)
            if (std::find(spec.target.landmarks.begin(), spec.target.landmarks.end(), landmark) ==
                spec.target.landmarks.end())
                spec.target.landmarks.push_back(std::move(landmark));
    }
    if (spec.target.placeAll && spec.target.spots.size() < 2)
        m_context.diag.error(m_context.file, spec.target.line,
                             spec.describe + ": place=\"all\" asks for every spot, but the point has only one; give it "
                                                 "two or more <spot> elements, or leave out place=\"all\"");
}

} // namespace acq
