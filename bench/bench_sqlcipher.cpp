// What encryption costs the store: the same libsqlcipher and the same code path, with and
// without sqlite3_key. 10,000 inserts in one transaction, then 10,000 point reads by id. Then
// the encrypted runs again with the app's zeroing allocator (Database::useZeroingAllocator).

#include "benchreport.h"
#include "database.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <numeric>
#include <random>
#include <vector>

using namespace safehaven::bench;

namespace {

constexpr int kRows = 10'000;
constexpr int kRunsEach = 5;
constexpr double kTargetRatio = 1.3;
constexpr double kZeroingTargetRatio = 1.1; // zeroing freed memory vs. the encrypted store

[[noreturn]] void die(sqlite3 *db, const char *what)
{
    QTextStream(stderr) << "bench_sqlcipher: " << what << ": "
                        << (db ? sqlite3_errmsg(db) : "no connection") << Qt::endl;
    std::exit(1);
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        die(db, sql);
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        die(db, sql);
    return statement;
}

// A row the size of a real record: an id, ~100 bytes of text, a ~200-byte blob.
struct Rows
{
    std::vector<QByteArray> texts;
    std::vector<QByteArray> blobs;
    std::vector<int> readOrder; // shuffled once, the same for both variants
    qint64 totalBytes = 0;      // what the reads must return, as a check they really ran
};

Rows makeRows()
{
    Rows rows;
    std::mt19937 random(20240611);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int i = 0; i < kRows; ++i) {
        rows.texts.push_back(QByteArray("Placement note ") + QByteArray::number(i) + ' ' +
                             QByteArray(80, char('a' + i % 26)));
        QByteArray blob(200, '\0');
        for (char &c : blob)
            c = char(byte(random));
        rows.totalBytes += rows.texts.back().size() + blob.size();
        rows.blobs.push_back(blob);
    }
    rows.readOrder.resize(kRows);
    std::iota(rows.readOrder.begin(), rows.readOrder.end(), 1);
    std::shuffle(rows.readOrder.begin(), rows.readOrder.end(), random);
    return rows;
}

