// kill -9 in the middle of sync, again and again: afterwards the store opens with the same PIN,
// every document is there exactly once and whole, and every queued report reaches the council
// exactly once. Runs SAFEHAVEN_CRASH_RUNS kills per case (default 6 in CI; the nightly-style
// run sets 100).
#include "e2eworld.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <memory>

using namespace safehaven::test;

namespace {

int crashRuns()
{
    const int runs = qEnvironmentVariableIntValue("SAFEHAVEN_CRASH_RUNS");
    return runs > 0 ? runs : 6;
}

QJsonArray inboxItems(const Run &inbox)
{
    return inbox.json().object().value(QStringLiteral("items")).toArray();
}

} // namespace

class TestE2eCrash : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;

    // Starts `sync` and kills it with SIGKILL at a random moment between fromMs and toMs.
    void killSyncAtRandom(const EnrolledDevice &device, int fromMs, int toMs)
    {
        std::unique_ptr<QProcess> sync(
            m_world.startDevice(device.dataDir, {QStringLiteral("sync")}));
        QTest::qWait(QRandomGenerator::global()->bounded(fromMs, toMs));
        sync->kill(); // SIGKILL
        sync->waitForFinished(10000);
    }

    EnrolledDevice registeredCarer(const QString &name)
    {
        EnrolledDevice carer = m_world.enrolDevice(QStringLiteral("carer"), name);
        if (!carer.id.isEmpty() && (!m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok() ||
                                    !m_world.desk({QStringLiteral("inbox")}).ok()))
            carer.id.clear();
        return carer;
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_world.stopRelay(); }

    void documentsArriveWholeAndOnceDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        // Each round the council sends a few more documents and the sync is killed at a random
        // moment, so most kills land mid-download, mid-decrypt or mid-commit.
        QSet<QByteArray> expected;
        int count = 0;
        int killedMidSync = 0;
        // Most of a sync run is start-up and unlocking (Argon2id); aim the kills past that.
        QElapsedTimer unlockTime;
        unlockTime.start();
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("outbox")}).ok());
        const int unlockMs = int(unlockTime.elapsed());
        for (int run = 0; run < crashRuns(); ++run) {
            for (int i = 0; i < 6; ++i, ++count) {
                QByteArray noise(1024 * 1024 + count * 1000, Qt::Uninitialized);
                QRandomGenerator::global()->generate(noise.begin(), noise.end());
                const QByteArray content = personalDocument("crash", noise);
                expected.insert(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                const QString file =
                    m_world.writeFile(QStringLiteral("crash-%1.pdf").arg(count), content);
                Run sent =
                    m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"), carer.id,
                                  QStringLiteral("--service-user"), QStringLiteral("SU-0100"),
                                  QStringLiteral("--type"), QStringLiteral("medical-information"),
                                  QStringLiteral("--class"), QStringLiteral("high"), file});
                QVERIFY2(sent.ok(), qPrintable(sent.describe()));
            }
            killSyncAtRandom(carer, unlockMs * 3 / 4, unlockMs + 400);
            Run partial = m_world.device(carer.dataDir,
                                         {QStringLiteral("documents"), QStringLiteral("--json")});
            QVERIFY2(partial.ok(), qPrintable(partial.describe())); // the PIN still opens it
            killedMidSync += partial.json().array().size() < count;
        }
        qInfo() << killedMidSync << "of" << crashRuns() << "kills left documents still to fetch";
        QVERIFY2(killedMidSync > 0, "no kill landed before the sync finished");

        // Finish: the same PIN opens the store; everything arrives exactly once.
        for (int round = 0; round < 3; ++round)
            QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run documents =
            m_world.device(carer.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")});
        QVERIFY2(documents.ok(), qPrintable(documents.describe()));
        const QJsonArray list = documents.json().array();
        QCOMPARE(list.size(), count);
        QSet<QByteArray> digests;
        for (const QJsonValue &document : list) {
            Run digest = m_world.device(
                carer.dataDir, {QStringLiteral("digest"),
                                document.toObject().value(QStringLiteral("id")).toString()});
            QVERIFY2(digest.ok(), qPrintable(digest.describe()));
            digests.insert(digest.out.trimmed());
        }
        QCOMPARE(digests, expected);

        // The council hears one ack per document, never two.
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int acks = 0;
        for (const QJsonValue &item : inboxItems(inbox))
            acks +=
                item.toObject().value(QStringLiteral("type")).toString() == QLatin1String("ack");
        QCOMPARE(acks, count);
    }

    void queuedReportsReachTheCouncilOnceDespiteKills()
    {
        const EnrolledDevice carer = registeredCarer(QStringLiteral("Crash Reporter"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QElapsedTimer unlockTime;
        unlockTime.start();
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("outbox")}).ok());
        const int unlockMs = int(unlockTime.elapsed());
        const int count = 12;
        for (int i = 0; i < count; ++i) {
            const QString report =
                m_world.writeFile(QStringLiteral("report-%1.json").arg(i),
                                  QByteArray("{\"what\": \"Report number ") +
                                      QByteArray::number(i) + ' ' + marker("crash-report") + "\"}");
            Run queued = m_world.device(
                carer.dataDir, {QStringLiteral("report-breach"), QStringLiteral("--json"), report});
            QVERIFY2(queued.ok(), qPrintable(queued.describe()));
        }
        for (int run = 0; run < crashRuns(); ++run)
            killSyncAtRandom(carer, unlockMs * 3 / 4, unlockMs + 200);
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());

        Run outbox =
            m_world.device(carer.dataDir, {QStringLiteral("outbox"), QStringLiteral("--json")});
        QVERIFY(outbox.ok());
        int reports = 0;
        for (const QJsonValue &item : outbox.json().array()) {
            if (item.toObject().value(QStringLiteral("type")).toString() ==
                QLatin1String("breach-report")) {
                ++reports;
                QVERIFY(item.toObject().value(QStringLiteral("state")).toString() !=
                        QLatin1String("waiting"));
            }
        }
        QCOMPARE(reports, count);

        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int arrived = 0;
        for (const QJsonValue &item : inboxItems(inbox))
            arrived += item.toObject().value(QStringLiteral("type")).toString() ==
                       QLatin1String("breach-report");
        QCOMPARE(arrived, count);
    }
};

QTEST_GUILESS_MAIN(TestE2eCrash)
#include "tst_e2e_crash.moc"
