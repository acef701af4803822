#include "database.h"

#include "logging.h"
#include "securebuffer.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <utility>

namespace safehaven {

namespace {

// SQLite's answer as an Error a carer can read: a full disk and a damaged store each have their
// own code and plain words; anything else keeps SQLite's text for the log-free caller.
Error storeError(int rc, int systemErrno)
{
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL ||
        (primary == SQLITE_IOERR && (systemErrno == ENOSPC || systemErrno == EDQUOT)))
        return makeError(ErrorCode::StoreFull, storeFullMessage());
    if (primary == SQLITE_CORRUPT)
        return makeError(ErrorCode::StoreDamaged, storeDamagedMessage());
    if (primary == SQLITE_NOTADB)
        return makeError(ErrorCode::NotADatabase, QString::fromUtf8(sqlite3_errstr(rc)));
    return makeError(ErrorCode::StoreError, QString::fromUtf8(sqlite3_errstr(rc)));
}

} // namespace

QString storeFullMessage()
{
    return QStringLiteral("Your phone is out of space, so Safe Haven could not save this. "
                          "Nothing you already had has been lost. Free up some space on the "
                          "phone, then try again.");
}

QString storeDamagedMessage()
{
    return QStringLiteral("The records on this phone are damaged, so Safe Haven can't read "
                          "them. Nothing has been deleted. Please contact your Shared Lives "
                          "officer.");
}

// ---- Statement ----

Statement::~Statement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3 *db = sqlite3_db_handle(m_statement);
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    const int systemErrno = db ? sqlite3_system_errno(db) : 0;
    qCWarning(lcVault) << "statement failed:" << extended << sqlite3_errstr(rc);
    return storeError(extended, systemErrno);
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return success();
    }
}

Status Statement::forEachRow(const std::function<Status()> &row)
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.error();
        if (!more.value())
            return success();
        if (auto taken = row(); !taken)
            return taken;
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

// ---- Database ----

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Error Database::lastError(const char *what) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const int systemErrno = m_db ? sqlite3_system_errno(m_db) : 0;
    qCWarning(lcVault) << what << "failed with SQLite code" << rc;
    return storeError(rc, systemErrno);
}

namespace {

// SQLCipher's raw-key form: the 67 characters x'<64 hex digits>', built in secure memory.
SecureBuffer rawKeyLiteral(std::span<const unsigned char> key)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    SecureBuffer literal(key.size() * 2 + 3);
    unsigned char *out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (unsigned char byte : key) {
        *out++ = static_cast<unsigned char>(hexDigits[byte >> 4]);
        *out++ = static_cast<unsigned char>(hexDigits[byte & 0xf]);
    }
    *out = '\'';
    return literal;
}

} // namespace

namespace {

// SQLite's default allocator, wrapped so that every block is zeroed before it goes back to the
// C library (where the next malloc, or anything reading freed memory, would find plaintext).
sqlite3_mem_methods g_systemMemory{};

void zeroingFree(void *block)
{
    if (block)
        sodium_memzero(block, std::size_t(g_systemMemory.xSize(block)));
    g_systemMemory.xFree(block);
}

void *zeroingRealloc(void *block, int size)
{
    if (!block)
        return g_systemMemory.xMalloc(size);
    // Always move, so the old block is wiped (realloc would free it as it is).
    void *moved = g_systemMemory.xMalloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, block, std::size_t(std::min(size, g_systemMemory.xSize(block))));
    zeroingFree(block);
    return moved;
}

} // namespace

bool Database::useZeroingAllocator()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        sqlite3_mem_methods system{};
        // The built-in methods are filled in by the first initialise; a shutdown keeps them and
        // allows configuring again (both are no-ops when nothing is open yet).
        if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &system) == SQLITE_OK && !system.xFree &&
            sqlite3_initialize() == SQLITE_OK && sqlite3_shutdown() == SQLITE_OK)
            (void)sqlite3_config(SQLITE_CONFIG_GETMALLOC, &system);
        if (!system.xFree || !system.xSize) {
            qCCritical(lcVault) << "SQLite's allocator could not be read; freed memory is not "
                                   "zeroed";
            return;
        }
        g_systemMemory = system;
        sqlite3_mem_methods zeroing = system;
        zeroing.xFree = zeroingFree;
        zeroing.xRealloc = zeroingRealloc;
        installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &zeroing) == SQLITE_OK;
        if (!installed)
            qCCritical(lcVault) << "SQLite was initialised before the zeroing allocator; freed "
                                   "memory is not zeroed";
    });
    return installed;
}

Result<Database> Database::open(const QString &path, std::span<const unsigned char> rawKey)
{
    if (rawKey.size() != 32)
        return makeError(ErrorCode::CryptoFailure, QStringLiteral("The store key is invalid."));
    useZeroingAllocator();

    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    Database db(handle);
    if (rc != SQLITE_OK)
        return db.lastError("open");

    // Refuse to go on unless SQLCipher (not a plain SQLite) is answering.
    auto cipher = db.queryText("PRAGMA cipher_version;");
    if (!cipher || cipher.value().isEmpty()) {
        qCCritical(lcVault) << "SQLCipher is not active in this process: refusing to open";
        return makeError(ErrorCode::CipherMissing,
                         QStringLiteral("The encrypted store is not available on this device."));
    }

    const SecureBuffer literal = rawKeyLiteral(rawKey);
    if (sqlite3_key(db.m_db, literal.data(), int(literal.size())) != SQLITE_OK)
        return db.lastError("key");

    // Settings that must precede the first read; then prove the key by reading the schema.
    for (const char *pragma : {kCipherPragmas, kConnectionPragmas}) {
        if (auto status = db.exec(pragma); !status)
            return status.error();
    }
    if (auto probe = db.queryInt("SELECT count(*) FROM sqlite_master;"); !probe)
        return probe.error();
    return db;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return lastError("exec");
    return success();
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return lastError("prepare");
    return Statement(statement);
}

Status Database::run(const char *sql, const std::function<void(Statement &)> &bind)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (bind)
        bind(*statement);
    return statement->run();
}

Status Database::inTransaction(const std::function<Status()> &work)
{
    if (auto begun = exec("BEGIN IMMEDIATE;"); !begun)
        return begun;
    Status result = work();
    if (!result) {
        (void)exec("ROLLBACK;");
        return result;
    }
    Status committed = exec("COMMIT;");
    if (!committed && !sqlite3_get_autocommit(m_db))
        (void)exec("ROLLBACK;"); // a full disk at COMMIT: nothing half-written stays
    return committed;
}

namespace {

// The first column of the first row, or `empty` when there is no row.
template <typename T, typename Read>
Result<T> firstValue(Result<Statement> statement, Read read, T empty)
{
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return row.value() ? read(statement.value()) : empty;
}

} // namespace

Result<qint64> Database::queryInt(const char *sql)
{
    return firstValue(
        prepare(sql), [](const Statement &s) { return s.int64(0); }, qint64(0));
}

Result<QString> Database::queryText(const char *sql)
{
    return firstValue(
        prepare(sql), [](const Statement &s) { return s.text(0); }, QString());
}

} // namespace safehaven
