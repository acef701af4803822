// Placement end and evidence end to end, as real processes (desk, nginx relay, safehaven-cli):
// the council ends a placement, the carer gives back each paper item and the desk receives the
// "paper-returned" receipt; audit digests reach the desk; new checklist content published at
// the desk reaches the device; and an audit row changed (then removed) on the device is
// reported as tampering at the desk.
#include "e2eworld.h"
#include "lockmachine.h"
#include "platformsecretstore.h"
#include "systemclock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace safehaven;
using namespace safehaven::test;

namespace {

const QByteArray kPin = QByteArrayLiteral("482915");

QJsonArray items(const Run &inbox)
{
    return inbox.json().object().value(QStringLiteral("items")).toArray();
}

QList<QJsonObject> ofType(const Run &inbox, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &item : items(inbox)) {
        if (item.toObject().value(QStringLiteral("type")).toString() == type)
            found << item.toObject();
    }
    return found;
}

// Runs SQL on a device's vault from outside the app, as someone holding the unlocked store.
QString tamper(const QString &dataDir, const char *sql)
{
    auto store = makePlatformSecretStore();
    SystemClock clock;
    LockMachine lock(dataDir, *store, clock);
    lock.start();
    const auto pin = std::span<const unsigned char>(
        reinterpret_cast<const unsigned char *>(kPin.constData()), std::size_t(kPin.size()));
    if (auto unlocked = lock.unlock(pin); !unlocked)
        return unlocked.error().message;
    const Status ran = lock.vault()->database().exec(sql);
    lock.lock(LockReason::UserRequest);
    return ran ? QString() : ran.error().message;
}

} // namespace

class TestE2eEvidence : public QObject
{
    Q_OBJECT

    E2eWorld m_world;
    EnrolledDevice m_carer;

