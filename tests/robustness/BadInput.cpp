#include "BadInput.h"

#include <sys/stat.h>

#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace acq::robust {
namespace {

void write(const fs::path& file, const std::string& bytes)
{
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

std::string utf16le(const std::string& ascii)
{
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}

std::string placementLevel(const std::string& id, const std::string& mapSrc)
{
    return "<level format=\"1\" id=\"" + id + "\" kind=\"placement\" title=\"" + id + "\">\n"
           "  <map src=\"" + mapSrc + "\"/>\n"
           "  <point code=\"P1\" name=\"One\" region=\"r\" x=\"10\" y=\"10\"><location>Here.</location></point>\n"
           "</level>\n";
}

const char* const kArt = R"(<svg viewBox="0 0 100 100">
  <g id="landmarks"><circle id="a" cx="20" cy="50"/><circle id="b" cx="80" cy="50"/></g>
</svg>
)";

std::string mapWithArt(const std::string& art)
{
    return "<bodymap format=\"1\" id=\"m\" view=\"other\" art=\"" + art + "\" title=\"M\">\n"
           "  <region id=\"r\" name=\"R\" from=\"a\" to=\"b\" cun=\"3\"/>\n"
           "</bodymap>\n";
}

std::string summary(int levels, int playable, int errors, int warnings)
{
    auto plural = [](int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); };
    return "checked " + plural(levels, "level") + ": " + std::to_string(playable) + " playable, " +
           std::to_string(levels - playable) + " broken; " + plural(errors, "error") + ", " +
           plural(warnings, "warning");
}

} // namespace

std::string matchingLevel(const std::string& id, const std::string& extraRootAttributes, const std::string& extraBody)
{
    return "<level format=\"1\" id=\"" + id + "\" kind=\"matching\" title=\"Test level\"" + extraRootAttributes +
           ">\n"
           "  <pair id=\"a\"><prompt>A</prompt><answer>1</answer></pair>\n"
           "  <pair id=\"b\"><prompt>B</prompt><answer>2</answer></pair>\n" +
           extraBody + "</level>\n";
}

void makeBadFolder(const fs::path& root)
{
    const fs::path bad = root / "bad";
    const fs::path maps = bad / "maps";
    const fs::path outside = root / "outside";
    fs::create_directories(maps);
    fs::create_directories(outside);
    write(outside / "secret.map.xml", mapWithArt("secret.svg"));
    write(outside / "secret.svg", kArt);
    write(maps / "art.svg", kArt);

    // The file as a whole.
    write(bad / "empty.xml", "");
    write(bad / "not-xml.xml", "These are my notes about levels, not a level.\n");
    const std::string good = matchingLevel("truncated");
    write(bad / "truncated.xml", good.substr(0, good.find("<answer>2")));
    write(bad / "bom-only.xml", "\xEF\xBB\xBF");
    write(bad / "utf16.xml", utf16le(matchingLevel("utf16")));
    write(bad / "bad-utf8.xml", matchingLevel("bad-utf8", "", "  <intro>Caf\xE9 latin-1</intro>\n"));
    write(bad / "nul.xml", matchingLevel("nul", "", std::string("  <intro>a\0b</intro>\n", 21)));
    write(bad / "wrong-root.xml", mapWithArt("maps/art.svg"));
    std::string deep = "<level format=\"1\" id=\"deep\" kind=\"matching\" title=\"Deep\">\n";
    for (int i = 0; i < 200; ++i)
        deep += "<x>";
    for (int i = 0; i < 200; ++i)
        deep += "</x>";
    write(bad / "deep.xml", deep + "\n</level>\n");
    std::string many = "<level format=\"1\" id=\"many\" kind=\"matching\" title=\"Many\">\n";
    for (int i = 0; i < 100001; ++i)
        many += "<n/>";
    write(bad / "too-many-elements.xml", many + "\n</level>\n");
    std::string attributes = "<level format=\"1\" id=\"attributes\" kind=\"matching\" title=\"A\">\n  <intro";
    for (int i = 0; i < 101; ++i)
        attributes += " a" + std::to_string(i) + "=\"1\"";
    write(bad / "too-many-attributes.xml", attributes + "/>\n</level>\n");
    // Values.
    write(bad / "long-title.xml",
          "<level format=\"1\" id=\"long-title\" kind=\"matching\" title=\"" + std::string(100000, 'x') + "\">\n" +
              matchingLevel("unused").substr(matchingLevel("unused").find("  <pair")));
    write(bad / "long-id.xml", matchingLevel(std::string(5000, 'i')));
    write(bad / "long-unknown.xml", matchingLevel("long-unknown", " note=\"" + std::string(1 << 20, 'n') + "\""));
    write(bad / "number-nan.xml", matchingLevel("number-nan", " order=\"nan\""));
    write(bad / "number-inf.xml", matchingLevel("number-inf", " order=\"-inf\""));
    write(bad / "number-huge.xml", matchingLevel("number-huge", "", "  <scoring pair=\"1e999\"/>\n"));
    write(bad / "number-negative.xml", matchingLevel("number-negative", "", "  <scoring wrong=\"-3\"/>\n"));
    write(bad / "number-junk.xml", matchingLevel("number-junk", " order=\"1.5abc\""));
    write(bad / "dup-pair.xml", matchingLevel("dup-pair", "", "  <pair id=\"a\"><prompt>C</prompt><answer>3</answer></pair>\n"));
    write(bad / "dup-level-1.xml", matchingLevel("twin"));
    write(bad / "dup-level-2.xml", matchingLevel("twin"));
    // References.
    write(bad / "ref-missing.xml", placementLevel("ref-missing", "maps/nowhere.map.xml"));
    write(bad / "ref-dotdot.xml", placementLevel("ref-dotdot", "../outside/secret.map.xml"));
    write(bad / "ref-absolute.xml", placementLevel("ref-absolute", (outside / "secret.map.xml").string()));
    fs::create_symlink(outside / "secret.map.xml", maps / "escape.map.xml");
    write(bad / "ref-symlink.xml", placementLevel("ref-symlink", "maps/escape.map.xml"));
    write(maps / "art-dotdot.map.xml", mapWithArt("../../outside/secret.svg"));
    write(bad / "art-dotdot.xml", placementLevel("art-dotdot", "maps/art-dotdot.map.xml"));
    write(maps / "art-absolute.map.xml", mapWithArt((outside / "secret.svg").string()));
    write(bad / "art-absolute.xml", placementLevel("art-absolute", "maps/art-absolute.map.xml"));
    fs::create_symlink(outside / "secret.svg", maps / "escape.svg");
    write(maps / "art-symlink.map.xml", mapWithArt("escape.svg"));
    write(bad / "art-symlink.xml", placementLevel("art-symlink", "maps/art-symlink.map.xml"));
    // Things that are not files.
    fs::create_directory(bad / "folder.xml");
    fs::create_symlink(bad / "loop-b.xml", bad / "loop-a.xml");
    fs::create_symlink(bad / "loop-a.xml", bad / "loop-b.xml");
    if (::mkfifo((bad / "fifo.xml").c_str(), 0644) != 0)
        throw std::runtime_error("mkfifo failed");
    fs::create_symlink("/dev/zero", bad / "zero.xml");
}

