// Reads one XML element's attributes and text against a schema, reporting each problem with
// the file and line, and warning about attributes it was never asked for.
#pragma once

#include "core/Diagnostics.h"
#include "core/TextWrap.h" // utf8Length

#include <tinyxml2.h>

#include <cstddef>
#include <initializer_list>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace acq {

class ElementReader {
public:
    ElementReader(const tinyxml2::XMLElement& element, std::string file, Diagnostics& diag);
    ElementReader(const ElementReader&) = delete;
    ElementReader& operator=(const ElementReader&) = delete;
    // Reports unknown attributes (with a "did you mean" for near misses of known ones).
    ~ElementReader();

    const tinyxml2::XMLElement& element() const { return m_element; }
    int line() const { return m_element.GetLineNum(); }
    const std::string& file() const { return m_file; }
    Diagnostics& diag() { return m_diag; }

    // Messages name the element: `<point code="BL23">: missing attribute "x"`.
    void error(const std::string& message);
    void warning(const std::string& message);

    // White space collapsed as in texts; empty or longer than maxChars is an error.
    std::optional<std::string> requireString(const char* name, std::size_t maxChars = kNoLimit);
    std::optional<std::string> optionalString(const char* name, std::size_t maxChars = kNoLimit);
    // The attribute exactly as written (file paths): an error when missing or empty.
    std::optional<std::string> requireVerbatim(const char* name);
    // The attribute exactly as written, even empty: an error only when missing (a save's texts).
    std::optional<std::string> requireRaw(const char* name);
    // Ids: 1–64 of letters, digits, '-', '_', '.'.
    std::optional<std::string> requireId(const char* name);
    std::optional<std::string> optionalId(const char* name);
    std::optional<double> requireNumber(const char* name, double min, double max);
    std::optional<double> optionalNumber(const char* name, double min, double max);
    // Greater than 0 (exclusive) and at most max.
    std::optional<double> requirePositive(const char* name, double max);
    std::optional<double> optionalPositive(const char* name, double max);
    std::optional<int> requireInteger(const char* name, int min, int max);
    std::optional<int> optionalInteger(const char* name, int min, int max);
    std::optional<bool> optionalBool(const char* name); // "true" / "false"
    std::optional<bool> requireBool(const char* name);
    // One of `choices`, exactly.
    std::optional<std::string> requireChoice(const char* name, std::initializer_list<const char*> choices);

    // The element's text with white space collapsed; an error when required and empty, and
    // when longer than maxChars (counted in UTF-8 code points).
    std::optional<std::string> requireText(std::size_t maxChars);
    std::string optionalText(std::size_t maxChars);

    // Marks an attribute as known without reading it (e.g. read elsewhere).
    void accept(const char* name) { m_known.insert(name); }
    // Marks every attribute as known (foreign formats such as SVG, or a file given up on).
    void acceptAll() { m_acceptAll = true; }

    static constexpr std::size_t kNoLimit = std::numeric_limits<std::size_t>::max();

private:
    std::optional<std::string> raw(const char* name);
    std::string describe() const;
    std::optional<double> number(const char* name, bool required, double min, double max, bool positive);
    std::optional<int> integer(const char* name, bool required, int min, int max);
    std::optional<std::string> string(const char* name, bool required, std::size_t maxChars);
    std::optional<std::string> id(const char* name, bool required);

    const tinyxml2::XMLElement& m_element;
    std::string m_file;
    Diagnostics& m_diag;
    std::set<std::string> m_known;
    bool m_acceptAll = false;
};

// How messages name an element: `<point code="BL23">`, `<level id="x">`, or `<intro>`.
std::string describeElement(const tinyxml2::XMLElement& element);

// Warns about child elements of `parent` whose names are not in `known`, with a suggestion
// for near misses.
void reportUnknownChildren(const tinyxml2::XMLElement& parent, std::initializer_list<const char*> known,
                           const std::string& file, Diagnostics& diag);

// Warns about non-blank text directly inside an element meant to hold only elements.
void reportStrayText(const tinyxml2::XMLElement& parent, const std::string& file, Diagnostics& diag);

// The closest of `candidates` to `word` within a small edit distance, or empty.
std::string closestMatch(const std::string& word, std::initializer_list<const char*> candidates);
std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates);
// What to write instead of an unknown name: `; did you mean "X"?` for a near miss of one of
// `known`, else `; use one of "A", "B"` (empty when nothing is known).
std::string suggestInstead(const std::string& word, const std::vector<std::string>& known);

// Helpers shared by the loaders.
bool isValidId(std::string_view text);
std::string collapseWhitespace(std::string_view text);
std::string elementText(const tinyxml2::XMLElement& element); // direct text children, collapsed
std::string formatNumber(double value);                // shortest text that reads back the same
// Numbers separated by white space and/or commas ("0 0 400 800", SVG's viewBox); each strict.
std::optional<std::vector<double>> parseNumberList(std::string_view text);

} // namespace acq
