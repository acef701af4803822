// MASVS-CODE-2: the council's minimum app version. Below it documents stay shut with a plain
// message; reports, sync and the lock carry on; a malformed minimum is refused and changes
// nothing.
#include "appversion.h"
#include "devicefixture.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "reportbook.h"
#include "syncstore.h"

#include <QCborMap>
#include <QCryptographicHash>
#include <QTest>

using namespace safehaven;
using namespace safehaven::test;

namespace {

const QString kActor = QStringLiteral("a1b2c3d4e5f60718293a4b5c");

QCborMap policyWithMinimum(const QString &minimum)
{
    QCborMap policy{{QStringLiteral("idleLockMaxSeconds"), 120},
                    {QStringLiteral("pinAttemptLimit"), 10},
                    {QStringLiteral("offlineGraceDays"), 14}};
    if (!minimum.isEmpty())
        policy.insert(QStringLiteral("minimumAppVersion"), minimum);
    return policy;
}

} // namespace

class TestAppVersion : public QObject
{
    Q_OBJECT

private:
    void storeDocument(DeviceFixture &device, const QString &id, const QByteArray &content)
    {
        sync::DocumentInfo info;
        info.id = id;
        info.serviceUser = QStringLiteral("SU-0001");
        info.initials = QStringLiteral("AM");
        info.kind = QStringLiteral("all-about-me");
        info.sensitivity = QStringLiteral("high");
        info.title = QStringLiteral("All about me");
        info.mime = QStringLiteral("text/plain");
        info.size = content.size();
        info.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
        info.receivedMs = kDayNow;
        sync::DocumentStore store(device.db());
        QVERIFY(store.begin(info).ok());
        QVERIFY(store.appendChunk(id, 0, content).ok());
    }

private slots:
    void versionsCompareByNumber()
    {
        const auto v = [](const char *text) { return sync::parseAppVersion(QLatin1String(text)); };
        QVERIFY(v("1.10.0") > v("1.9.0"));
        QVERIFY(v("2.0.0") > v("1.99.99"));
        QVERIFY(v("0.1.0") == v("0.1.0"));
        for (const char *bad :
             {"", "1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.2.3 ", "1000.0.0", "1.-2.3", "1..3"})
            QVERIFY2(!v(bad), bad);
        QVERIFY(sync::parseAppVersion(sync::runningAppVersion())); // this build's own
    }

    void policyBelowTheMinimumBlocksDocumentsButNotReports()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        const QByteArray content = "Likes the radio on in the morning.";
        storeDocument(device, QStringLiteral("doc-1"), content);
        library::DocumentAccess access(device.db());
        QCOMPARE(*access.open(QStringLiteral("doc-1"), kActor, kDayNow), content);
        const int auditBefore = device.count("SELECT count(*) FROM audit_log;");

        auto raised =
            device.deliver(sync::PacketType::Policy, policyWithMinimum(QStringLiteral("999.0.0")));
        QVERIFY2(raised.ok(), raised.ok() ? "" : qPrintable(raised.error().message));
        QVERIFY(raised->policyChanged);

        auto refused = access.open(QStringLiteral("doc-1"), kActor, kDayNow);
        QCOMPARE(refused.code(), ErrorCode::UpdateRequired);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Update it from your app store")),
                 qPrintable(refused.error().message));
        // Nothing was read or recorded as opened; the document is still held.
        QCOMPARE(device.count("SELECT count(*) FROM audit_log;"), auditBefore);
        QCOMPARE(device.count("SELECT count(*) FROM documents;"), 1);

        // A breach report still goes.
        reports::ReportBook book(device.db());
        auto draft = book.saveDraft({}, QCborMap{{QStringLiteral("what"), QStringLiteral("x")}}, {},
                                    kActor, kDayNow);
        QVERIFY(draft.ok());
        auto sent = book.send(draft->reportId, 24, kActor, kDayNow);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));

        // The council lowers it again: documents open.
        QVERIFY(device.deliver(sync::PacketType::Policy, policyWithMinimum({}), kDayNow + 1).ok());
        QCOMPARE(*access.open(QStringLiteral("doc-1"), kActor, kDayNow), content);
    }

    void aMalformedMinimumIsRefusedAndChangesNothing()
    {
        DeviceFixture device;
        QVERIFY(device.ok());
        QVERIFY(device.deliver(sync::PacketType::Policy, policyWithMinimum(QStringLiteral("0.0.1")))
                    .ok());
        for (const QString &bad : {QStringLiteral("latest"), QStringLiteral("2"),
                                   QStringLiteral("1.2.3-beta"), QStringLiteral("999999.0.0")}) {
            auto refused = device.deliver(sync::PacketType::Policy, policyWithMinimum(bad));
            QVERIFY2(!refused.ok(), qPrintable(bad));
            QCOMPARE(refused.code(), ErrorCode::Malformed);
        }
        auto identity = sync::SyncStore(device.db()).identity();
        QVERIFY(identity.ok());
        QCOMPARE(identity->enrolment.policy.minimumAppVersion, QStringLiteral("0.0.1"));
        QVERIFY(sync::checkAppVersion(device.db()).ok());
    }

    void theEnrolmentCarriesTheMinimum()
    {
        sync::EnrolmentPolicy policy;
        policy.minimumAppVersion = QStringLiteral("1.4.0");
        auto decoded = sync::parsePolicy(sync::policyCbor(policy), QStringLiteral("Policy"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->minimumAppVersion, QStringLiteral("1.4.0"));
        // None: the field is left out, as older desks wrote it.
        QVERIFY(!sync::policyCbor(sync::EnrolmentPolicy{})
                     .contains(QStringLiteral("minimumAppVersion")));
        QVERIFY(sync::checkAppVersion(policy, QStringLiteral("1.3.9")).code() ==
                ErrorCode::UpdateRequired);
        QVERIFY(sync::checkAppVersion(policy, QStringLiteral("1.4.0")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAppVersion)
#include "tst_appversion.moc"
