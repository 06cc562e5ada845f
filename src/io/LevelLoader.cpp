#include "io/LevelLoader.h"

#include "core/Neighbours.h"

#include "io/ElementReader.h"
#include "io/PathPolicy.h"
#include "io/PointSpots.h"
#include "io/XmlFile.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr double kAny = std::numeric_limits<double>::infinity();
constexpr std::size_t kTitleChars = 80;
constexpr std::size_t kNameChars = 80;
constexpr std::size_t kAliasChars = 64;
constexpr std::size_t kAliasNoteChars = 120;
constexpr std::size_t kHanziChars = 16;
constexpr std::size_t kPromptChars = 60;
constexpr std::size_t kAnswerChars = 160;
constexpr int kMinPairs = 2;
constexpr int kMaxPairs = 12;
constexpr int kMaxDistractors = 4;

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string rectText(const Rect& r)
{
    return formatNumber(r.x) + " " + formatNumber(r.y) + " " + formatNumber(r.width) + " " + formatNumber(r.height);
}

// A point as written, before the map is known.
struct PointSpec {
    PointTarget target;
    std::string describe; // `<point code="BL23">`
    std::vector<PointLocation> wheres; // the point's own location, or one per <spot>
    std::optional<std::string> mapId;  // the level map it lies on (default: the first)
    bool complete = false; // every attribute needed for phase 2 was read without error
};

// A <map> of the level, before phase 2.
struct MapSpec {
    LevelMap level;
    int line = 0;
    bool idGiven = false;
};

constexpr std::size_t kLabelChars = 40;
constexpr int kMaxSpotsPerPoint = 6;

class LevelParser {
public:
    LevelParser(const std::string& file, fs::path baseDir, MapCache& maps, Diagnostics& diag)
        : m_file(file), m_baseDir(std::move(baseDir)), m_maps(maps), m_diag(diag)
    {
    }

    std::optional<Level> parse(const tinyxml2::XMLDocument& doc, const std::string& levelFile)
    {
        const tinyxml2::XMLElement& root = *doc.RootElement();
        if (std::string(root.Name()) != "level") {
            m_diag.error(m_file, root.GetLineNum(), describeElement(root) + ": the root element must be <level>");
            return std::nullopt;
        }
        m_rootName = describeElement(root);
        m_rootLine = root.GetLineNum();
        Level level;
        level.file = levelFile;
        std::optional<std::string> kind;
        {
            ElementReader r(root, m_file, m_diag);
            if (const auto format = r.requireInteger("format", INT_MIN, INT_MAX); format && *format != 1) {
                // A later schema may mean something else by everything below: stop here.
                r.error("format " + std::to_string(*format) + " is not supported by this version (1)");
                r.acceptAll();
                return std::nullopt;
            }
            level.id = r.requireId("id").value_or("");
            kind = r.requireChoice("kind", {"placement", "matching"});
            level.title = r.requireString("title", kTitleChars).value_or("");
            level.order = r.optionalNumber("order", -kAny, kAny).value_or(100.0);
        }
        if (kind && *kind == "placement")
            m_kind = LevelKind::Placement;
        else if (kind)
            m_kind = LevelKind::Matching;
        reportStrayText(root, m_file, m_diag);

        // Phase 1: read every child, reporting what is wrong with each on its own.
        for (const tinyxml2::XMLElement* el = root.FirstChildElement(); el; el = el->NextSiblingElement())
            readChild(*el, level);

        // Phase 2: what depends on the whole level and on the map.
        if (m_kind == LevelKind::Placement)
            level.content = finishPlacement();
        else if (m_kind == LevelKind::Matching)
            level.content = finishMatching();
        if (m_diag.hasErrors())
            return std::nullopt;
        return level;
    }

private:
    void rootError(const std::string& message) { m_diag.error(m_file, m_rootLine, m_rootName + ": " + message); }

    // At most one of this element: true when it is the first.
    bool once(const tinyxml2::XMLElement& el, std::map<std::string, int>& seen)
    {
        const auto [it, fresh] = seen.emplace(el.Name(), el.GetLineNum());
        if (!fresh)
            m_diag.error(m_file, el.GetLineNum(),
                         describeElement(el) + ": only one <" + el.Name() + "> is allowed (the first is at line " +
                             std::to_string(it->second) + ")");
        return fresh;
    }

