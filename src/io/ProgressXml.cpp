#include "io/ProgressXml.h"

#include "io/Numbers.h"
#include "io/XmlFile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>
#include <system_error>
#include <tinyxml2.h>

namespace acq {
namespace {

constexpr const char* kRoot = "acuquest-progress";
constexpr int kFormat = 1;

// A number in the shortest form that reads back to the same double, formatted on the stack:
// a save of 10,000 attempts holds about half a million of them (bench/RESULTS.md).
class Number {
public:
    explicit Number(double value) { finish(std::to_chars(m_text, m_text + sizeof m_text - 1, value)); }
    explicit Number(int value) { finish(std::to_chars(m_text, m_text + sizeof m_text - 1, value)); }
    const char* c_str() const { return m_text; }

private:
    void finish(std::to_chars_result result)
    {
        *(result.ec == std::errc() ? result.ptr : std::copy_n("0", 1, m_text)) = '\0';
    }
    char m_text[40];
};

// Reads an attribute, recording the first problem only (the file is rejected as a whole).
class Attrs {
public:
    Attrs(const tinyxml2::XMLElement& el, std::string& problem) : m_el(el), m_problem(problem) {}

    // A view into the document: valid while it lives.
    std::optional<std::string_view> text(const char* name, bool required)
    {
        const char* value = m_el.Attribute(name);
        if (!value && required)
            fail(name, "is missing");
        return value ? std::optional<std::string_view>(value) : std::nullopt;
    }
    std::optional<double> real(const char* name, bool required)
    {
        const auto raw = text(name, required);
        if (!raw)
            return std::nullopt;
        const auto value = parseNumber(*raw);
        if (!value)
            fail(name, "is not a number");
        return value;
    }
    std::optional<int> integer(const char* name, bool required)
    {
        const auto raw = text(name, required);
        if (!raw)
            return std::nullopt;
        const auto value = parseInteger(*raw);
        if (!value)
            fail(name, "is not a whole number");
        return value;
    }
    std::optional<bool> flag(const char* name, bool required)
    {
        const auto raw = text(name, required);
        if (!raw)
            return std::nullopt;
        if (*raw == "true")
            return true;
        if (*raw == "false")
            return false;
        fail(name, "is not true or false");
        return std::nullopt;
    }

private:
    void fail(const char* name, const char* what)
    {
        if (m_problem.empty())
            m_problem = "line " + std::to_string(m_el.GetLineNum()) + ": <" + m_el.Name() + "> attribute \"" + name +
                        "\" " + what;
    }
    const tinyxml2::XMLElement& m_el;
    std::string& m_problem;
};

} // namespace

namespace {

// The document is the head, then "\n" and one attempt for each attempt, then the tail.
std::string documentHead()
{
    tinyxml2::XMLPrinter printer(nullptr, false);
    printer.PushHeader(false, true);
    printer.OpenElement(kRoot);
    printer.PushAttribute("format", Number(kFormat).c_str());
    printer.PushText(""); // ends the start tag ('>') without a child
    return printer.CStr();
}

// The root's closing tag, on a line of its own.
const std::string& documentTail()
{
    static const std::string tail = std::string("\n</") + kRoot + ">\n";
    return tail;
}

// One attempt, indented as a child of the root. Streamed with XMLPrinter, never built as a DOM.
void printAttempt(tinyxml2::XMLPrinter& printer, const Attempt& a)
{
    printer.OpenElement("attempt");
    printer.PushAttribute("level", a.levelId.c_str());
    printer.PushAttribute("started", a.startedAt.c_str());
    printer.PushAttribute("seconds", Number(a.seconds).c_str());
    printer.PushAttribute("score", Number(a.score).c_str());
    printer.PushAttribute("max", Number(a.maxScore).c_str());
    printer.PushAttribute("completed", a.completed ? "true" : "false");
    for (const ItemResult& item : a.items) {
        printer.OpenElement("item");
        printer.PushAttribute("id", item.id.c_str());
        printer.PushAttribute("points", Number(item.points).c_str());
        printer.PushAttribute("max", Number(item.maxPoints).c_str());
        printer.PushAttribute("correct", item.correct ? "true" : "false");
        if (item.distanceCun)
            printer.PushAttribute("distance", Number(*item.distanceCun).c_str());
        if (item.click) {
            printer.PushAttribute("x", Number(item.click->x).c_str());
            printer.PushAttribute("y", Number(item.click->y).c_str());
        }
        if (item.mistakes != 0) // optional, 0 when absent: a tenth of a large save's bytes
            printer.PushAttribute("mistakes", Number(item.mistakes).c_str());
        printer.CloseElement();
    }
    printer.CloseElement();
}

} // namespace

ProgressXmlText::ProgressXmlText() : m_text(documentHead())
{
    m_text += documentTail();
}

ProgressXmlText::ProgressXmlText(const Progress& progress) : ProgressXmlText()
{
    m_text.reserve(m_text.size() + progress.attempts().size() * 600);
    for (const Attempt& attempt : progress.attempts())
        append(attempt);
}

void ProgressXmlText::append(const Attempt& attempt)
{
    tinyxml2::XMLPrinter printer(nullptr, false, 1);
    printAttempt(printer, attempt);
    // CStrSize counts the terminating NUL.
    const std::string_view fragment(printer.CStr(), static_cast<std::size_t>(std::max(0, printer.CStrSize() - 1)));
    const std::string& tail = documentTail();
    const std::size_t body = m_text.size() - tail.size();
    const std::size_t grown = body + 1 + fragment.size() + tail.size();
    if (grown > m_text.capacity())
        m_text.reserve(std::max(grown, m_text.capacity() * 2)); // the only step that may throw
    m_text.resize(body);
    m_text += '\n';
    m_text += fragment;
    m_text += tail;
}

std::string progressToXml(const Progress& progress)
{
    return ProgressXmlText(progress).text();
}

bool progressFromXml(const std::string& text, Progress& out, std::string& problem)
{
    try {
        Diagnostics diag;
        tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
        if (!parseXmlText(text, "progress.xml", doc, diag, kSaveXmlLimits)) {
            problem = diag.all().empty() ? "not readable" : diag.all().front().format();
            return false;
        }
        const tinyxml2::XMLElement& root = *doc.RootElement();
        if (std::string(root.Name()) != kRoot) {
            problem = "the root element is <" + std::string(root.Name()) + ">, not <" + kRoot + ">";
            return false;
        }
        std::string first;
        Attrs rootAttrs(root, first);
        const auto format = rootAttrs.integer("format", true);
        if (!first.empty()) {
            problem = first;
            return false;
        }
        if (*format != kFormat) {
            problem = "format " + std::to_string(*format) + " is not supported by this version (" +
                      std::to_string(kFormat) + ")";
            return false;
        }
        Progress progress;
        // Elements and attributes this version does not know are skipped: a later version may add
        // some without changing the format, and its saves must stay readable.
        for (const tinyxml2::XMLElement* el = root.FirstChildElement("attempt"); el;
             el = el->NextSiblingElement("attempt")) {
            Attrs attrs(*el, first);
            Attempt attempt;
            attempt.levelId = attrs.text("level", true).value_or("");
            attempt.startedAt = attrs.text("started", true).value_or("");
            attempt.seconds = attrs.real("seconds", true).value_or(0.0);
            attempt.score = attrs.real("score", true).value_or(0.0);
            attempt.maxScore = attrs.real("max", true).value_or(0.0);
            attempt.completed = attrs.flag("completed", true).value_or(false);
            for (const tinyxml2::XMLElement* it = el->FirstChildElement("item"); it; it = it->NextSiblingElement("item")) {
                Attrs itemAttrs(*it, first);
                ItemResult item;
                item.id = itemAttrs.text("id", true).value_or("");
                item.points = itemAttrs.real("points", true).value_or(0.0);
                item.maxPoints = itemAttrs.real("max", true).value_or(0.0);
                item.correct = itemAttrs.flag("correct", true).value_or(false);
                item.distanceCun = itemAttrs.real("distance", false);
                const auto x = itemAttrs.real("x", false);
                const auto y = itemAttrs.real("y", false);
                if (x.has_value() != y.has_value() && first.empty())
                    first = "line " + std::to_string(it->GetLineNum()) + ": <item> has only one of \"x\" and \"y\"";
                if (x && y)
                    item.click = Vec2{*x, *y};
                item.mistakes = itemAttrs.integer("mistakes", false).value_or(0);
                attempt.items.push_back(std::move(item));
            }
            progress.add(std::move(attempt));
        }
        if (!first.empty()) {
            problem = first;
            return false;
        }
        out = std::move(progress);
        return true;
    } catch (const std::exception& e) {
        problem = e.what();
        return false;
    }
}

} // namespace acq
