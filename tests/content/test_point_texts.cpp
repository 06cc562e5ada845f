// The texts of the shipped levels against the rules of issue 17: safety cautions, the ankle
// points measured from the malleolus's prominence, EX-UE7's alternative in the right direction,
// the old Bladder numbering told where those aliases are shown, every point's characters and
// meaning (and docs/points.md agreeing), and matching rounds that teach rather than give away.
// The facts are restated here, independently of the level files.
#include "ShippedContent.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace acq;
using namespace acq::content;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string lower(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::vector<const Level*> matchingLevels()
{
    std::vector<const Level*> out;
    for (const LevelEntry& entry : shippedCatalog().entries)
        if (entry.playable() && entry.level->matching())
            out.push_back(&*entry.level);
    REQUIRE(out.size() >= 5);
    return out;
}

// The code a point of a level stands for (EX-B2-L3 is EX-B2) and a matching pair's id when it is
// a point code (point-locations-*.xml).
const std::set<std::string> kLumbosacral = {"BL23", "BL25", "BL52", "GV4", "GV3", "EX-B2", "BL54"};

// Names: simplified, traditional, meaning (Deadman et al., A Manual of Acupuncture; see
// docs/content-sources.md).
struct Name {
    const char* simplified;
    const char* traditional;
    const char* meaning;
};
const std::map<std::string, Name>& names()
{
    static const std::map<std::string, Name> table = {
        {"BL40", {"委中", "委中", "Middle of the Crook"}},
        {"BL39", {"委阳", "委陽", "Outside of the Crook"}},
        {"BL60", {"昆仑", "崑崙", "Kunlun Mountains"}},
        {"KI3", {"太溪", "太溪", "Supreme Stream"}},
        {"BL62", {"申脉", "申脈", "Extending Vessel"}},
        {"BL23", {"肾俞", "腎俞", "Kidney Shu"}},
        {"BL25", {"大肠俞", "大腸俞", "Large Intestine Shu"}},
        {"BL52", {"志室", "志室", "Residence of the Will"}},
        {"GV4", {"命门", "命門", "Gate of Life"}},
        {"GV3", {"腰阳关", "腰陽關", "Lumbar Yang Gate"}},
        {"EX-B2", {"夹脊", "夾脊", "Flanking the Spine"}},
        {"SI3", {"后溪", "後溪", "Back Stream"}},
        {"LI4", {"合谷", "合谷", "Joining Valley"}},
        {"EX-UE7", {"腰痛点", "腰痛點", "Lumbar Pain Point"}},
        {"GB30", {"环跳", "環跳", "Jumping Circle"}},
        {"BL54", {"秩边", "秩邊", "Order's Edge"}},
        {"CV6", {"气海", "氣海", "Sea of Qi"}},
        {"CV4", {"关元", "關元", "Gate of Origin"}},
        {"ST25", {"天枢", "天樞", "Heaven's Pivot"}},
        // The upper back (levels/upper-back.xml).
        {"GB21", {"肩井", "肩井", "Shoulder Well"}},
        {"SI11", {"天宗", "天宗", "Heavenly Gathering"}},
        {"BL13", {"肺俞", "肺俞", "Lung Shu"}},
        {"BL17", {"膈俞", "膈俞", "Diaphragm Shu"}},
    };
    return table;
}

// Every text a point code is described with: placement locations and cautions, and the answer
// and explanation of a matching pair whose id is the code.
std::vector<std::string> textsOf(const std::string& code)
{
    std::vector<std::string> out;
    for (const Level* level : shippedPlacementLevels())
        for (const PointTarget& p : level->placement()->points)
            if (p.code == code) {
                out.push_back(level->id + " location: " + p.location);
                if (!p.caution.empty())
                    out.push_back(level->id + " caution: " + p.caution);
            }
    for (const Level* level : matchingLevels())
        for (const MatchPair& pair : level->matching()->pairs)
            if (pair.id == code) {
                out.push_back(level->id + " answer: " + pair.answer);
                out.push_back(level->id + " explain: " + pair.explain);
            }
    return out;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Words of at least six letters, lower-case: the key words of a prompt.
std::vector<std::string> keyWords(const std::string& text)
{
    std::vector<std::string> out;
    std::string word;
    for (char c : text + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            if (word.size() >= 6)
                out.push_back(word);
            word.clear();
        }
    }
    return out;
}

// WHO 2008 gives 3 B-cun from the prominence of the LATERAL malleolus to the sole; the medial
// malleolus stands higher. For each "3 cun" (or "3 B-cun", "3 leg cun") in a clause that also
// names the sole, the side of the ankle bone it is given to: the nearest "medial", "inner",
// "lateral" or "outer" before it in the clause (or else the first after it).
std::vector<std::string> sidesAtThreeCunAboveSole(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    static const std::regex clauseBreak(R"(\.\s|[;()<>|"])");
    static const std::regex threeCun(R"((^|[^.\d])3\s+(B-|leg\s+)?cun\b)", std::regex::icase);
    static const std::regex side(R"(\b(medial|inner|lateral|outer)\b)", std::regex::icase);
    std::vector<std::string> out;
    for (std::sregex_token_iterator it(text.begin(), text.end(), clauseBreak, -1), end; it != end; ++it) {
        const std::string clause = it->str();
        if (!contains(lower(clause), "sole"))
            continue;
        for (std::sregex_iterator m(clause.begin(), clause.end(), threeCun), none; m != none; ++m) {
            const auto at = static_cast<std::size_t>(m->position());
            std::string before, after;
            for (std::sregex_iterator s(clause.begin(), clause.end(), side); s != none; ++s) {
                if (static_cast<std::size_t>(s->position()) < at)
                    before = lower(s->str());
                else if (after.empty())
                    after = lower(s->str());
            }
            const std::string which = before.empty() ? after : before;
            out.push_back(which == "inner" ? "medial" : which == "outer" ? "lateral" : which);
        }
    }
    return out;
}

} // namespace

