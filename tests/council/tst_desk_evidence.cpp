// The desk's side of placement end and evidence (docs/placement-end-and-evidence.md): each
// device's audit digests compared with the ones before (a shorter trail, a rewritten one, a
// chain the device found broken), the strict digest and paper-returned metadata, and
// `checklists publish` refusing a bad file and reaching every device.
#include "checklistcontent.h"
#include "deskaudit.h"
#include "deskcommands.h"
#include "deskinbox.h"
#include "deskstore.h"
#include "enrolment.h"
#include "packetcodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using namespace safehaven::desk;
using sync::PacketType;

Q_DECLARE_METATYPE(QCborMap)

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("a long desk passphrase for tests");
constexpr qint64 kNow = 1'800'000'000'000;

std::span<const unsigned char> bytesOf(const QByteArray &b)
{
    return {reinterpret_cast<const unsigned char *>(b.constData()), std::size_t(b.size())};
}

struct FakeDevice
{
    sync::Enrolment enrolment;
    QByteArray id;
    sync::KeyPairs keys = sync::KeyPairs::generate();
    quint64 sequence = 0;
    QString name() const { return sync::partyName(id); }
};

QByteArray head(char fill)
{
    return QByteArray(32, fill);
}

QCborMap digest(qint64 count, const QByteArray &headBytes, bool intact = true, qint64 brokenAt = 0)
{
    QCborMap m{{QStringLiteral("head"), headBytes},
               {QStringLiteral("count"), count},
               {QStringLiteral("intact"), intact}};
    if (brokenAt)
        m.insert(QStringLiteral("brokenAt"), brokenAt);
    return m;
}

} // namespace

class TestDeskEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<DeskStore> m_store;
    int m_enrolled = 0;
    DeskStore &store() { return *m_store; }

    FakeDevice enrol()
    {
        EnrolOptions o;
        o.role = QStringLiteral("carer");
        o.name = QStringLiteral("Device %1").arg(m_enrolled);
        o.outFile = m_tmp.filePath(QStringLiteral("device%1.shen").arg(++m_enrolled));
        auto made = runEnrol(store(), o, kNow);
        if (!made)
            qFatal("enrol failed: %s", qPrintable(made.error().message));
        QFile file(o.outFile);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no enrolment file");
        auto opened = sync::openEnrolmentFile(
            file.readAll(), made->json.toObject().value(QStringLiteral("code")).toString());
        if (!opened)
            qFatal("enrolment file does not open");
        FakeDevice device;
        device.enrolment = *opened;
        device.id = QByteArray::fromHex(opened->deviceId.toLatin1());
        return device;
    }

    QByteArray packet(FakeDevice &device, PacketType type, const QCborMap &metadata)
    {
        sync::OutgoingPacket p;
        p.type = type;
        p.sender = device.id;
        p.recipient = sync::councilPartyId();
        p.channel = device.enrolment.controlChannel;
        p.sequence = ++device.sequence;
        p.createdMs = kNow;
        p.metadata = metadata;
        auto sealed =
            sync::sealPacket(p, device.keys.signSecret, device.enrolment.councilBoxPublic);
        if (!sealed)
            qFatal("seal failed");
        return sealed->bytes;
    }

    FakeDevice registered()
    {
        FakeDevice device = enrol();
        auto accepted = DeskInbox(store()).accept(
            packet(device, PacketType::Register,
                   QCborMap{{QStringLiteral("token"), device.enrolment.registrationToken},
                            {QStringLiteral("sign"), device.keys.signPublic},
                            {QStringLiteral("box"), device.keys.boxPublic},
                            {QStringLiteral("role"), device.enrolment.role}}),
            QString(), kNow);
        if (!accepted)
            qFatal("register refused");
        return device;
    }

    // Accepts a digest and returns its findings.
    QStringList sendDigest(FakeDevice &device, const QCborMap &metadata)
    {
        auto accepted =
            DeskInbox(store()).accept(packet(device, PacketType::AuditDigest, metadata), {}, kNow);
        if (!accepted) {
            qWarning("digest refused: %s", qPrintable(accepted.error().message));
            return {QStringLiteral("refused")};
        }
        return digestFindings(store(), accepted->packetId).value();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }

    QByteArray contentJson(int version)
    {
        checklists::ChecklistSet set;
        set.version = version;
        set.checklists << checklists::Checklist{
            QStringLiteral("council-return"),
            QStringLiteral("Returning paperwork"),
            QStringLiteral("Everything goes back."),
            QStringLiteral("placement-end"),
            {QStringLiteral("carer")},
            {{QStringLiteral("gather"), QStringLiteral("Gather every paper record.")}}};
        return QJsonDocument(QCborValue(checklists::toCbor(set)).toJsonValue().toObject()).toJson();
    }

