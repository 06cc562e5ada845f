#include "core/Script.h"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>

namespace acq {

namespace {

struct Shape {
    ScriptCommand::Kind kind;
    int numbers; // leading numeric arguments
    int texts;   // then string arguments (quoted when they hold spaces)
};

const std::map<std::string, Shape>& shapes()
{
    using K = ScriptCommand::Kind;
    static const std::map<std::string, Shape> table = {
        {"window", {K::Window, 2, 0}},         {"wait", {K::Wait, 1, 0}},
        {"key", {K::Key, 0, 1}},               {"click", {K::Click, 2, 0}},
        {"click-map", {K::ClickMap, 2, 0}},    {"click-on", {K::ClickOn, 0, 1}},
        {"drag-on", {K::DragOn, 0, 2}},        {"move-map", {K::MoveMap, 2, 0}},
        {"wheel", {K::Wheel, 1, 0}},           {"screenshot", {K::Screenshot, 0, 1}},
        {"expect-text", {K::ExpectText, 0, 1}}, {"expect-scene", {K::ExpectScene, 0, 1}},
        {"close", {K::Close, 0, 0}},           {"click-answer", {K::ClickAnswer, 2, 0}},
        {"choose-answer", {K::ChooseAnswer, 0, 1}}, {"expect-help", {K::ExpectHelp, 0, 1}},
        {"type", {K::Type, 0, 1}},              {"copy-file", {K::CopyFile, 0, 2}},
        {"expect-layout", {K::ExpectLayout, 0, 0}}, {"layout-report", {K::LayoutReport, 0, 1}},
    };
    return table;
}

std::optional<double> strictNumber(const std::string& word)
{
    double value = 0.0;
    const char* end = word.data() + word.size();
    auto [ptr, ec] = std::from_chars(word.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Splits a line into words; "..." keeps spaces; returns false on an unterminated quote.
bool splitWords(const std::string& line, std::vector<std::string>& words)
{
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t') {
            ++i;
            continue;
        }
        if (line[i] == '"') {
            const std::size_t close = line.find('"', i + 1);
            if (close == std::string::npos)
                return false;
            words.push_back(line.substr(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        const std::size_t end = line.find_first_of(" \t", i);
        words.push_back(line.substr(i, end == std::string::npos ? std::string::npos : end - i));
        i = end == std::string::npos ? line.size() : end;
    }
    return true;
}

} // namespace

Script parseScript(const std::string& text, const std::string& file, Diagnostics& diag)
{
    Script script{file, {}};
    int lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#')
            continue;

        std::vector<std::string> words;
        if (!splitWords(line, words)) {
            diag.error(file, lineNumber, "unterminated quote");
            continue;
        }
        const auto found = shapes().find(words[0]);
        if (found == shapes().end()) {
            diag.error(file, lineNumber, "unknown command \"" + words[0] + "\"");
            continue;
        }
        Shape shape = found->second;
        // click-answer's offsets may be left out together (then 0 0).
        const bool numbersOptional = shape.kind == ScriptCommand::Kind::ClickAnswer;
        if (numbersOptional && words.size() == 1 + static_cast<std::size_t>(shape.texts))
            shape.numbers = 0;
        const std::size_t expected = 1 + static_cast<std::size_t>(shape.numbers + shape.texts);
        if (words.size() != expected) {
            const std::string takes = numbersOptional
                                          ? std::string("0 or ") + std::to_string(expected - 1) + " arguments"
                                          : std::to_string(expected - 1) + " argument" + (expected == 2 ? "" : "s");
            diag.error(file, lineNumber, "\"" + words[0] + "\" takes " + takes + ", not " +
                                             std::to_string(words.size() - 1));
            continue;
        }
        ScriptCommand command{shape.kind, {words.begin() + 1, words.end()}, 0.0, 0.0, lineNumber};
        bool ok = true;
        for (int n = 0; n < shape.numbers; ++n) {
            const std::string& word = words[static_cast<std::size_t>(n) + 1];
            const auto value = strictNumber(word);
            if (!value) {
                diag.error(file, lineNumber, "\"" + word + "\" is not a number");
                ok = false;
            } else {
                (n == 0 ? command.x : command.y) = *value;
            }
        }
        if (ok && command.kind == ScriptCommand::Kind::Wait && command.x < 0.0) {
            diag.error(file, lineNumber, "wait needs a time of 0 seconds or more");
            ok = false;
        }
        if (ok && command.kind == ScriptCommand::Kind::Window && (command.x < 200 || command.y < 200)) {
            diag.error(file, lineNumber, "window needs at least 200 x 200 pixels");
            ok = false;
        }
        if (ok && command.kind == ScriptCommand::Kind::ChooseAnswer && command.words.at(0) != "right" &&
            command.words.at(0) != "wrong") {
            diag.error(file, lineNumber, "choose-answer takes \"right\" or \"wrong\", not \"" + command.words.at(0) + "\"");
            ok = false;
        }
        if (ok)
            script.commands.push_back(std::move(command));
    }
    return script;
}

} // namespace acq
