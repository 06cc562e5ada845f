#include "io/LevelLoader.h"

#include "io/ElementReader.h"
#include "io/LevelKindParser.h"
#include "io/MatchingLevelParser.h"
#include "io/PlacementLevelParser.h"
#include "io/XmlFile.h"

#include <algorithm>
#include <climits>
#include <limits>
#include <map>
#include <memory>

namespace fs = std::filesystem;

namespace acq {
namespace {

constexpr double kAny = std::numeric_limits<double>::infinity();
constexpr std::size_t kTitleChars = 80;

template <typename List> bool contains(const List& list, const std::string& name)
{
    return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

// The part of a level both kinds share: the root element, <intro>, <source> and <scoring>; the
// kind's own elements go to its parser.
class LevelParser {
public:
    explicit LevelParser(LevelFileContext context) : m_context(std::move(context)) {}

    std::optional<Level> parse(const tinyxml2::XMLDocument& doc, const std::string& levelFile)
    {
        const tinyxml2::XMLElement& root = *doc.RootElement();
        Diagnostics& diag = m_context.diag;
        const std::string& file = m_context.file;
        if (std::string(root.Name()) != "level") {
            diag.error(file, root.GetLineNum(), describeElement(root) + ": the root element must be <level>");
            return std::nullopt;
        }
        m_context.rootName = describeElement(root);
        m_context.rootLine = root.GetLineNum();
        Level level;
        level.file = levelFile;
        std::optional<std::string> kind;
        {
            ElementReader r(root, file, diag);
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
        if (kind && *kind == "placement") {
            m_kind = LevelKind::Placement;
            m_parser = std::make_unique<PlacementLevelParser>(m_context);
        } else if (kind) {
            m_kind = LevelKind::Matching;
            m_parser = std::make_unique<MatchingLevelParser>(m_context);
        }
        reportStrayText(root, file, diag);

        // Phase 1: read every child, reporting what is wrong with each on its own.
        for (const tinyxml2::XMLElement* el = root.FirstChildElement(); el; el = el->NextSiblingElement())
            readChild(*el, level);

        // Phase 2: what depends on the whole level and on the map.
        if (m_parser)
            m_parser->finish(level);
        if (diag.hasErrors())
            return std::nullopt;
        return level;
    }

private:
    void readChild(const tinyxml2::XMLElement& el, Level& level)
    {
        const std::string name = el.Name();
        const std::string& file = m_context.file;
        Diagnostics& diag = m_context.diag;
        const bool forPlacement = contains(PlacementLevelParser::kChildren, name);
        const bool forMatching = contains(MatchingLevelParser::kChildren, name);
        if (name == "intro") {
            if (m_context.once(el, m_seen)) {
                ElementReader r(el, file, diag);
                level.intro = r.optionalText(ElementReader::kNoLimit);
                reportUnknownChildren(el, {}, file, diag);
            }
        } else if (name == "source") {
            ElementReader r(el, file, diag);
            if (auto text = r.requireText(ElementReader::kNoLimit))
                level.sources.push_back(*text);
            reportUnknownChildren(el, {}, file, diag);
        } else if (name == "scoring") {
            if (m_context.once(el, m_seen))
                readScoring(el);
        } else if (forPlacement || forMatching) {
            if (!m_kind)
                return; // the kind is already reported as wrong; which children belong is unknown
            if (forPlacement != (*m_kind == LevelKind::Placement)) {
                diag.warning(file, el.GetLineNum(),
                             m_context.rootName + ": <" + name + "> belongs in a " +
                                 (forPlacement ? "placement" : "matching") + " level; it is ignored here");
                return;
            }
            m_parser->readChild(el);
        } else {
            std::vector<std::string> known = {"intro", "source", "scoring"};
            if (!m_kind || *m_kind == LevelKind::Placement)
                known.insert(known.end(), std::begin(PlacementLevelParser::kChildren),
                             std::end(PlacementLevelParser::kChildren));
            else
                known.insert(known.end(), std::begin(MatchingLevelParser::kChildren),
                             std::end(MatchingLevelParser::kChildren));
            std::string message = m_context.rootName + ": unknown element <" + name + ">";
            if (const std::string guess = closestMatch(name, known); !guess.empty())
                message += " (did you mean <" + guess + ">?)";
            diag.warning(file, el.GetLineNum(), message);
        }
    }

    void readScoring(const tinyxml2::XMLElement& el)
    {
        ElementReader r(el, m_context.file, m_context.diag);
        reportUnknownChildren(el, {}, m_context.file, m_context.diag);
        if (!m_parser) {
            r.acceptAll();
            return;
        }
        m_parser->readScoring(r, el);
    }

    LevelFileContext m_context;
    std::optional<LevelKind> m_kind;
    std::unique_ptr<LevelKindParser> m_parser;
    std::map<std::string, int> m_seen; // children allowed once: name → first line
};

std::optional<Level> parseLevel(const tinyxml2::XMLDocument& doc, const std::string& displayName,
                                const std::string& levelFile, const fs::path& baseDir, MapCache& maps,
                                Diagnostics& diag)
{
    Diagnostics local;
    std::optional<Level> level;
    try {
        LevelParser parser(LevelFileContext{displayName, baseDir.empty() ? fs::path(".") : baseDir, maps, local});
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
