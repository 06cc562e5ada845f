#include "io/XmlFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>

namespace acq {
namespace {

int lineAt(const std::string& bytes, std::size_t index)
{
    int line = 1;
    for (std::size_t i = 0; i < index; ++i)
        if (bytes[i] == '\n')
            ++line;
    return line;
}

// Index of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or npos.
std::size_t firstInvalidUtf8(const std::string& bytes, std::size_t from)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = from;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        i += len;
    }
    return std::string::npos;
}

// "UTF-16" or "UTF-32" when the first bytes show a byte-order mark or the zero bytes of a
// wide encoding of '<'; empty otherwise.
const char* wideEncoding(const std::string& bytes)
{
    auto b = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100; };
    if ((b(0) == 0xFF && b(1) == 0xFE && b(2) == 0 && b(3) == 0) || (b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF))
        return "UTF-32";
    if ((b(0) == 0xFE && b(1) == 0xFF) || (b(0) == 0xFF && b(1) == 0xFE))
        return "UTF-16";
    if (bytes.size() >= 4 && ((b(0) == 0 && b(1) == 0) || (b(0) != 0 && b(1) == 0 && b(2) == 0 && b(3) == 0)))
        return "UTF-32";
    if (bytes.size() >= 2 && (b(0) == 0 || b(1) == 0))
        return "UTF-16";
    return nullptr;
}

// Some shapes make TinyXML-2 (or the loaders after it) slow or hungry far beyond what the file's
// size suggests: it checks each attribute against the element's earlier ones (quadratic in
// attributes per element), and every node costs ~100 bytes. Counted before parsing, with the
// line of the offending tag; empty when the document is within bounds.
struct ShapeProblem {
    int line = 0;
    std::string message;
};

ShapeProblem checkShape(const std::string& bytes, const XmlLimits& limits)
{
    const std::size_t n = bytes.size();
    std::size_t markup = 0;
    int line = 1;
    auto skipTo = [&](std::size_t from, std::string_view end) {
        const std::size_t at = bytes.find(end, from);
        const std::size_t stop = at == std::string::npos ? n : at + end.size();
        for (std::size_t k = from; k < stop; ++k)
            line += bytes[k] == '\n';
        return stop;
    };
    for (std::size_t i = 0; i < n;) {
        if (bytes[i] != '<') {
            line += bytes[i] == '\n';
            ++i;
            continue;
        }
        if (++markup > limits.maxMarkup)
            return {0, "file has too many elements (more than " + std::to_string(limits.maxMarkup) +
                           " elements, comments and other tags)"};
        const std::string_view rest(bytes.data() + i, n - i);
        if (rest.substr(0, 4) == "<!--")
            i = skipTo(i + 4, "-->");
        else if (rest.substr(0, 9) == "<![CDATA[")
            i = skipTo(i + 9, "]]>");
        else if (rest.substr(0, 2) == "<?")
            i = skipTo(i + 2, "?>");
        else if (rest.substr(0, 2) == "<!" || rest.substr(0, 2) == "</")
            i = skipTo(i + 2, ">");
        else {
            // A start tag: count its attributes up to its '>', skipping quoted values.
            const int tagLine = line;
            std::size_t j = i + 1;
            std::size_t nameEnd = j;
            while (nameEnd < n && bytes[nameEnd] != '>' && bytes[nameEnd] != '/' && bytes[nameEnd] != ' ' &&
                   bytes[nameEnd] != '\t' && bytes[nameEnd] != '\n' && bytes[nameEnd] != '\r' && nameEnd - j < 64)
                ++nameEnd;
            std::size_t attributes = 0;
            char quote = 0;
            for (; j < n; ++j) {
                const char c = bytes[j];
                line += c == '\n';
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '=') {
                    if (++attributes > limits.maxAttributes)
                        return {tagLine, "<" + bytes.substr(i + 1, nameEnd - i - 1) + "> has more than " +
                                             std::to_string(limits.maxAttributes) + " attributes"};
                } else if (c == '>') {
                    break;
                }
            }
            i = j < n ? j + 1 : n;
        }
    }
    return {};
}

std::string parseErrorMessage(const tinyxml2::XMLDocument& doc)
{
    using namespace tinyxml2;
    std::string what;
    switch (doc.ErrorID()) {
    case XML_ERROR_PARSING_ELEMENT: what = "a malformed element"; break;
    case XML_ERROR_PARSING_ATTRIBUTE: what = "a malformed or repeated attribute"; break;
    case XML_ERROR_PARSING_TEXT: what = "malformed text"; break;
    case XML_ERROR_PARSING_CDATA: what = "a malformed CDATA section"; break;
    case XML_ERROR_PARSING_COMMENT: what = "a malformed comment"; break;
    case XML_ERROR_PARSING_DECLARATION: what = "a malformed declaration"; break;
    case XML_ERROR_PARSING_UNKNOWN: what = "malformed markup"; break;
    case XML_ERROR_MISMATCHED_ELEMENT: what = "an end tag that does not match its start tag"; break;
    case XML_ERROR_PARSING: what = "unexpected characters"; break;
    case XML_ELEMENT_DEPTH_EXCEEDED: what = "elements nested too deeply"; break;
    default: what = XMLDocument::ErrorIDToName(doc.ErrorID()); break;
    }
    // ErrorStr() ends with e.g. "Line number=2: XMLElement name=b" when it knows the element.
    const char* str = doc.ErrorStr();
    const std::string_view detail = str ? std::string_view(str) : std::string_view();
    const std::string_view key = "XMLElement name=";
    if (const auto pos = detail.find(key); pos != std::string_view::npos) {
        std::string_view name = detail.substr(pos + key.size());
        name = name.substr(0, name.find_first_of(" \t\r\n"));
        if (!name.empty())
            what += " in <" + std::string(name) + ">";
    }
    return "not well-formed XML: " + what;
}

} // namespace

