#include "io/LevelLoader.h"

#include "io/ElementReader.h"
#include "io/PathPolicy.h"
#include "io/PointSpots.h"
#include "io/XmlFile.h"

#include <climits>
#include <limits>
#include <map>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr double kAny = std::numeric_limits<double>::infinity();
constexpr std::size_t kTitleChars = 80;
constexpr std::size_t kNameChars = 80;
constexpr std::size_t kAliasChars = 64;
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
    PointLocation where;
    bool complete = false; // every attribute needed for phase 2 was read without error
};

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
                if (once(el, m_levelSeen))
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
        } else {
            if (auto v = r.optionalInteger("pair", 1, 1000000))
                m_matching.scoring.pairPoints = *v;
            if (auto v = r.optionalInteger("wrong", 0, 1000000))
                m_matching.scoring.wrongPenalty = *v;
        }
    }

    void readMap(const tinyxml2::XMLElement& el)
    {
        m_mapSeen = true;
        m_mapLine = el.GetLineNum();
        ElementReader r(el, m_file, m_diag);
        reportUnknownChildren(el, {}, m_file, m_diag);
        r.accept("frame");
        if (const auto frame = el.Attribute("frame") ? r.requireVerbatim("frame") : std::nullopt) {
            const std::string& text = *frame;
            const auto numbers = parseNumberList(text);
            if (!numbers || numbers->size() != 4)
                r.error("attribute \"frame\" must be four numbers \"x y width height\", not " + inQuotes(text));
            else if ((*numbers)[2] <= 0.0 || (*numbers)[3] <= 0.0)
                r.error("attribute \"frame\" must have a width and height greater than 0, not " + inQuotes(text));
            else
                m_placement.frame = Rect{(*numbers)[0], (*numbers)[1], (*numbers)[2], (*numbers)[3]};
        }
        const auto src = r.requireVerbatim("src");
        if (!src)
            return;
        const ResolvedPath resolved = resolveDataPath(m_baseDir, *src, m_maps.roots());
        if (!resolved.path) {
            r.error("attribute \"src\": " + resolved.problem);
            return;
        }
        m_placement.map = m_maps.get(*resolved.path, m_diag);
        if (!m_placement.map)
            r.error("the map " + inQuotes(*src) + " has errors (listed above), so this level cannot use it");
    }

    void readPoint(const tinyxml2::XMLElement& el)
    {
        PointSpec spec;
        spec.describe = describeElement(el);
        spec.target.line = el.GetLineNum();
        bool ok = true;
        {
            ElementReader r(el, m_file, m_diag);
            auto need = [&](auto value) {
                ok = ok && value.has_value();
                return value;
            };
            const auto code = need(r.requireId("code"));
            const auto name = need(r.requireString("name", kNameChars));
            const auto region = need(r.requireId("region"));
            const bool hasLandmark = el.Attribute("landmark");
            const bool hasX = el.Attribute("x");
            const bool hasY = el.Attribute("y");
            spec.where.landmark = r.optionalId("landmark");
            ok = ok && (!hasLandmark || spec.where.landmark);
            const auto lateral = r.optionalNumber("lateral", -100.0, 100.0);
            const auto inferior = r.optionalNumber("inferior", -100.0, 100.0);
            ok = ok && (!el.Attribute("lateral") || lateral) && (!el.Attribute("inferior") || inferior);
            const auto x = r.optionalNumber("x", -kAny, kAny);
            const auto y = r.optionalNumber("y", -kAny, kAny);
            ok = ok && (!hasX || x) && (!hasY || y);
            const auto bilateral = r.optionalBool("bilateral");
            ok = ok && (!el.Attribute("bilateral") || bilateral);

            if (hasLandmark && (hasX || hasY)) {
                r.error("give either \"landmark\" or \"x\" and \"y\", not both");
                ok = false;
            } else if (!hasLandmark && !hasX && !hasY) {
                r.error("needs attribute \"landmark\" or both \"x\" and \"y\"");
                ok = false;
            } else if (!hasLandmark && hasX != hasY) {
                r.error(hasX ? "has \"x\" but no \"y\"" : "has \"y\" but no \"x\"");
                ok = false;
            } else if (!hasLandmark && (el.Attribute("lateral") || el.Attribute("inferior"))) {
                r.error(std::string("attribute ") + (el.Attribute("lateral") ? "\"lateral\"" : "\"inferior\"") +
                        " is an offset from a landmark: it needs \"landmark\", not \"x\" and \"y\"");
                ok = false;
            }
            spec.target.code = code.value_or("");
            spec.target.name = name.value_or("");
            spec.target.regionId = region.value_or("");
            spec.where.regionId = spec.target.regionId;
            spec.where.hasLateral = lateral.has_value();
            spec.where.lateral = lateral.value_or(0.0);
            spec.where.inferior = inferior.value_or(0.0);
            if (x && y)
                spec.where.xy = Vec2{*x, *y};
            spec.where.bilateral = bilateral.value_or(false);
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
                if (auto alias = r.requireText(kAliasChars))
                    spec.target.aliases.push_back(*alias);
            }
        }
        reportUnknownChildren(el, {"location", "caution", "alias"}, m_file, m_diag);
        if (!el.FirstChildElement("location"))
            m_diag.error(m_file, el.GetLineNum(), spec.describe + ": missing <location>");

        if (!spec.target.code.empty()) {
            const auto [it, fresh] = m_pointCodes.emplace(spec.target.code, el.GetLineNum());
            if (!fresh)
                m_diag.error(m_file, el.GetLineNum(),
                             spec.describe + ": duplicate code " + inQuotes(spec.target.code) + " (first at line " +
                                 std::to_string(it->second) + ")");
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
        if (!m_mapSeen)
            rootError("a placement level needs a <map>");
        if (m_points.empty())
            rootError("a placement level needs at least one <point>");
        const BodyMap* map = m_placement.map.get();
        if (map && m_placement.frame) {
            const Rect& f = *m_placement.frame;
            const Rect& b = map->bounds;
            const bool overlaps = f.x < b.x + b.width && f.x + f.width > b.x && f.y < b.y + b.height && f.y + f.height > b.y;
            const bool inside = b.contains({f.x, f.y}) && b.contains({f.x + f.width, f.y + f.height});
            const std::string message = "<map>: the frame " + rectText(f);
            if (!overlaps)
                m_diag.error(m_file, m_mapLine, message + " lies outside the map " + rectText(b));
            else if (!inside)
                m_diag.warning(m_file, m_mapLine, message + " reaches beyond the map " + rectText(b));
        }
        for (PointSpec& spec : m_points) {
            if (map && spec.complete)
                resolve(spec, *map);
            m_placement.points.push_back(std::move(spec.target));
        }
        return std::move(m_placement);
    }

    void resolve(PointSpec& spec, const BodyMap& map)
    {
        SpotResult result = resolveSpots(spec.where, map);
        if (!result.problem.empty()) {
            m_diag.error(m_file, spec.target.line, spec.describe + ": " + result.problem);
            return;
        }
        spec.target.spots = std::move(result.spots);
        spec.target.landmarks = std::move(result.landmarks);
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
    bool m_mapSeen = false;
    int m_mapLine = 0;
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