    void readChild(const tinyxml2::XMLElement& el, Level& level)
    {
        const std::string name = el.Name();
        static const char* const placementOnly[] = {"map", "point"};
        static const char* const matchingOnly[] = {"pair", "distractor"};
        auto in = [&](const auto& list) {
            for (const char* n : list)
                if (name == n)
                    return true;
            return false;
        };
        if (name == "intro") {
            if (once(el, m_levelSeen)) {
                ElementReader r(el, m_file, m_diag);
                level.intro = r.optionalText(ElementReader::kNoLimit);
                reportUnknownChildren(el, {}, m_file, m_diag);
            }
        } else if (name == "source") {
            ElementReader r(el, m_file, m_diag);
            if (auto text = r.requireText(ElementReader::kNoLimit))
                level.sources.push_back(*text);
            reportUnknownChildren(el, {}, m_file, m_diag);
        } else if (name == "scoring") {
            if (once(el, m_levelSeen))
                readScoring(el);
        } else if (in(placementOnly) || in(matchingOnly)) {
            const bool forPlacement = in(placementOnly);
            if (!m_kind)
                return; // the kind is already reported as wrong; which children belong is unknown
            if (forPlacement != (*m_kind == LevelKind::Placement)) {
                m_diag.warning(m_file, el.GetLineNum(),
                               m_rootName + ": <" + name + "> belongs in a " + (forPlacement ? "placement" : "matching") +
                                   " level; it is ignored here");
                return;
            }
            if (name == "map") {
                readMap(el);
            } else if (name == "point") {
                readPoint(el);
            } else if (name == "pair") {
                readPair(el);
            } else {
                readDistractor(el);
            }
        } else {
            std::string message = m_rootName + ": unknown element <" + name + ">";
            std::string guess;
            if (!m_kind || *m_kind == LevelKind::Placement)
                guess = closestMatch(name, {"intro", "source", "scoring", "map", "point"});
            else
                guess = closestMatch(name, {"intro", "source", "scoring", "pair", "distractor"});
            if (!guess.empty())
                message += " (did you mean <" + guess + ">?)";
            m_diag.warning(m_file, el.GetLineNum(), message);
        }
    }

    void readScoring(const tinyxml2::XMLElement& el)
    {
        ElementReader r(el, m_file, m_diag);
        reportUnknownChildren(el, {}, m_file, m_diag);
        if (!m_kind) {
            r.acceptAll();
            return;
        }
        if (*m_kind == LevelKind::Placement) {
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
        } else {
            if (auto v = r.optionalInteger("pair", 1, 1000000))
                m_matching.scoring.pairPoints = *v;
            if (auto v = r.optionalInteger("wrong", 0, 1000000))
                m_matching.scoring.wrongPenalty = *v;
        }
    }

