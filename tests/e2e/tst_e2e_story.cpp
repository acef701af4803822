// The two-device story end to end, as real processes: the council's desk, nginx as the relay,
// and devices driven by safehaven-cli. Enrol, receive a document, reply into an open channel,
// refuse a closed one, refuse a reused enrolment, wipe; and afterwards no marker is readable in
// any file the run created.
#include "e2eworld.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace safehaven::test;

namespace {

QJsonArray items(const Run &inbox)
{
    return inbox.json().object().value(QStringLiteral("items")).toArray();
}

QJsonArray refused(const Run &inbox)
{
    return inbox.json().object().value(QStringLiteral("refused")).toArray();
}

} // namespace

class TestE2eStory : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;
    QByteArrayList m_markers;

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_world.stopRelay(); }

    void wrongCodeEnrolsNothing()
    {
        const QString file = m_world.root() + QStringLiteral("/wrong-code.shen");
        Run enrol = m_world.desk({QStringLiteral("enrol"), QStringLiteral("--role"),
                                  QStringLiteral("carer"), QStringLiteral("--name"),
                                  QStringLiteral("Wrong Code"), QStringLiteral("--out"), file,
                                  QStringLiteral("--json")});
        QVERIFY2(enrol.ok(), qPrintable(enrol.describe()));
        const QString dataDir = m_world.root() + QStringLiteral("/device-wrong-code");
        Run device =
            m_world.device(dataDir, {QStringLiteral("enrol"), file, QStringLiteral("--code"),
                                     QStringLiteral("AAAA-AAAA-AAAA")});
        QCOMPARE(device.exitCode, 1);
        QVERIFY(device.err.contains("code"));
        QVERIFY(!QFile::exists(dataDir + QStringLiteral("/vault.db")));
    }

    void carerReceivesADocumentAndReplies()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Jo Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));

        Run sync =
            m_world.device(carer.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.ok(), qPrintable(sync.describe()));
        QCOMPARE(sync.json().object().value(QStringLiteral("sent")).toInt(), 1); // register

        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        QCOMPARE(items(inbox).size(), 1);
        QCOMPARE(items(inbox)[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("register"));

        const QByteArray docMarker = marker("DOC");
        m_markers << docMarker;
        const QByteArray content =
            "Risk management plan. " + docMarker + "\n" +
            personalDocument("doc",
                             QByteArray("Keep the kitchen door locked at night.\n").repeated(2000));
        const QString file = m_world.writeFile(QStringLiteral("risk-plan.txt"), content);
        Run sent =
            m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"), carer.id,
                          QStringLiteral("--service-user"), QStringLiteral("SU-0042"),
                          QStringLiteral("--type"), QStringLiteral("risk-management-plan"),
                          QStringLiteral("--class"), QStringLiteral("high"),
                          QStringLiteral("--retain-until"), QStringLiteral("2030-01-31"), file});
        QVERIFY2(sent.ok(), qPrintable(sent.describe()));

        sync = m_world.device(carer.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.ok(), qPrintable(sync.describe()));
        QVERIFY(sync.json().object().value(QStringLiteral("received")).toInt() >= 1);

        Run documents =
            m_world.device(carer.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")});
        QVERIFY2(documents.ok(), qPrintable(documents.describe()));
        const QJsonArray list = documents.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject document = list[0].toObject();
        QCOMPARE(document.value(QStringLiteral("type")).toString(),
                 QStringLiteral("risk-management-plan"));
        QCOMPARE(document.value(QStringLiteral("class")).toString(), QStringLiteral("high"));
        QCOMPARE(document.value(QStringLiteral("retainUntil")).toString(),
                 QStringLiteral("2030-01-31"));
        QVERIFY(!documents.out.contains(docMarker));

        Run digest =
            m_world.device(carer.dataDir, {QStringLiteral("digest"),
                                           document.value(QStringLiteral("id")).toString()});
        QVERIFY2(digest.ok(), qPrintable(digest.describe()));
        QCOMPARE(digest.out.trimmed(),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

        const QByteArray breachMarker = marker("BREACH");
        m_markers << breachMarker;
        const QString report = m_world.writeFile(
            QStringLiteral("report.json"), "{\"what\": \"Left the folder on the bus " +
                                               breachMarker + "\", \"formats\": [\"paper\"]}");
        Run queued = m_world.device(
            carer.dataDir, {QStringLiteral("report-breach"), QStringLiteral("--json"), report});
        QVERIFY2(queued.ok(), qPrintable(queued.describe()));
        sync = m_world.device(carer.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.ok(), qPrintable(sync.describe()));

        inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        const QJsonArray arrived = items(inbox);
        QVERIFY2(arrived.size() >= 2, qPrintable(inbox.describe()));
        QCOMPARE(arrived[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("breach-report")); // breach reports first
        QVERIFY(inbox.out.contains(breachMarker));

        // The council's ack comes back: the carer sees the report as received.
        sync = m_world.device(carer.dataDir, {QStringLiteral("sync")});
        QVERIFY2(sync.ok(), qPrintable(sync.describe()));
        Run outbox =
            m_world.device(carer.dataDir, {QStringLiteral("outbox"), QStringLiteral("--json")});
        QVERIFY2(outbox.ok(), qPrintable(outbox.describe()));
        bool reportReceived = false;
        for (const QJsonValue &item : outbox.json().array()) {
            if (item.toObject().value(QStringLiteral("type")).toString() ==
                QLatin1String("breach-report"))
                reportReceived = item.toObject().value(QStringLiteral("state")).toString() ==
                                 QLatin1String("received");
        }
        QVERIFY2(reportReceived, outbox.out.constData());
    }

    void repliesGoOnlyIntoChannelsTheCouncilOpened()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Channel Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QVERIFY(m_world.desk({QStringLiteral("inbox")}).ok());
        const QString evidence =
            m_world.writeFile(QStringLiteral("evidence.json"),
                              "{\"completions\": [{\"checklist\": \"travel\", \"version\": 1}]}");
        const QStringList sendEvidence{QStringLiteral("send-evidence"), QStringLiteral("--json"),
                                       evidence};

        // No channel for checklist evidence yet: the device has nowhere to write it.
        Run before = m_world.device(carer.dataDir, sendEvidence);
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains("not opened"), before.err.constData());

        Run opened = m_world.desk({QStringLiteral("channel"), QStringLiteral("open"),
                                   QStringLiteral("--to"), carer.id, QStringLiteral("--purpose"),
                                   QStringLiteral("Checklist audit"), QStringLiteral("--types"),
                                   QStringLiteral("checklist-evidence"), QStringLiteral("--json")});
        QVERIFY2(opened.ok(), qPrintable(opened.describe()));
        const QString channel = opened.json().object().value(QStringLiteral("channel")).toString();
        QVERIFY(!channel.isEmpty());
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run channels =
            m_world.device(carer.dataDir, {QStringLiteral("channels"), QStringLiteral("--json")});
        QVERIFY(channels.ok());
        QVERIFY(channels.out.contains("Checklist audit"));

        QVERIFY(m_world.device(carer.dataDir, sendEvidence).ok());
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int evidenceItems = 0;
        for (const QJsonValue &item : items(inbox))
            evidenceItems += item.toObject().value(QStringLiteral("type")).toString() ==
                             QLatin1String("checklist-evidence");
        QCOMPARE(evidenceItems, 1);

        // Queued while the council closes the channel: the desk refuses it on arrival...
        QVERIFY(m_world.device(carer.dataDir, sendEvidence).ok());
        Run closed = m_world.desk({QStringLiteral("channel"), QStringLiteral("close"), channel});
        QVERIFY2(closed.ok(), qPrintable(closed.describe()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        QCOMPARE(refused(inbox).size(), 1);
        for (const QJsonValue &item : items(inbox))
            QVERIFY(item.toObject().value(QStringLiteral("type")).toString() !=
                    QLatin1String("checklist-evidence"));

        // ...and once the close has arrived, the device refuses to write there at all.
        Run after = m_world.device(carer.dataDir, sendEvidence);
        QCOMPARE(after.exitCode, 1);
        QVERIFY(after.err.contains("not opened"));
    }

    void aReusedEnrolmentIsRefusedByTheCouncil()
    {
        const EnrolledDevice first =
            m_world.enrolDevice(QStringLiteral("volunteer"), QStringLiteral("Val Volunteer"));
        QVERIFY2(!first.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString copyDir = m_world.root() + QStringLiteral("/device-copy");
        Run copy = m_world.device(
            copyDir, {QStringLiteral("enrol"), first.file, QStringLiteral("--code"), first.code});
        QVERIFY2(copy.ok(), qPrintable(copy.describe())); // the file alone cannot tell
        QVERIFY(m_world.device(first.dataDir, {QStringLiteral("sync")}).ok());
        QVERIFY(m_world.device(copyDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int registered = 0;
        for (const QJsonValue &item : items(inbox))
            registered += item.toObject().value(QStringLiteral("type")).toString() ==
                          QLatin1String("register");
        QCOMPARE(registered, 1);
        QCOMPARE(refused(inbox).size(), 1);
    }

    void wipeShredsTheDeviceAndTheCouncilGetsAReceipt()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Lost Phone"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QVERIFY(m_world.desk({QStringLiteral("inbox")}).ok());
        Run wipe = m_world.desk({QStringLiteral("wipe"), QStringLiteral("--device"), carer.id});
        QVERIFY2(wipe.ok(), qPrintable(wipe.describe()));

        Run sync =
            m_world.device(carer.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(sync.ok(), qPrintable(sync.describe()));
        QCOMPARE(sync.json().object().value(QStringLiteral("wiped")).toBool(), true);
        QVERIFY(!QFile::exists(carer.dataDir + QStringLiteral("/vault.db")));
        Run after = m_world.device(carer.dataDir, {QStringLiteral("documents")});
        QCOMPARE(after.exitCode, 1);

        QVERIFY(m_world.desk({QStringLiteral("inbox")}).ok());
        Run devices = m_world.desk({QStringLiteral("devices"), QStringLiteral("--json")});
        QVERIFY(devices.ok());
        bool wiped = false;
        const QJsonValue list = devices.json().isArray()
                                    ? QJsonValue(devices.json().array())
                                    : devices.json().object().value(QStringLiteral("devices"));
        for (const QJsonValue &device : list.toArray()) {
            if (device.toObject().value(QStringLiteral("id")).toString() == carer.id)
                wiped = device.toObject().value(QStringLiteral("state")).toString() ==
                        QLatin1String("wiped");
        }
        QVERIFY2(wiped, devices.out.constData());
    }

    // MASVS-CODE-2: the desk raises the minimum app version; the device still syncs and
    // reports but opens no document until the minimum is lowered (or the app updated).
    void theCouncilCanRequireAnUpdate()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Update Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QVERIFY(m_world.desk({QStringLiteral("inbox")}).ok());
        const auto updateRequired = [&] {
            Run policy =
                m_world.device(carer.dataDir, {QStringLiteral("policy"), QStringLiteral("--json")});
            return policy.json().object().value(QStringLiteral("updateRequired"));
        };
        QCOMPARE(updateRequired(), QJsonValue(false));

        Run bad = m_world.desk({QStringLiteral("policy"), QStringLiteral("--minimum-app-version"),
                                QStringLiteral("latest")});
        QCOMPARE(bad.exitCode, 1); // the devices' own parser refuses it: nothing is sent
        Run raise = m_world.desk({QStringLiteral("policy"), QStringLiteral("--minimum-app-version"),
                                  QStringLiteral("999.0.0"), QStringLiteral("--json")});
        QVERIFY2(raise.ok(), qPrintable(raise.describe()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QCOMPARE(updateRequired(), QJsonValue(true));

        // Reporting still works below the minimum.
        Run report = m_world.device(carer.dataDir,
                                    {QStringLiteral("report-breach"), QStringLiteral("--json"),
                                     m_world.writeFile(QStringLiteral("update-report.json"),
                                                       "{\"what\": \"Phone left in a taxi\"}")});
        QVERIFY2(report.ok(), qPrintable(report.describe()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok() && inbox.out.contains("breach-report"), qPrintable(inbox.describe()));

        // Lowering it reaches the device at its next sync.
        Run lower = m_world.desk({QStringLiteral("policy"), QStringLiteral("--minimum-app-version"),
                                  QStringLiteral("none")});
        QVERIFY2(lower.ok(), qPrintable(lower.describe()));
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QCOMPARE(updateRequired(), QJsonValue(false));
    }

    void theCouncilsAttemptLimitHoldsAcrossRuns()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Strict Policy"),
                                {QStringLiteral("--attempt-limit"), QStringLiteral("3")});
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            Run wrong = m_world.device(carer.dataDir, {QStringLiteral("outbox")}, "999999");
            QCOMPARE(wrong.exitCode, 1);
        }
        QVERIFY(!QFile::exists(carer.dataDir + QStringLiteral("/vault.db")));
        Run right = m_world.device(carer.dataDir, {QStringLiteral("outbox")});
        QCOMPARE(right.exitCode, 1);
        QVERIFY2(right.err.contains("erased"), right.err.constData());
    }

    // Last: everything above left its folders behind under the root.
    void noMarkerIsReadableInAnyFileTheRunCreated()
    {
        QVERIFY(!m_markers.isEmpty());
        QByteArrayList needles = m_markers;
        needles << personalFields() << "Jo Carer"
                << "Keep the kitchen door locked"
                << "Left the folder on the bus";
        const QStringList leaks = filesContainingAny(m_world.root(), needles);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestE2eStory)
#include "tst_e2e_story.moc"
