// Breach reporting end to end with the real relay and desk: a report written with no network
// waits in the outbox, goes at the next sync, reaches the desk exactly once with its two clocks
// (the council's target from the enrolment policy), is acknowledged, and the device shows it as
// received. Follow-ups are grouped under their report and concern reports come after breach
// reports; a volunteer's device can report too. No report text is readable in any file.
#include "e2eworld.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace safehaven::test;

namespace {

QJsonArray items(const Run &inbox)
{
    return inbox.json().object().value(QStringLiteral("items")).toArray();
}

QJsonObject reportNamed(const Run &reports, const QString &reportId)
{
    for (const QJsonValue &value : reports.json().array()) {
        if (value.toObject().value(QStringLiteral("reportId")).toString() == reportId)
            return value.toObject();
    }
    return {};
}

qint64 msOf(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestE2eBreach : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;
    QByteArrayList m_markers;

    EnrolledDevice registered(const QString &role, const QString &name,
                              const QStringList &deskOptions = {})
    {
        EnrolledDevice device = m_world.enrolDevice(role, name, deskOptions);
        if (device.id.isEmpty())
            return device;
        if (!m_world.device(device.dataDir, {QStringLiteral("sync")}).ok() ||
            !m_world.desk({QStringLiteral("inbox")}).ok() ||
            !m_world.device(device.dataDir, {QStringLiteral("sync")}).ok())
            device.id.clear();
        return device;
    }

    // A fresh marker, remembered for the check at the end.
    QByteArray remember(const char *what)
    {
        m_markers << marker(what);
        return m_markers.last();
    }

    QString reportFile(const QByteArray &json)
    {
        static int n = 0;
        return m_world.writeFile(QStringLiteral("report-%1.json").arg(++n), json);
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase()
    {
        m_world.stopRelay();
        // No marker is readable in any file of the run: devices, desk, relay.
        QDirIterator it(m_world.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &m : m_markers + personalFields())
                QVERIFY2(!bytes.contains(m), qPrintable(file.fileName()));
        }
    }

    void reportQueuedOfflineArrivesOnceWithClocksAndIsReceived()
    {
        const EnrolledDevice carer =
            registered(QStringLiteral("carer"), QStringLiteral("Offline Carer"),
                       {QStringLiteral("--breach-target-hours"), QStringLiteral("12")});
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));

        // No network: the relay is down. The report still queues at once.
        m_world.stopRelay();
        const QByteArray secret = marker("OFFLINE");
        m_markers << secret;
        Run queued = m_world.device(
            carer.dataDir, {QStringLiteral("report-breach"), QStringLiteral("--json"),
                            reportFile("{\"what\": \"Left the folder on the train " + secret +
                                       "\", \"kind\": \"lost\", \"formats\": [\"paper\"]}"),
                            QStringLiteral("--json")});
        QVERIFY2(queued.ok(), qPrintable(queued.describe()));
        const QString reportId =
            queued.json().object().value(QStringLiteral("reportId")).toString();
        QCOMPARE(reportId.size(), 32);
        (void)m_world.device(carer.dataDir, {QStringLiteral("sync")}); // reaches nothing
        Run waiting =
            m_world.device(carer.dataDir, {QStringLiteral("reports"), QStringLiteral("--json")});
        QVERIFY2(waiting.ok(), qPrintable(waiting.describe()));
        QCOMPARE(reportNamed(waiting, reportId).value(QStringLiteral("state")).toString(),
                 QStringLiteral("queued"));
        QCOMPARE(reportNamed(waiting, reportId).value(QStringLiteral("council")).toString(),
                 QStringLiteral("Council: 11 h left"));