    void readMap(const tinyxml2::XMLElement& el)
    {
        MapSpec spec;
        spec.line = el.GetLineNum();
        ElementReader r(el, m_file, m_diag);
        reportUnknownChildren(el, {}, m_file, m_diag);
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
            const ResolvedPath resolved = resolveDataPath(m_baseDir, *src, m_maps.roots());
            if (!resolved.path) {
                r.error("attribute \"src\": " + resolved.problem);
            } else {
                spec.level.map = m_maps.get(*resolved.path, m_diag);
                if (!spec.level.map)
                    r.error("the map " + inQuotes(*src) + " has errors (listed above), so this level cannot use it");
                else if (!spec.idGiven)
                    spec.level.id = spec.level.map->id;
            }
        }
        m_mapSpecs.push_back(std::move(spec));
    }

    // The location attributes shared by <point> and <spot>. False when something is missing or
    // malformed (already reported).
    bool readLocation(ElementReader& r, const tinyxml2::XMLElement& el, PointLocation& where)
    {
        bool ok = true;
        const bool hasLandmark = el.Attribute("landmark");
        const bool hasX = el.Attribute("x");
        const bool hasY = el.Attribute("y");
        where.landmark = r.optionalId("landmark");
        ok = ok && (!hasLandmark || where.landmark);
        const auto lateral = r.optionalNumber("lateral", -100.0, 100.0);
        const auto inferior = r.optionalNumber("inferior", -100.0, 100.0);
        const auto dx = r.optionalNumber("dx", -100.0, 100.0);
        const auto dy = r.optionalNumber("dy", -100.0, 100.0);
        where.toward = r.optionalId("toward");
        const auto fraction = r.optionalNumber("fraction", 0.0, 1.0);
        for (const char* name : {"lateral", "inferior", "dx", "dy", "toward", "fraction"})
            if (el.Attribute(name))
                ok = ok && (std::string(name) == "lateral"    ? lateral.has_value()
                            : std::string(name) == "inferior" ? inferior.has_value()
                            : std::string(name) == "dx"       ? dx.has_value()
                            : std::string(name) == "dy"       ? dy.has_value()
                            : std::string(name) == "toward"   ? where.toward.has_value()
                                                              : fraction.has_value());
        const auto x = r.optionalNumber("x", -kAny, kAny);
        const auto y = r.optionalNumber("y", -kAny, kAny);
        ok = ok && (!hasX || x) && (!hasY || y);
        const auto bilateral = r.optionalBool("bilateral");
        ok = ok && (!el.Attribute("bilateral") || bilateral);

        const char* offsets[] = {"lateral", "inferior", "toward", "fraction"};
        if (hasLandmark && (hasX || hasY)) {
            r.error("give either \"landmark\" or \"x\" and \"y\", not both");
            ok = false;
        } else if (!hasLandmark && !hasX && !hasY) {
            r.error("needs attribute \"landmark\" or both \"x\" and \"y\"");
            ok = false;
        } else if (!hasLandmark && hasX != hasY) {
            r.error(hasX ? "has \"x\" but no \"y\"" : "has \"y\" but no \"x\"");
            ok = false;
        } else if (!hasLandmark) {
            for (const char* name : offsets)
                if (el.Attribute(name)) {
                    r.error(std::string("attribute \"") + name +
                            "\" is measured from a landmark: it needs \"landmark\", not \"x\" and \"y\"");
                    ok = false;
                    break;
                }
        }
        if (el.Attribute("fraction") && !el.Attribute("toward")) {
            r.error("attribute \"fraction\" needs \"toward\" (the landmark it is a share of the way to)");
            ok = false;
        }
        where.hasLateral = lateral.has_value();
        where.lateral = lateral.value_or(0.0);
        where.inferior = inferior.value_or(0.0);
        where.dx = dx.value_or(0.0);
        where.dy = dy.value_or(0.0);
        where.fraction = fraction.value_or(0.5);
        if (x && y)
            where.xy = Vec2{*x, *y};
        where.bilateral = bilateral.value_or(false);
        return ok;
    }

    void readPoint(const tinyxml2::XMLElement& el)
    {
        PointSpec spec;
        spec.describe = describeElement(el);
        spec.target.line = el.GetLineNum();
        bool ok = true;
        const bool hasSpots = el.FirstChildElement("spot") != nullptr;
        {
            ElementReader r(el, m_file, m_diag);
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
                static const char* const locationAttributes[] = {"landmark", "x", "y", "lateral", "inferior", "dx",
                                                                 "dy", "toward", "fraction", "bilateral"};
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
                ok = readLocation(r, el, where) && ok;
                spec.wheres.push_back(std::move(where));
            }
        }
        if (hasSpots) {
            int count = 0;
            for (const tinyxml2::XMLElement* child = el.FirstChildElement("spot"); child;
                 child = child->NextSiblingElement("spot")) {
                ElementReader r(*child, m_file, m_diag);
                reportUnknownChildren(*child, {}, m_file, m_diag);
                if (++count == kMaxSpotsPerPoint + 1)
                    r.error("a point may have at most " + std::to_string(kMaxSpotsPerPoint) + " <spot> elements");
                PointLocation where;
                where.regionId = spec.target.regionId;
                ok = readLocation(r, *child, where) && ok;
                spec.wheres.push_back(std::move(where));
            }
        }
        reportStrayText(el, m_file, m_diag);
        std::map<std::string, int> seen;
        for (const tinyxml2::XMLElement* child = el.FirstChildElement(); child; child = child->NextSiblingElement()) {
            const std::string name = child->Name();
            if (name == "location" || name == "caution") {
                if (!once(*child, seen))
                    continue;
                ElementReader r(*child, m_file, m_diag);
                reportUnknownChildren(*child, {}, m_file, m_diag);
                if (name == "location")
                    spec.target.location = r.requireText(ElementReader::kNoLimit).value_or("");
                else
                    spec.target.caution = r.optionalText(ElementReader::kNoLimit);
            } else if (name == "alias") {
                ElementReader r(*child, m_file, m_diag);
                reportUnknownChildren(*child, {}, m_file, m_diag);
                // A note tells where an alias misleads (old Bladder numbering: B54 is another
                // point in some older books); it is shown with the alias.
                const auto note = r.optionalString("note", kAliasNoteChars);
                if (auto alias = r.requireText(kAliasChars))
                    spec.target.aliases.push_back(note && !note->empty() ? *alias + " (" + *note + ")" : *alias);
            }
        }
        reportUnknownChildren(el, {"location", "caution", "alias", "spot"}, m_file, m_diag);
        if (!el.FirstChildElement("location"))
            m_diag.error(m_file, el.GetLineNum(), spec.describe + ": missing <location>");

        if (!spec.target.id.empty()) {
            // Progress is kept per point id, so two points may share a code (EX-B2 beside L3 and
            // beside L5) only with ids of their own.
            const auto [it, fresh] = m_pointCodes.emplace(spec.target.id, el.GetLineNum());
            if (!fresh)
                m_diag.error(m_file, el.GetLineNum(),
                             spec.describe + ": duplicate " + (el.Attribute("id") ? "id " : "code ") +
                                 inQuotes(spec.target.id) + " (first at line " + std::to_string(it->second) +
                                 "); give each an id of its own");
        }
        spec.complete = ok;
        m_points.push_back(std::move(spec));
    }

    void readPair(const tinyxml2::XMLElement& el)
    {
        MatchPair pair;
        const std::string describe = describeElement(el);
        {
            ElementReader r(el, m_file, m_diag);
            pair.id = r.requireId("id").value_or("");
        }
        reportStrayText(el, m_file, m_diag);
        std::map<std::string, int> seen;
        for (const tinyxml2::XMLElement* child = el.FirstChildElement(); child; child = child->NextSiblingElement()) {
            const std::string name = child->Name();
            if (name != "prompt" && name != "answer" && name != "explain")
                continue;
            if (!once(*child, seen))
                continue;
            ElementReader r(*child, m_file, m_diag);
            reportUnknownChildren(*child, {}, m_file, m_diag);
            if (name == "prompt")
                pair.prompt = r.requireText(kPromptChars).value_or("");
            else if (name == "answer")
                pair.answer = r.requireText(kAnswerChars).value_or("");
            else
                pair.explain = r.optionalText(ElementReader::kNoLimit);
        }
        reportUnknownChildren(el, {"prompt", "answer", "explain"}, m_file, m_diag);
        for (const char* required : {"prompt", "answer"})
            if (!el.FirstChildElement(required))
                m_diag.error(m_file, el.GetLineNum(), describe + ": missing <" + required + ">");

        // Two cards with the same text could not be told apart in play.
        auto unique = [&](std::map<std::string, std::pair<std::string, int>>& index, const std::string& text,
                          const char* what) {
            if (text.empty())
                return;
            const auto [it, fresh] = index.emplace(text, std::make_pair(pair.id, el.GetLineNum()));
            if (!fresh)
                m_diag.error(m_file, el.GetLineNum(),
                             describe + ": " + what + " is the same as that of pair " + inQuotes(it->second.first) +
                                 " (line " + std::to_string(it->second.second) + ")");
        };
        if (!pair.id.empty()) {
            const auto [it, fresh] = m_pairIds.emplace(pair.id, el.GetLineNum());
            if (!fresh)
                m_diag.error(m_file, el.GetLineNum(),
                             describe + ": duplicate pair id " + inQuotes(pair.id) + " (first at line " +
                                 std::to_string(it->second) + ")");
        }
        unique(m_prompts, pair.prompt, "the prompt");
        unique(m_answers, pair.answer, "the answer");
        m_matching.pairs.push_back(std::move(pair));
        m_pairLines.push_back(el.GetLineNum());
    }

    void readDistractor(const tinyxml2::XMLElement& el)
    {
        ElementReader r(el, m_file, m_diag);
        reportUnknownChildren(el, {}, m_file, m_diag);
        ++m_distractorCount;
        if (m_distractorCount == kMaxDistractors + 1)
            r.error("a level may have at most " + std::to_string(kMaxDistractors) + " <distractor> elements");
        if (auto text = r.requireText(kAnswerChars)) {
            m_matching.distractors.push_back(*text);
            m_distractorLines.push_back(el.GetLineNum());
        }
    }

    PlacementLevel finishPlacement()
    {
        if (m_mapSpecs.empty())
            rootError("a placement level needs a <map>");
        if (m_points.empty())
            rootError("a placement level needs at least one <point>");
        std::map<std::string, int> mapIds;
        for (const MapSpec& spec : m_mapSpecs) {
            if (m_mapSpecs.size() > 1 && !spec.idGiven)
                m_diag.error(m_file, spec.line, "<map>: a level with several maps needs an \"id\" on each");
            else if (!spec.level.id.empty()) {
                if (const auto [it, fresh] = mapIds.emplace(spec.level.id, spec.line); !fresh)
                    m_diag.error(m_file, spec.line,
                                 "<map id=\"" + spec.level.id + "\">: duplicate map id (first at line " +
                                     std::to_string(it->second) + ")");
            }
            checkFrame(spec);
            m_placement.maps.push_back(spec.level);
        }
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
                    std::string message = spec.describe + ": map " + inQuotes(*spec.mapId) + " is not a <map> of this level";
                    if (const std::string guess = closestMatch(*spec.mapId, ids); !guess.empty())
                        message += "; did you mean " + inQuotes(guess) + "?";
                    m_diag.error(m_file, spec.target.line, message);
                }
            }
            spec.target.map = index;
            if (found && spec.complete && m_mapSpecs[index].level.map)
                resolve(spec, *m_mapSpecs[index].level.map);
            m_placement.points.push_back(std::move(spec.target));
        }
        checkAsk();
        if (!m_diag.hasErrors()) // a level with errors is not played: its neighbours do not matter yet
            checkNeighbours();
        return std::move(m_placement);
    }

    // A round cannot ask more points than the level has: a typo there (ask="60" for 6) would
    // otherwise quietly ask them all.
    void checkAsk()
    {
        const auto ask = m_placement.askPerRound;
        if (ask && !m_points.empty() && *ask > m_points.size())
            m_diag.error(m_file, m_askLine,
                         "<scoring>: ask=\"" + std::to_string(*ask) + "\" asks more points than the level has (" +
                             std::to_string(m_points.size()) + "); give 1 to " + std::to_string(m_points.size()) +
                             ", or leave it out to ask every point");
    }

    // Two points so close that a click nearer one still earns much of the other's marks teach
    // the wrong spot. One warning per point, naming its nearest such neighbour and the limit
    // its tolerance and fall-off must keep, so the author can tighten them.
    void checkNeighbours()
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
            m_diag.warning(m_file, asked.line,
                           m_points.at(closest->asked).describe + ": a click nearer to " + other.id + " (line " +
                               std::to_string(other.line) + ", " + formatNumber(std::round(closest->halfGapCun * 20.0) / 10.0) +
                               " cun away) still earns up to " + formatNumber(std::round(closest->points)) + " of " +
                               formatNumber(m_placement.scoring.maxPoints) +
                               " points, more than a quarter: keep tolerance + 2/3 x falloff within " +
                               formatNumber(std::floor(closest->halfGapCun * 100.0) / 100.0) + " cun (now " +
                               formatNumber(own.toleranceCun) + " + 2/3 x " + formatNumber(own.falloffCun) + ")");
        }
    }

    void checkFrame(const MapSpec& spec)
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
            m_diag.error(m_file, spec.line, message + " lies outside the map " + rectText(b));
        else if (!inside)
            m_diag.warning(m_file, spec.line, message + " reaches beyond the map " + rectText(b));
    }

    void resolve(PointSpec& spec, const BodyMap& map)
    {
        for (const PointLocation& where : spec.wheres) {
            SpotResult result = resolveSpots(where, map);
            if (!result.problem.empty()) {
                m_diag.error(m_file, spec.target.line, spec.describe + ": " + result.problem);
                return;
            }
            spec.target.spots.insert(spec.target.spots.end(), result.spots.begin(), result.spots.end());
            for (std::string& landmark : result.landmarks)
                if (std::find(spec.target.landmarks.begin(), spec.target.landmarks.end(), landmark) ==
                    spec.target.landmarks.end())
                    spec.target.landmarks.push_back(std::move(landmark));
        }
        if (spec.target.placeAll && spec.target.spots.size() < 2)
            m_diag.error(m_file, spec.target.line,
                         spec.describe + ": place=\"all\" asks for every spot, but the point has only one");
    }

    MatchingLevel finishMatching()
    {
        const int pairs = static_cast<int>(m_matching.pairs.size());
        if (pairs < kMinPairs || pairs > kMaxPairs)
            rootError("a matching level needs " + std::to_string(kMinPairs) + " to " + std::to_string(kMaxPairs) +
                      " <pair> elements, not " + std::to_string(pairs));
        std::map<std::string, int> distractors;
        for (std::size_t i = 0; i < m_matching.distractors.size(); ++i) {
            const std::string& text = m_matching.distractors[i];
            const int line = m_distractorLines[i];
            if (const auto it = m_answers.find(text); it != m_answers.end())
                m_diag.error(m_file, line,
                             "<distractor>: identical to the answer of pair " + inQuotes(it->second.first) + " (line " +
                                 std::to_string(it->second.second) + ")");
            else if (const auto [seen, fresh] = distractors.emplace(text, line); !fresh)
                m_diag.error(m_file, line,
                             "<distractor>: identical to the distractor at line " + std::to_string(seen->second));
        }
        return std::move(m_matching);
    }

    const std::string& m_file;
    fs::path m_baseDir;
    MapCache& m_maps;
    Diagnostics& m_diag;

    std::string m_rootName = "<level>";
    int m_rootLine = 0;
    std::optional<LevelKind> m_kind;
    std::map<std::string, int> m_levelSeen; // children allowed once: name → first line

    PlacementLevel m_placement;
    int m_askLine = 0; // the <scoring> that gave "ask"
    std::vector<MapSpec> m_mapSpecs;
    std::vector<PointSpec> m_points;
    std::map<std::string, int> m_pointCodes;

    MatchingLevel m_matching;
    std::vector<int> m_pairLines;
    std::vector<int> m_distractorLines;
    int m_distractorCount = 0;
    std::map<std::string, int> m_pairIds;
    std::map<std::string, std::pair<std::string, int>> m_prompts; // text → (pair id, line)
    std::map<std::string, std::pair<std::string, int>> m_answers;
};