TEST_CASE("[texts] the lumbosacral points carry the pregnancy caution, BL23 and BL52 the kidney's, in placement and matching levels")
{
    for (const Level* level : shippedPlacementLevels())
        for (const PointTarget& p : level->placement()->points) {
            INFO(level->id << " " << p.id << ": " << p.caution);
            // The Jiaji points beside the thoracic vertebrae (region upper-back) are not lumbosacral.
            if (kLumbosacral.count(p.code) && p.regionId != "upper-back")
                CHECK(contains(p.caution, "traditionally avoided from the fourth month of pregnancy"));
            if (p.code == "BL23" || p.code == "BL52")
                CHECK(contains(p.caution, "The kidney lies deep beneath this point."));
            if (p.code == "BL60" || p.code == "LI4")
                CHECK(contains(p.caution, "avoided throughout pregnancy"));
            if (p.code == "CV6" || p.code == "CV4" || p.code == "ST25")
                CHECK(contains(p.caution, "avoided in pregnancy"));
        }
    // The matching rounds that explain where a point lies (point-locations-*.xml, a pair per point
    // code) carry the same caution in that pair's explanation.
    std::set<std::string> explained;
    for (const Level* level : matchingLevels())
        for (const MatchPair& pair : level->matching()->pairs) {
            INFO(level->id << " " << pair.id << ": " << pair.explain);
            // The thoracic Jiaji row (upper-back-why.xml) is not lumbosacral.
            if (kLumbosacral.count(pair.id) && !contains(lower(pair.answer), "thoracic")) {
                explained.insert(pair.id);
                CHECK(contains(lower(pair.explain), "traditionally avoided from the fourth month of pregnancy"));
            }
            if (pair.id == "BL23" || pair.id == "BL52")
                CHECK(contains(pair.explain, "kidney lies deep"));
            if (pair.id == "BL60" || pair.id == "LI4")
                CHECK(contains(lower(pair.explain), "avoided throughout pregnancy"));
        }
    CHECK(explained == kLumbosacral); // every lumbosacral point is explained in some matching round
}

TEST_CASE("[texts] a point's caution reads the same in every level")
{
    // By code and region: EX-B2 beside the lumbar vertebrae is not EX-B2 beside the thoracic ones.
    std::map<std::string, std::string> seen;
    for (const Level* level : shippedPlacementLevels())
        for (const PointTarget& p : level->placement()->points) {
            const auto [it, fresh] = seen.emplace(p.code + " in " + p.regionId, p.caution);
            INFO(level->id << " " << p.id);
            CHECK(it->second == p.caution);
        }
}

