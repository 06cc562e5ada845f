// The elements of a matching level: <pair>s of prompt and answer, <distractor>s, and the
// matching attributes of <scoring>.
#pragma once

#include "io/LevelKindParser.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace acq {

class MatchingLevelParser : public LevelKindParser {
public:
    static constexpr const char* kChildren[] = {"pair", "distractor"};

    explicit MatchingLevelParser(const LevelFileContext& context) : m_context(context) {}

    void readChild(const tinyxml2::XMLElement& el) override;
    void readScoring(ElementReader& r, const tinyxml2::XMLElement& el) override;
    void finish(Level& level) override;

private:
    void readPair(const tinyxml2::XMLElement& el);
    void readDistractor(const tinyxml2::XMLElement& el);

    const LevelFileContext& m_context;
    MatchingLevel m_matching;
    std::vector<int> m_distractorLines;
    int m_distractorCount = 0;
    std::map<std::string, int> m_pairIds;
    std::map<std::string, std::pair<std::string, int>> m_prompts; // text → (pair id, line)
    std::map<std::string, std::pair<std::string, int>> m_answers;
};

} // namespace acq