        // Signal again: it goes, and the desk has it exactly once, with its clocks.
        QVERIFY(m_world.restartRelay().isEmpty());
        Run sync = m_world.device(carer.dataDir, {QStringLiteral("sync")});
        QVERIFY2(sync.ok(), qPrintable(sync.describe()));
        // A second sync must not send it again.
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int copies = 0;
        QJsonObject report;
        for (const QJsonValue &value : items(inbox)) {
            if (value.toObject().value(QStringLiteral("reportId")).toString() == reportId) {
                ++copies;
                report = value.toObject();
            }
        }
        QCOMPARE(copies, 1);
        QCOMPARE(report.value(QStringLiteral("device")).toString(), carer.id);
        const QJsonObject metadata = report.value(QStringLiteral("metadata")).toObject();
        const QJsonObject fields = metadata.value(QStringLiteral("report")).toObject();
        QVERIFY(
            fields.value(QStringLiteral("what")).toString().contains(QString::fromLatin1(secret)));
        const QJsonObject deadlines = report.value(QStringLiteral("deadlines")).toObject();
        QCOMPARE(deadlines.value(QStringLiteral("councilHours")).toInt(), 12);
        const qint64 discovered = qint64(fields.value(QStringLiteral("discoveredAt")).toDouble());
        // Shown to the second.
        QVERIFY(qAbs(msOf(deadlines.value(QStringLiteral("council"))) -
                     (discovered + 12 * 3600'000LL)) < 1000);
        QVERIFY(qAbs(msOf(deadlines.value(QStringLiteral("ico"))) -
                     (discovered + 72 * 3600'000LL)) < 1000);
        QVERIFY(!deadlines.value(QStringLiteral("councilOverdue")).toBool());
        Run again = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY(again.ok());
        for (const QJsonValue &value : items(again))
            QVERIFY(value.toObject().value(QStringLiteral("reportId")).toString() != reportId);

        // The council's ack reaches the device: "received".
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run after =
            m_world.device(carer.dataDir, {QStringLiteral("reports"), QStringLiteral("--json")});
        QVERIFY(after.ok());
        QCOMPARE(reportNamed(after, reportId).value(QStringLiteral("state")).toString(),
                 QStringLiteral("received"));
    }

    void inboxGroupsFollowUpsAndPutsConcernsAfterBreaches()
    {
        const EnrolledDevice carer =
            registered(QStringLiteral("carer"), QStringLiteral("Grouping"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        // A concern first, so that ordering is by kind and not by arrival.
        QVERIFY(m_world
                    .device(carer.dataDir,
                            {QStringLiteral("report-concern"), QStringLiteral("--json"),
                             reportFile("{\"situation\": \"harm-self\", \"what\": \"Said they "
                                        "want to hurt themselves " +
                                        remember("concern") + "\"}")})
                    .ok());
        Run first = m_world.device(carer.dataDir,
                                   {QStringLiteral("report-breach"), QStringLiteral("--json"),
                                    reportFile("{\"what\": \"Phone stolen " + remember("stolen") +
                                               "\", \"kind\": \"stolen\"}"),
                                    QStringLiteral("--json")});
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        const QString firstId = first.json().object().value(QStringLiteral("reportId")).toString();
        Run second = m_world.device(
            carer.dataDir,
            {QStringLiteral("report-breach"), QStringLiteral("--json"),
             reportFile("{\"what\": \"Letter to the wrong house " + remember("letter") + "\"}"),
             QStringLiteral("--json")});
        QVERIFY(second.ok());
        const QString secondId =
            second.json().object().value(QStringLiteral("reportId")).toString();
        Run followUp = m_world.device(
            carer.dataDir,
            {QStringLiteral("report-breach"), QStringLiteral("--json"),
             reportFile("{\"what\": \"Police crime number now known " + remember("follow") +
                        "\", \"crimeNumber\": "
                        "\"CR/77/26\", \"followUpOf\": \"" +
                        firstId.toLatin1() + "\"}"),
             QStringLiteral("--json")});
        QVERIFY2(followUp.ok(), qPrintable(followUp.describe()));
        const QString followUpId =
            followUp.json().object().value(QStringLiteral("reportId")).toString();
        // A follow-up of an unknown report is refused on the device.
        QVERIFY(
            !m_world
                 .device(carer.dataDir, {QStringLiteral("report-breach"), QStringLiteral("--json"),
                                         reportFile("{\"what\": \"x\", \"followUpOf\": "
                                                    "\"0000000000000000000000000000000a\"}")})
                 .ok());
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());

        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        const QJsonArray list = items(inbox);
        QStringList order;
        for (const QJsonValue &value : list) {
            const QJsonObject item = value.toObject();
            order << item.value(QStringLiteral("type")).toString() + QLatin1Char(':') +
                         item.value(QStringLiteral("reportId")).toString();
        }
        const QStringList expected{QStringLiteral("breach-report:") + firstId,
                                   QStringLiteral("breach-report:") + followUpId,
                                   QStringLiteral("breach-report:") + secondId};
        QCOMPARE(order.mid(0, 3), expected);
        QVERIFY(order.at(3).startsWith(QStringLiteral("concern-report:")));
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("confidentiality-concern"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("followUpOf")).toString(), firstId);
        QVERIFY(!list.at(1).toObject().contains(QStringLiteral("deadlines")));
        QVERIFY(list.at(0).toObject().contains(QStringLiteral("deadlines")));
        const QJsonArray grouped =
            inbox.json().object().value(QStringLiteral("breachReports")).toArray();
        QCOMPARE(grouped.size(), 2);
        QCOMPARE(grouped.at(0)
                     .toObject()
                     .value(QStringLiteral("followUps"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("reportId"))
                     .toString(),
                 followUpId);
    }

    void inboxTextListsBreachesWithClocksThenConcerns()
    {
        const EnrolledDevice carer = registered(QStringLiteral("carer"), QStringLiteral("Text"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(m_world
                    .device(carer.dataDir,
                            {QStringLiteral("report-concern"), QStringLiteral("--json"),
                             reportFile("{\"situation\": \"bullying\", \"what\": \"Being "
                                        "picked on at college " +
                                        remember("bullying") + "\"}")})
                    .ok());
        Run first = m_world.device(
            carer.dataDir,
            {QStringLiteral("report-breach"), QStringLiteral("--json"),
             reportFile("{\"what\": \"Left the diary at the GP " + remember("diary") + "\"}"),
             QStringLiteral("--json")});
        QVERIFY(first.ok());
        const QByteArray firstId =
            first.json().object().value(QStringLiteral("reportId")).toString().toLatin1();
        QVERIFY(m_world
                    .device(carer.dataDir,
                            {QStringLiteral("report-breach"), QStringLiteral("--json"),
                             reportFile("{\"what\": \"The GP has it safe " + remember("safe") +
                                        "\", \"followUpOf\": \"" + firstId + "\"}")})
                    .ok());
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        // Breach reports, the follow-up under its report, then concerns; clocks on the report
        // from the desk's policy value (12 h, set at an earlier enrol).
        const qsizetype breaches = inbox.out.indexOf("Breach reports (2):");
        const qsizetype clocks = inbox.out.indexOf("council (12 h): 11 h left");
        const qsizetype ico = inbox.out.indexOf("ICO (72 h): 71 h left");
        const qsizetype follow = inbox.out.indexOf("follow-up:");
        const qsizetype concerns = inbox.out.indexOf("Concern reports (1):");
        QVERIFY2(breaches >= 0 && clocks > breaches && ico > clocks && follow > ico &&
                     concerns > follow,
                 inbox.out.constData());
    }

    void lockScreenReportIsSealedUntilUnlockAndOpenedAtTheDesk()
    {
        const EnrolledDevice carer = registered(QStringLiteral("carer"), QStringLiteral("Locked"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QByteArray secret = marker("LOCKSCREEN");
        m_markers << secret;
        // No PIN: written on the lock screen, sealed to the council.
        Run lost = m_world.device(
            carer.dataDir,
            {QStringLiteral("report-lost"), QStringLiteral("--what"),
             QStringLiteral("Bag taken at the station ") + QString::fromLatin1(secret),
             QStringLiteral("--json")},
            QByteArray());
        QVERIFY2(lost.ok(), qPrintable(lost.describe()));
        const QString reportId = lost.json().object().value(QStringLiteral("reportId")).toString();
        QCOMPARE(reportId.size(), 32);
        QDirIterator files(carer.dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
        // The next unlock (any command with the PIN) queues it; a sync sends it once.
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        int copies = 0;
        for (const QJsonValue &value : items(inbox)) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("reportId")).toString() != reportId)
                continue;
            ++copies;
            const QJsonObject report = item.value(QStringLiteral("metadata"))
                                           .toObject()
                                           .value(QStringLiteral("report"))
                                           .toObject();
            QVERIFY(report.value(QStringLiteral("what"))
                        .toString()
                        .contains(QString::fromLatin1(secret)));
            QVERIFY(report.value(QStringLiteral("fromLockScreen")).toBool());
            QVERIFY(item.contains(QStringLiteral("deadlines")));
        }
        QCOMPARE(copies, 1);
        QVERIFY(m_world.device(carer.dataDir, {QStringLiteral("sync")}).ok());
        Run after =
            m_world.device(carer.dataDir, {QStringLiteral("reports"), QStringLiteral("--json")});
        QVERIFY(after.ok());
        QCOMPARE(reportNamed(after, reportId).value(QStringLiteral("state")).toString(),
                 QStringLiteral("received"));
        QVERIFY(reportNamed(after, reportId).value(QStringLiteral("sealed")).toBool());
    }

    void aVolunteersDeviceCanReportToo()
    {
        const EnrolledDevice volunteer =
            registered(QStringLiteral("volunteer"), QStringLiteral("Volunteer"));
        QVERIFY2(!volunteer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(m_world
                    .device(volunteer.dataDir,
                            {QStringLiteral("report-breach"), QStringLiteral("--json"),
                             reportFile("{\"what\": \"Overheard talking about " +
                                        QByteArray(FixturePerson::name) + " on the phone " +
                                        remember("overheard") + "\", \"kind\": \"overheard\"}")})
                    .ok());
        QVERIFY(m_world.device(volunteer.dataDir, {QStringLiteral("sync")}).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        const QJsonArray list = items(inbox);
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("breach-report"));
        QCOMPARE(list.first().toObject().value(QStringLiteral("device")).toString(), volunteer.id);
    }
};

QTEST_GUILESS_MAIN(TestE2eBreach)
#include "tst_e2e_breach.moc"
