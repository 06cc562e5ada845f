#include "io/MatchingLevelParser.h"

namespace acq {
namespace {

constexpr std::size_t kPromptChars = 60;
constexpr std::size_t kAnswerChars = 160;
constexpr int kMinPairs = 2;
constexpr int kMaxPairs = 12;
constexpr int kMaxDistractors = 4;

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

} // namespace

void MatchingLevelParser::readChild(const tinyxml2::XMLElement& el)
{
    if (std::string(el.Name()) == "pair")
        readPair(el);
    else
        readDistractor(el);
}

void MatchingLevelParser::readScoring(ElementReader& r, const tinyxml2::XMLElement&)
{
    if (auto v = r.optionalInteger("pair", 1, 1000000))
        m_matching.scoring.pairPoints = *v;
    if (auto v = r.optionalInteger("wrong", 0, 1000000))
        m_matching.scoring.wrongPenalty = *v;
}

void MatchingLevelParser::readPair(const tinyxml2::XMLElement& el)
{
    MatchPair pair;
    const std::string describe = describeElement(el);
    {
        ElementReader r(el, m_context.file, m_context.diag);
        pair.id = r.requireId("id").value_or("");
    }
    reportStrayText(el, m_context.file, m_context.diag);
    std::map<std::string, int> seen;
    for (const tinyxml2::XMLElement* child = el.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::string name = child->Name();
        if (name != "prompt" && name != "answer" && name != "explain")
            continue;
        if (!m_context.once(*child, seen))
            continue;
        ElementReader r(*child, m_context.file, m_context.diag);
        reportUnknownChildren(*child, {}, m_context.file, m_context.diag);
        if (name == "prompt")
            pair.prompt = r.requireText(kPromptChars).value_or("");
        else if (name == "answer")
            pair.answer = r.requireText(kAnswerChars).value_or("");
        else
            pair.explain = r.optionalText(ElementReader::kNoLimit);
    }
    reportUnknownChildren(el, {"prompt", "answer", "explain"}, m_context.file, m_context.diag);
    for (const char* required : {"prompt", "answer"})
        if (!el.FirstChildElement(required))
            m_context.diag.error(m_context.file, el.GetLineNum(), describe + ": missing <" + required + ">");

    // Two cards with the same text could not be told apart in play.
    auto unique = [&](std::map<std::string, std::pair<std::string, int>>& index, const std::string& text,
                      const char* what) {
        if (text.empty())
            return;
        const auto [it, fresh] = index.emplace(text, std::make_pair(pair.id, el.GetLineNum()));
        if (!fresh)
            m_context.diag.error(m_context.file, el.GetLineNum(),
                                 describe + ": " + what + " is the same as that of pair " + inQuotes(it->second.first) +
                                     " (line " + std::to_string(it->second.second) + ")");
    };
    if (!pair.id.empty()) {
        const auto [it, fresh] = m_pairIds.emplace(pair.id, el.GetLineNum());
        if (!fresh)
            m_context.diag.error(m_context.file, el.GetLineNum(),
                                 describe + ": duplicate pair id " + inQuotes(pair.id) + " (first at line " +
                                     std::to_string(it->second) + ")");
    }
    unique(m_prompts, pair.prompt, "the prompt");
    unique(m_answers, pair.answer, "the answer");
    m_matching.pairs.push_back(std::move(pair));
}

void MatchingLevelParser::readDistractor(const tinyxml2::XMLElement& el)
{
    ElementReader r(el, m_context.file, m_context.diag);
    reportUnknownChildren(el, {}, m_context.file, m_context.diag);
    ++m_distractorCount;
    if (m_distractorCount == kMaxDistractors + 1)
        r.error("a level may have at most " + std::to_string(kMaxDistractors) + " <distractor> elements");
    if (auto text = r.requireText(kAnswerChars)) {
        m_matching.distractors.push_back(*text);
        m_distractorLines.push_back(el.GetLineNum());
    }
}

void MatchingLevelParser::finish(Level& level)
{
    const int pairs = static_cast<int>(m_matching.pairs.size());
    if (pairs < kMinPairs || pairs > kMaxPairs)
        m_context.rootError("a matching level needs " + std::to_string(kMinPairs) + " to " + std::to_string(kMaxPairs) +
                            " <pair> elements, not " + std::to_string(pairs));
    std::map<std::string, int> distractors;
    for (std::size_t i = 0; i < m_matching.distractors.size(); ++i) {
        const std::string& text = m_matching.distractors[i];
        const int line = m_distractorLines[i];
        if (const auto it = m_answers.find(text); it != m_answers.end())
            m_context.diag.error(m_context.file, line,
                                 "<distractor>: identical to the answer of pair " + inQuotes(it->second.first) +
                                     " (line " + std::to_string(it->second.second) + ")");
        else if (const auto [seen, fresh] = distractors.emplace(text, line); !fresh)
            m_context.diag.error(m_context.file, line,
                                 "<distractor>: identical to the distractor at line " + std::to_string(seen->second));
    }
    level.content = std::move(m_matching);
}
} // namespace acq
