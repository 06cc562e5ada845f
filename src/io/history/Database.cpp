#include "io/history/Database.h"

namespace acq {

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::step() { return sqlite3_step(m_stmt); }

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::text(int column) const
{
    const auto* bytes = sqlite3_column_text(m_stmt, column);
    return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                 : std::string();
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::int64_t>(integer(column));
}

std::unique_ptr<Database> Database::open(const std::string& path, int flags, DbError& error)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        error = {db ? sqlite3_extended_errcode(db) : rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)};
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    error = {};
    return std::unique_ptr<Database>(new Database(db));
}

// close_v2: a statement still alive somewhere keeps the connection until it is finalized, instead
// of leaving it open for good (sqlite3_close refuses while statements exist).
Database::~Database() { sqlite3_close_v2(m_db); }

DbError Database::exec(const std::string& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    DbError error;
    if (rc != SQLITE_OK)
        error = {sqlite3_extended_errcode(m_db), message ? message : sqlite3_errstr(rc)};
    sqlite3_free(message);
    return error;
}

Statement Database::prepare(std::string_view sql, DbError& error)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    error = rc == SQLITE_OK ? DbError{} : lastError();
    return Statement(stmt);
}

std::optional<std::int64_t> Database::queryInteger(const std::string& sql, DbError& error)
{
    Statement stmt = prepare(sql, error);
    if (error)
        return std::nullopt;
    const int rc = stmt.step();
    if (rc == SQLITE_ROW)
        return stmt.integer(0);
    error = rc == SQLITE_DONE ? DbError{SQLITE_ERROR, "no result"} : lastError();
    return std::nullopt;
}

DbError Database::lastError() const { return {sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db)}; }

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

} // namespace acq