private slots:
    void initTestCase()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("desk"));
        InitOptions o;
        o.relayUrl = QStringLiteral("https://127.0.0.1:1/"); // nothing answers: delivery waits
        o.officerName = QStringLiteral("Officer");
        o.officerPhone = QStringLiteral("01234 567890");
        QVERIFY(runInit(dir, bytesOf(kPassphrase), o).ok());
        auto opened = DeskStore::open(dir, bytesOf(kPassphrase));
        QVERIFY(opened.ok());
        m_store.emplace(std::move(opened).value());
    }

    void aGrowingTrailShowsNothing()
    {
        FakeDevice device = registered();
        QCOMPARE(sendDigest(device, digest(3, head('a'))), QStringList());
        QCOMPARE(sendDigest(device, digest(5, head('b'))), QStringList());
        auto audit = deviceAudit(store(), device.name());
        QVERIFY(audit->any);
        QCOMPARE(audit->count, 5);
        QVERIFY(audit->findings.isEmpty());
        QVERIFY(!runDevices(store())->text.contains(QStringLiteral("TAMPERING")));
    }

    void aShorterTrailIsTampering()
    {
        FakeDevice device = registered();
        QCOMPARE(sendDigest(device, digest(5, head('a'))), QStringList());
        QCOMPARE(sendDigest(device, digest(4, head('c'))),
                 QStringList{QString::fromLatin1(kFindingCountDown)});
        // Still reported on the device afterwards, whatever comes next.
        QCOMPARE(sendDigest(device, digest(6, head('d'))), QStringList());
        QCOMPARE(deviceAudit(store(), device.name())->findings,
                 QStringList{QString::fromLatin1(kFindingCountDown)});
        const CommandOutput devices = runDevices(store()).value();
        QVERIFY(devices.text.contains(QStringLiteral("TAMPERING")));
        QVERIFY(devices.text.contains(QStringLiteral("shorter")));
    }

    void aDifferentHeadForALengthSeenIsTampering()
    {
        FakeDevice device = registered();
        QCOMPARE(sendDigest(device, digest(2, head('a'))), QStringList());
        QCOMPARE(sendDigest(device, digest(4, head('b'))), QStringList());
        // Rewritten from entry 1 and grown back past where it was: the old length shows it.
        QCOMPARE(sendDigest(device, digest(2, head('x'))),
                 (QStringList{QString::fromLatin1(kFindingCountDown),
                              QString::fromLatin1(kFindingHeadChanged)}));
        QCOMPARE(sendDigest(device, digest(4, head('y'))),
                 QStringList{QString::fromLatin1(kFindingHeadChanged)});
        // The same digest again is not a finding.
        QCOMPARE(sendDigest(device, digest(4, head('b'))), QStringList());
    }

    void aBrokenChainIsReported()
    {
        FakeDevice device = registered();
        QCOMPARE(sendDigest(device, digest(7, head('a'), false, 3)),
                 QStringList{QString::fromLatin1(kFindingChainBroken)});
        const QJsonObject json = runDevices(store())->json.toObject();
        bool found = false;
        for (const QJsonValue &d : json.value(QStringLiteral("devices")).toArray()) {
            if (d.toObject().value(QStringLiteral("id")).toString() != device.name())
                continue;
            found = true;
            QCOMPARE(d.toObject()
                         .value(QStringLiteral("audit"))
                         .toObject()
                         .value(QStringLiteral("findings"))
                         .toArray()
                         .first()
                         .toString(),
                     QString::fromLatin1(kFindingChainBroken));
        }
        QVERIFY(found);
    }

    void digestMetadataIsStrict_data()
    {
        QTest::addColumn<QCborMap>("metadata");
        QCborMap noIntact = digest(3, head('a'));
        noIntact.remove(QStringLiteral("intact"));
        QTest::newRow("no intact") << noIntact;
        QTest::newRow("short head") << digest(3, QByteArray(31, 'a'));
        QTest::newRow("broken without where") << digest(3, head('a'), false);
        QTest::newRow("intact with brokenAt") << digest(3, head('a'), true, 2);
        QTest::newRow("brokenAt past the end") << digest(3, head('a'), false, 4);
        QTest::newRow("negative count") << digest(-1, head('a'));
    }
    void digestMetadataIsStrict()
    {
        QFETCH(QCborMap, metadata);
        QCOMPARE(int(checkDeviceMetadata(PacketType::AuditDigest, metadata).code()),
                 int(ErrorCode::Malformed));
    }

    // Found auditing the pattern tests/fuzz/fuzz_lock_files.cpp caught (QCborValue::toInteger on
    // a double is a plain cast, undefined out of qint64's range): `inbox` read a completion's
    // version, time and item count so. Numbers that are not whole now read as 0 (the UBSan build
    // of this test stops on the old code).
    void evidenceWithNumbersThatAreNotWholeIsShownSafely()
    {
        FakeDevice device = registered();
        // The channel as `channel open` records it (its packet to the device is not needed).
        const QByteArray channel(16, '\x3c');
        QVERIFY(store()
                    .insertChannel(ChannelRecord{channel,
                                                 device.name(),
                                                 QStringLiteral("Checklist audit"),
                                                 {PacketType::ChecklistEvidence},
                                                 0,
                                                 false})
                    .ok());
        sync::OutgoingPacket p;
        p.type = PacketType::ChecklistEvidence;
        p.sender = device.id;
        p.recipient = sync::councilPartyId();
        p.channel = channel;
        p.sequence = ++device.sequence;
        p.createdMs = kNow;
        p.metadata = QCborMap{
            {QStringLiteral("completions"),
             QCborArray{QCborMap{{QStringLiteral("checklist"), QStringLiteral("before-travel")},
                                 {QStringLiteral("version"), 1.0e300},
                                 {QStringLiteral("at"), -1.0e300},
                                 {QStringLiteral("itemCount"), 1.5e19},
                                 {QStringLiteral("moment"), QStringLiteral("before-travel")}}}}};
        auto sealed =
            sync::sealPacket(p, device.keys.signSecret, device.enrolment.councilBoxPublic);
        QVERIFY(sealed.ok());
        auto accepted = DeskInbox(store()).accept(sealed->bytes, {}, kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        const QString text = evidenceText(*accepted, {});
        QVERIFY2(text.contains(QStringLiteral("checklist before-travel (v0, before-travel)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(": 0 of 0 ticked")), qPrintable(text));
    }

    void paperReturnedReceiptsAreChecked()
    {
        const auto receipt = [](const QCborArray &ids, const QString &serviceUser) {
            QCborMap m{{QStringLiteral("documents"), ids},
                       {QStringLiteral("reason"), QStringLiteral("paper-returned")}};
            if (!serviceUser.isEmpty())
                m.insert(QStringLiteral("serviceUser"), serviceUser);
            return m;
        };
        const QString su = QStringLiteral("SU-0057");
        QVERIFY(
            checkDeviceMetadata(PacketType::DisposalReceipt,
                                receipt({QStringLiteral("paper-1"), QStringLiteral("paper-2")}, su))
                .ok());
        QVERIFY(!checkDeviceMetadata(PacketType::DisposalReceipt,
                                     receipt({QStringLiteral("paper-1")}, QString())));
        QVERIFY(!checkDeviceMetadata(PacketType::DisposalReceipt,
                                     receipt({QStringLiteral("care plan folder")}, su)));
        QVERIFY(!checkDeviceMetadata(PacketType::DisposalReceipt,
                                     receipt({QStringLiteral("paper-0")}, su)));
        QVERIFY(!checkDeviceMetadata(PacketType::DisposalReceipt, receipt({qint64(3)}, su)));
        QCborMap unknown = receipt({QStringLiteral("paper-1")}, su);
        unknown.insert(QStringLiteral("reason"), QStringLiteral("lost"));
        QVERIFY(!checkDeviceMetadata(PacketType::DisposalReceipt, unknown));
    }

    void checklistsPublishRefusesABadFileAndSendsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not json") << QByteArray("version: 2");
        QTest::newRow("empty object") << QByteArray("{}");
        QByteArray badMoment = contentJson(5);
        badMoment.replace("placement-end", "whenever");
        QTest::newRow("unknown moment") << badMoment;
        QByteArray badId = contentJson(5);
        badId.replace("council-return", "Council Return");
        QTest::newRow("bad id") << badId;
        QTest::newRow("version 0") << contentJson(0);
    }
    void checklistsPublishRefusesABadFileAndSendsNothing()
    {
        QFETCH(QByteArray, bytes);
        registered();
        const qint64 outbox = store().count(QStringLiteral("outbox")).value();
        const qint64 queued = store().count(QStringLiteral("queued")).value();
        auto published =
            runChecklistsPublish(store(), writeFile(QStringLiteral("bad.json"), bytes), kNow);
        QVERIFY(!published.ok());
        QCOMPARE(int(published.code()), int(ErrorCode::Malformed));
        QCOMPARE(store().count(QStringLiteral("outbox")).value(), outbox);
        QCOMPARE(store().count(QStringLiteral("queued")).value(), queued);
    }

    void checklistsPublishReachesEveryDevice()
    {
        FakeDevice a = registered();
        FakeDevice b = registered();
        FakeDevice waiting = enrol(); // not registered yet: queued for its register
        FakeDevice wiped = registered();
        (void)runWipe(store(), wiped.name(), kNow); // recorded; its delivery waits for a relay
        QCOMPARE(store().device(wiped.name())->value().state, QString::fromLatin1(kStateWipeSent));
        auto devices = store().devices().value();
        int live = 0;
        for (const DeviceRecord &d : devices)
            live +=
                (d.state != QLatin1String(kStateWiped) && d.state != QLatin1String(kStateWipeSent))
                    ? 1
                    : 0;
        const qint64 queuedBefore = store().count(QStringLiteral("queued")).value();

        auto published = runChecklistsPublish(
            store(), writeFile(QStringLiteral("good.json"), contentJson(7)), kNow);
        QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message));
        const QJsonArray sentTo =
            published->json.toObject().value(QStringLiteral("devices")).toArray();
        QCOMPARE(sentTo.size(), live);
        QStringList ids;
        for (const QJsonValue &v : sentTo)
            ids << v.toObject().value(QStringLiteral("device")).toString();
        QVERIFY(ids.contains(a.name()) && ids.contains(b.name()) && ids.contains(waiting.name()));
        QVERIFY(!ids.contains(wiped.name()));
        QCOMPARE(store().count(QStringLiteral("queued")).value(), queuedBefore + 1);

        // Each registered device's packet opens to the same content, which the device parses.
        auto rows = store().unsentOutbox().value();
        int found = 0;
        for (const OutboxRow &row : rows) {
            auto header = sync::decodeHeader(row.bytes);
            if (!header || header->type != PacketType::ChecklistContent)
                continue;
            if (row.device == a.name() || row.device == b.name()) {
                const FakeDevice &device = row.device == a.name() ? a : b;
                auto opened = sync::openPacket(row.bytes, *header, device.keys);
                QVERIFY(opened.ok());
                auto parsed = checklists::parseChecklistContent(*opened);
                QVERIFY(parsed.ok());
                QCOMPARE(parsed->version, 7);
                ++found;
            }
        }
        QCOMPARE(found, 2);

        // The same version again would be refused by every device: refused here first.
        auto again = runChecklistsPublish(
            store(), writeFile(QStringLiteral("again.json"), contentJson(7)), kNow);
        QCOMPARE(int(again.code()), int(ErrorCode::Replay));
    }
};

QTEST_GUILESS_MAIN(TestDeskEvidence)
#include "tst_desk_evidence.moc"
