// Permission to share end to end, as real processes (desk, nginx relay, two devices): the
// desk's `consent` reaches the carer and the volunteer holding the service user's documents;
// the carer's withdrawal in the field reaches the desk as consent-change; the council's
// withdrawal hides the volunteer's document at once and the next round shreds it with a
// "consent" disposal receipt, while the carer keeps theirs.
#include "e2eworld.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace safehaven::test;

namespace {

const QString kSu = QStringLiteral("SU-0077");

QJsonArray itemsOf(const Run &inbox, const QString &type)
{
    QJsonArray found;
    for (const QJsonValue &item : inbox.json().object().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("type")).toString() == type)
            found.append(item);
    }
    return found;
}

} // namespace

class TestE2eConsent : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;

    Run sync(const EnrolledDevice &device)
    {
        return m_world.device(device.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
    }
    QJsonArray documents(const EnrolledDevice &device)
    {
        Run run =
            m_world.device(device.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")});
        if (!run.ok())
            qWarning("%s", qPrintable(run.describe()));
        return run.json().array();
    }
    QJsonArray permissions(const EnrolledDevice &device)
    {
        Run run =
            m_world.device(device.dataDir, {QStringLiteral("consent"), QStringLiteral("--json")});
        if (!run.ok())
            qWarning("%s", qPrintable(run.describe()));
        return run.json().array();
    }
    void sendDocument(const EnrolledDevice &device, bool volunteer)
    {
        const QString file = m_world.writeFile(
            QStringLiteral("all-about-me.txt"),
            personalDocument("about-me", QByteArray("All about me.\n").repeated(50)));
        QStringList args{QStringLiteral("send-document"),
                         QStringLiteral("--to"),
                         device.id,
                         QStringLiteral("--service-user"),
                         kSu,
                         QStringLiteral("--type"),
                         QStringLiteral("all-about-me"),
                         QStringLiteral("--class"),
                         QStringLiteral("medium"),
                         QStringLiteral("--initials"),
                         QStringLiteral("TW")};
        if (volunteer)
            args << QStringLiteral("--volunteer");
        args << file;
        Run sent = m_world.desk(args);
        QVERIFY2(sent.ok(), qPrintable(sent.describe()));
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_world.stopRelay(); }

    void permissionWithdrawalAndPurge()
    {
        const EnrolledDevice carer =
            m_world.enrolDevice(QStringLiteral("carer"), QStringLiteral("Sam Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const EnrolledDevice volunteer =
            m_world.enrolDevice(QStringLiteral("volunteer"), QStringLiteral("Vic Volunteer"));
        QVERIFY2(!volunteer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(sync(carer).ok());
        QVERIFY(sync(volunteer).ok());
        QVERIFY(m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")}).ok());

        sendDocument(carer, false);
        sendDocument(volunteer, true);
        Run consent = m_world.desk(
            {QStringLiteral("consent"), QStringLiteral("--service-user"), kSu,
             QStringLiteral("--covers"), QStringLiteral("volunteers,family"),
             QStringLiteral("--capacity"), QStringLiteral("has"), QStringLiteral("--note"),
             QStringLiteral("Agreed with ") + QString::fromLatin1(FixturePerson::name) +
                 QStringLiteral(" at home ") + QString::fromLatin1(marker("consent-note")),
             QStringLiteral("--json")});
        QVERIFY2(consent.ok(), qPrintable(consent.describe()));
        QCOMPARE(consent.json().object().value(QStringLiteral("devices")).toArray().size(), 2);

        QVERIFY(sync(carer).ok());
        QVERIFY(sync(volunteer).ok());
        QCOMPARE(documents(volunteer).size(), 1);
        QCOMPARE(documents(carer).size(), 1);
        const QJsonArray held = permissions(carer);
        QCOMPARE(held.size(), 1);
        QCOMPARE(held[0].toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("current"));
        QCOMPARE(permissions(volunteer).size(), 1);

        // The carer records a withdrawal in the field: it reaches the desk as consent-change.
        Run withdraw = m_world.device(carer.dataDir,
                                      {QStringLiteral("consent"), QStringLiteral("withdraw"), kSu});
        QVERIFY2(withdraw.ok(), qPrintable(withdraw.describe()));
        QCOMPARE(permissions(carer)[0].toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("withdrawn"));
        QVERIFY(sync(carer).ok());
        Run inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        const QJsonArray changes = itemsOf(inbox, QStringLiteral("consent-change"));
        QCOMPARE(changes.size(), 1);
        const QJsonObject change =
            changes[0].toObject().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(change.value(QStringLiteral("serviceUser")).toString(), kSu);
        QVERIFY(change.value(QStringLiteral("change"))
                    .toObject()
                    .value(QStringLiteral("withdrawn"))
                    .toBool());
        // A volunteer's device cannot record one.
        QCOMPARE(m_world
                     .device(volunteer.dataDir,
                             {QStringLiteral("consent"), QStringLiteral("withdraw"), kSu})
                     .exitCode,
                 1);

        // The council sends the withdrawal to both devices.
        Run withdrawn =
            m_world.desk({QStringLiteral("consent"), QStringLiteral("--service-user"), kSu,
                          QStringLiteral("--withdrawn"), QStringLiteral("--json")});
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.describe()));
        QVERIFY(sync(volunteer).ok());
        QVERIFY(documents(volunteer).isEmpty()); // gone at once
        QVERIFY(permissions(volunteer).isEmpty());
        QVERIFY(sync(volunteer).ok()); // the next round shreds it and sends the receipt
        QVERIFY(sync(carer).ok());
        QCOMPARE(documents(carer).size(), 1); // the carer keeps the placement's documents

        inbox = m_world.desk({QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(inbox.ok(), qPrintable(inbox.describe()));
        const QJsonArray receipts = itemsOf(inbox, QStringLiteral("disposal-receipt"));
        QCOMPARE(receipts.size(), 1);
        const QJsonObject receipt = receipts[0].toObject();
        QCOMPARE(receipt.value(QStringLiteral("device")).toString(), volunteer.id);
        QCOMPARE(receipt.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("consent"));
        QCOMPARE(receipt.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("documents"))
                     .toArray()
                     .size(),
                 1);
        // The volunteer holds nothing now: a new permission goes to the carer only.
        Run again = m_world.desk({QStringLiteral("consent"), QStringLiteral("--service-user"), kSu,
                                  QStringLiteral("--covers"), QStringLiteral("family"),
                                  QStringLiteral("--json")});
        QVERIFY2(again.ok(), qPrintable(again.describe()));
        QCOMPARE(again.json().object().value(QStringLiteral("devices")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestE2eConsent)
#include "tst_e2e_consent.moc"
