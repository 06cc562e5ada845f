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

} // namespace

TEST_CASE("[texts] the lumbosacral points carry the pregnancy caution, BL23 and BL52 the kidney's")
{
    for (const Level* level : shippedPlacementLevels())
        for (const PointTarget& p : level->placement()->points) {
            INFO(level->id << " " << p.id << ": " << p.caution);
            // The Jiaji points beside the thoracic vertebrae (region upper-back) are not lumbosacral.
            if (kLumbosacral.count(p.code) && p.regionId != "upper-back")
                CHECK(contains(p.caution, "traditionally avoided from the fourth month of pregnancy"));
            if (p.code == "BL23" || p.code == "BL52")
                CHECK(contains(p.caution, "kidney"));
            if (p.code == "BL60" || p.code == "LI4")
                CHECK(contains(p.caution, "avoided throughout pregnancy"));
            if (p.code == "CV6" || p.code == "CV4" || p.code == "ST25")
                CHECK(contains(p.caution, "avoided in pregnancy"));
        }
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
                for (const char* part : {"LI4", "SP6", "BL60", "BL67", "GB21", "throughout", "lower abdomen",
                                         "3 months", "upper abdomen", "lower back"})
                    CHECK(contains(pair.answer, part));
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
    for (const std::string& text : textsOf("EX-UE7")) {
        if (!contains(text, "atlases"))
            continue;
        INFO(text);
        CHECK(contains(text, "nearer the wrist"));
        CHECK(!contains(text, "higher"));
    }
    CHECK(contains(readFile(sourceDir() / "docs" / "points.md"), "Some atlases put them nearer the wrist"));
}

TEST_CASE("[texts] no text says the article names points: it names regions")
{
    // "All 19 points the article uses", "the article's points": the article lists regions.
    const std::regex claim("(points? (that )?the article (uses|names|lists|gives))|(the article's ([a-z]+ )?points)",
                           std::regex::icase);
    for (const LevelEntry& entry : shippedCatalog().entries) {
        const std::string text = readFile(entry.level->file);
        INFO(entry.displayName);
        CHECK(!std::regex_search(text, claim));
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
