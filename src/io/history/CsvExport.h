// The history as CSV (RFC 4180, UTF-8, a header row, CRLF line ends): one row per answer, for
// spreadsheets and teachers. docs/saves.md lists the columns.
#pragma once

#include "io/history/HistoryStore.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

namespace acq {

// One field quoted when it must be (a comma, a quote, a line break, leading or trailing space).
std::string csvField(const std::string& text);

// Writes every answer (of `profile`, or of every profile) to `out`. Returns the rows written.
DbError writeAnswersCsv(HistoryStore& store, const std::optional<std::string>& profile, std::ostream& out,
                        std::size_t& rows);

// The same into `file`, through `file`.tmp and a rename, so a failed export leaves no half file
// (the game's export button calls it on the save thread, with its own connection).
DbError writeAnswersCsvFile(HistoryStore& store, const std::optional<std::string>& profile,
                            const std::filesystem::path& file, std::size_t& rows);

// acuquest --export-csv FILE [--profile NAME]: opens the history in `dataFolder` (as the game
// would, old saves imported), writes FILE through a temporary file and a rename. Messages go to
// `err`; returns the process's exit code.
int exportHistoryCsv(const std::filesystem::path& dataFolder, const std::filesystem::path& file,
                     const std::optional<std::string>& profile, std::ostream& err);

} // namespace acq