struct Timing
{
    double total = 0; // open, key, schema, inserts, reads, close
    double inserts = 0;
    double reads = 0;
    double cpu = 0; // process CPU time for the whole run: barely moved by other processes
};

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// One run on a fresh file.
Timing runOnce(const QString &path, const Rows &rows, bool encrypted)
{
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK)
        die(db, "open");
    // Refuse to compare anything unless SQLCipher itself is answering (as the app does).
    sqlite3_stmt *version = prepare(db, "PRAGMA cipher_version;");
    if (sqlite3_step(version) != SQLITE_ROW || sqlite3_column_bytes(version, 0) == 0)
        die(db, "SQLCipher is not the library answering");
    sqlite3_finalize(version);
    if (encrypted) {
        // The app's raw-key form: x'<64 hex digits>', 67 bytes, so no PBKDF2 runs. A fixed
        // benchmark key: nothing secret is stored.
        const QByteArray literal = "x'" + QByteArray(32, '\x5a').toHex() + "'";
        if (sqlite3_key(db, literal.constData(), int(literal.size())) != SQLITE_OK)
            die(db, "key");
        exec(db, safehaven::Database::kCipherPragmas);
    }
    // The app's other settings, applied to both so only the cipher differs.
    exec(db, safehaven::Database::kConnectionPragmas);
    exec(db, "CREATE TABLE records (id INTEGER PRIMARY KEY, note TEXT NOT NULL, body BLOB);");

    Timing timing;
    const qint64 insertStart = timer.nsecsElapsed();
    exec(db, "BEGIN IMMEDIATE;");
    sqlite3_stmt *insert = prepare(db, "INSERT INTO records (id, note, body) VALUES (?, ?, ?);");
    for (int i = 0; i < kRows; ++i) {
        const QByteArray &text = rows.texts[std::size_t(i)];
        const QByteArray &blob = rows.blobs[std::size_t(i)];
        sqlite3_bind_int64(insert, 1, i + 1);
        sqlite3_bind_text(insert, 2, text.constData(), int(text.size()), SQLITE_STATIC);
        sqlite3_bind_blob(insert, 3, blob.constData(), int(blob.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            die(db, "insert");
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    exec(db, "COMMIT;");
    const qint64 readStart = timer.nsecsElapsed();
    timing.inserts = double(readStart - insertStart) / 1e6;

    sqlite3_stmt *select = prepare(db, "SELECT note, body FROM records WHERE id = ?;");
    qint64 bytesRead = 0;
    for (int id : rows.readOrder) {
        sqlite3_bind_int64(select, 1, id);
        if (sqlite3_step(select) != SQLITE_ROW)
            die(db, "select");
        bytesRead += sqlite3_column_bytes(select, 0) + sqlite3_column_bytes(select, 1);
        sqlite3_reset(select);
    }
    sqlite3_finalize(select);
    timing.reads = double(timer.nsecsElapsed() - readStart) / 1e6;
    sqlite3_close_v2(db);
    timing.total = elapsedMs(timer);
    timing.cpu = cpuMs() - cpuStart;
    if (bytesRead != rows.totalBytes)
        die(nullptr, "reads came back short");
    return timing;
}

// Proof that the two variants differ as claimed: a plain file starts with the SQLite magic.
bool looksPlain(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

// Per-phase medians, so a bad ratio can be traced to writing or to reading.
void phases(const char *label, const QList<Timing> &runs)
{
    QList<double> inserts, reads, cpu;
    for (const Timing &t : runs) {
        inserts << t.inserts;
        reads << t.reads;
        cpu << t.cpu;
    }
    note(QStringLiteral("%1 medians: inserts+commit %2 ms, reads %3 ms, CPU time %4 ms")
             .arg(QLatin1String(label))
             .arg(summarize(inserts).median, 0, 'f', 1)
             .arg(summarize(reads).median, 0, 'f', 1)
             .arg(summarize(cpu).median, 0, 'f', 1));
}

double medianOf(const QList<Timing> &runs, double Timing::*field)
{
    QList<double> values;
    for (const Timing &t : runs)
        values << t.*field;
    return summarize(values).median;
}

} // namespace

int main()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        die(nullptr, "no temporary folder");
    const Rows rows = makeRows();

    // Interleaved (plain, encrypted, plain, ...) so drifts in machine load hit both alike. One
    // untimed pair first warms the library, the allocator and the file system.
    QList<Timing> plain, encrypted;
    for (int i = -1; i < kRunsEach; ++i) {
        const QString plainPath = dir.filePath(QStringLiteral("plain-%1.db").arg(i + 1));
        const QString encPath = dir.filePath(QStringLiteral("enc-%1.db").arg(i + 1));
        const Timing p = runOnce(plainPath, rows, false);
        const Timing e = runOnce(encPath, rows, true);
        if (!looksPlain(plainPath) || looksPlain(encPath))
            die(nullptr, "the encrypted file is not encrypted (or the plain one is)");
        QFile::remove(plainPath);
        QFile::remove(encPath);
        if (i >= 0) {
            plain << p;
            encrypted << e;
        }
    }

    QList<double> plainTotals, encryptedTotals;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        plainTotals << plain[i].total;
        encryptedTotals << encrypted[i].total;
    }
    const Summary base = summarize(plainTotals);
    const Summary enc = summarize(encryptedTotals);
    phases("unencrypted", plain);
    phases("encrypted", encrypted);
    note(QStringLiteral("CPU-time ratio (little moved by other load on the machine): %1 x")
             .arg(medianOf(encrypted, &Timing::cpu) / medianOf(plain, &Timing::cpu), 0, 'f', 2));
    human(QStringLiteral("unencrypted baseline (same libsqlcipher, no key), %1 inserts + %1 reads")
              .arg(kRows),
          base, kRunsEach);
    human(QStringLiteral("encrypted (raw 256-bit key, 4096-byte pages), %1 inserts + %1 reads")
              .arg(kRows),
          enc, kRunsEach);
    report("sqlcipher_overhead_ratio", enc.median / base.median, "x", kTargetRatio, 2);

    // What the app adds on top: SQLite's memory zeroed before it is freed (the decrypted page
    // cache among it). SQLite is shut down and started again with the zeroing allocator, then
    // the encrypted runs are repeated.
    if (sqlite3_shutdown() != SQLITE_OK || !safehaven::Database::useZeroingAllocator())
        die(nullptr, "the zeroing allocator could not be installed");
    QList<Timing> zeroing;
    for (int i = -1; i < kRunsEach; ++i) {
        const QString path = dir.filePath(QStringLiteral("zero-%1.db").arg(i + 1));
        const Timing z = runOnce(path, rows, true);
        QFile::remove(path);
        if (i >= 0)
            zeroing << z;
    }
    QList<double> zeroingTotals;
    for (const Timing &t : std::as_const(zeroing))
        zeroingTotals << t.total;
    const Summary zero = summarize(zeroingTotals);
    phases("encrypted, zeroing allocator", zeroing);
    note(QStringLiteral("CPU-time ratio, zeroing / encrypted: %1 x")
             .arg(medianOf(zeroing, &Timing::cpu) / medianOf(encrypted, &Timing::cpu), 0, 'f', 2));
    human(QStringLiteral("encrypted with SQLite's memory zeroed on free, %1 inserts + %1 reads")
              .arg(kRows),
          zero, kRunsEach);
    report("sqlcipher_zeroing_ratio", zero.median / enc.median, "x", kZeroingTargetRatio, 2);
    return 0;
}
