// The device's side of sync without a network: enrolment queues the register packet, the inbox
// applies each inbound type in one transaction or not at all, and the outbox only writes into
// open channels.
#include "deviceenrolment.h"
#include "documentstore.h"
#include "inbox.h"
#include "outbox.h"
#include "packetcodec.h"
#include "vault.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

} // namespace

class TestDeviceSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    KeyPairs m_council;
    Enrolment m_enrolment;
    quint64 m_councilSequence = 0;

    Database &db() { return m_vault->database(); }

    Enrolment enrolmentFor(const QString &role)
    {
        Enrolment e;
        e.councilName = QStringLiteral("Northshire Council");
        e.councilBoxPublic = m_council.boxPublic;
        e.councilSignPublic = m_council.signPublic;
        e.relayUrl = QUrl(QStringLiteral("https://127.0.0.1:1/"));
        e.relayCertificatePem = "pem";
        e.deviceId = QStringLiteral("a1b2c3d4e5f60718293a4b5c");
        e.clientCertificatePem = "cert";
        e.clientKeyPem = "key";
        e.registrationToken = randomBytes(32);
        e.role = role;
        e.officerName = QStringLiteral("Sam Patel");
        e.officerPhone = QStringLiteral("01632 960123");
        e.controlChannel = randomBytes(16);
        e.breachChannel = randomBytes(16);
        e.issuedMs = kNow;
        e.expiresMs = kNow + 14LL * 24 * 3600 * 1000;
        return e;
    }

    QByteArray fromCouncil(PacketType type, const QCborMap &metadata, QByteArrayView content = {},
                           std::optional<quint64> sequence = std::nullopt,
                           const SecureBuffer *signer = nullptr)
    {
        OutgoingPacket packet;
        packet.type = type;
        packet.sender = councilPartyId();
        packet.recipient = QByteArray::fromHex(m_enrolment.deviceId.toLatin1());
        packet.channel = m_enrolment.controlChannel;
        packet.sequence = sequence ? *sequence : ++m_councilSequence;
        packet.createdMs = kNow;
        packet.metadata = metadata;
        packet.content = content;
        auto sealed =
            sealPacket(packet, signer ? *signer : m_council.signSecret, identity().keys.boxPublic);
        if (!sealed)
            qFatal("seal failed");
        return sealed->bytes;
    }

    QCborMap documentMetadata(const QByteArray &content, const QString &id, bool volunteer = false)
    {
        return QCborMap{{QStringLiteral("id"), id},
                        {QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
                        {QStringLiteral("initials"), QStringLiteral("JB")},
                        {QStringLiteral("type"), QStringLiteral("risk-management-plan")},
                        {QStringLiteral("class"), QStringLiteral("high")},
                        {QStringLiteral("title"), QStringLiteral("Risk plan")},
                        {QStringLiteral("mime"), QStringLiteral("text/plain")},
                        {QStringLiteral("size"), content.size()},
                        {QStringLiteral("sha256"),
                         QCryptographicHash::hash(content, QCryptographicHash::Sha256)},
                        {QStringLiteral("volunteer"), volunteer}};
    }

    DeviceIdentity identity()
    {
        auto id = SyncStore(db()).identity();
        if (!id)
            qFatal("no identity");
        return std::move(id).value();
    }

    int count(const char *sql)
    {
        auto n = db().queryInt(sql);
        return n ? int(*n) : -1;
    }

    void enrolAs(const QString &role)
    {
        m_vault.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("vault.db")));
        auto key = SecureBuffer::random(32);
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("vault.db")), key.bytes());
        QVERIFY(vault.ok());
        m_vault = std::move(vault).value();
        m_enrolment = enrolmentFor(role);
        m_councilSequence = 0;
        QVERIFY(enrolDevice(db(), m_enrolment, kNow).ok());
    }

