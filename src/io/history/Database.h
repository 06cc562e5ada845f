// A SQLite connection and its prepared statements, owned RAII-style; errors as values, not throws.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace acq {

// What went wrong with a call into SQLite: its result code (extended) and message.
struct DbError {
    int code = SQLITE_OK;
    std::string message;

    explicit operator bool() const { return code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE; }
    int primary() const { return code & 0xff; }
    // The file is not a database, or is damaged: keep it aside.
    bool corrupt() const { return primary() == SQLITE_NOTADB || primary() == SQLITE_CORRUPT; }
    // Another copy of the game holds the lock past the busy timeout.
    bool busy() const { return primary() == SQLITE_BUSY || primary() == SQLITE_LOCKED; }
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}
    Statement(Statement&& other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}
    Statement& operator=(Statement&& other) noexcept;
    ~Statement();

    explicit operator bool() const { return m_stmt != nullptr; }

    // Binds are 1-based, as SQLite's. Text is copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement& bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Ready for new binds and steps.
    void reset();

    int columnCount() const { return sqlite3_column_count(m_stmt); }
    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
};

class Database {
public:
    // Opens (flags as sqlite3_open_v2). Opening alone never reports a bad file: check() does.
    static std::unique_ptr<Database> open(const std::string& path, int flags, DbError& error);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }

    // Runs statements with no result rows wanted.
    DbError exec(const std::string& sql);
    // A prepared statement; empty (with the error set) on failure.
    Statement prepare(std::string_view sql, DbError& error);
    // Runs a statement returning one integer (e.g. a PRAGMA); nullopt on error.
    std::optional<std::int64_t> queryInteger(const std::string& sql, DbError& error);
    // The connection's last error.
    DbError lastError() const;
    std::int64_t lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
};

// Runs `body` in one BEGIN IMMEDIATE transaction: committed if it returns no error, else rolled
// back. IMMEDIATE takes the write lock at the start, so two copies of the game wait for each
// other (busy_timeout) instead of failing at commit.
template <typename Body>
DbError inTransaction(Database& db, Body&& body)
{
    if (DbError e = db.exec("BEGIN IMMEDIATE"))
        return e;
    DbError error = body();
    if (!error)
        error = db.exec("COMMIT");
    if (error)
        db.exec("ROLLBACK");
    return error;
}

} // namespace acq
