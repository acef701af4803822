#include "database.h"
#include "securebuffer.h"
#include "testdata.h"
#include "vault.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace safehaven;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void cipherVersionAnswers()
    {
        QTemporaryDir dir;
        const SecureBuffer key = SecureBuffer::random(32);
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), key.bytes());
        QVERIFY(db.ok());
        auto version = db->queryText("PRAGMA cipher_version;");
        QVERIFY(version.ok());
        QVERIFY(!version.value().isEmpty());
    }

    void wrongKeyGivesNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        const SecureBuffer key = SecureBuffer::random(32);
        const SecureBuffer wrong = SecureBuffer::random(32);
        {
            auto vault = Vault::create(path, key.bytes());
            QVERIFY(vault.ok());
        }
        auto db = Database::open(path, wrong.bytes());
        QVERIFY(!db.ok());
        QCOMPARE(db.code(), ErrorCode::NotADatabase);

        // The same through the bare C API: SQLITE_NOTADB (26), tested by code, not text.
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr),
            SQLITE_NOTADB);
        sqlite3_close(raw);
    }

    void wrongKeyLengthIsRefused()
    {
        QTemporaryDir dir;
        const SecureBuffer shortKey = SecureBuffer::random(16);
        QVERIFY(!Database::open(dir.filePath(QStringLiteral("a.db")), shortKey.bytes()).ok());
    }

    // Rows with a unique marker are written; neither the marker nor SQLite's plaintext header
    // appears in any file under the data folder.
    void nothingInPlaintextOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vault.db"));
        const SecureBuffer key = SecureBuffer::random(32);
        const QByteArray marker = "MARKER-7f3a9c-Jane-Doe-NHS-943-476-5919";
        {
            auto vault = Vault::create(path, key.bytes());
            QVERIFY(vault.ok());
            for (int i = 0; i < 200; ++i) {
                QVERIFY((*vault)
                            ->setSetting(QStringLiteral("note-%1").arg(i),
                                         marker + QByteArray::number(i), i)
                            .ok());
                QVERIFY((*vault)->recordEvent(QString::fromLatin1(marker), i).ok());
            }
        }
        QCOMPARE(test::filesContaining(dir.path(), marker), QStringList());
        QCOMPARE(test::filesContaining(dir.path(), "SQLite format 3"), QStringList());

        // And the marker is really in there, for whoever holds the key.
        auto reopened = Vault::open(path, key.bytes());
        QVERIFY(reopened.ok());
        auto value = (*reopened)->setting(QStringLiteral("note-7"));
        QVERIFY(value.ok());
        QCOMPARE(value.value(), marker + "7");
    }

    // A plaintext SQLite file dropped in place of the store is not accepted.
    void plaintextFileIsNotAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t(x);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        const SecureBuffer key = SecureBuffer::random(32);
        QCOMPARE(Database::open(path, key.bytes()).code(), ErrorCode::NotADatabase);
    }

    void transactionRollsBackOnFailure()
    {
        QTemporaryDir dir;
        const SecureBuffer key = SecureBuffer::random(32);
        auto vault = Vault::create(dir.filePath(QStringLiteral("v.db")), key.bytes());
        QVERIFY(vault.ok());
        Database &db = (*vault)->database();
        const Status failed = db.inTransaction([&]() -> Status {
            if (auto inserted = (*vault)->recordEvent(QStringLiteral("x"), 1); !inserted)
                return inserted;
            return makeError(ErrorCode::StoreError, QStringLiteral("boom"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(db.queryInt("SELECT count(*) FROM audit_events;").value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