bool parseXmlText(const std::string& bytes, const std::string& displayName, tinyxml2::XMLDocument& doc,
                  Diagnostics& diag, const XmlLimits& limits)
{
    const bool hasBom = bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (bytes.empty() || (hasBom && bytes.size() == 3)) {
        diag.error(displayName, 0, "file is empty");
        return false;
    }
    if (const char* wide = wideEncoding(bytes)) {
        diag.error(displayName, 1, std::string("file is ") + wide + "; save it as UTF-8");
        return false;
    }
    // TinyXML-2 stops at a NUL and may report success for what came before it.
    if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
        diag.error(displayName, lineAt(bytes, nul), "contains a NUL byte");
        return false;
    }
    if (const auto bad = firstInvalidUtf8(bytes, hasBom ? 3 : 0); bad != std::string::npos) {
        diag.error(displayName, lineAt(bytes, bad), "invalid UTF-8");
        return false;
    }
    if (const ShapeProblem shape = checkShape(bytes, limits); !shape.message.empty()) {
        diag.error(displayName, shape.line, shape.message);
        return false;
    }
    doc.Clear();
    if (doc.Parse(bytes.data(), bytes.size()) != tinyxml2::XML_SUCCESS) {
        if (doc.ErrorID() == tinyxml2::XML_ERROR_EMPTY_DOCUMENT)
            diag.error(displayName, 0, "file has no root element");
        else
            diag.error(displayName, doc.ErrorLineNum(), parseErrorMessage(doc));
        return false;
    }
    // TinyXML-2 accepts a second root element and text outside the root; XML does not.
    const tinyxml2::XMLElement* root = nullptr;
    for (const tinyxml2::XMLNode* node = doc.FirstChild(); node; node = node->NextSibling()) {
        if (const tinyxml2::XMLElement* el = node->ToElement()) {
            if (root) {
                diag.error(displayName, el->GetLineNum(),
                           std::string("not well-formed XML: a second root element <") + el->Name() + ">");
                return false;
            }
            root = el;
        } else if (node->ToText()) {
            diag.error(displayName, node->GetLineNum(), "not well-formed XML: text outside the root element");
            return false;
        }
    }
    if (!root) {
        diag.error(displayName, 0, "file has no root element");
        return false;
    }
    return true;
}

bool loadXmlFile(const std::filesystem::path& path, const std::string& displayName, tinyxml2::XMLDocument& doc,
                 Diagnostics& diag)
{
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(path, ec);
    if (st.type() == std::filesystem::file_type::not_found) {
        diag.error(displayName, 0, "file not found");
        return false;
    }
    if (ec) {
        diag.error(displayName, 0, "cannot read file: " + ec.message());
        return false;
    }
    if (st.type() != std::filesystem::file_type::regular) {
        diag.error(displayName, 0, "not a regular file");
        return false;
    }
    // O_NONBLOCK: should the path have become a FIFO since the check, open must not hang.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        diag.error(displayName, 0, std::string("cannot read file: ") + std::strerror(errno));
        return false;
    }
    std::string bytes;
    std::string problem;
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        problem = std::string("cannot read file: ") + std::strerror(errno);
    } else if (!S_ISREG(info.st_mode)) {
        problem = "not a regular file";
    } else if (static_cast<unsigned long long>(info.st_size) > kMaxXmlFileBytes) {
        problem = "file is too large (" + std::to_string(info.st_size) + " bytes; the limit is 32 MiB)";
    } else {
        // Read at most one byte past the limit: the file may grow while we read it.
        char buffer[65536];
        while (bytes.size() <= kMaxXmlFileBytes) {
            const ssize_t got = ::read(fd, buffer, sizeof buffer);
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                problem = std::string("cannot read file: ") + std::strerror(errno);
                break;
            }
            if (got == 0)
                break;
            bytes.append(buffer, static_cast<std::size_t>(got));
        }
        if (problem.empty() && bytes.size() > kMaxXmlFileBytes)
            problem = "file is too large (more than " + std::to_string(kMaxXmlFileBytes) +
                      " bytes; the limit is 32 MiB)";
    }
    ::close(fd);
    if (!problem.empty()) {
        diag.error(displayName, 0, problem);
        return false;
    }
    return parseXmlText(bytes, displayName, doc, diag);
}

} // namespace acq
