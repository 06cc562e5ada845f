#include "io/history/CsvExport.h"

#include "core/Timestamp.h"
#include "io/history/HistoryFile.h"
#include "io/history/OldSaveImport.h"

#include <charconv>
#include <ctime>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace acq {
namespace {

std::string number(double value)
{
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::string number(const std::optional<double>& value) { return value ? number(*value) : std::string(); }

} // namespace

std::string csvField(const std::string& text)
{
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

DbError writeAnswersCsv(HistoryStore& store, const std::optional<std::string>& profile, std::ostream& out,
                        std::size_t& rows)
{
    rows = 0;
    out << "profile,answered_at,level,item,kind,points,max,distance_cun,map_x,map_y,hint,correct,skipped,"
           "mistakes,attempt_started_at,card,grade,scheduled\r\n";
    return store.forEachAnswer(profile, [&](const HistoryStore::AnswerRow& r) {
        out << csvField(r.profile) << ',' << csvField(r.answeredAt) << ',' << csvField(r.level) << ','
            << csvField(r.item) << ',' << r.kind << ',' << number(r.points) << ',' << number(r.max) << ','
            << number(r.distanceCun) << ',' << number(r.mapX) << ',' << number(r.mapY) << ','
            << (r.hint ? (*r.hint ? "1" : "0") : "") << ',' << (r.correct ? 1 : 0) << ',' << (r.skipped ? 1 : 0)
            << ',' << r.mistakes << ',' << csvField(r.attemptStartedAt) << ',' << csvField(r.card) << ','
            << (r.grade ? std::to_string(*r.grade) : "") << ',' << (r.scheduled ? std::to_string(*r.scheduled) : "")
            << "\r\n";
        ++rows;
    });
}

DbError writeAnswersCsvFile(HistoryStore& store, const std::optional<std::string>& profile, const fs::path& file,
                            std::size_t& rows)
{
    const fs::path temporary = file.string() + ".tmp";
    DbError error;
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            return {SQLITE_CANTOPEN, "cannot write " + temporary.string()};
        error = writeAnswersCsv(store, profile, out, rows);
        out.flush();
        if (!out && !error)
            error = {SQLITE_IOERR, "the file could not be written"};
    }
    std::error_code ec;
    if (error) {
        fs::remove(temporary, ec);
        return error;
    }
    fs::rename(temporary, file, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return {SQLITE_CANTOPEN, "cannot write " + file.string() + ": " + ec.message()};
    }
    return {};
}

int exportHistoryCsv(const fs::path& dataFolder, const fs::path& file, const std::optional<std::string>& profile,
                     std::ostream& err)
{
    const std::time_t now = std::time(nullptr);
    OpenedHistory history = openHistory(dataFolder, now);
    if (!history.notice.empty())
        err << "acuquest: " << history.notice << "\n";
    if (!history.db) {
        err << "acuquest: no history to export\n";
        return 1;
    }
    if (history.mode != OpenedHistory::Mode::Memory) {
        const ImportOutcome imported =
            importOldSaves(*history.db, dataFolder, formatUtc(now), history.mode != OpenedHistory::Mode::OnDisk);
        if (!imported.notice.empty())
            err << "acuquest: " << imported.notice << "\n";
    }
    std::size_t rows = 0;
    HistoryStore store(*history.db);
    const DbError error = writeAnswersCsvFile(store, profile, file, rows);
    closeHistory(history);
    if (error) {
        // The file (not the history) could not be written: the message names it.
        err << "acuquest: " << (error.primary() == SQLITE_CANTOPEN ? "" : "the export failed: ") << error.message
            << "\n";
        return 1;
    }
    err << "acuquest: " << rows << " answers written to " << file.string() << "\n";
    return 0;
}

} // namespace acq