TEST_CASE("[texts] the pregnancy card says what the textbooks say")
{
    bool found = false;
    for (const Level* level : matchingLevels())
        for (const MatchPair& pair : level->matching()->pairs)
            if (pair.id == "pregnancy") {
                found = true;
                INFO(pair.answer);
                for (const char* part : {"LI4", "SP6", "BL60", "BL67", "GB21", "throughout", "upper abdomen",
                                         "lower back"})
                    CHECK(contains(pair.answer, part));
                // The lower abdomen from the first months; the upper abdomen and the lower back after
                // the third: in that order, so the card cannot say it the other way round.
                const std::size_t lowerAbdomen = pair.answer.find("lower abdomen in the first 3 months");
                const std::size_t after = pair.answer.find("after that the upper abdomen and lower back");
                CHECK(lowerAbdomen != std::string::npos);
                CHECK(after != std::string::npos);
                CHECK(lowerAbdomen < after);
            }
    CHECK(found);
}

TEST_CASE("[texts] the ankle points start from the malleolus's prominence, never its tip")
{
    for (const char* code : {"BL60", "KI3", "BL62"})
        for (const std::string& text : textsOf(code)) {
            INFO(code << " " << text);
            CHECK(!contains(lower(text), "tip"));
            if (contains(text, "location:") || contains(text, "answer:"))
                CHECK(contains(text, "most prominent point"));
        }
}

TEST_CASE("[texts] EX-UE7's other placement is nearer the wrist")
{
    // Every level that teaches EX-UE7 names the atlases' other placement, and in the right
    // direction: towards the wrist (the metacarpal bases), never "higher" or "further up",
    // which on a hanging arm would mean the same, yet reads as towards the fingers on a hand
    // drawn fingers up.
    std::set<std::string> levels, mentioned;
    for (const std::string& text : textsOf("EX-UE7")) {
        const std::string level = text.substr(0, text.find(' '));
        levels.insert(level);
        INFO(text);
        CHECK(!contains(lower(text), "higher"));
        CHECK(!contains(lower(text), "further up"));
        if (contains(text, "atlases")) {
            CHECK(contains(text, "nearer the wrist"));
            mentioned.insert(level);
        }
    }
    CHECK(levels.size() >= 3); // hand, all-regions, point-locations-limbs
    CHECK(mentioned == levels);
    CHECK(contains(readFile(sourceDir() / "docs" / "points.md"), "Some atlases put them nearer the wrist"));
    const std::string sources = readFile(sourceDir() / "docs" / "content-sources.md");
    CHECK(contains(sources, "nearer the wrist"));
    CHECK(!contains(sources, "higher placement"));
}

TEST_CASE("[texts] no text says the article names points: it names regions")
{
    // "All 19 points the article uses", "the article's points": the article lists regions.
    const std::regex claim("(points? (that )?the article (uses|names|lists|gives))|(the article's ([a-z]+ )?points)",
                           std::regex::icase);
    std::vector<std::filesystem::path> files = {sourceDir() / "README.md"};
    for (const auto& doc : std::filesystem::directory_iterator(sourceDir() / "docs"))
        if (doc.path().extension() == ".md")
            files.push_back(doc.path());
    for (const LevelEntry& entry : shippedCatalog().entries)
        files.push_back(entry.level->file);
    const std::regex countedClaim("all [0-9]+ points the article", std::regex::icase);
    for (const auto& file : files) {
        const std::string text = readFile(file);
        INFO(file);
        CHECK(!text.empty());
        CHECK(!std::regex_search(text, claim));
        CHECK(!std::regex_search(text, countedClaim));
    }
}

TEST_CASE("[texts] the 3 cun from ankle bone to sole belong to the lateral malleolus, in every level and doc")
{
    SUBCASE("the check tells the sides apart")
    {
        using V = std::vector<std::string>;
        CHECK(sidesAtThreeCunAboveSole("as a check, the inner ankle bone stands about 3 cun above the sole, as WHO 2008 "
                                       "gives.") == V{"medial"});
        CHECK(sidesAtThreeCunAboveSole("prominence of the medial malleolus to the sole = 3 B-cun") == V{"medial"});
        CHECK(sidesAtThreeCunAboveSole("higher than the lateral, whose prominence is 3 B-cun above the sole") ==
              V{"lateral"});
        CHECK(sidesAtThreeCunAboveSole("the outer ankle bone, 3 cun above the sole; the inner about 3.3 cun") ==
              V{"lateral"});
        CHECK(sidesAtThreeCunAboveSole("the medial malleolus is 3 cun above the knee. The sole is flat.").empty());
    }
    std::vector<std::filesystem::path> files = {sourceDir() / "README.md", sourceDir() / "assets" / "maps" / "README.md"};
    for (const auto& dir : {sourceDir() / "docs", sourceDir() / "levels", sourceDir() / "assets" / "maps"})
        for (const auto& file : std::filesystem::directory_iterator(dir))
            if (file.path().extension() == ".md" || file.path().extension() == ".xml")
                files.push_back(file.path());
    CHECK(files.size() >= 20);
    int lateral = 0;
    for (const auto& file : files) {
        const std::string text = readFile(file);
        INFO(file);
        CHECK(!text.empty());
        for (const std::string& which : sidesAtThreeCunAboveSole(text)) {
            CHECK(which != "medial");
            lateral += which == "lateral" ? 1 : 0;
        }
    }
    // The span is still taught where it is used: the foot level's intro and its sources.
    CHECK(sidesAtThreeCunAboveSole(readFile(sourceDir() / "levels" / "foot.xml")) == std::vector<std::string>{"lateral"});
    CHECK(lateral >= 3);
}

