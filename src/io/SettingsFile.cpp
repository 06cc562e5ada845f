#include "io/SettingsFile.h"

#include "io/ConfigFiles.h"
#include "io/ElementReader.h"
#include "io/XmlFile.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace fs = std::filesystem;

namespace acq {

namespace {

constexpr std::size_t kMaxSettingsBytes = 64 * 1024; // a settings file is a few hundred bytes

// Each problem of a settings file costs the player only a default: all are warnings.
void asWarnings(const Diagnostics& found, Diagnostics& diag)
{
    for (const Diagnostic& d : found.all()) {
        const bool replaced = d.severity == Severity::Error && d.line > 0;
        diag.warning(d.file, d.line, d.message + (replaced ? " (the default is used)" : ""));
    }
}

} // namespace

fs::path settingsFilePath() { return configFolder() / "settings.xml"; }

Settings parseSettings(const std::string& bytes, const std::string& displayName, Diagnostics& diag)
{
    Settings settings;
    Diagnostics found;
    tinyxml2::XMLDocument doc;
    if (!parseXmlText(bytes, displayName, doc, found)) {
        asWarnings(found, diag);
        diag.warning(displayName, 0, "the settings could not be read: every setting has its default");
        return settings;
    }
    const tinyxml2::XMLElement* root = doc.RootElement();
    if (!root || std::string_view(root->Name()) != "settings") {
        diag.warning(displayName, root ? root->GetLineNum() : 0,
                     "expected a <settings> element: every setting has its default");
        return settings;
    }
    {
        ElementReader r(*root, displayName, found);
        r.accept("version");
        if (auto v = r.optionalBool("full-screen")) settings.fullScreen = *v;
        if (auto v = r.optionalNumber("ui-scale", Settings::kMinUiScale, Settings::kMaxUiScale)) settings.uiScale = *v;
        if (auto v = r.optionalBool("sound")) settings.sound = *v;
        if (auto v = r.optionalInteger("volume", 0, Settings::kMaxVolume)) settings.volume = *v;
        if (auto v = r.optionalBool("clock")) settings.showClock = *v;
        if (auto v = r.optionalBool("reduced-motion")) settings.reducedMotion = *v;
        if (auto text = r.optionalString("sides")) {
            if (auto side = parseSide(*text))
                settings.sides = *side;
            else
                r.error("attribute \"sides\" must be one of \"either\", \"left\", \"right\"; not \"" + *text + "\"");
        }
    } // the reader reports unknown attributes as it goes
    reportUnknownChildren(*root, {}, displayName, found);
    reportStrayText(*root, displayName, found);
    asWarnings(found, diag);
    return settings;
}

Settings loadSettings(const fs::path& file, Diagnostics& diag)
{
    std::error_code ec;
    if (!fs::exists(file, ec))
        return {};
    if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) > kMaxSettingsBytes) {
        diag.warning(file.string(), 0, "not a settings file (a folder, or too large): every setting has its default");
        return {};
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        diag.warning(file.string(), 0, std::string("cannot be read: ") + std::strerror(errno) +
                                           ": every setting has its default");
        return {};
    }
    return parseSettings(bytes.str(), file.string(), diag);
}

std::string settingsXml(const Settings& s)
{
    auto flag = [](bool on) { return on ? "true" : "false"; };
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<!-- AcuQuest's settings, rewritten by the game when one changes in it. Values: full-screen,\n"
        << "     sound, clock, reduced-motion: true or false; ui-scale: " << formatNumber(Settings::kMinUiScale)
        << " to " << formatNumber(Settings::kMaxUiScale) << "; volume: 0 to " << Settings::kMaxVolume
        << "; sides: either, left or right. -->\n"
        << "<settings version=\"1\" full-screen=\"" << flag(s.fullScreen) << "\" ui-scale=\""
        << formatNumber(s.uiScale) << "\" sound=\"" << flag(s.sound) << "\" volume=\"" << s.volume
        << "\" clock=\"" << flag(s.showClock) << "\" reduced-motion=\"" << flag(s.reducedMotion) << "\" sides=\""
        << sideName(s.sides) << "\"/>\n";
    return out.str();
}

bool saveSettings(const fs::path& file, const Settings& settings, std::string& error)
{
    error = replaceFile(file, settingsXml(settings));
    return error.empty();
}

SettingsStore::SettingsStore(fs::path file, std::ostream& err)
    : m_file(std::move(file))
    , m_err(err)
{
    Diagnostics diag;
    current = loadSettings(m_file, diag);
    for (const Diagnostic& d : diag.all())
        m_err << d.format() << "\n";
    // A file with problems is rewritten clean at the next change only: the player's file stays
    // as it was until the game has something to save.
    m_saved = current;
}

void SettingsStore::saveIfChanged()
{
    if (current == m_saved)
        return;
    std::string error;
    if (saveSettings(m_file, current, error)) {
        m_saved = current;
        m_failureReported = false;
        return;
    }
    if (!m_failureReported)
        m_err << "acuquest: the settings could not be saved: " << error << "\n";
    m_failureReported = true;
    m_saved = current; // not retried every frame; the next change tries again
}

} // namespace acq