std::optional<Level> parseLevel(const tinyxml2::XMLDocument& doc, const std::string& displayName,
                                const std::string& levelFile, const fs::path& baseDir, MapCache& maps, Diagnostics& diag)
{
    Diagnostics local;
    std::optional<Level> level;
    try {
        LevelParser parser(displayName, baseDir.empty() ? fs::path(".") : baseDir, maps, local);
        level = parser.parse(doc, levelFile);
    } catch (const std::exception& e) {
        local.error(displayName, 0, std::string("cannot load the level: ") + e.what());
        level.reset();
    }
    diag.append(local);
    if (local.hasErrors())
        return std::nullopt;
    return level;
}

} // namespace

std::optional<Level> loadLevelFile(const fs::path& file, const std::string& displayName, MapCache& maps,
                                   Diagnostics& diag)
{
    int rootLine = 0;
    return loadLevelFile(file, displayName, maps, diag, rootLine);
}

std::optional<Level> loadLevelFile(const fs::path& file, const std::string& displayName, MapCache& maps,
                                   Diagnostics& diag, int& rootLine)
{
    rootLine = 0;
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (!loadXmlFile(file, displayName, doc, diag))
        return std::nullopt;
    rootLine = doc.RootElement()->GetLineNum();
    return parseLevel(doc, displayName, file.string(), file.parent_path(), maps, diag);
}

std::optional<Level> loadLevelText(const std::string& text, const std::string& displayName, const fs::path& baseDir,
                                   MapCache& maps, Diagnostics& diag)
{
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (!parseXmlText(text, displayName, doc, diag))
        return std::nullopt;
    return parseLevel(doc, displayName, displayName, baseDir, maps, diag);
}

} // namespace acq