TEST_CASE("[docs] docs/points.md claims no format gap the format has filled, and covers the upper back")
{
    const std::string points = readFile(sourceDir() / "docs" / "points.md");
    const std::string format = readFile(sourceDir() / "docs" / "levels.md");
    REQUIRE(!points.empty());
    REQUIRE(!format.empty());
    // Stale claims of the first draft: the characters had no field, fractions of the way and
    // several spots per point could not be written, the upper back was left out.
    for (const char* stale : {"pinyin only", "no place for the characters", "cannot be written", "does not fit `<point>`",
                              "not covered here"}) {
        INFO("stale: " << std::string(stale));
        CHECK(!contains(points, stale));
    }
    // The way each is written, named on the page as the format documents it.
    const std::pair<const char*, const char*> features[] = {
        {"`toward`", "`<point toward>`"},  {"`fraction`", "`<point fraction>`"},
        {"`<spot>`", "`<spot>`"},          {"`place=\"all\"`", "`<point place>` `one` (default) or `all`"},
        {"`hanzi`", "`<point hanzi>`"},    {"`traditional`", "`<point traditional>`"},
        {"`meaning`", "`<point meaning>`"}, {"`id`", "`<point id>`"}};
    for (const auto& [onPage, inFormat] : features) {
        INFO(std::string(onPage) << " / " << std::string(inFormat));
        CHECK(contains(points, onPage));
        CHECK(contains(format, inFormat));
    }
    // The upper back has its section, and the shipped level it describes.
    CHECK(contains(points, "\n## Upper back"));
    CHECK(contains(points, "`levels/upper-back.xml`"));
    CHECK(std::filesystem::exists(sourceDir() / "levels" / "upper-back.xml"));
}

TEST_CASE("[texts] the article names the three kinds of back pain but sorts none of its causes into them")
{
    // "The article calls these disc problems" was false: the article lists its ten causes without
    // a kind; the grouping comes from medical references, and cause-kinds.xml must say so.
    const std::regex claim(
        "the article (calls|sorts|puts|groups|classes|counts|files) (these|them|this|it|each|its ([a-z]+ )?causes)",
        std::regex::icase);
    CHECK(std::regex_search("The article calls these disc problems: both start", claim));
    CHECK(!std::regex_search("The article sorts long-lasting lower back pain into three kinds", claim));
    std::vector<std::filesystem::path> files = {sourceDir() / "README.md"};
    for (const auto& doc : std::filesystem::directory_iterator(sourceDir() / "docs"))
        if (doc.path().extension() == ".md")
            files.push_back(doc.path());
    const Level* kinds = nullptr;
    for (const LevelEntry& entry : shippedCatalog().entries) {
        files.push_back(entry.level->file);
        if (entry.level->id == "cause-kinds")
            kinds = &*entry.level;
    }
    for (const auto& file : files) {
        std::string text = readFile(file);
        std::replace(text.begin(), text.end(), '\n', ' ');
        text = std::regex_replace(text, std::regex(" +"), " ");
        INFO(file);
        CHECK(!text.empty());
        CHECK(!std::regex_search(text, claim));
    }
    REQUIRE(kinds != nullptr);
    CHECK(contains(std::regex_replace(kinds->intro, std::regex("\\s+"), " "), "without saying which kind each one is"));
    for (const MatchPair& pair : kinds->matching()->pairs) {
        INFO(pair.id << ": " << pair.explain);
        CHECK(!contains(lower(pair.explain), "the article calls"));
    }
}