    Run sync() { return m_world.device(m_carer.dataDir, {QStringLiteral("sync")}, kPin); }
    Run inbox() { return m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")}); }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_carer = m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Evidence Carer"));
        QVERIFY2(!m_carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(sync().ok());
        QVERIFY(inbox().ok());
    }
    void cleanupTestCase() { m_world.stopRelay(); }

    void placementEndThenPaperReturnedReachesTheDesk()
    {
        const QString file =
            m_world.writeFile(QStringLiteral("plan.txt"), personalDocument("plan", "A plan."));
        Run sent = m_world.desk(
            {QStringLiteral("send-document"), QStringLiteral("--to"), m_carer.id,
             QStringLiteral("--service-user"), QStringLiteral("SU-0070"), QStringLiteral("--type"),
             QStringLiteral("risk-management-plan"), QStringLiteral("--class"),
             QStringLiteral("high"), QStringLiteral("--initials"), QStringLiteral("PT"), file});
        QVERIFY2(sent.ok(), qPrintable(sent.describe()));
        QVERIFY(sync().ok());

        // The carer lists the paper originals; a name is refused.
        Run named =
            m_world.device(m_carer.dataDir,
                           {QStringLiteral("paper"), QStringLiteral("add"), QStringLiteral("PT"),
                            QStringLiteral("Pat Taylor's folder"), QStringLiteral("locked drawer")},
                           kPin);
        QCOMPARE(named.exitCode, 1);
        QStringList ids;
        for (const char *what : {"care plan folder", "medication sheets"}) {
            Run added = m_world.device(m_carer.dataDir,
                                       {QStringLiteral("paper"), QStringLiteral("add"),
                                        QStringLiteral("PT"),
                                        QString::fromLatin1(what) + QLatin1Char(' ') +
                                            QString::fromLatin1(marker("paper")),
                                        QStringLiteral("locked drawer"), QStringLiteral("--json")},
                                       kPin);
            QVERIFY2(added.ok(), qPrintable(added.describe()));
            QCOMPARE(added.json().object().value(QStringLiteral("serviceUser")).toString(),
                     QStringLiteral("SU-0070")); // from the document held for PT
            ids << QString::number(added.json().object().value(QStringLiteral("id")).toInt());
        }

        Run ended =
            m_world.desk({QStringLiteral("end-placement"), QStringLiteral("--device"), m_carer.id,
                          QStringLiteral("--service-user"), QStringLiteral("SU-0070")});
        QVERIFY2(ended.ok(), qPrintable(ended.describe()));
        QVERIFY(sync().ok()); // purge and placement-end receipt
        Run documents = m_world.device(
            m_carer.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")}, kPin);
        QCOMPARE(documents.json().array().size(), 0);

        Run first = m_world.device(m_carer.dataDir,
                                   {QStringLiteral("paper"), QStringLiteral("return"), ids.at(0),
                                    QStringLiteral("--json")},
                                   kPin);
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        QCOMPARE(first.json().object().value(QStringLiteral("receiptQueued")).toBool(), false);
        Run last = m_world.device(m_carer.dataDir,
                                  {QStringLiteral("paper"), QStringLiteral("return"), ids.at(1),
                                   QStringLiteral("--json")},
                                  kPin);
        QVERIFY2(last.ok(), qPrintable(last.describe()));
        QCOMPARE(last.json().object().value(QStringLiteral("receiptQueued")).toBool(), true);
        QVERIFY(sync().ok());

        Run received = inbox();
        QVERIFY2(received.ok(), qPrintable(received.describe()));
        QStringList reasons;
        QJsonObject paperReceipt;
        for (const QJsonObject &item : ofType(received, QStringLiteral("disposal-receipt"))) {
            const QJsonObject m = item.value(QStringLiteral("metadata")).toObject();
            reasons << m.value(QStringLiteral("reason")).toString();
            if (m.value(QStringLiteral("reason")).toString() == QLatin1String("paper-returned"))
                paperReceipt = m;
        }
        QVERIFY2(reasons.contains(QStringLiteral("placement-end")), received.out.constData());
        QVERIFY2(reasons.contains(QStringLiteral("paper-returned")), received.out.constData());
        QCOMPARE(paperReceipt.value(QStringLiteral("serviceUser")).toString(),
                 QStringLiteral("SU-0070"));
        QCOMPARE(paperReceipt.value(QStringLiteral("documents")).toArray().size(), 2);
        // The carer's descriptions never leave the device.
        QVERIFY(!received.out.contains("care plan folder"));

        // The digest came with the round: the purges and the paper are on the trail.
        const auto digests = ofType(received, QStringLiteral("audit-digest"));
        QVERIFY2(!digests.isEmpty(), received.out.constData());
        const QJsonObject latest = digests.last();
        QVERIFY(latest.value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("intact"))
                    .toBool());
        QVERIFY(latest.value(QStringLiteral("findings")).toArray().isEmpty());
        Run audit = m_world.device(m_carer.dataDir,
                                   {QStringLiteral("audit"), QStringLiteral("--json")}, kPin);
        QVERIFY2(audit.ok(), qPrintable(audit.describe()));
        QCOMPARE(audit.json().object().value(QStringLiteral("count")).toInt(),
                 latest.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt());
        // The human inbox says it in words.
        Run devices = m_world.desk({QStringLiteral("devices")});
        QVERIFY(devices.out.contains("audit trail:"));
    }

    void publishedChecklistsReachTheDevice()
    {
        const QString content = m_world.writeFile(
            QStringLiteral("checklists.json"),
            R"({"version": 3, "checklists": [{"id": "council-return", "title": "Returning paperwork",
                "moment": "placement-end", "roles": ["carer"],
                "items": [{"id": "gather", "text": "Gather every paper record."}]}]})");
        const QString bad =
            m_world.writeFile(QStringLiteral("bad.json"), R"({"version": 4, "checklists": []})");
        Run refused = m_world.desk({QStringLiteral("checklists"), QStringLiteral("publish"), bad});
        QCOMPARE(refused.exitCode, 1);
        Run published = m_world.desk({QStringLiteral("checklists"), QStringLiteral("publish"),
                                      content, QStringLiteral("--json")});
        QVERIFY2(published.ok(), qPrintable(published.describe()));
        QVERIFY(sync().ok());
        Run checklists = m_world.device(
            m_carer.dataDir, {QStringLiteral("checklists"), QStringLiteral("--json")}, kPin);
        QVERIFY2(checklists.ok(), qPrintable(checklists.describe()));
        QCOMPARE(checklists.json().object().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(checklists.json().object().value(QStringLiteral("source")).toString(),
                 QStringLiteral("council"));
    }

    void aTamperedTrailIsReportedAtTheDesk()
    {
        QVERIFY(inbox().ok()); // everything so far taken in
        // Someone with the unlocked store rewrites the first entry of the trail.
        QCOMPARE(tamper(m_carer.dataDir, "UPDATE audit_log SET subject = 'other' WHERE seq = 1;"),
                 QString());
        Run audit = m_world.device(m_carer.dataDir,
                                   {QStringLiteral("audit"), QStringLiteral("--json")}, kPin);
        QCOMPARE(audit.exitCode, 1); // the device sees its own chain broken
        QCOMPARE(audit.json().object().value(QStringLiteral("intact")).toBool(), false);
        QVERIFY(sync().ok());
        Run broken = inbox();
        QVERIFY2(broken.ok(), qPrintable(broken.describe()));
        const auto digests = ofType(broken, QStringLiteral("audit-digest"));
        QCOMPARE(digests.size(), 1);
        QCOMPARE(digests.first().value(QStringLiteral("findings")).toArray().first().toString(),
                 QStringLiteral("chain-broken"));
        Run text = m_world.desk({QStringLiteral("devices")});
        QVERIFY2(text.out.contains("TAMPERING"), text.out.constData());

        // Then the tail is cut off and the chain made to look whole: only the desk can tell.
        QCOMPARE(tamper(m_carer.dataDir, "DELETE FROM audit_log;"), QString());
        QVERIFY(m_world.device(m_carer.dataDir, {QStringLiteral("audit")}, kPin).ok());
        QVERIFY(sync().ok());
        Run cut = inbox();
        const auto after = ofType(cut, QStringLiteral("audit-digest"));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("findings")).toArray().first().toString(),
                 QStringLiteral("count-went-down"));
        QVERIFY(cut.out.isEmpty() == false);
        Run human = m_world.desk({QStringLiteral("devices")});
        QVERIFY(human.out.contains("shorter than it was"));
    }
};

QTEST_GUILESS_MAIN(TestE2eEvidence)
#include "tst_e2e_evidence.moc"
