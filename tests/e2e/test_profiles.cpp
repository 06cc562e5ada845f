// End-to-end: profiles made, renamed and deleted on the profile screen, the last one remembered
// across starts, --profile overriding it, a name with spaces, quotes and non-ASCII letters in the
// menu, the history and the export.
#include "e2e/GameRunner.h"

#include "io/history/Database.h"

#include <doctest/doctest.h>

using namespace acq;
using namespace acq::e2e;

namespace {

// How many profile rows the history holds: all, or those deleted on the profile screen.
std::int64_t profileRows(const std::filesystem::path& data, bool deletedOnly)
{
    DbError error;
    auto db = Database::open((data / "acuquest" / "history.sqlite").string(), SQLITE_OPEN_READONLY, error);
    REQUIRE_MESSAGE(db, error.message);
    const auto n = db->queryInteger(deletedOnly ? "SELECT COUNT(*) FROM profiles WHERE deleted_at IS NOT NULL"
                                                : "SELECT COUNT(*) FROM profiles",
                                    error);
    REQUIRE_MESSAGE(n, error.message);
    return *n;
}

} // namespace

TEST_CASE("[e2e] profiles: made in the game, played, remembered at the next start, renamed, another deleted")
{
    TempFolder temp;
    const ExportFolders folders = setUpExportInUtc(temp);
    const auto& data = folders.data;
    const auto& config = folders.config;
    const auto level = loadShippedLevel("lower-back.xml");
    const std::string zoe = "Zoë 'Lu' 李";

    // A new profile by mouse and typing, then a level played as it.
    GameRun run = runGame(data,
                          "expect-scene menu\nexpect-text \"default (O)\"\nclick-on profile\nwait 0.2\n"
                          "expect-scene profiles\nexpect-text \"Playing as default\"\nclick-on new\n"
                          "type \"" + zoe + "\"\nscreenshot profiles-new.png\nkey Enter\nwait 0.3\n"
                          "expect-scene menu\nexpect-text \"" + zoe + " (O)\"\n" +
                              playMissing(*level, "BL52") + "click-on menu\nwait 0.2\nclose\n",
                          "--now 2026-12-07T20:00:00Z");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    CHECK(readFile(config / "acuquest" / "last-profile") == zoe + "\n");
    CHECK(loadSavedProgress(data, zoe).attempts().size() == 1);
    CHECK(loadSavedProgress(data, "default").attempts().empty());

    // The next start opens it; its best is on the menu. Renamed by keyboard (Backspace takes 李
    // whole), then "default" deleted: asked first, kept at N, deleted at Y.
    run = runGame(data,
                  "expect-scene menu\nexpect-text \"" + zoe + " (O)\"\nexpect-text \"Best\"\n"
                  "key O\nwait 0.2\nexpect-scene profiles\nexpect-text \"1 attempt, last on 2026-12-07\"\n"
                  "expect-text \"in use\"\nkey R\nkey Backspace\ntype Li\nkey Enter\nwait 0.3\n"
                  "expect-text \"is now called\"\nexpect-text \"Playing as Zoë 'Lu' Li\"\n"
                  "key Delete\nwait 0.1\nexpect-text \"choose another profile first\"\n"
                  "click-on profile:default\nclick-on delete\nwait 0.1\nexpect-text \"so it can be brought back\"\n"
                  "screenshot profiles-delete.png\nkey N\nwait 0.1\nexpect-text \"not played yet\"\n"
                  "click-on profile:default\nkey Delete\nkey Y\nwait 0.3\nexpect-text \"Deleted. Its answers\"\n"
                  "key Escape\nwait 0.2\nexpect-scene menu\nexpect-text \"Zoë 'Lu' Li (O)\"\n"
                  "key P\nwait 0.3\nkey E\nwait 0.5\nexpect-text \"Exported 5 answers\"\nclose\n",
                  "--now 2026-12-08T09:00:00Z");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    const std::string renamed = "Zoë 'Lu' Li";
    CHECK(readFile(config / "acuquest" / "last-profile") == renamed + "\n");
    CHECK(loadSavedProgress(data, renamed).attempts().size() == 1); // the same row, renamed
    CHECK(profileRows(data, true) == 1);                            // default: deleted, kept
    const std::string csv = readFile(folders.documents / ("acuquest-" + renamed + "-2026-12-08.csv"));
    CHECK(csv.find("\r\n" + renamed + ",2026-12-07T20:") != std::string::npos);

    // --profile overrides for one run and is not remembered.
    run = runGame(data, "expect-scene menu\nexpect-text \"ben (O)\"\nclose\n", "--profile ben --now 2026-12-08T10:00:00Z");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    run = runGame(data, "expect-scene menu\nexpect-text \"" + renamed + " (O)\"\nclose\n", "--now 2026-12-08T11:00:00Z");
    INFO(run.log);
    REQUIRE(run.exitCode == 0);
    CHECK(profileRows(data, false) == 3); // default (deleted), Zoë 'Lu' Li, ben
}