TEST_CASE("[texts] an alias of the old Bladder numbering says that older books use it for another point")
{
    const std::regex ambiguous("U?B(39|40|52|54)");
    for (const Level* level : shippedPlacementLevels())
        for (const PointTarget& p : level->placement()->points)
            for (const std::string& alias : p.aliases) {
                const std::string bare = alias.substr(0, alias.find(' '));
                if (!std::regex_match(bare, ambiguous))
                    continue;
                INFO(level->id << " " << p.id << ": " << alias);
                CHECK(contains(alias, "older books"));
            }
}

TEST_CASE("[names] every point has its characters, simplified and traditional, and a meaning; docs/points.md agrees")
{
    const std::string doc = readFile(sourceDir() / "docs" / "points.md");
    std::set<std::string> codes;
    for (const Level* level : shippedPlacementLevels())
        for (const PointTarget& p : level->placement()->points) {
            INFO(level->id << " " << p.id);
            const auto it = names().find(p.code);
            REQUIRE(it != names().end());
            CHECK(p.hanzi == it->second.simplified);
            CHECK(p.traditional == it->second.traditional);
            CHECK(p.meaning == it->second.meaning);
            codes.insert(p.code);
        }
    CHECK(codes.size() == names().size());
    for (const auto& [code, name] : names()) {
        INFO(code);
        // The table row: "| BL23 | Shènshū 肾俞 / 腎俞 | … | Kidney Shu … |".
        const std::size_t row = doc.find("| " + code + " | ");
        REQUIRE(row != std::string::npos);
        const std::string line = doc.substr(row, doc.find('\n', row) - row);
        CHECK(contains(line, name.simplified));
        CHECK(contains(line, name.traditional));
        CHECK(contains(line, name.meaning));
    }
}

TEST_CASE("[names] the meanings' source is named in docs/content-sources.md and by every level that shows them")
{
    // Deadman, Al-Khafaji and Baker, A Manual of Acupuncture: the published point dictionary the
    // English meanings follow.
    const std::string book = "A Manual of Acupuncture";
    // Markdown wraps its lines anywhere: read the page with each run of white space as one space.
    std::string sources;
    for (char c : readFile(sourceDir() / "docs" / "content-sources.md"))
        if (!std::isspace(static_cast<unsigned char>(c)) || (!sources.empty() && sources.back() != ' '))
            sources += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
    CHECK(contains(sources, book));
    CHECK(contains(sources, "Deadman"));
    for (const Level* level : shippedPlacementLevels()) {
        bool named = false;
        for (const std::string& source : level->sources)
            named = named || (contains(source, book) && contains(source, "Deadman"));
        INFO(level->id);
        CHECK(named);
    }
}

TEST_CASE("[matching] every round has two distractors, so its last pair is never forced")
{
    for (const Level* level : matchingLevels()) {
        INFO(level->id);
        CHECK(level->matching()->distractors.size() >= 2);
    }
}

TEST_CASE("[matching] no answer repeats its prompt's key word or names another pair's prompt")
{
    for (const Level* level : matchingLevels()) {
        const auto& pairs = level->matching()->pairs;
        for (const MatchPair& pair : pairs) {
            const std::string answer = lower(pair.answer);
            // Own prompt: a word of six letters or more, by its first six (implants/implanted).
            for (const std::string& word : keyWords(pair.prompt)) {
                INFO(level->id << " " << pair.id << ": \"" << word << "\" in " << pair.answer);
                CHECK(!contains(answer, word.substr(0, 6)));
            }
            // Another prompt: its first two words ("facet joint" in osteoarthritis's answer).
            for (const MatchPair& other : pairs) {
                if (&other == &pair)
                    continue;
                std::istringstream in(lower(other.prompt));
                std::string first, second;
                in >> first >> second;
                if (second.empty() || first.size() + second.size() < 8)
                    continue; // "a pacemaker", codes: too short to be a telling phrase
                INFO(level->id << " " << pair.id << " names " << other.id << ": " << pair.answer);
                CHECK(!contains(answer, first + " " + second));
            }
        }
    }
}

