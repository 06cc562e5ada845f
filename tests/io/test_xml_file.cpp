#include "TempDir.h"
#include "io/XmlFile.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace acq;
using acq::test::TempDir;

namespace {

// The one diagnostic a failed parse of `bytes` gives, formatted.
std::string parseProblem(const std::string& bytes)
{
    tinyxml2::XMLDocument doc;
    Diagnostics diag;
    const bool ok = parseXmlText(bytes, "levels/x.xml", doc, diag);
    if (ok)
        return diag.empty() ? "ok" : "ok with " + diag.all().front().format();
    REQUIRE(diag.all().size() == 1);
    return diag.all().front().format();
}

std::string loadProblem(const std::filesystem::path& path)
{
    tinyxml2::XMLDocument doc;
    Diagnostics diag;
    const bool ok = loadXmlFile(path, "x.xml", doc, diag);
    if (ok)
        return "ok";
    REQUIRE(diag.all().size() == 1);
    return diag.all().front().format();
}

} // namespace

TEST_CASE("[xml] a well-formed document loads")
{
    CHECK(parseProblem("<level/>") == "ok");
    CHECK(parseProblem("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n<level>Sh\xC3\xA8nsh\xC5\xAB</level>\n") == "ok");
}

TEST_CASE("[xml] a UTF-8 byte-order mark is allowed")
{
    CHECK(parseProblem("\xEF\xBB\xBF<level/>") == "ok");
}

TEST_CASE("[xml] an empty file is reported at line 0")
{
    CHECK(parseProblem("") == "levels/x.xml:0: file is empty");
}

TEST_CASE("[xml] a file holding only a byte-order mark is empty")
{
    CHECK(parseProblem("\xEF\xBB\xBF") == "levels/x.xml:0: file is empty");
}

TEST_CASE("[xml] white space alone has no root element")
{
    CHECK(parseProblem("  \n  ") == "levels/x.xml:0: file has no root element");
    CHECK(parseProblem("<!-- only a comment -->") == "levels/x.xml:0: file has no root element");
}

TEST_CASE("[xml] a NUL byte is reported at its line")
{
    // TinyXML-2 would stop at the NUL and accept the complete document before it.
    CHECK(parseProblem(std::string("<level>\n</level>\n\0<junk", 22)) == "levels/x.xml:3: contains a NUL byte");
}

TEST_CASE("[xml] UTF-16 is recognised by its byte-order mark or its zero bytes")
{
    SUBCASE("little-endian mark") { CHECK(parseProblem(std::string("\xFF\xFE<\0l\0/\0>\0", 10)) == "levels/x.xml:1: file is UTF-16; save it as UTF-8"); }
    SUBCASE("big-endian mark") { CHECK(parseProblem(std::string("\xFE\xFF\0<\0l\0/\0>", 10)) == "levels/x.xml:1: file is UTF-16; save it as UTF-8"); }
    SUBCASE("no mark") { CHECK(parseProblem(std::string("<\0l\0/\0>\0", 8)) == "levels/x.xml:1: file is UTF-16; save it as UTF-8"); }
    SUBCASE("UTF-32") { CHECK(parseProblem(std::string("\xFF\xFE\0\0<\0\0\0", 8)) == "levels/x.xml:1: file is UTF-32; save it as UTF-8"); }
}

TEST_CASE("[xml] invalid UTF-8 is reported at its line")
{
    SUBCASE("Latin-1 byte") { CHECK(parseProblem("<level>\n<t>caf\xE9</t>\n</level>") == "levels/x.xml:2: invalid UTF-8"); }
    SUBCASE("overlong slash") { CHECK(parseProblem("<level>\n\n<t>\xC0\xAF</t></level>") == "levels/x.xml:3: invalid UTF-8"); }
    SUBCASE("surrogate") { CHECK(parseProblem("<level>\xED\xA0\x80</level>") == "levels/x.xml:1: invalid UTF-8"); }
    SUBCASE("truncated sequence at the end") { CHECK(parseProblem("<level/>\n\xE2\x82") == "levels/x.xml:2: invalid UTF-8"); }
    SUBCASE("above U+10FFFF") { CHECK(parseProblem("<level>\xF4\x90\x80\x80</level>") == "levels/x.xml:1: invalid UTF-8"); }
}

