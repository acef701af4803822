#include "auditlog.h"
#include "securebuffer.h"
#include "vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using namespace safehaven::audit;

class TestAuditLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    void appendThree()
    {
        AuditLog log(db());
        QVERIFY(log.append(QStringLiteral("dev1"), QStringLiteral("document-opened"),
                           QStringLiteral("aa"), 1000)
                    .ok());
        QVERIFY(log.append(QStringLiteral("dev1"), QStringLiteral("checklist-completed"),
                           QStringLiteral("travel-car"), 2000)
                    .ok());
        QVERIFY(log.append(QStringLiteral("council"), QStringLiteral("document-purged"),
                           QStringLiteral("aa"), 3000)
                    .ok());
    }

private slots:
    void init()
    {
        const SecureBuffer key = SecureBuffer::random(32);
        QFile::remove(m_dir.filePath(QStringLiteral("v.db")));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("v.db")), key.bytes());
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message));
        m_vault = std::move(vault.value());
    }
    void cleanup() { m_vault.reset(); }

    void emptyTrailIsIntactWithZeroHead()
    {
        auto check = AuditLog(db()).verify();
        QVERIFY(check.ok());
        QVERIFY(check->intact);
        QCOMPARE(check->entries, qint64(0));
        QCOMPARE(check->head, QByteArray(32, '\0'));
    }

    void entriesChainAndVerify()
    {
        appendThree();
        AuditLog log(db());
        auto list = log.entries();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).seq, qint64(1));
        QCOMPARE(list->at(1).action, QStringLiteral("checklist-completed"));
        QCOMPARE(list->at(1).hash, AuditLog::entryHash(list->at(0).hash, list->at(1)));
        auto check = log.verify();
        QVERIFY(check.ok());
        QVERIFY(check->intact);
        QCOMPARE(check->entries, qint64(3));
        QCOMPARE(check->head, list->at(2).hash);
        QCOMPARE(log.head().value(), list->at(2).hash);
        QCOMPARE(log.entries(2)->size(), 1);
    }

    void changedEntryIsDetected_data()
    {
        QTest::addColumn<QByteArray>("tamper");
        QTest::addColumn<qint64>("broken");
        QTest::newRow("action changed")
            << QByteArray("UPDATE audit_log SET action = 'x' WHERE seq = 2;") << qint64(2);
        QTest::newRow("time changed")
            << QByteArray("UPDATE audit_log SET at_ms = 5 WHERE seq = 1;") << qint64(1);
        QTest::newRow("subject changed")
            << QByteArray("UPDATE audit_log SET subject = 'bb' WHERE seq = 3;") << qint64(3);
        QTest::newRow("entry removed")
            << QByteArray("DELETE FROM audit_log WHERE seq = 2;") << qint64(3);
        QTest::newRow("hash replaced")
            << QByteArray("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 1;") << qint64(1);
        QTest::newRow("reordered")
            << QByteArray("UPDATE audit_log SET seq = 9 WHERE seq = 1;") << qint64(2);
    }
    void changedEntryIsDetected()
    {
        QFETCH(QByteArray, tamper);
        QFETCH(qint64, broken);
        appendThree();
        QVERIFY(db().exec(tamper.constData()).ok());
        auto check = AuditLog(db()).verify();
        QVERIFY(check.ok());
        QVERIFY(!check->intact);
        QCOMPARE(check->firstBrokenSeq, broken);
    }

    void appendRollsBackWithItsTransaction()
    {
        AuditLog log(db());
        auto failed = db().inTransaction([&]() -> Status {
            if (auto added = log.append(QStringLiteral("dev1"), QStringLiteral("document-opened"),
                                        QStringLiteral("aa"), 1);
                !added)
                return added.error();
            return makeError(ErrorCode::StoreError, QStringLiteral("the action failed"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(log.entries()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
