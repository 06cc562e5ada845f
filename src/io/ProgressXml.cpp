#include "io/ProgressXml.h"

#include "io/ElementReader.h"
#include "io/XmlFile.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <limits>
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

// How a save is named in its messages: `progress.xml:2: <attempt>: missing attribute "score"`.
constexpr const char* kSaveName = "progress.xml";
constexpr double kAny = std::numeric_limits<double>::infinity();

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

namespace {

// Every attribute of a save's element is read through ElementReader, as the levels' are; unlike
// a level, a save's elements may hold attributes this version does not know (acceptAll): a later
// version may add some without changing the format, and its saves must stay readable.
Attempt readAttempt(const tinyxml2::XMLElement& el, Diagnostics& diag)
{
    ElementReader r(el, kSaveName, diag);
    r.acceptAll();
    Attempt attempt;
    attempt.levelId = r.requireRaw("level").value_or("");
    attempt.startedAt = r.requireRaw("started").value_or("");
    attempt.seconds = r.requireNumber("seconds", -kAny, kAny).value_or(0.0);
    attempt.score = r.requireNumber("score", -kAny, kAny).value_or(0.0);
    attempt.maxScore = r.requireNumber("max", -kAny, kAny).value_or(0.0);
    attempt.completed = r.requireBool("completed").value_or(false);
    return attempt;
}

ItemResult readItem(const tinyxml2::XMLElement& el, Diagnostics& diag)
{
    ElementReader r(el, kSaveName, diag);
    r.acceptAll();
    ItemResult item;
    item.id = r.requireRaw("id").value_or("");
    item.points = r.requireNumber("points", -kAny, kAny).value_or(0.0);
    item.maxPoints = r.requireNumber("max", -kAny, kAny).value_or(0.0);
    item.correct = r.requireBool("correct").value_or(false);
    item.distanceCun = r.optionalNumber("distance", -kAny, kAny);
    const auto x = r.optionalNumber("x", -kAny, kAny);
    const auto y = r.optionalNumber("y", -kAny, kAny);
    if ((el.Attribute("x") == nullptr) != (el.Attribute("y") == nullptr))
        r.error("has only one of \"x\" and \"y\"");
    if (x && y)
        item.click = Vec2{*x, *y};
    item.mistakes = r.optionalInteger("mistakes", INT_MIN, INT_MAX).value_or(0);
    return item;
}

} // namespace

bool progressFromXml(const std::string& text, Progress& out, std::string& problem)
{
    try {
        Diagnostics diag;
        tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
        if (!parseXmlText(text, kSaveName, doc, diag, kSaveXmlLimits)) {
            problem = diag.all().empty() ? "not readable" : diag.all().front().format();
            return false;
        }
        const tinyxml2::XMLElement& root = *doc.RootElement();
        if (std::string(root.Name()) != kRoot) {
            problem = "the root element is <" + std::string(root.Name()) + ">, not <" + kRoot + ">";
            return false;
        }
        std::optional<int> format;
        {
            ElementReader r(root, kSaveName, diag);
            r.acceptAll();
            format = r.requireInteger("format", INT_MIN, INT_MAX);
        }
        if (!format) {
            problem = diag.all().front().format();
            return false;
        }
        if (*format != kFormat) {
            problem = "format " + std::to_string(*format) + " is not supported by this version (" +
                      std::to_string(kFormat) + ")";
            return false;
        }
        Progress progress;
        // Elements this version does not know are skipped, as their attributes are (readAttempt).
        for (const tinyxml2::XMLElement* el = root.FirstChildElement("attempt"); el;
             el = el->NextSiblingElement("attempt")) {
            Attempt attempt = readAttempt(*el, diag);
            for (const tinyxml2::XMLElement* it = el->FirstChildElement("item"); it; it = it->NextSiblingElement("item"))
                attempt.items.push_back(readItem(*it, diag));
            progress.add(std::move(attempt));
        }
        // The file is refused as a whole; its first problem says where it went wrong.
        if (diag.hasErrors()) {
            problem = diag.all().front().format();
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
