// The packet format: what seals opens, and every way a packet can be wrong is refused with the
// right reason before anything is handed on.
#include "packetcodec.h"
#include "receivecheck.h"

#include <QCborValue>
#include <QTest>

#include <sodium.h>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

QByteArray deviceId()
{
    return QByteArray::fromHex("0123456789abcdef01234567");
}

OutgoingPacket councilToDevice(PacketType type, quint64 sequence)
{
    OutgoingPacket packet;
    packet.type = type;
    packet.sender = councilPartyId();
    packet.recipient = deviceId();
    packet.channel = QByteArray(kChannelIdBytes, '\x07');
    packet.sequence = sequence;
    packet.createdMs = 1'700'000'000'000;
    packet.metadata = QCborMap{{QStringLiteral("note"), QStringLiteral("hello")}};
    return packet;
}

} // namespace

class TestPacket : public QObject
{
    Q_OBJECT

private:
    KeyPairs council = KeyPairs::generate();
    KeyPairs device = KeyPairs::generate();

    SealedPacket seal(const OutgoingPacket &packet)
    {
        auto sealed = sealPacket(packet, council.signSecret, device.boxPublic);
        if (!sealed)
            qFatal("seal failed");
        return std::move(sealed).value();
    }

    // Decode, verify and open as a device would; returns the first refusal.
    Result<QCborMap> receive(const QByteArray &bytes, QByteArray *content = nullptr)
    {
        auto header = decodeHeader(bytes);
        if (!header)
            return header.error();
        if (auto verified = verifySignature(bytes, council.signPublic); !verified)
            return verified.error();
        PacketSinks sinks;
        sinks.content = [content](QByteArrayView chunk) {
            if (content)
                content->append(chunk.toByteArray());
            return success();
        };
        return openPacket(bytes, *header, device, sinks);
    }

private slots:
    void smallPacketRoundTrips()
    {
        const SealedPacket sealed = seal(councilToDevice(PacketType::ChannelOpen, 1));
        auto opened = receive(sealed.bytes);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->value(QStringLiteral("note")).toString(), QStringLiteral("hello"));
        auto header = decodeHeader(sealed.bytes);
        QVERIFY(header.ok());
        QCOMPARE(header->packetId, sealed.header.packetId);
        QCOMPARE(header->sequence, quint64(1));
        QCOMPARE(header->type, PacketType::ChannelOpen);
        QVERIFY(!sealed.bytes.contains("hello"));
    }

    void documentStreamsInFramesAndRoundTrips()
    {
        QByteArray content(3 * kContentFrameBytes + 123, Qt::Uninitialized);
        randombytes_buf(content.data(), size_t(content.size()));
        OutgoingPacket packet = councilToDevice(PacketType::Document, 2);
        packet.content = content;
        QByteArray received;
        auto opened = receive(seal(packet).bytes, &received);
        QVERIFY(opened.ok());
        QCOMPARE(received, content);
    }

    void packetIdsAreFreshEachTime()
    {
        const auto packet = councilToDevice(PacketType::Policy, 3);
        QVERIFY(seal(packet).header.packetId != seal(packet).header.packetId);
    }

    void fileNameSortsBySequence()
    {
        SealedPacket early = seal(councilToDevice(PacketType::Policy, 9));
        SealedPacket late = seal(councilToDevice(PacketType::Policy, 10));
        QVERIFY(packetFileName(early.header) < packetFileName(late.header));
        auto named = parsePacketFileName(packetFileName(late.header));
        QVERIFY(named.has_value());
        QCOMPARE(named->sender, QStringLiteral("council"));
        QCOMPARE(named->sequence, quint64(10));
        QVERIFY(!parsePacketFileName(QStringLiteral("../council-00")).has_value());
    }

    void everyFlippedByteIsRefused()
    {
        const QByteArray bytes = seal(councilToDevice(PacketType::Policy, 4)).bytes;
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray tampered = bytes;
            tampered[at] = char(tampered[at] ^ 0x01);
            QVERIFY2(!receive(tampered).ok(), qPrintable(QStringLiteral("byte %1").arg(at)));
        }
    }

    void wrongSignerIsRefused()
    {
        const KeyPairs impostor = KeyPairs::generate();
        auto forged =
            sealPacket(councilToDevice(PacketType::Wipe, 5), impostor.signSecret, device.boxPublic);
        QVERIFY(forged.ok());
        auto opened = receive(forged->bytes);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::BadSignature);
    }

    void sealedForSomeoneElseIsRefused()
    {
        const KeyPairs other = KeyPairs::generate();
        auto sealed =
            sealPacket(councilToDevice(PacketType::Policy, 6), council.signSecret, other.boxPublic);
        QVERIFY(sealed.ok());
        auto opened = receive(sealed->bytes);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::NotForThisDevice);
    }

    void truncatedAndPaddedPacketsAreRefused()
    {
        const QByteArray bytes = seal(councilToDevice(PacketType::Policy, 7)).bytes;
        QCOMPARE(decodeHeader(bytes.first(bytes.size() - 1)).code(), ErrorCode::Malformed);
        QCOMPARE(decodeHeader(bytes + "x").code(), ErrorCode::Malformed);
        QCOMPARE(decodeHeader(bytes.first(40)).code(), ErrorCode::Malformed);
        QCOMPARE(decodeHeader(QByteArray()).code(), ErrorCode::Malformed);
    }

    void unknownVersionIsRefusedByName()
    {
        QByteArray bytes = seal(councilToDevice(PacketType::Policy, 8)).bytes;
        bytes[4] = 2;
        QCOMPARE(decodeHeader(bytes).code(), ErrorCode::UnsupportedVersion);
    }

    void oversizedHeaderIsRefusedBeforeReadingTheBody()
    {
        PacketHeader header;
        header.type = PacketType::Policy;
        header.packetId = QByteArray(kPacketIdBytes, '\1');
        header.sender = councilPartyId();
        header.recipient = deviceId();
        header.channel = QByteArray(kChannelIdBytes, '\2');
        header.sequence = 1;
        header.bodyLength = quint64(kMaxOtherBodyBytes) + 1;
        const QByteArray bytes = encodeHeader(header) + QByteArray(kSignatureBytes, '\0');
        QCOMPARE(decodeHeader(bytes).code(), ErrorCode::TooLarge);
        header.type = PacketType::Document;
        header.bodyLength = quint64(kMaxDocumentBodyBytes) + 1;
        QCOMPARE(decodeHeader(encodeHeader(header) + QByteArray(kSignatureBytes, '\0')).code(),
                 ErrorCode::TooLarge);
    }

    void streamCutAtAFrameBoundaryIsTruncation()
    {
        // Re-sign a body missing its last frame: the signature passes, the stream must not.
        QByteArray content(2 * kContentFrameBytes, 'x');
        OutgoingPacket packet = councilToDevice(PacketType::Document, 11);
        packet.content = content;
        const QByteArray whole = seal(packet).bytes;
        auto header = decodeHeader(whole);
        QVERIFY(header.ok());
        const qsizetype lastFrame = 4 + kContentFrameBytes + 17;
        PacketHeader cut = *header;
        cut.bodyLength -= quint64(lastFrame);
        QByteArray body = whole.sliced(kHeaderBytes, qsizetype(cut.bodyLength));
        QByteArray bytes = encodeHeader(cut) + body;
        crypto_sign_state state;
        crypto_sign_init(&state);
        crypto_sign_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                           quint64(bytes.size()));
        unsigned char signature[crypto_sign_BYTES];
        crypto_sign_final_create(&state, signature, nullptr, council.signSecret.data());
        bytes.append(reinterpret_cast<const char *>(signature), crypto_sign_BYTES);
        auto opened = receive(bytes);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::Malformed);
    }

    void contentOnlyInDocuments()
    {
        OutgoingPacket packet = councilToDevice(PacketType::Policy, 12);
        const QByteArray content("abc");
        packet.content = content;
        QCOMPARE(sealPacket(packet, council.signSecret, device.boxPublic).code(),
                 ErrorCode::Malformed);
    }

    void partyNames()
    {
        QCOMPARE(partyName(councilPartyId()), QStringLiteral("council"));
        QCOMPARE(partyName(deviceId()), QStringLiteral("0123456789abcdef01234567"));
        QVERIFY(partyIdFromName(QStringLiteral("0123456789abcdef01234567")).ok());
        QVERIFY(!partyIdFromName(QStringLiteral("0123456789ABCDEF01234567")).ok());
        QVERIFY(!partyIdFromName(QStringLiteral("000000000000000000000000")).ok());
        QVERIFY(!partyIdFromName(QStringLiteral("../etc")).ok());
    }

    void orderRules()
    {
        PacketHeader header;
        header.type = PacketType::Document;
        header.packetId = QByteArray(kPacketIdBytes, '\1');
        header.sequence = 5;
        QVERIFY(checkOrder(header, {4, {}}).ok());
        QCOMPARE(checkOrder(header, {5, {}}).code(), ErrorCode::Replay);
        QCOMPARE(checkOrder(header, {9, {}}).code(), ErrorCode::Replay);
        QCOMPARE(checkOrder(header, {3, {}}).code(), ErrorCode::SequenceGap);
        QCOMPARE(checkOrder(header, {4, [](const QByteArray &) { return true; }}).code(),
                 ErrorCode::Replay);
    }

    void addressingRules()
    {
        PacketHeader header;
        header.type = PacketType::Document;
        header.sender = councilPartyId();
        header.recipient = deviceId();
        QVERIFY(checkAddressing(header, deviceId(), councilPartyId()).ok());
        QCOMPARE(checkAddressing(header, QByteArray(12, '\5'), councilPartyId()).code(),
                 ErrorCode::NotForThisDevice);
        header.type = PacketType::BreachReport; // outbound type from the council
        QCOMPARE(checkAddressing(header, deviceId(), councilPartyId()).code(),
                 ErrorCode::Malformed);
        header.sender = QByteArray(12, '\6');
        QCOMPARE(checkAddressing(header, deviceId(), councilPartyId()).code(),
                 ErrorCode::BadSignature);
    }

    void typeNamesRoundTrip()
    {
        for (int wire = 0; wire < 256; ++wire) {
            auto type = packetTypeFromWire(quint8(wire));
            if (!type)
                continue;
            QVERIFY(packetTypeFromName(packetTypeName(*type)).has_value());
        }
        QCOMPARE(packetTypeFromName(QStringLiteral("breach-report")), PacketType::BreachReport);
        QVERIFY(isInbound(PacketType::Wipe));
        QVERIFY(!isInbound(PacketType::BreachReport));
    }
};

QTEST_GUILESS_MAIN(TestPacket)
#include "tst_packet.moc"
