// Every way a packet on the relay can be wrong, against the real relay and real processes:
// replayed, garbage, truncated, oversized, another device's, a newer version, or ahead of a
// missing one. Each is refused with a reason, nothing is stored, and good packets still flow.
#include "e2eworld.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace safehaven::test;

namespace {

QString hex(qsizetype chars)
{
    return QString::fromLatin1(randomBytes(chars / 2).toHex());
}

} // namespace

class TestE2eRejections : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;
    QTemporaryDir m_held;
    int m_documents = 0;

    // Sends one document and returns the name of its packet on the relay.
    QString sendDocument(const EnrolledDevice &device)
    {
        const QStringList before = m_world.packetsIn(device);
        const QString file =
            m_world.writeFile(QStringLiteral("doc-%1.txt").arg(++m_documents),
                              personalDocument("plan", "Plan " + randomBytes(64).toHex()));
        Run sent = m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"), device.id,
                                 QStringLiteral("--service-user"), QStringLiteral("SU-0007"),
                                 QStringLiteral("--type"), QStringLiteral("communication-plan"),
                                 QStringLiteral("--class"), QStringLiteral("medium"), file});
        if (!sent.ok())
            qWarning() << sent.describe();
        for (const QString &name : m_world.packetsIn(device)) {
            if (!before.contains(name))
                return name;
        }
        return {};
    }

    int documentCount(const EnrolledDevice &device)
    {
        Run run =
            m_world.device(device.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")});
        return run.ok() ? int(run.json().array().size()) : -1;
    }

    QString boxFile(const EnrolledDevice &device, const QString &name)
    {
        return m_world.deviceBoxDir(device.id) + QLatin1Char('/') + name;
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_world.stopRelay(); }

    void replayedPacketIsRefused()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString name = sendDocument(carer);
        QVERIFY(!name.isEmpty());
        const QString held = m_held.filePath(name);
        QVERIFY(QFile::copy(boxFile(carer, name), held));
        QCOMPARE(m_world.syncJson(carer).value(QStringLiteral("received")).toInt(), 1);
        QVERIFY(QFile::copy(held, boxFile(carer, name)));
        const QJsonObject report = m_world.syncJson(carer);
        QCOMPARE(report.value(QStringLiteral("refused")).toInt(), 1);
        QVERIFY2(syncNotes(report).contains(QStringLiteral("already received")),
                 qPrintable(syncNotes(report)));
        QCOMPARE(documentCount(carer), 1);
        QVERIFY(m_world.packetsIn(carer).isEmpty());
    }

    void garbageTruncatedAndNewerVersionAreRefused()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        // Garbage under a well-formed name.
        {
            QFile garbage(boxFile(carer, QStringLiteral("council-") + hex(32)));
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(randomBytes(5000));
        }
        // A real packet cut short, and one claiming a newer format.
        const QString truncated = sendDocument(carer);
        QVERIFY(!truncated.isEmpty());
        QFile cut(boxFile(carer, truncated));
        QVERIFY(cut.open(QIODevice::ReadWrite));
        const QByteArray whole = cut.readAll();
        QVERIFY(cut.resize(whole.size() - 100));
        cut.close();
        {
            QByteArray bytes = whole;
            bytes[4] = 2;
            QFile out(boxFile(carer, QStringLiteral("council-") + hex(32)));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const QJsonObject report = m_world.syncJson(carer);
        QCOMPARE(report.value(QStringLiteral("received")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("refused")).toInt(), 3);
        const QString reasons = syncNotes(report);
        QVERIFY2(reasons.contains(QStringLiteral("truncated")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("version 2")), qPrintable(reasons));
        QCOMPARE(documentCount(carer), 0);
        QVERIFY(m_world.packetsIn(carer).isEmpty());
    }

    void oversizedPacketIsRefusedUnread()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QFile huge(boxFile(carer, QStringLiteral("council-") + hex(32)));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(130) * 1024 * 1024)); // sparse: costs no disk
        huge.close();
        const QJsonObject report = m_world.syncJson(carer);
        QCOMPARE(report.value(QStringLiteral("refused")).toInt(), 1);
        QVERIFY2(syncNotes(report).contains(QStringLiteral("oversized")),
                 qPrintable(syncNotes(report)));
        QVERIFY(m_world.packetsIn(carer).isEmpty());
    }

    void anotherDevicesPacketIsRefused()
    {
        const EnrolledDevice first =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        const EnrolledDevice second =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!first.id.isEmpty() && !second.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString name = sendDocument(first);
        QVERIFY(!name.isEmpty());
        QDir().mkpath(m_world.deviceBoxDir(second.id));
        QVERIFY(QFile::rename(boxFile(first, name), boxFile(second, name)));
        const QJsonObject report = m_world.syncJson(second);
        QCOMPARE(report.value(QStringLiteral("refused")).toInt(), 1);
        QVERIFY2(syncNotes(report).contains(QStringLiteral("someone else")),
                 qPrintable(syncNotes(report)));
        QCOMPARE(documentCount(second), 0);
    }

    void packetAheadOfAMissingOneWaitsForIt()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString first = sendDocument(carer);
        const QString second = sendDocument(carer);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString held = m_held.filePath(first);
        QVERIFY(QFile::rename(boxFile(carer, first), held));
        QJsonObject report = m_world.syncJson(carer);
        QCOMPARE(report.value(QStringLiteral("received")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("waiting")).toBool(), true);
        QCOMPARE(m_world.packetsIn(carer), QStringList{second}); // left on the relay
        QVERIFY(QFile::rename(held, boxFile(carer, first)));
        report = m_world.syncJson(carer);
        QCOMPARE(report.value(QStringLiteral("received")).toInt(), 2);
        QCOMPARE(documentCount(carer), 2);
    }

    void deviceReplayIsRefusedByTheDesk()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString report =
            m_world.writeFile(QStringLiteral("replay.json"),
                              "{\"what\": \"Email to the wrong school " + marker("replay") + "\"}");
        QVERIFY(m_world
                    .device(carer.dataDir,
                            {QStringLiteral("report-breach"), QStringLiteral("--json"), report})
                    .ok());
        const QStringList before = QDir(m_world.councilBoxDir()).entryList(QDir::Files);
        m_world.syncJson(carer);
        QString sent;
        for (const QString &name : QDir(m_world.councilBoxDir()).entryList(QDir::Files)) {
            if (!before.contains(name) && name.startsWith(carer.id))
                sent = name;
        }
        QVERIFY(!sent.isEmpty());
        QVERIFY(
            QFile::copy(m_world.councilBoxDir() + QLatin1Char('/') + sent, m_held.filePath(sent)));
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        QVERIFY(
            QFile::copy(m_held.filePath(sent), m_world.councilBoxDir() + QLatin1Char('/') + sent));
        inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        const QJsonArray refused = inbox.json().object().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QVERIFY(!QFile::exists(m_world.councilBoxDir() + QLatin1Char('/') + sent));
    }
};

QTEST_GUILESS_MAIN(TestE2eRejections)
#include "tst_e2e_rejections.moc"
