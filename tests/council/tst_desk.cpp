// The desk without a network: the encrypted store, enrolment, and DeskInbox accepting and
// refusing hand-made device packets (docs/sync-protocol.md, "Receiving").
#include "consentrecord.h"
#include "deskcommands.h"
#include "deskconsent.h"
#include "deskinbox.h"
#include "deskstore.h"
#include "enrolment.h"
#include "packetcodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace safehaven;
using namespace safehaven::desk;
using sync::PacketType;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("a long desk passphrase for tests");
const QString kOfficerMarker = QStringLiteral("MARKEROFFICERNAME");
const QString kDeviceMarker = QStringLiteral("MARKERDEVICENAME");
constexpr qint64 kNow = 1'800'000'000'000;

std::span<const unsigned char> bytesOf(const QByteArray &b)
{
    return {reinterpret_cast<const unsigned char *>(b.constData()), std::size_t(b.size())};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One enrolled device as the tests play it.
struct FakeDevice
{
    sync::Enrolment enrolment;
    QByteArray id;
    sync::KeyPairs keys = sync::KeyPairs::generate();
    quint64 sequence = 0;
};

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    std::optional<DeskStore> m_store;
    int m_enrolled = 0;

    DeskStore &store() { return *m_store; }

    FakeDevice enrol(QString *fileOut = nullptr, QString *codeOut = nullptr,
                     const QString &role = QStringLiteral("carer"))
    {
        EnrolOptions o;
        o.role = role;
        o.name = kDeviceMarker;
        o.outFile = m_tmp.filePath(QStringLiteral("device%1.shen").arg(++m_enrolled));
        auto made = runEnrol(store(), o, kNow);
        if (!made)
            qFatal("enrol failed: %s", qPrintable(made.error().message));
        const QJsonObject json = made->json.toObject();
        const QString code = json.value(QStringLiteral("code")).toString();
        QFile file(o.outFile);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no enrolment file");
        auto opened = sync::openEnrolmentFile(file.readAll(), code);
        if (!opened)
            qFatal("enrolment file does not open");
        FakeDevice device;
        device.enrolment = *opened;
        device.id = QByteArray::fromHex(opened->deviceId.toLatin1());
        if (fileOut)
            *fileOut = o.outFile;
        if (codeOut)
            *codeOut = code;
        return device;
    }

    QByteArray packet(FakeDevice &device, PacketType type, const QByteArray &channel,
                      const QCborMap &metadata, quint64 sequence = 0,
                      const SecureBuffer *signer = nullptr)
    {
        sync::OutgoingPacket p;
        p.type = type;
        p.sender = device.id;
        p.recipient = sync::councilPartyId();
        p.channel = channel;
        p.sequence = sequence ? sequence : ++device.sequence;
        p.createdMs = kNow;
        p.metadata = metadata;
        auto sealed = sync::sealPacket(p, signer ? *signer : device.keys.signSecret,
                                       device.enrolment.councilBoxPublic);
        if (!sealed)
            qFatal("seal failed: %s", qPrintable(sealed.error().message));
        return sealed->bytes;
    }

    QByteArray registerPacket(FakeDevice &device, quint64 sequence = 0)
    {
        return packet(device, PacketType::Register, device.enrolment.controlChannel,
                      QCborMap{{QStringLiteral("token"), device.enrolment.registrationToken},
                               {QStringLiteral("sign"), device.keys.signPublic},
                               {QStringLiteral("box"), device.keys.boxPublic},
                               {QStringLiteral("role"), device.enrolment.role}},
                      sequence);
    }

    QByteArray breachPacket(FakeDevice &device, quint64 sequence = 0)
    {
        const QCborMap report{{QStringLiteral("what"), QStringLiteral("lost folder")},
                              {QStringLiteral("discoveredAt"), kNow - 3'600'000}};
        return packet(device, PacketType::BreachReport, device.enrolment.breachChannel,
                      QCborMap{{QStringLiteral("report"), report},
                               {QStringLiteral("reportId"), QByteArray(16, '\x01')}},
                      sequence);
    }

    FakeDevice registered()
    {
        FakeDevice device = enrol();
        DeskInbox inbox(store());
        auto accepted = inbox.accept(registerPacket(device), QString(), kNow);
        if (!accepted)
            qFatal("register refused: %s", qPrintable(accepted.error().message));
        return device;
    }

    struct Snapshot
    {
        qint64 items = 0, seen = 0, devices = 0, outbox = 0;
        quint64 lastIn = 0;
        QString state;
        bool operator==(const Snapshot &) const = default;
    };
    Snapshot snapshot(const FakeDevice &device)
    {
        Snapshot s;
        s.items = store().count(QStringLiteral("items")).value();
        s.seen = store().count(QStringLiteral("seen")).value();
        s.devices = store().count(QStringLiteral("devices")).value();
        s.outbox = store().count(QStringLiteral("outbox")).value();
        auto d = store().device(sync::partyName(device.id));
        if (d && d->has_value()) {
            s.lastIn = d->value().lastInSequence;
            s.state = d->value().state;
        }
        return s;
    }

    // Refused with `code`, and nothing at all stored.
    void expectRefusedStoringNothing(FakeDevice &device, const QByteArray &bytes, ErrorCode code)
    {
        const Snapshot before = snapshot(device);
        DeskInbox inbox(store());
        auto result = inbox.accept(bytes, QString(), kNow);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.code()), int(code));
        QVERIFY(snapshot(device) == before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("desk"));
        InitOptions o;
        o.relayUrl = QStringLiteral("https://127.0.0.1:8443/");
        o.officerName = kOfficerMarker;
        o.officerPhone = QStringLiteral("01234 567890");
        auto made = runInit(m_dir, bytesOf(kPassphrase), o);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        auto opened = DeskStore::open(m_dir, bytesOf(kPassphrase));
        QVERIFY(opened.ok());
        m_store.emplace(std::move(opened).value());
    }

    void initRefusesAnExistingDesk()
    {
        InitOptions o;
        o.relayUrl = QStringLiteral("https://127.0.0.1:8443/");
        auto again = runInit(m_dir, bytesOf(kPassphrase), o);
        QVERIFY(!again.ok());
        QCOMPARE(int(again.code()), int(ErrorCode::WrongState));
    }

    void initRefusesPlainHttp()
    {
        InitOptions o;
        o.relayUrl = QStringLiteral("http://127.0.0.1:8443/");
        QVERIFY(!runInit(m_tmp.filePath(QStringLiteral("plain")), bytesOf(kPassphrase), o).ok());
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("plain"))));
    }

    void permissionsAreOwnerOnly()
    {
        QCOMPARE(QFile::permissions(m_dir) & 0x0077, QFileDevice::Permissions());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFile::permissions(deskDbPath(m_dir)) & ~QFileDevice::Permissions(0x7700),
                 QFileDevice::Permissions());
        QVERIFY(QFile::permissions(deskKeyPath(m_dir)).testFlags(ownerOnly));
        QCOMPARE(QFile::permissions(deskKeyPath(m_dir)) & ~QFileDevice::Permissions(0x7700),
                 QFileDevice::Permissions());
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        const QByteArray db = fileHash(deskDbPath(m_dir));
        const QByteArray key = fileHash(deskKeyPath(m_dir));
        auto wrong = DeskStore::open(m_dir, bytesOf(QByteArrayLiteral("not the passphrase")));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message, QStringLiteral("Wrong desk passphrase."));
        QCOMPARE(fileHash(deskDbPath(m_dir)), db);
        QCOMPARE(fileHash(deskKeyPath(m_dir)), key);
    }

    void enrolmentFileOpensOnlyWithItsCode()
    {
        QString file, code;
        const FakeDevice device = enrol(&file, &code);
        QCOMPARE(device.enrolment.officerName, kOfficerMarker);
        QCOMPARE(device.enrolment.role, QStringLiteral("carer"));
        QCOMPARE(device.enrolment.expiresMs, kNow + 14LL * 24 * 3600 * 1000);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QString other = sync::makeEnrolmentCode();
        while (other == code)
            other = sync::makeEnrolmentCode();
        auto wrong = sync::openEnrolmentFile(bytes, other);
        QVERIFY(!wrong.ok());
        QCOMPARE(int(wrong.code()), int(ErrorCode::WrongCode));
        // The device is on record, waiting for its register.
        auto d = store().device(device.enrolment.deviceId);
        QVERIFY(d.ok() && d->has_value());
        QCOMPARE(d->value().state, QString::fromLatin1(kStateEnrolled));
    }

    void qrCodeIsAValidPng()
    {
        QString file, code;
        enrol(&file, &code);
        const QString png = file + QStringLiteral(".png");
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        // 4 pixels a module, a 4-module quiet zone each side, 17 + 4 * version modules.
        QCOMPARE(image.width() % 4, 0);
        const int modules = image.width() / 4 - 8;
        QVERIFY(modules >= 21 && modules <= 177);
        QCOMPARE((modules - 17) % 4, 0);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    }

    void noPlaintextNamesOnDisk()
    {
        for (const QString &path : {deskDbPath(m_dir), deskKeyPath(m_dir)}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(kOfficerMarker.toUtf8()));
            QVERIFY(!bytes.contains(kDeviceMarker.toUtf8()));
            QVERIFY(!bytes.contains("BEGIN"));
        }
    }

    void registerIsAccepted()
    {
        FakeDevice device = enrol();
        const qint64 items = store().count(QStringLiteral("items")).value();
        DeskInbox inbox(store());
        auto accepted = inbox.accept(registerPacket(device), QString(), kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCOMPARE(accepted->type, PacketType::Register);
        QCOMPARE(accepted->channelPurpose, QStringLiteral("control"));
        QCOMPARE(store().count(QStringLiteral("items")).value(), items + 1);
        auto d = store().device(device.enrolment.deviceId);
        QCOMPARE(d->value().state, QString::fromLatin1(kStateRegistered));
        QCOMPARE(d->value().signPublic, device.keys.signPublic);
        QCOMPARE(d->value().lastSeenMs, kNow);
    }

    void secondRegisterWithAUsedTokenIsRefused()
    {
        FakeDevice device = registered();
        // A second phone holding a copy of the same file and code.
        FakeDevice copy;
        copy.enrolment = device.enrolment;
        copy.id = device.id;
        expectRefusedStoringNothing(device, registerPacket(copy, 1), ErrorCode::AlreadyEnrolled);
        expectRefusedStoringNothing(device, registerPacket(copy, 2), ErrorCode::AlreadyEnrolled);
    }

    void registerWithAWrongTokenIsRefused()
    {
        FakeDevice device = enrol();
        device.enrolment.registrationToken = QByteArray(32, '\x05');
        expectRefusedStoringNothing(device, registerPacket(device), ErrorCode::BadSignature);
    }

    void unknownDeviceIsRefused()
    {
        FakeDevice stranger = enrol();
        stranger.id = QByteArray::fromHex("0badc0ffee0badc0ffee0bad");
        expectRefusedStoringNothing(stranger, registerPacket(stranger), ErrorCode::NotEnrolled);
        expectRefusedStoringNothing(stranger, breachPacket(stranger, 2), ErrorCode::NotEnrolled);
    }

    void badSignatureIsRefused()
    {
        FakeDevice device = registered();
        const sync::KeyPairs other = sync::KeyPairs::generate();
        const QCborMap report{{QStringLiteral("what"), QStringLiteral("x")}};
        expectRefusedStoringNothing(
            device,
            packet(device, PacketType::BreachReport, device.enrolment.breachChannel,
                   QCborMap{{QStringLiteral("report"), report},
                            {QStringLiteral("reportId"), QByteArray(16, '\x02')}},
                   2, &other.signSecret),
            ErrorCode::BadSignature);
    }

    void breachReportIsAccepted()
    {
        FakeDevice device = registered();
        DeskInbox inbox(store());
        auto accepted = inbox.accept(breachPacket(device), QString(), kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCOMPARE(accepted->type, PacketType::BreachReport);
        QCOMPARE(accepted->channelPurpose, QStringLiteral("breach"));
        QCOMPARE(accepted->metadata.value(QStringLiteral("report"))
                     .toMap()
                     .value(QStringLiteral("what"))
                     .toString(),
                 QStringLiteral("lost folder"));
    }

    void lockScreenReportIsOpenedAtTheDesk()
    {
        FakeDevice device = registered();
        auto council = store().councilKeys();
        QVERIFY(council.ok());
        const QByteArray reportId(16, '\x21');
        const QByteArray plain =
            QCborValue(QCborMap{{QStringLiteral("reportId"), reportId},
                                {QStringLiteral("what"), QStringLiteral("Bag taken at the market")},
                                {QStringLiteral("discoveredAt"), kNow - 7'200'000},
                                {QStringLiteral("writtenAt"), kNow - 7'000'000}})
                .toCbor();
        QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
        QCOMPARE(crypto_box_seal(
                     reinterpret_cast<unsigned char *>(sealed.data()),
                     reinterpret_cast<const unsigned char *>(plain.constData()),
                     quint64(plain.size()),
                     reinterpret_cast<const unsigned char *>(council->boxPublic.constData())),
                 0);
        DeskInbox inbox(store());
        auto accepted =
            inbox.accept(packet(device, PacketType::BreachReport, device.enrolment.breachChannel,
                                QCborMap{{QStringLiteral("reportId"), reportId},
                                         {QStringLiteral("sealed"), sealed},
                                         {QStringLiteral("discoveredAt"), kNow - 7'200'000}}),
                         QString(), kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QVERIFY(!accepted->metadata.contains(QStringLiteral("sealed")));
        const QCborMap report = accepted->metadata.value(QStringLiteral("report")).toMap();
        QCOMPARE(report.value(QStringLiteral("what")).toString(),
                 QStringLiteral("Bag taken at the market"));
        QCOMPARE(report.value(QStringLiteral("discoveredAt")).toInteger(), kNow - 7'200'000);
        QVERIFY(report.value(QStringLiteral("fromLockScreen")).toBool());

        // Sealed bytes that do not open (or open to another report) are refused.
        sealed[10] = char(sealed[10] ^ 0x01);
        auto refused =
            inbox.accept(packet(device, PacketType::BreachReport, device.enrolment.breachChannel,
                                QCborMap{{QStringLiteral("reportId"), reportId},
                                         {QStringLiteral("sealed"), sealed},
                                         {QStringLiteral("discoveredAt"), kNow}}),
                         QString(), kNow);
        QCOMPARE(int(refused.code()), int(ErrorCode::Malformed));
    }

    void breachAndConcernMetadataAreStrict()
    {
        FakeDevice device = registered();
        DeskInbox inbox(store());
        const auto send = [&](PacketType type, const QCborMap &metadata) {
            return inbox.accept(packet(device, type, device.enrolment.breachChannel, metadata),
                                QString(), kNow);
        };
        const QCborMap concern{{QStringLiteral("situation"), QStringLiteral("crime")},
                               {QStringLiteral("what"), QStringLiteral("Said they stole a car")}};
        QCOMPARE(int(send(PacketType::ConcernReport,
                          QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x31')},
                                   {QStringLiteral("concern"), concern}})
                         .code()),
                 int(ErrorCode::Malformed)); // no kind
        QCOMPARE(int(send(PacketType::ConcernReport,
                          QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x32')},
                                   {QStringLiteral("kind"), QStringLiteral("rumour")},
                                   {QStringLiteral("concern"), concern}})
                         .code()),
                 int(ErrorCode::Malformed));
        auto accepted =
            send(PacketType::ConcernReport,
                 QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x33')},
                          {QStringLiteral("kind"), QStringLiteral("confidentiality-concern")},
                          {QStringLiteral("concern"), concern}});
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        // A share decision's own fields are checked too (docs/permission-to-share.md).
        QCOMPARE(int(send(PacketType::ConcernReport,
                          QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x34')},
                                   {QStringLiteral("kind"), QStringLiteral("share-decision")},
                                   {QStringLiteral("concern"), QCborMap()}})
                         .code()),
                 int(ErrorCode::Malformed));
        // A breach report with a field outside the contract, or without its sentence.
        QCOMPARE(int(send(PacketType::BreachReport,
                          QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x35')},
                                   {QStringLiteral("report"),
                                    QCborMap{{QStringLiteral("what"), QStringLiteral("x")},
                                             {QStringLiteral("fullName"), QStringLiteral("J")}}}})
                         .code()),
                 int(ErrorCode::Malformed));
        QCOMPARE(int(send(PacketType::BreachReport,
                          QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x36')},
                                   {QStringLiteral("report"),
                                    QCborMap{{QStringLiteral("what"), QStringLiteral(" ")}}}})
                         .code()),
                 int(ErrorCode::Malformed));
        // Still in order afterwards: the refusals used up their sequences.
        QVERIFY(inbox.accept(breachPacket(device), QString(), kNow).ok());
    }

    void wrongTypeOnTheBreachChannelIsRefused()
    {
        FakeDevice device = registered();
        const qint64 items = store().count(QStringLiteral("items")).value();
        DeskInbox inbox(store());
        auto result =
            inbox.accept(packet(device, PacketType::ConsentChange, device.enrolment.breachChannel,
                                QCborMap{{QStringLiteral("serviceUser"), QStringLiteral("SU1")},
                                         {QStringLiteral("change"), QCborMap()}}),
                         QString(), kNow);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.code()), int(ErrorCode::ChannelClosed));
        QCOMPARE(store().count(QStringLiteral("items")).value(), items);
        // Authentic and in order: its sequence is used up so later packets are not stuck.
        QVERIFY(inbox.accept(breachPacket(device), QString(), kNow).ok());
    }

    void closedAndExpiredChannelsAreRefused()
    {
        FakeDevice device = registered();
        const QString id = sync::partyName(device.id);
        const ChannelRecord closed{
            QByteArray(16, '\x31') + QByteArray(), id, QStringLiteral("review"),
            {PacketType::ConsentChange},           0,  true};
        const ChannelRecord expired{
            QByteArray(16, '\x32'),      id,       QStringLiteral("old review"),
            {PacketType::ConsentChange}, kNow - 1, false};
        QVERIFY(store().insertChannel(closed).ok());
        QVERIFY(store().insertChannel(expired).ok());
        const QCborMap change{{QStringLiteral("serviceUser"), QStringLiteral("SU1")},
                              {QStringLiteral("change"), QCborMap()}};
        for (const QByteArray &channel : {closed.id, expired.id, QByteArray(16, '\x33')}) {
            const qint64 items = store().count(QStringLiteral("items")).value();
            DeskInbox inbox(store());
            auto result = inbox.accept(packet(device, PacketType::ConsentChange, channel, change),
                                       QString(), kNow);
            QVERIFY(!result.ok());
            QCOMPARE(int(result.code()), int(ErrorCode::ChannelClosed));
            QCOMPARE(store().count(QStringLiteral("items")).value(), items);
        }
    }

    void replayIsRefused()
    {
        FakeDevice device = registered();
        const QByteArray bytes = breachPacket(device);
        DeskInbox inbox(store());
        QVERIFY(inbox.accept(bytes, QString(), kNow).ok());
        expectRefusedStoringNothing(device, bytes, ErrorCode::Replay);
        // An old sequence with a fresh packet id is a replay as well.
        expectRefusedStoringNothing(device, breachPacket(device, 1), ErrorCode::Replay);
    }

    void sequenceGapWaitsForTheMissingPacket()
    {
        FakeDevice device = registered();
        const QByteArray second = breachPacket(device, 2);
        const QByteArray third = breachPacket(device, 3);
        expectRefusedStoringNothing(device, third, ErrorCode::SequenceGap);
        QVERIFY(!DeskInbox::keepOnRelay(ErrorCode::Replay));
        QVERIFY(DeskInbox::keepOnRelay(ErrorCode::SequenceGap));
        DeskInbox inbox(store());
        QVERIFY(inbox.accept(second, QString(), kNow).ok());
        auto later = inbox.accept(third, QString(), kNow);
        QVERIFY2(later.ok(), later.ok() ? "" : qPrintable(later.error().message));
        QCOMPARE(later->sequence, quint64(3));
    }

    void oversizedIsRefusedBeforeDecrypting()
    {
        FakeDevice device = registered();
        sync::PacketHeader header;
        header.type = PacketType::BreachReport;
        header.packetId = QByteArray(16, '\x09');
        header.sender = device.id;
        header.recipient = sync::councilPartyId();
        header.channel = device.enrolment.breachChannel;
        header.sequence = 2;
        header.bodyLength = quint64(sync::kMaxOtherBodyBytes + 1);
        QByteArray bytes = sync::encodeHeader(header);
        bytes.append(QByteArray(qsizetype(header.bodyLength) + sync::kSignatureBytes, '\0'));
        expectRefusedStoringNothing(device, bytes, ErrorCode::TooLarge);
    }

    void malformedHeaderIsRefused()
    {
        FakeDevice device = registered();
        QByteArray bytes = breachPacket(device, 2);
        bytes[0] = 'X';
        expectRefusedStoringNothing(device, bytes, ErrorCode::Malformed);
        expectRefusedStoringNothing(device, QByteArray(10, 'x'), ErrorCode::Malformed);
    }

    void disposalReceiptAfterWipeMarksTheDeviceWiped()
    {
        FakeDevice device = registered();
        auto d = store().device(sync::partyName(device.id));
        DeviceRecord record = d->value();
        record.state = QString::fromLatin1(kStateWipeSent);
        QVERIFY(store().updateDevice(record).ok());
        DeskInbox inbox(store());
        auto accepted = inbox.accept(
            packet(device, PacketType::DisposalReceipt, device.enrolment.controlChannel,
                   QCborMap{{QStringLiteral("documents"), QCborArray()},
                            {QStringLiteral("reason"), QStringLiteral("wipe")}}),
            QString(), kNow);
        QVERIFY(accepted.ok());
        QCOMPARE(store().device(sync::partyName(device.id))->value().state,
                 QString::fromLatin1(kStateWiped));
        // Nothing more goes to a wiped device.
        QCOMPARE(int(runWipe(store(), sync::partyName(device.id), kNow).code()),
                 int(ErrorCode::WrongState));
    }

    void documentForAnUnregisteredDeviceWaitsForItsRegister()
    {
        FakeDevice device = enrol();
        const QString path = m_tmp.filePath(QStringLiteral("plan.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the plan");
        }
        SendDocumentOptions o;
        o.device = sync::partyName(device.id);
        o.serviceUser = QStringLiteral("SU-42");
        o.type = QStringLiteral("risk-management-plan");
        o.documentClass = QStringLiteral("high");
        o.file = path;
        auto sent = runSendDocument(store(), o, kNow);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        QVERIFY(sent->text.contains(QStringLiteral("queued until the device checks in")));
        QCOMPARE(store().count(QStringLiteral("queued")).value(), 1);

        o.type = QStringLiteral("shopping-list");
        QCOMPARE(int(runSendDocument(store(), o, kNow).code()), int(ErrorCode::Malformed));

        const qint64 outbox = store().count(QStringLiteral("outbox")).value();
        DeskInbox inbox(store());
        QVERIFY(inbox.accept(registerPacket(device), QString(), kNow).ok());
        QCOMPARE(store().count(QStringLiteral("queued")).value(), 0);
        QCOMPARE(store().count(QStringLiteral("outbox")).value(), outbox + 1);
        auto rows = store().unsentOutbox();
        QVERIFY(rows.ok());
        const OutboxRow &row = rows->last();
        auto header = sync::decodeHeader(row.bytes);
        QVERIFY(header.ok());
        QCOMPARE(header->type, PacketType::Document);
        QCOMPARE(header->sequence, quint64(1));
        QCOMPARE(header->channel, device.enrolment.controlChannel);
        QVERIFY(sync::verifySignature(row.bytes, device.enrolment.councilSignPublic).ok());
        QByteArray content;
        sync::PacketSinks sinks;
        sinks.content = [&content](QByteArrayView chunk) {
            content.append(chunk.toByteArray());
            return success();
        };
        auto metadata = sync::openPacket(row.bytes, *header, device.keys, sinks);
        QVERIFY(metadata.ok());
        QCOMPARE(content, QByteArray("the plan"));
        QCOMPARE(metadata->value(QStringLiteral("type")).toString(),
                 QStringLiteral("risk-management-plan"));
        QCOMPARE(metadata->value(QStringLiteral("mime")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(metadata->value(QStringLiteral("sha256")).toByteArray(),
                 QCryptographicHash::hash("the plan", QCryptographicHash::Sha256));
    }

private:
    // Queues one document about `serviceUser` for `device` (not registered: nothing is sent).
    void queueDocument(const FakeDevice &device, const QString &serviceUser, bool volunteer)
    {
        const QString path = m_tmp.filePath(QStringLiteral("doc.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a document");
        }
        SendDocumentOptions o;
        o.device = sync::partyName(device.id);
        o.serviceUser = serviceUser;
        o.type = QStringLiteral("all-about-me");
        o.documentClass = QStringLiteral("medium");
        o.volunteer = volunteer;
        o.file = path;
        auto sent = runSendDocument(store(), o, kNow);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
    }

    // The consent-records queued for a device, parsed as the device parses them.
    QList<consent::ConsentRecord> queuedRecords(const FakeDevice &device)
    {
        QList<consent::ConsentRecord> records;
        auto rows = store().queued(sync::partyName(device.id));
        if (!rows)
            qFatal("queued unreadable");
        for (const QueuedRow &row : *rows) {
            if (row.type != PacketType::ConsentRecord)
                continue;
            auto parsed = consent::parseConsentRecord(QCborValue::fromCbor(row.metadata).toMap());
            if (!parsed)
                qFatal("a queued consent-record does not parse: %s",
                       qPrintable(parsed.error().message));
            records << *parsed;
        }
        return records;
    }

private slots:
    void consentGoesToEveryDeviceHoldingTheServiceUsersDocuments()
    {
        const FakeDevice carer = enrol();
        const FakeDevice volunteer = enrol(nullptr, nullptr, QStringLiteral("volunteer"));
        const FakeDevice other = enrol();
        const QString su = QStringLiteral("SU-CONSENT-1");
        queueDocument(carer, su, false);
        queueDocument(carer, su, false); // two documents: still one record
        queueDocument(volunteer, su, true);
        queueDocument(other, QStringLiteral("SU-CONSENT-2"), false);

        ConsentOptions o;
        o.serviceUser = su;
        o.covers = QStringLiteral("volunteers,family");
        o.given = QStringLiteral("2027-01-01");
        o.reviewDue = QStringLiteral("2027-12-31");
        o.capacity = QStringLiteral("fluctuating");
        auto sent = runConsent(store(), o, kNow);
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        const QJsonArray devices = sent->json.toObject().value(QStringLiteral("devices")).toArray();
        QStringList ids;
        for (const QJsonValue &d : devices)
            ids << d.toObject().value(QStringLiteral("device")).toString();
        QStringList expected{sync::partyName(carer.id), sync::partyName(volunteer.id)};
        expected.sort();
        QCOMPARE(ids, expected);
        for (const FakeDevice *device : {&carer, &volunteer}) {
            const auto records = queuedRecords(*device);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().serviceUser, su);
            QCOMPARE(records.first().covers,
                     (QStringList{QStringLiteral("volunteers"), QStringLiteral("family")}));
            QCOMPARE(records.first().capacity, QStringLiteral("fluctuating"));
            QCOMPARE(records.first().reviewDue, QDate(2027, 12, 31));
            QCOMPARE(records.first().issuedMs, kNow);
        }
        QVERIFY(queuedRecords(other).isEmpty());

        // After the carer's placement ends, a withdrawal goes to the volunteer only.
        QVERIFY(runEndPlacement(store(), sync::partyName(carer.id), su, kNow).ok());
        o.withdrawn = true;
        o.covers.clear();
        auto withdrawn = runConsent(store(), o, kNow + 1);
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn->json.toObject().value(QStringLiteral("devices")).toArray().size(), 1);
        QCOMPARE(queuedRecords(volunteer).size(), 2);
        QVERIFY(queuedRecords(volunteer).last().withdrawn);
        QCOMPARE(queuedRecords(carer).size(), 1);
    }

    void consentIsCheckedBeforeAnythingIsSent()
    {
        const FakeDevice carer = enrol();
        const QString su = QStringLiteral("SU-CONSENT-3");
        queueDocument(carer, su, false);
        const qint64 queuedBefore = store().count(QStringLiteral("queued")).value();
        ConsentOptions o;
        o.serviceUser = QStringLiteral("SU-NOBODY");
        o.covers = QStringLiteral("family");
        QCOMPARE(int(runConsent(store(), o, kNow).code()), int(ErrorCode::WrongState));
        o.serviceUser = su;
        o.covers = QStringLiteral("neighbours");
        QCOMPARE(int(runConsent(store(), o, kNow).code()), int(ErrorCode::Malformed));
        o.covers = QStringLiteral("family");
        o.given = QStringLiteral("2027-01-01");
        o.reviewDue = QStringLiteral("2028-01-02"); // over 12 months
        QCOMPARE(int(runConsent(store(), o, kNow).code()), int(ErrorCode::Malformed));
        o.reviewDue = QStringLiteral("2026-12-31"); // before given
        QCOMPARE(int(runConsent(store(), o, kNow).code()), int(ErrorCode::Malformed));
        o.reviewDue.clear(); // default: 12 months after given
        o.capacity = QStringLiteral("unsure");
        QCOMPARE(int(runConsent(store(), o, kNow).code()), int(ErrorCode::Malformed));
        QCOMPARE(store().count(QStringLiteral("queued")).value(), queuedBefore);
        o.capacity = QStringLiteral("lacks-best-interests");
        QVERIFY(runConsent(store(), o, kNow).ok());
        QCOMPARE(queuedRecords(carer).first().reviewDue, QDate(2028, 1, 1));
    }

    void consentChangesArriveOnTheControlChannelAndAreCheckedStrictly()
    {
        FakeDevice device = registered();
        const auto change = [](const QCborMap &inner) {
            return QCborMap{{QStringLiteral("serviceUser"), QStringLiteral("SU-1")},
                            {QStringLiteral("change"), inner}};
        };
        const QCborMap good{{QStringLiteral("covers"), QCborArray{QStringLiteral("family")}},
                            {QStringLiteral("withdrawn"), true},
                            {QStringLiteral("changed"), kNow}};
        DeskInbox inbox(store());
        auto accepted = inbox.accept(packet(device, PacketType::ConsentChange,
                                            device.enrolment.controlChannel, change(good)),
                                     QString(), kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCOMPARE(accepted->type, PacketType::ConsentChange);
        QCborMap unknownGroup = good;
        unknownGroup.insert(QStringLiteral("covers"), QCborArray{QStringLiteral("press")});
        QCborMap extra = good;
        extra.insert(QStringLiteral("name"), QStringLiteral("someone"));
        QCborMap noWithdrawn = good;
        noWithdrawn.remove(QStringLiteral("withdrawn"));
        for (const QCborMap &bad : {unknownGroup, extra, noWithdrawn}) {
            auto refused = inbox.accept(packet(device, PacketType::ConsentChange,
                                               device.enrolment.controlChannel, change(bad)),
                                        QString(), kNow);
            QCOMPARE(int(refused.code()), int(ErrorCode::Malformed));
        }
    }

    void shareDecisionsAreCheckedStrictly()
    {
        FakeDevice device = registered();
        QCborMap concern{{QStringLiteral("serviceUser"), QStringLiteral("SU-1")},
                         {QStringLiteral("recipient"), QStringLiteral("police")},
                         {QStringLiteral("what"), QStringLiteral("address")},
                         {QStringLiteral("why"), QStringLiteral("warrant shown")},
                         {QStringLiteral("basis"), QStringLiteral("legal-duty")},
                         {QStringLiteral("decided"), kNow}};
        const auto report = [](const QCborMap &c) {
            return QCborMap{{QStringLiteral("reportId"), QByteArray(16, '\x02')},
                            {QStringLiteral("kind"), QStringLiteral("share-decision")},
                            {QStringLiteral("concern"), c}};
        };
        DeskInbox inbox(store());
        auto accepted = inbox.accept(packet(device, PacketType::ConcernReport,
                                            device.enrolment.breachChannel, report(concern)),
                                     QString(), kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCborMap badBasis = concern;
        badBasis.insert(QStringLiteral("basis"), QStringLiteral("because"));
        QCborMap noWhat = concern;
        noWhat.remove(QStringLiteral("what"));
        for (const QCborMap &bad : {badBasis, noWhat}) {
            auto refused = inbox.accept(packet(device, PacketType::ConcernReport,
                                               device.enrolment.breachChannel, report(bad)),
                                        QString(), kNow);
            QCOMPARE(int(refused.code()), int(ErrorCode::Malformed));
        }
    }

    void aConsentPurgeReceiptIsAccepted()
    {
        FakeDevice device = registered();
        DeskInbox inbox(store());
        auto accepted = inbox.accept(
            packet(device, PacketType::DisposalReceipt, device.enrolment.controlChannel,
                   QCborMap{{QStringLiteral("documents"), QCborArray{QStringLiteral("ab")}},
                            {QStringLiteral("reason"), QStringLiteral("consent")}}),
            QString(), kNow);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