TEST_CASE("[matching] no word of a prompt singles out its answer among the cards")
{
    // A word of four letters or more (not a little word such as "with") that a prompt shares
    // with its own answer and with no other card on the right would let a player pair them
    // without knowing anything ("A joint problem" and "Facet joint ...").
    static const std::set<std::string> little = {"with", "from", "that", "your", "this", "what", "when", "which",
                                                 "about", "into", "onto", "over", "than", "then", "them", "they",
                                                 "their", "there", "have", "been", "were", "will", "does", "more",
                                                 "most", "some", "such", "only", "also", "each", "other", "very",
                                                 "just", "like", "where", "after", "before"};
    const auto words = [](const std::string& text) {
        std::set<std::string> out;
        std::string word;
        for (char c : lower(text) + " ") {
            if (std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
                word += c;
            } else {
                if (word.size() >= 4 && !little.count(word))
                    out.insert(word.substr(0, 6)); // by its first six letters: implants/implanted
                word.clear();
            }
        }
        return out;
    };
    // Whether `text` has a word starting with `stem`.
    const auto hasWord = [](const std::string& text, const std::string& stem) {
        const std::string padded = " " + lower(text);
        for (std::size_t at = padded.find(stem); at != std::string::npos; at = padded.find(stem, at + 1))
            if (!std::isalpha(static_cast<unsigned char>(padded[at - 1])))
                return true;
        return false;
    };
    for (const Level* level : matchingLevels()) {
        std::vector<std::string> answers;
        for (const MatchPair& pair : level->matching()->pairs)
            answers.push_back(pair.answer);
        for (const std::string& distractor : level->matching()->distractors)
            answers.push_back(distractor);
        const auto& pairs = level->matching()->pairs;
        for (std::size_t i = 0; i < pairs.size(); ++i)
            for (const std::string& stem : words(pairs[i].prompt)) {
                if (!hasWord(answers[i], stem))
                    continue;
                int elsewhere = 0;
                for (std::size_t j = 0; j < answers.size(); ++j)
                    elsewhere += j != i && hasWord(answers[j], stem) ? 1 : 0;
                INFO(level->id << " " << pairs[i].id << ": \"" << stem << "\" in " << answers[i]);
                CHECK(elsewhere > 0);
            }
    }
}

TEST_CASE("[matching] the facet joint and osteoarthritis descriptions share no telling word")
{
    // Osteoarthritis is the wear of the joints' cartilage, facet joint dysfunction how those small
    // joints move or get irritated: a word of six letters or more in both would blur the two.
    bool compared = false;
    for (const Level* level : matchingLevels()) {
        const MatchPair* facet = nullptr;
        const MatchPair* wear = nullptr;
        for (const MatchPair& pair : level->matching()->pairs) {
            if (lower(pair.prompt).find("facet joint") == 0)
                facet = &pair;
            if (lower(pair.prompt) == "osteoarthritis")
                wear = &pair;
        }
        if (!facet || !wear)
            continue;
        compared = true;
        for (const std::string& word : keyWords(facet->answer)) {
            INFO(level->id << ": \"" << word << "\" in both " << facet->answer << " / " << wear->answer);
            CHECK(!contains(lower(wear->answer), word.substr(0, 6)));
        }
    }
    CHECK(compared);
}

TEST_CASE("[matching] the article's opening facts and the kind of each of its ten causes are taught")
{
    std::string all;
    const Level* kinds = nullptr;
    for (const Level* level : matchingLevels()) {
        for (const MatchPair& pair : level->matching()->pairs)
            all += lower(pair.prompt + " " + pair.answer + " ") + "\n";
        if (level->id == "cause-kinds")
            kinds = level;
    }
    for (const char* fact : {"most people have it", "treatable", "needles are inserted", "practitioner, who chooses",
                             "meridians", "qi", "different set of points", "doctor early"}) {
        INFO(fact);
        CHECK(contains(all, fact));
    }
    REQUIRE(kinds != nullptr);
    // Each cause in exactly one answer of the disc / joint / nerve-root / bone round (a herniated
    // disc also presses on nerve roots: it is named in that answer too, as the explanation says).
    for (const char* cause : {"herniated disc", "degenerative disc", "facet joint", "sacroiliac joint",
                              "spinal stenosis", "spondylolisthesis", "osteoarthritis", "deformity", "trauma",
                              "compression fracture"}) {
        int in = 0;
        for (const MatchPair& pair : kinds->matching()->pairs)
            in += contains(lower(pair.answer), cause) ? 1 : 0;
        INFO(cause);
        CHECK(in >= 1);
        if (std::string(cause) != "herniated disc")
            CHECK(in == 1);
    }
}
