#include "io/ElementReader.h"

#include "io/Numbers.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <vector>

namespace acq {
namespace {

bool unbounded(double limit) { return std::isinf(limit) || std::fabs(limit) >= std::numeric_limits<double>::max(); }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Optimal string alignment distance (a swap of neighbours counts as one edit), ignoring case.
std::size_t editDistance(const std::string& a, const std::string& b)
{
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

template <typename Range>
std::string closest(const std::string& word, const Range& candidates)
{
    // Long words are far from everything; the limit also keeps the table small.
    if (word.empty() || word.size() > 200)
        return {};
    const std::size_t limit = word.size() <= 4 ? 1 : 2;
    std::string best;
    std::size_t bestDistance = limit + 1;
    for (const auto& candidate : candidates) {
        const std::string c(candidate);
        if (c == word)
            continue;
        const std::size_t dist = editDistance(word, c);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = c;
        }
    }
    return best;
}

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

// At most `maxBytes` of `text`, cut at a code point boundary, with "..." when cut.
std::string shortened(const std::string& text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "...";
}

} // namespace

bool isValidId(std::string_view text)
{
    if (text.empty() || text.size() > 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.';
    });
}

std::string collapseWhitespace(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

std::string elementText(const tinyxml2::XMLElement& element)
{
    std::string text;
    for (const tinyxml2::XMLNode* node = element.FirstChild(); node; node = node->NextSibling())
        if (const tinyxml2::XMLText* t = node->ToText()) {
            text += ' ';
            text += t->Value() ? t->Value() : "";
        }
    return collapseWhitespace(text);
}

std::string formatNumber(double value)
{
    char buffer[64];
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, ptr) : std::string("?");
}

std::optional<std::vector<double>> parseNumberList(std::string_view text)
{
    std::vector<double> out;
    std::size_t i = 0;
    auto separator = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ','; };
    while (i < text.size()) {
        while (i < text.size() && separator(text[i]))
            ++i;
        if (i == text.size())
            break;
        std::size_t end = i;
        while (end < text.size() && !separator(text[end]))
            ++end;
        const std::optional<double> value = parseNumber(text.substr(i, end - i));
        if (!value)
            return std::nullopt;
        out.push_back(*value);
        i = end;
    }
    return out;
}

std::string describeElement(const tinyxml2::XMLElement& element)
{
    std::string out = "<" + std::string(element.Name());
    for (const char* key : {"id", "code"})
        if (const char* value = element.Attribute(key)) {
            out += " " + std::string(key) + "=" + inQuotes(shortened(value, 64));
            break;
        }
    return out + ">";
}

namespace {

// The attributes that let an editor find the published schema (levels/acuquest-level.xsd). Only
// these: another namespace would make the schema refuse the file, so it stays reported here.
bool pointsToSchema(const std::string& name)
{
    return name == "xmlns:xsi" || name == "xsi:noNamespaceSchemaLocation" || name == "xsi:schemaLocation";
}

} // namespace

ElementReader::ElementReader(const tinyxml2::XMLElement& element, std::string file, Diagnostics& diag)
    : m_element(element), m_file(std::move(file)), m_diag(diag)
{
}

ElementReader::~ElementReader()
{
    if (m_acceptAll)
        return;
    const std::vector<std::string> known(m_known.begin(), m_known.end());
    for (const tinyxml2::XMLAttribute* a = m_element.FirstAttribute(); a; a = a->Next()) {
        const std::string name = a->Name();
        if (m_known.count(name) || pointsToSchema(name))
            continue;
        std::string message = "unknown attribute " + inQuotes(name);
        if (const std::string guess = closestMatch(name, known); !guess.empty())
            message += " (did you mean " + inQuotes(guess) + "?)";
        warning(message);
    }
}

std::string ElementReader::describe() const { return describeElement(m_element); }

void ElementReader::error(const std::string& message) { m_diag.error(m_file, line(), describe() + ": " + message); }

void ElementReader::warning(const std::string& message)
{
    m_diag.warning(m_file, line(), describe() + ": " + message);
}

std::optional<std::string> ElementReader::raw(const char* name)
{
    if (!m_acceptAll) // a save's reader takes every attribute: its elements are many (bench/RESULTS.md)
        m_known.insert(name);
    const char* value = m_element.Attribute(name);
    if (!value)
        return std::nullopt;
    return std::string(value);
}