private slots:
    void init()
    {
        m_council = KeyPairs::generate();
        enrolAs(QStringLiteral("carer"));
    }

    void enrolmentQueuesTheRegisterPacketForTheCouncil()
    {
        auto items = Outbox(db()).all();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1);
        const OutboxItem &item = items->first();
        QCOMPARE(item.type, QStringLiteral("register"));
        QCOMPARE(item.sequence, quint64(1));
        auto header = decodeHeader(item.bytes);
        QVERIFY(header.ok());
        QCOMPARE(header->channel, m_enrolment.controlChannel);
        auto metadata = openPacket(item.bytes, *header, m_council);
        QVERIFY(metadata.ok());
        QCOMPARE(metadata->value(QStringLiteral("token")).toByteArray(),
                 m_enrolment.registrationToken);
        const QByteArray devicePublic = metadata->value(QStringLiteral("sign")).toByteArray();
        QVERIFY(verifySignature(item.bytes, devicePublic).ok());
        QCOMPARE(enrolDevice(db(), m_enrolment, kNow).code(), ErrorCode::AlreadyEnrolled);
    }

    void expiredEnrolmentIsRefused()
    {
        Enrolment old = m_enrolment;
        QVERIFY(!checkEnrolmentUsable(old, old.expiresMs + 1).ok());
    }

    void documentIsStoredWholeAndAcknowledged()
    {
        const QByteArray content = QByteArray("MARKER-risk-plan ").repeated(10'000);
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        auto accepted = Inbox(db()).accept(
            fromCouncil(PacketType::Document, documentMetadata(content, id), content), kNow);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        auto digest = DocumentStore(db()).sha256(id);
        QVERIFY(digest.ok());
        QCOMPARE(*digest, QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        auto items = Outbox(db()).all();
        QVERIFY(items.ok());
        QCOMPARE(items->last().type, QStringLiteral("ack"));
        QCOMPARE(identity().lastInboundSequence, quint64(1));
    }

    void contentNotMatchingItsDigestLeavesNothing()
    {
        const QByteArray content("the real content");
        QCborMap metadata =
            documentMetadata(content, QStringLiteral("0123456789abcdef0123456789abcdef"));
        metadata.insert(QStringLiteral("sha256"), QByteArray(32, '\0'));
        auto accepted =
            Inbox(db()).accept(fromCouncil(PacketType::Document, metadata, content), kNow);
        QCOMPARE(accepted.code(), ErrorCode::Malformed);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 0);
        QCOMPARE(count("SELECT count(*) FROM document_chunks;"), 0);
        QCOMPARE(count("SELECT count(*) FROM sync_inbound;"), 0);
        QCOMPARE(identity().lastInboundSequence, quint64(0));
    }

    void replayIsRefusedAndChangesNothing()
    {
        const QByteArray packet =
            fromCouncil(PacketType::Policy, QCborMap{{QStringLiteral("idleLockMaxSeconds"), 60},
                                                     {QStringLiteral("pinAttemptLimit"), 6},
                                                     {QStringLiteral("offlineGraceDays"), 7}});
        QVERIFY(Inbox(db()).accept(packet, kNow).ok());
        QCOMPARE(identity().enrolment.policy.pinAttemptLimit, 6);
        QCOMPARE(Inbox(db()).accept(packet, kNow).code(), ErrorCode::Replay);
        QCOMPARE(count("SELECT count(*) FROM sync_inbound;"), 1);
    }

    void gapWaitsUntilTheMissingPacketArrives()
    {
        const QCborMap close{{QStringLiteral("id"), m_enrolment.breachChannel}};
        const QByteArray second = fromCouncil(PacketType::ChannelClose, close, {}, 2);
        const QByteArray first = fromCouncil(PacketType::ChannelClose, close, {}, 1);
        QCOMPARE(Inbox(db()).accept(second, kNow).code(), ErrorCode::SequenceGap);
        QCOMPARE(count("SELECT count(*) FROM sync_inbound;"), 0);
        QVERIFY(Inbox(db()).accept(first, kNow).ok());
        QVERIFY(Inbox(db()).accept(second, kNow).ok());
        QCOMPARE(identity().lastInboundSequence, quint64(2));
    }

    void forgedOrMisaddressedPacketsAreRefused()
    {
        const KeyPairs impostor = KeyPairs::generate();
        const QCborMap wipe;
        QCOMPARE(Inbox(db())
                     .accept(fromCouncil(PacketType::Wipe, wipe, {}, 1, &impostor.signSecret), kNow)
                     .code(),
                 ErrorCode::BadSignature);
        // Right signer, other channel.
        OutgoingPacket packet;
        packet.type = PacketType::Wipe;
        packet.sender = councilPartyId();
        packet.recipient = identity().deviceId;
        packet.channel = m_enrolment.breachChannel;
        packet.sequence = 1;
        auto sealed = sealPacket(packet, m_council.signSecret, identity().keys.boxPublic);
        QVERIFY(sealed.ok());
        QCOMPARE(Inbox(db()).accept(sealed->bytes, kNow).code(), ErrorCode::ChannelClosed);
        // Right everything, another device.
        packet.channel = m_enrolment.controlChannel;
        packet.recipient = QByteArray(12, '\x42');
        sealed = sealPacket(packet, m_council.signSecret, identity().keys.boxPublic);
        QVERIFY(sealed.ok());
        QCOMPARE(Inbox(db()).accept(sealed->bytes, kNow).code(), ErrorCode::NotForThisDevice);
        QCOMPARE(count("SELECT count(*) FROM sync_inbound;"), 0);
    }

    void closedChannelCannotBeWrittenTo()
    {
        const QCborMap report{{QStringLiteral("report"),
                               QCborMap{{QStringLiteral("what"), QStringLiteral("Lost bag")}}}};
        QVERIFY(Outbox(db()).enqueue(PacketType::BreachReport, report, kNow).ok());
        QVERIFY(
            Inbox(db())
                .accept(fromCouncil(PacketType::ChannelClose,
                                    QCborMap{{QStringLiteral("id"), m_enrolment.breachChannel}}),
                        kNow)
                .ok());
        QCOMPARE(Outbox(db()).enqueue(PacketType::BreachReport, report, kNow).code(),
                 ErrorCode::ChannelClosed);
    }

    void openedChannelCarriesItsTypesUntilItExpires()
    {
        const QByteArray channel = randomBytes(16);
        QVERIFY(Inbox(db())
                    .accept(fromCouncil(PacketType::ChannelOpen,
                                        QCborMap{{QStringLiteral("id"), channel},
                                                 {QStringLiteral("purpose"),
                                                  QStringLiteral("Consent review")},
                                                 {QStringLiteral("types"),
                                                  QCborArray{QStringLiteral("concern-report")}},
                                                 {QStringLiteral("expires"), kNow + 1000}}),
                            kNow)
                    .ok());
        auto chosen = SyncStore(db()).channelFor(PacketType::ConcernReport, kNow);
        QVERIFY(chosen.ok() && chosen->has_value());
        QCOMPARE((*chosen)->id, channel);
        auto later = SyncStore(db()).channelFor(PacketType::ConcernReport, kNow + 2000);
        QVERIFY(later.ok() && later->has_value());
        QCOMPARE((*later)->id, m_enrolment.breachChannel); // the standing one remains
    }

    void councilAckMarksItemsReceived()
    {
        auto items = Outbox(db()).all();
        QVERIFY(items.ok());
        const QByteArray registerId = items->first().packetId;
        QVERIFY(Inbox(db())
                    .accept(fromCouncil(PacketType::CouncilAck,
                                        QCborMap{{QStringLiteral("acks"), QCborArray{registerId}}}),
                            kNow)
                    .ok());
        auto summary = Outbox(db()).summary();
        QVERIFY(summary.ok());
        QCOMPARE(summary->received, 1);
    }

    void placementEndPurgesAndQueuesAReceipt()
    {
        const QByteArray content("care plan");
        const QString id = QStringLiteral("ffffffffffffffffffffffffffffffff");
        QVERIFY(
            Inbox(db())
                .accept(fromCouncil(PacketType::Document, documentMetadata(content, id), content),
                        kNow)
                .ok());
        QVERIFY(Inbox(db())
                    .accept(fromCouncil(PacketType::PlacementEnd,
                                        QCborMap{{QStringLiteral("serviceUser"),
                                                  QStringLiteral("SU-0042")}}),
                            kNow)
                    .ok());
        QCOMPARE(count("SELECT count(*) FROM documents;"), 0);
        QCOMPARE(count("SELECT count(*) FROM document_chunks;"), 0);
        auto items = Outbox(db()).all();
        QVERIFY(items.ok());
        QCOMPARE(items->last().type, QStringLiteral("disposal-receipt"));
    }

    void volunteerDeviceRefusesDocumentsNotApprovedForVolunteers()
    {
        enrolAs(QStringLiteral("volunteer"));
        const QByteArray content("medical details");
        auto refused = Inbox(db()).accept(
            fromCouncil(
                PacketType::Document,
                documentMetadata(content, QStringLiteral("0123456789abcdef0123456789abcdef")),
                content),
            kNow);
        QCOMPARE(refused.code(), ErrorCode::NotForThisDevice);
        QCOMPARE(count("SELECT count(*) FROM documents;"), 0);
        auto approved = Inbox(db()).accept(
            fromCouncil(
                PacketType::Document,
                documentMetadata(content, QStringLiteral("1123456789abcdef0123456789abcdef"), true),
                content, 1),
            kNow);
        QVERIFY(approved.ok());
    }

    void offlineGraceLocksThenWipes()
    {
        const DeviceIdentity id = identity();
        const qint64 day = 24LL * 3600 * 1000;
        const int grace = id.enrolment.policy.offlineGraceDays;
        QCOMPARE(offlineState(id, kNow + grace * day - 1), OfflineState::Fine);
        QCOMPARE(offlineState(id, kNow + grace * day + 1), OfflineState::SyncRequired);
        QCOMPARE(offlineState(id, kNow + 2 * grace * day + 1), OfflineState::WipeDue);
    }

    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(Outbox::backoffMs(1), 30'000);
        QCOMPARE(Outbox::backoffMs(2), 60'000);
        QVERIFY(Outbox::backoffMs(6) > Outbox::backoffMs(5));
        QCOMPARE(Outbox::backoffMs(50), 3'600'000);
    }
};

QTEST_GUILESS_MAIN(TestDeviceSync)
#include "tst_devicesync.moc"
