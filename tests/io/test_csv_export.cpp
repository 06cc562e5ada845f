#include "HistoryFixtures.h"
#include "TempDir.h"
#include "io/history/CsvExport.h"
#include "io/history/HistoryFile.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace acq;
using acq::test::TempDir;
namespace fs = std::filesystem;

namespace {

// RFC 4180 read back by a parser of the test's own: records of fields, CRLF between records.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, inQuotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            REQUIRE_MESSAGE(field.empty(), "a quote inside an unquoted field");
            inQuotes = quoted = true;
        } else if (c == ',') {
            record.push_back(field);
            field.clear();
            quoted = false;
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');
            record.push_back(field);
            records.push_back(record);
            record.clear();
            field.clear();
            quoted = false;
            ++i;
        } else {
            REQUIRE_MESSAGE(c != '\n', "a bare LF ends no record in RFC 4180");
            field += c;
        }
    }
    REQUIRE_FALSE(inQuotes);
    REQUIRE(field.empty());
    REQUIRE(record.empty()); // the last record ends with CRLF too
    (void)quoted;
    return records;
}

void play(const fs::path& folder, const std::string& profileName, const Attempt& a)
{
    OpenedHistory h = openHistory(folder, 0);
    HistoryStore store(*h.db);
    std::int64_t profile = 0, id = 0;
    REQUIRE(!store.profileId(profileName, "t", profile));
    REQUIRE(!store.beginAttempt(profile, a, id));
    for (const ItemResult& item : a.items)
        REQUIRE(!store.addAnswer(profile, id, item, "2026-12-06T19:00:0" + item.id.substr(1) + "Z"));
    LevelRecord r;
    REQUIRE(!store.finishAttempt(profile, id, a, "t", r));
    closeHistory(h);
}

} // namespace

TEST_CASE("[export] every answer as a CSV row that a CSV parser reads back, awkward names included")
{
    TempDir dir;
    const std::string awkward = "Zoë, \"Z\" Müller ";
    Attempt a = test::placementAttempt("lower-back", "2026-12-06T18:59:00Z", 2, 190.0);
    play(dir.path(), awkward, a);
    play(dir.path(), "anna", test::placementAttempt("knee", "2026-12-06T20:00:00Z", 1, 100.0));

    std::ostringstream err;
    const fs::path file = dir.path() / "out" / "all.csv";
    fs::create_directories(file.parent_path());
    REQUIRE(exportHistoryCsv(dir.path(), file, std::nullopt, err) == 0);
    CHECK(err.str() == "acuquest: 3 answers written to " + file.string() + "\n");
    const auto records = parseCsv(TempDir::read(file));
    REQUIRE(records.size() == 4);
    const std::vector<std::string> header = {"profile", "answered_at", "level", "item", "kind", "points", "max",
                                             "distance_cun", "map_x", "map_y", "hint", "correct", "skipped",
                                             "mistakes", "attempt_started_at", "card", "grade", "scheduled"};
    CHECK(records[0] == header);
    CHECK(records[1] == std::vector<std::string>{awkward, "2026-12-06T19:00:00Z", "lower-back", "P0", "placement",
                                                 "100", "100", "0", "100", "200.5", "0", "1", "0", "0",
                                                 "2026-12-06T18:59:00Z", "", "", ""});
    CHECK(records[2][0] == awkward);
    CHECK(records[2][3] == "P1");
    CHECK(records[2][7] == "0.25");
    CHECK(records[2][10] == "1"); // the hint bought
    CHECK(records[3][0] == "anna");

    SUBCASE("one profile")
    {
        const fs::path one = dir.path() / "anna.csv";
        REQUIRE(exportHistoryCsv(dir.path(), one, std::string("anna"), err) == 0);
        const auto annas = parseCsv(TempDir::read(one));
        REQUIRE(annas.size() == 2);
        CHECK(annas[1][2] == "knee");
    }
}

TEST_CASE("[export] fields are quoted exactly when they must be")
{
    CHECK(csvField("BL23") == "BL23");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField(" padded") == "\" padded\"");
    CHECK(csvField("") == "");
}

TEST_CASE("[export] a file that cannot be written fails with a message and leaves nothing behind")
{
    TempDir dir;
    std::ostringstream err;
    const fs::path folder = dir.mkdir("target.csv"); // a folder where the file should go
    CHECK(exportHistoryCsv(dir.path() / "data", folder, std::nullopt, err) == 1);
    CHECK(err.str().find("acuquest: cannot write " + folder.string()) != std::string::npos);
    CHECK(fs::is_directory(folder));
    CHECK_FALSE(fs::exists(folder.string() + ".tmp"));
}
