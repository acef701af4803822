#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace safehaven {

// Plain words for ErrorCode::StoreFull and ErrorCode::StoreDamaged (what the carer sees).
QString storeFullMessage();
QString storeDamagedMessage();

class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt *statement) : m_statement(statement) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);

    // true while a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    [[nodiscard]] Status run(); // step to completion, for statements without rows
    // Calls `row` for each result row; stops at the first error, from SQLite or from `row`.
    [[nodiscard]] Status forEachRow(const std::function<Status()> &row);
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
};

// One SQLCipher connection through the C API. Opening refuses to continue unless SQLCipher
// itself answers (a plain SQLite loaded first would ignore the key and write plaintext).
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Settings applied to every connection before its first read, after the key. Public so
    // the benchmark applies exactly the same to its unencrypted baseline.
    static constexpr const char *kCipherPragmas = "PRAGMA cipher_page_size = 4096;";
    static constexpr const char *kConnectionPragmas =
        "PRAGMA temp_store = MEMORY;" // no temporary files, encrypted or not
        "PRAGMA secure_delete = ON;"  // deleted rows are overwritten, not left in free pages
        "PRAGMA foreign_keys = ON;"
        "PRAGMA cache_size = -8192;"   // 8 MiB of pages kept decrypted while unlocked
        "PRAGMA busy_timeout = 5000;"; // a second connection (a sync round) waits, not fails

    // SQLite's own memory (the decrypted page cache, blobs being read or bound, statement
    // buffers) is zeroed before it is freed: SQLCipher 3.x has no cipher_memory_security, so
    // this installs SQLite allocator methods that wipe each block in free and realloc. Called
    // by open() before the first connection; false if SQLite was already initialised with
    // other methods (then nothing changes). Public for the benchmark.
    static bool useZeroingAllocator();

    // rawKey must be 32 bytes. A wrong key gives ErrorCode::NotADatabase.
    [[nodiscard]] static Result<Database> open(const QString &path,
                                               std::span<const unsigned char> rawKey);

    [[nodiscard]] Status exec(const char *sql);
    [[nodiscard]] Result<Statement> prepare(const char *sql);
    // Prepares, binds and runs a statement that returns no rows.
    [[nodiscard]] Status run(const char *sql, const std::function<void(Statement &)> &bind = {});
    // Runs work inside BEGIN IMMEDIATE / COMMIT, rolling back if it fails.
    [[nodiscard]] Status inTransaction(const std::function<Status()> &work);

    [[nodiscard]] Result<qint64> queryInt(const char *sql);
    [[nodiscard]] Result<QString> queryText(const char *sql);

    void close();
    bool isOpen() const { return m_db != nullptr; }

private:
    explicit Database(sqlite3 *db) : m_db(db) {}
    Error lastError(const char *what) const;

    sqlite3 *m_db = nullptr;
};

} // namespace safehaven