TEST_CASE("[xml] a mismatched end tag is reported with TinyXML-2's line")
{
    CHECK(parseProblem("<level>\n<intro>\n</level>") ==
          "levels/x.xml:2: not well-formed XML: an end tag that does not match its start tag in <intro>");
}

TEST_CASE("[xml] a repeated attribute is malformed")
{
    CHECK(parseProblem("<level\n id='a' id='b'/>") == "levels/x.xml:2: not well-formed XML: a malformed or repeated attribute in <level>");
}

TEST_CASE("[xml] an unterminated comment is reported")
{
    CHECK(parseProblem("<level>\n<!-- no end") == "levels/x.xml:2: not well-formed XML: a malformed comment");
}

TEST_CASE("[xml] a second root element is refused")
{
    CHECK(parseProblem("<level/>\n<level/>") == "levels/x.xml:2: not well-formed XML: a second root element <level>");
}

TEST_CASE("[xml] text outside the root element is refused")
{
    CHECK(parseProblem("stray\n<level/>") == "levels/x.xml:1: not well-formed XML: text outside the root element");
}

TEST_CASE("[xml] deep nesting is an error, not a crash")
{
    std::string text;
    for (int i = 0; i < 500; ++i)
        text += "<a>";
    const std::string problem = parseProblem(text);
    CHECK(problem == "levels/x.xml:1: not well-formed XML: elements nested too deeply");
}

TEST_CASE("[xml] a file that does not exist is reported at line 0")
{
    TempDir dir;
    CHECK(loadProblem(dir.path() / "none.xml") == "x.xml:0: file not found");
}

TEST_CASE("[xml] a folder named like a level is not a regular file")
{
    TempDir dir;
    CHECK(loadProblem(dir.mkdir("x.xml")) == "x.xml:0: not a regular file");
}

TEST_CASE("[xml] a file over the size limit is refused before reading")
{
    TempDir dir;
    const auto file = dir.write("big.xml", "<level/>");
    std::filesystem::resize_file(file, kMaxXmlFileBytes + 1); // sparse: costs no disk
    CHECK(loadProblem(file) == "x.xml:0: file is too large (33554433 bytes; the limit is 32 MiB)");
}

TEST_CASE("[xml] a file at the size limit is read")
{
    TempDir dir;
    std::string text = "<level>";
    text += std::string(kMaxXmlFileBytes - text.size() - 8, ' ');
    text += "</level>";
    REQUIRE(text.size() == kMaxXmlFileBytes);
    CHECK(loadProblem(dir.write("limit.xml", text)) == "ok");
}

TEST_CASE("[xml] a path that cannot be examined reports why")
{
    TempDir dir;
    // Root can open any file, so an unreadable file is made with a name the system refuses.
    CHECK(loadProblem(dir.path() / (std::string(300, 'n') + ".xml")) == "x.xml:0: cannot read file: File name too long");
}

TEST_CASE("[xml] a symlink loop is reported, not followed forever")
{
    TempDir dir;
    std::filesystem::create_symlink(dir.path() / "b.xml", dir.path() / "a.xml");
    std::filesystem::create_symlink(dir.path() / "a.xml", dir.path() / "b.xml");
    CHECK(loadProblem(dir.path() / "a.xml") == "x.xml:0: cannot read file: Too many levels of symbolic links");
}

TEST_CASE("[xml] a file is read from disk with the same checks")
{
    TempDir dir;
    CHECK(loadProblem(dir.write("ok.xml", "<level/>")) == "ok");
    CHECK(loadProblem(dir.write("empty.xml", "")) == "x.xml:0: file is empty");
    CHECK(loadProblem(dir.write("bad.xml", "<level>\n<a></b>\n</level>")) ==
          "x.xml:2: not well-formed XML: an end tag that does not match its start tag in <a>");
}
