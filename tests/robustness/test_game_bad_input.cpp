// The bad-input catalogue loaded by the real game: every bad file is listed as broken, its
// problems are printed, nothing outside the data folders is touched, and the shipped levels play.
#include "BadInput.h"
#include "GameScript.h"


#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace acq;
using namespace acq::robust;
namespace fs = std::filesystem;

TEST_CASE("[robustness] game bad input: every bad file is listed as broken and the shipped levels still play")
{
    Scratch scratch;
    const fs::path root = scratch.path();
    makeBadFolder(root);
    // The 20 MB file of the catalogue, made here, never committed: it loads, with warnings.
    std::string big = matchingLevel("big");
    big.erase(big.rfind("</level>"));
    while (big.size() < 20u * 1000u * 1000u)
        big += "  <note>" + std::string(1000, 'n') + "</note>\n";
    writeFile(root / "bad" / "big.xml", big + "</level>\n");

    // The broken entries come after the playable ones, in file-name order: every .xml of the
    // folder but the two that load.
    std::vector<std::string> broken;
    for (const auto& entry : fs::directory_iterator(root / "bad")) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".xml" && name != "big.xml" && name != "long-unknown.xml")
            broken.push_back(name);
    }
    std::sort(broken.begin(), broken.end());
    std::string script = "expect-scene menu\nkey End\n";
    for (auto it = broken.rbegin(); it != broken.rend(); ++it)
        script += "expect-text \"" + *it + "\"\nexpect-text \"Broken: \"\nkey Up\n";
    // Open the first broken one (focus is now on the last playable level: one step down).
    script += "key Down\nkey Enter\nwait 0.2\nexpect-scene problems\nexpect-text \"" + broken.front() +
              "\"\nkey Escape\nwait 0.2\nexpect-scene menu\nkey Home\n";
    script += playMatching("how-it-works", shippedPairIds("how-it-works.xml"), shippedMenuIndex("how-it-works"));

    AccessWatch outside(root / "outside");
    const Run run = playGame(root, (root / "data").string(), script, "--levels bad");
    INFO(run.err.substr(run.err.size() > 3000 ? run.err.size() - 3000 : 0));
    CHECK(run.exitCode == 0);
    MESSAGE("the game with the bad folder: " << run.seconds << " s, peak " << run.peakKilobytes / 1024 << " MiB");
    CHECK(outside.touched() == std::vector<std::string>{});

    // Every problem is printed, each file's exactly as --check prints it.
    for (const BadCase& c : badCases(scratch.path()))
        for (const std::string& line : c.listed) {
            INFO("case: " << c.what);
            CHECK(count(run.err, line + "\n") >= 1);
        }
    CHECK(count(run.err, "bad/big.xml:4: warning: <level id=\"big\">: unknown element <note>\n") == 1);
    CHECK(count(run.err, "bad/big.xml:0: warning: ") == 1);

    // And a shipped level was played to the end and saved.
    const fs::path db = saveFile(root / "data");
    REQUIRE(integrity(db) == "ok");
    CHECK(query(db, "SELECT level, completed FROM attempts") ==
          std::vector<std::vector<std::string>>{{"how-it-works", "1"}});
}

TEST_CASE("[robustness] game privileged: an unreadable level file is listed as broken, the others play")
{
    requireCapability(!isRoot() || canDropToNobody(), "run a command as an unprivileged user (setpriv)");
    Scratch scratch;
    const fs::path root = scratch.path();
    writeFile(root / "bad" / "secret.xml", matchingLevel("secret"));
    writeFile(root / "bad" / "open.xml", matchingLevel("open"));
    fs::permissions(root / "bad" / "secret.xml", fs::perms::none);
    fs::create_directories(root / "data");
    fs::create_directories(root / "home");
    if (isRoot()) // the unprivileged user owns its data and home folders, as a player does
        REQUIRE(std::system(("chown -R 65534:65534 " + quoted((root / "data").string()) + " " +
                             quoted((root / "home").string()))
                                .c_str()) == 0);
    const std::string script = "expect-scene menu\nexpect-text \"secret.xml\"\nclick-on secret.xml\nwait 0.2\n"
                               "expect-scene problems\nexpect-text \"Permission denied\"\nkey Escape\nwait 0.2\n"
                               "click-on open\nclick-on start\nwait 0.3\nexpect-scene matching\n"
                               "click-on prompt:a\nclick-on answer:a\nclick-on prompt:b\nclick-on answer:b\nwait 0.3\n"
                               "expect-scene results\n";
    // A menu of three (one shipped level and the two here), so every entry is on screen.
    const Run run = playGame(root, (root / "data").string(), script, "--levels bad",
                             [](const std::string& command) { return asNobody() + command; },
                             oneLevelData(root, "how-it-works.xml"));
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(count(run.err, "bad/secret.xml:0: cannot read file: Permission denied\n") == 1);
    CHECK(fs::exists(saveFile(root / "data")));
}