std::optional<std::string> ElementReader::string(const char* name, bool required, std::size_t maxChars)
{
    const std::optional<std::string> value = raw(name);
    if (!value) {
        if (required)
            error("missing attribute " + inQuotes(name));
        return std::nullopt;
    }
    std::string text = collapseWhitespace(*value);
    if (text.empty()) {
        error("attribute " + inQuotes(name) + " is empty");
        return std::nullopt;
    }
    if (const std::size_t length = utf8Length(text); length > maxChars) {
        error("attribute " + inQuotes(name) + " is " + std::to_string(length) + " characters long; the limit is " +
              std::to_string(maxChars));
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> ElementReader::requireVerbatim(const char* name)
{
    std::optional<std::string> value = raw(name);
    if (!value)
        error("missing attribute " + inQuotes(name));
    else if (value->empty())
        error("attribute " + inQuotes(name) + " is empty");
    else
        return value;
    return std::nullopt;
}

std::optional<std::string> ElementReader::requireRaw(const char* name)
{
    std::optional<std::string> value = raw(name);
    if (!value)
        error("missing attribute " + inQuotes(name));
    return value;
}

std::optional<std::string> ElementReader::requireString(const char* name, std::size_t maxChars)
{
    return string(name, true, maxChars);
}

std::optional<std::string> ElementReader::optionalString(const char* name, std::size_t maxChars)
{
    return string(name, false, maxChars);
}

std::optional<std::string> ElementReader::id(const char* name, bool required)
{
    const std::optional<std::string> value = raw(name);
    if (!value) {
        if (required)
            error("missing attribute " + inQuotes(name));
        return std::nullopt;
    }
    if (!isValidId(*value)) {
        error("attribute " + inQuotes(name) + " is not a valid id: " + inQuotes(shortened(*value, 80)) +
              " (use 1 to 64 letters, digits, '-', '_' or '.')");
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> ElementReader::requireId(const char* name) { return id(name, true); }

std::optional<std::string> ElementReader::optionalId(const char* name) { return id(name, false); }

std::optional<double> ElementReader::number(const char* name, bool required, double min, double max, bool positive)
{
    const std::optional<std::string> text = raw(name);
    if (!text) {
        if (required)
            error("missing attribute " + inQuotes(name));
        return std::nullopt;
    }
    const std::optional<double> value = parseNumber(*text);
    if (!value) {
        error("attribute " + inQuotes(name) + " is not a number: " + inQuotes(shortened(*text, 80)));
        return std::nullopt;
    }
    const bool lowOk = positive ? *value > 0.0 : (unbounded(min) || *value >= min);
    const bool highOk = unbounded(max) || *value <= max;
    if (lowOk && highOk)
        return value;
    std::string rule;
    if (positive)
        rule = unbounded(max) ? "greater than 0" : "greater than 0 and at most " + formatNumber(max);
    else if (!unbounded(min) && !unbounded(max))
        rule = "between " + formatNumber(min) + " and " + formatNumber(max);
    else if (!unbounded(min))
        rule = "at least " + formatNumber(min);
    else
        rule = "at most " + formatNumber(max);
    error("attribute " + inQuotes(name) + " must be " + rule + ", not " + *text);
    return std::nullopt;
}

std::optional<double> ElementReader::requireNumber(const char* name, double min, double max)
{
    return number(name, true, min, max, false);
}

std::optional<double> ElementReader::optionalNumber(const char* name, double min, double max)
{
    return number(name, false, min, max, false);
}

std::optional<double> ElementReader::requirePositive(const char* name, double max)
{
    return number(name, true, 0.0, max, true);
}

std::optional<double> ElementReader::optionalPositive(const char* name, double max)
{
    return number(name, false, 0.0, max, true);
}

std::optional<int> ElementReader::integer(const char* name, bool required, int min, int max)
{
    const std::optional<std::string> text = raw(name);
    if (!text) {
        if (required)
            error("missing attribute " + inQuotes(name));
        return std::nullopt;
    }
    const std::optional<double> value = parseNumber(*text);
    if (!value) {
        error("attribute " + inQuotes(name) + " is not a number: " + inQuotes(shortened(*text, 80)));
        return std::nullopt;
    }
    if (std::trunc(*value) != *value) {
        error("attribute " + inQuotes(name) + " must be a whole number, not " + *text);
        return std::nullopt;
    }
    if (*value < static_cast<double>(min) || *value > static_cast<double>(max)) {
        std::string rule;
        if (min != INT_MIN && max != INT_MAX)
            rule = "between " + std::to_string(min) + " and " + std::to_string(max);
        else if (min != INT_MIN)
            rule = "at least " + std::to_string(min);
        else if (max != INT_MAX)
            rule = "at most " + std::to_string(max);
        else
            rule = "between " + std::to_string(min) + " and " + std::to_string(max);
        error("attribute " + inQuotes(name) + " must be " + rule + ", not " + *text);
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<int> ElementReader::requireInteger(const char* name, int min, int max)
{
    return integer(name, true, min, max);
}

std::optional<int> ElementReader::optionalInteger(const char* name, int min, int max)
{
    return integer(name, false, min, max);
}

std::optional<bool> ElementReader::optionalBool(const char* name)
{
    const std::optional<std::string> text = raw(name);
    if (!text)
        return std::nullopt;
    if (*text == "true")
        return true;
    if (*text == "false")
        return false;
    error("attribute " + inQuotes(name) + " must be true or false, not " + inQuotes(shortened(*text, 80)));
    return std::nullopt;
}

std::optional<bool> ElementReader::requireBool(const char* name)
{
    if (!m_element.Attribute(name)) {
        m_known.insert(name);
        error("missing attribute " + inQuotes(name));
        return std::nullopt;
    }
    return optionalBool(name);
}

std::optional<std::string> ElementReader::requireChoice(const char* name, std::initializer_list<const char*> choices)
{
    const std::optional<std::string> text = raw(name);
    if (!text) {
        error("missing attribute " + inQuotes(name));
        return std::nullopt;
    }
    std::string list;
    for (const char* choice : choices) {
        if (*text == choice)
            return text;
        list += (list.empty() ? "" : ", ") + std::string(choice);
    }
    error("attribute " + inQuotes(name) + " must be one of " + list + "; not " + inQuotes(shortened(*text, 80)));
    return std::nullopt;
}

std::optional<std::string> ElementReader::requireText(std::size_t maxChars)
{
    std::string text = elementText(m_element);
    if (text.empty()) {
        error("the text is empty");
        return std::nullopt;
    }
    if (const std::size_t length = utf8Length(text); length > maxChars) {
        error("the text is " + std::to_string(length) + " characters long; the limit is " + std::to_string(maxChars));
        return std::nullopt;
    }
    return text;
}

std::string ElementReader::optionalText(std::size_t maxChars)
{
    std::string text = elementText(m_element);
    if (const std::size_t length = utf8Length(text); length > maxChars)
        error("the text is " + std::to_string(length) + " characters long; the limit is " + std::to_string(maxChars));
    return text;
}

void reportUnknownChildren(const tinyxml2::XMLElement& parent, std::initializer_list<const char*> known,
                           const std::string& file, Diagnostics& diag)
{
    for (const tinyxml2::XMLElement* child = parent.FirstChildElement(); child; child = child->NextSiblingElement()) {
        const std::string name = child->Name();
        if (std::any_of(known.begin(), known.end(), [&](const char* k) { return name == k; }))
            continue;
        std::string message = describeElement(parent) + ": unknown element <" + name + ">";
        if (const std::string guess = closestMatch(name, known); !guess.empty())
            message += " (did you mean <" + guess + ">?)";
        diag.warning(file, child->GetLineNum(), message);
    }
}

void reportStrayText(const tinyxml2::XMLElement& parent, const std::string& file, Diagnostics& diag)
{
    for (const tinyxml2::XMLNode* node = parent.FirstChild(); node; node = node->NextSibling())
        if (const tinyxml2::XMLText* text = node->ToText()) {
            const std::string content = collapseWhitespace(text->Value() ? text->Value() : "");
            if (!content.empty())
                diag.warning(file, node->GetLineNum(),
                             describeElement(parent) + ": text outside any element is ignored: \"" +
                                 shortened(content, 40) + "\"");
        }
}

std::string closestMatch(const std::string& word, std::initializer_list<const char*> candidates)
{
    return closest(word, candidates);
}

std::string closestMatch(const std::string& word, const std::vector<std::string>& candidates)
{
    return closest(word, candidates);
}

std::string suggestInstead(const std::string& word, const std::vector<std::string>& known)
{
    if (const std::string guess = closestMatch(word, known); !guess.empty())
        return "; did you mean " + inQuotes(guess) + "?";
    std::string list;
    for (const std::string& name : known)
        list += (list.empty() ? "" : ", ") + inQuotes(name);
    return list.empty() ? "" : "; use one of " + list;
}

} // namespace acq
