#include "e2e/GameRunner.h"

#include "io/LevelLoader.h"
#include "io/ProgressStore.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace acq::e2e {

namespace fs = std::filesystem;

TempFolder::TempFolder()
{
    std::string pattern = (fs::temp_directory_path() / "acuquest-e2e-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        FAIL("cannot make a temporary folder");
    m_path = pattern;
}

TempFolder::~TempFolder()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

namespace {
std::string quoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
} // namespace

GameRun runGame(const fs::path& dataHome, const std::string& script, const std::string& extraArgs)
{
    static int counter = 0;
    const fs::path scriptFile = dataHome.parent_path() / ("script-" + std::to_string(++counter) + ".txt");
    const fs::path logFile = dataHome.parent_path() / ("log-" + std::to_string(counter) + ".txt");
    {
        std::ofstream out(scriptFile, std::ios::binary);
        out << script;
    }
    const std::string command = "XDG_DATA_HOME=" + quoted(dataHome.string()) + " " + quoted(ACUQUEST_BINARY) +
                                " --script " + quoted(scriptFile.string()) + " " + extraArgs + " 2>" +
                                quoted(logFile.string());
    const int status = std::system(command.c_str());
    GameRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.log = readFile(logFile);
    return run;
}

std::shared_ptr<const Level> loadShippedLevel(const std::string& fileName)
{
    const fs::path root = ACUQUEST_SOURCE_DIR;
    MapCache maps({root / "levels", root / "assets"});
    Diagnostics diag;
    auto level = loadLevelFile(root / "levels" / fileName, fileName, maps, diag);
    for (const Diagnostic& d : diag.all())
        MESSAGE(d.format());
    REQUIRE(level.has_value());
    return std::make_shared<const Level>(std::move(*level));
}

Progress loadSavedProgress(const fs::path& dataHome)
{
    Progress progress;
    std::string problem;
    const fs::path file = dataHome / "acuquest" / "profiles" / "default" / "progress.xml";
    INFO("save file: " << file.string());
    REQUIRE(fs::exists(file));
    REQUIRE_MESSAGE(progressFromXml(readFile(file), progress, problem), problem);
    return progress;
}

} // namespace acq::e2e