std::vector<BadCase> badCases(const fs::path& root)
{
    const std::string rootText = root.string();
    std::vector<BadCase> cases;
    auto one = [&](const std::string& what, const std::string& file, std::vector<std::string> lines, int errors,
                   int warnings = 0) {
        BadCase c;
        c.what = what;
        c.files = {"bad/" + file};
        c.expected = std::move(lines);
        c.exitCode = errors > 0 ? 1 : 0;
        c.listed = c.expected;
        c.expected.push_back(summary(1, errors > 0 ? 0 : 1, errors, warnings));
        cases.push_back(std::move(c));
    };
    one("an empty file", "empty.xml", {"bad/empty.xml:0: file is empty"}, 1);
    one("not XML", "not-xml.xml", {"bad/not-xml.xml:1: not well-formed XML: malformed text"}, 1);
    one("a truncated file", "truncated.xml", {"bad/truncated.xml:3: not well-formed XML: unexpected characters"}, 1);
    one("a byte-order mark alone", "bom-only.xml", {"bad/bom-only.xml:0: file is empty"}, 1);
    one("UTF-16", "utf16.xml", {"bad/utf16.xml:1: file is UTF-16; save it as UTF-8"}, 1);
    one("invalid UTF-8 in text", "bad-utf8.xml", {"bad/bad-utf8.xml:4: invalid UTF-8"}, 1);
    one("a NUL byte", "nul.xml", {"bad/nul.xml:4: contains a NUL byte"}, 1);
    one("the wrong root element", "wrong-root.xml",
        {"bad/wrong-root.xml:1: <bodymap id=\"m\">: the root element must be <level>"}, 1);
    one("deep nesting", "deep.xml", {"bad/deep.xml:2: not well-formed XML: elements nested too deeply"}, 1);
    one("too many elements", "too-many-elements.xml",
        {"bad/too-many-elements.xml:0: file has too many elements (more than 100000 elements, comments and other tags)"}, 1);
    one("too many attributes on one element", "too-many-attributes.xml",
        {"bad/too-many-attributes.xml:2: <intro> has more than 100 attributes"}, 1);
    one("a very long attribute value", "long-title.xml",
        {"bad/long-title.xml:1: <level id=\"long-title\">: attribute \"title\" is 100000 characters long; the limit is 80"}, 1);
    const std::string i64(64, 'i'), i80(80, 'i');
    one("a very long id", "long-id.xml",
        {"bad/long-id.xml:1: <level id=\"" + i64 + "...\">: attribute \"id\" is not a valid id: \"" + i80 +
         "...\" (use 1 to 64 letters, digits, '-', '_' or '.')"},
        1);
    one("a very long unknown attribute (loads, with a warning)", "long-unknown.xml",
        {"bad/long-unknown.xml:1: warning: <level id=\"long-unknown\">: unknown attribute \"note\""}, 0, 1);
    one("a NaN", "number-nan.xml", {"bad/number-nan.xml:1: <level id=\"number-nan\">: attribute \"order\" is not a number: \"nan\""}, 1);
    one("an infinity", "number-inf.xml",
        {"bad/number-inf.xml:1: <level id=\"number-inf\">: attribute \"order\" is not a number: \"-inf\""}, 1);
    one("a huge number", "number-huge.xml", {"bad/number-huge.xml:4: <scoring>: attribute \"pair\" is not a number: \"1e999\""}, 1);
    one("a negative number where it cannot be", "number-negative.xml",
        {"bad/number-negative.xml:4: <scoring>: attribute \"wrong\" must be between 0 and 1000000, not -3"}, 1);
    one("a number followed by junk", "number-junk.xml",
        {"bad/number-junk.xml:1: <level id=\"number-junk\">: attribute \"order\" is not a number: \"1.5abc\""}, 1);
    one("a duplicate id in a level", "dup-pair.xml", {"bad/dup-pair.xml:4: <pair id=\"a\">: duplicate pair id \"a\" (first at line 2)"}, 1);
    {
        BadCase c;
        c.what = "a level id used by two files";
        c.files = {"bad/dup-level-1.xml", "bad/dup-level-2.xml"};
        c.listed = {"bad/dup-level-1.xml:1: <level id=\"twin\">: the level id \"twin\" is also used by bad/dup-level-2.xml",
                      "bad/dup-level-2.xml:1: <level id=\"twin\">: the level id \"twin\" is also used by bad/dup-level-1.xml",
                      };
        c.expected = c.listed;
        c.expected.push_back(summary(2, 0, 2, 0));
        cases.push_back(c);
    }
    one("a reference to a missing file", "ref-missing.xml",
        {"bad/ref-missing.xml:2: <map>: attribute \"src\": file not found: \"maps/nowhere.map.xml\""}, 1);
    const std::string outside = "the game's data folders";
    one("a map reference with ../ leading outside", "ref-dotdot.xml",
        {"bad/ref-dotdot.xml:2: <map>: attribute \"src\": the path \"../outside/secret.map.xml\" leads outside " + outside}, 1);
    one("an absolute map reference", "ref-absolute.xml",
        {"bad/ref-absolute.xml:2: <map>: attribute \"src\": absolute paths are not allowed: \"" + rootText +
         "/outside/secret.map.xml\""},
        1);
    one("a map reference through a symlink leading outside", "ref-symlink.xml",
        {"bad/ref-symlink.xml:2: <map>: attribute \"src\": the path \"maps/escape.map.xml\" leads outside " + outside}, 1);
    auto unusable = [](const std::string& level, const std::string& map) {
        return "bad/" + level + ":2: <map>: the map \"maps/" + map + "\" has errors (listed above), so this level cannot use it";
    };
    one("map art with ../ leading outside", "art-dotdot.xml",
        {"bad/maps/art-dotdot.map.xml:1: <bodymap id=\"m\">: attribute \"art\": the path \"../../outside/secret.svg\" leads outside " +
             outside,
         unusable("art-dotdot.xml", "art-dotdot.map.xml")},
        2);
    one("absolute map art", "art-absolute.xml",
        {"bad/maps/art-absolute.map.xml:1: <bodymap id=\"m\">: attribute \"art\": absolute paths are not allowed: \"" + rootText +
             "/outside/secret.svg\"",
         unusable("art-absolute.xml", "art-absolute.map.xml")},
        2);
    one("map art through a symlink leading outside", "art-symlink.xml",
        {"bad/maps/art-symlink.map.xml:1: <bodymap id=\"m\">: attribute \"art\": the path \"escape.svg\" leads outside " + outside,
         unusable("art-symlink.xml", "art-symlink.map.xml")},
        2);
    // Named on the command line, a folder is a folder of levels (here: none); in a level folder
    // it is an entry that is not a file.
    one("a folder named x.xml", "folder.xml", {"bad/folder.xml:0: not a regular file"}, 1);
    cases.back().expected = {"checked 0 levels: no level files found"};
    one("a symlink loop", "loop-a.xml", {"bad/loop-a.xml:0: cannot read file: Too many levels of symbolic links"}, 1);
    cases.back().expected.front() = "bad/loop-a.xml:0: cannot read: Too many levels of symbolic links";
    cases.back().listed.push_back("bad/loop-b.xml:0: cannot read file: Too many levels of symbolic links");
    one("a named pipe", "fifo.xml", {"bad/fifo.xml:0: not a regular file"}, 1);
    one("a symlink to a device", "zero.xml", {"bad/zero.xml:0: not a regular file"}, 1);
    return cases;
}

} // namespace acq::robust
