// libFuzzer: a packet as it arrives from the relay. decodeHeader, then the signature check
// with the council's fixed key, then openPacket with the device's fixed key pair and sinks that
// read what they are given. The seeds are valid packets sealed for that key pair, so the fuzzer
// starts past the header, the sealed content key and the frames.

#include "documentstore.h"
#include "fuzzsupport.h"
#include "packetcodec.h"

#include <QCborArray>
#include <QCborMap>

using namespace safehaven;
using namespace safehaven::sync;

namespace {

QByteArray seal(PacketType type, const QCborMap &metadata, QByteArrayView content = {},
                quint64 sequence = 1)
{
    OutgoingPacket packet;
    packet.type = type;
    packet.sender = councilPartyId();
    packet.recipient = fuzz::deviceId();
    packet.channel = QByteArray(kChannelIdBytes, '\x07');
    packet.sequence = sequence;
    packet.createdMs = 1'800'000'000'000;
    packet.metadata = metadata;
    packet.content = content;
    auto sealed = sealPacket(packet, fuzz::councilKeys().signSecret, fuzz::deviceKeys().boxPublic);
    if (!sealed)
        std::abort();
    return sealed->bytes;
}

void writeSeeds(const QString &folder)
{
    const QByteArray content = QByteArray("Risk plan: no peanuts. ").repeated(12);
    const QCborMap document{
        {QStringLiteral("id"), QStringLiteral("0123456789abcdef0123456789abcdef")},
        {QStringLiteral("serviceUser"), QStringLiteral("SU-0042")},
        {QStringLiteral("initials"), QStringLiteral("JB")},
        {QStringLiteral("type"), QStringLiteral("risk-management-plan")},
        {QStringLiteral("class"), QStringLiteral("high")},
        {QStringLiteral("title"), QStringLiteral("Risk plan")},
        {QStringLiteral("mime"), QStringLiteral("text/plain")},
        {QStringLiteral("size"), content.size()},
        {QStringLiteral("sha256"), QCryptographicHash::hash(content, QCryptographicHash::Sha256)}};
    fuzz::writeSeed(folder, seal(PacketType::Document, document, content));
    fuzz::writeSeed(folder, seal(PacketType::Policy,
                                 QCborMap{{QStringLiteral("idleLockMaxSeconds"), 60},
                                          {QStringLiteral("pinAttemptLimit"), 6},
                                          {QStringLiteral("offlineGraceDays"), 7}},
                                 {}, 2));
    fuzz::writeSeed(folder, seal(PacketType::ChannelOpen,
                                 QCborMap{{QStringLiteral("id"), QByteArray(16, '\x09')},
                                          {QStringLiteral("purpose"), QStringLiteral("Review")},
                                          {QStringLiteral("types"),
                                           QCborArray{QStringLiteral("concern-report")}}},
                                 {}, 3));
    fuzz::writeSeed(folder,
                    seal(PacketType::CouncilAck,
                         QCborMap{{QStringLiteral("acks"), QCborArray{QByteArray(16, '\x01')}}}, {},
                         4));
    fuzz::writeSeed(folder, seal(PacketType::Wipe, QCborMap{}, {}, 5));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    (void)fuzz::councilKeys();
    (void)fuzz::deviceKeys();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView packet(reinterpret_cast<const char *>(data), qsizetype(size));
    auto header = decodeHeader(packet);
    const Status verified = verifySignature(packet, fuzz::councilKeys().signPublic);
    if (!header)
        return 0;
    (void)packetFileName(*header);
    // Decrypt whether or not the signature holds, so the fuzzer can change a sealed packet and
    // still reach the frames (the sinks see only what authenticated).
    volatile qint64 seen = 0; // the sinks read every byte handed to them
    PacketSinks sinks;
    sinks.metadata = [&](const QCborMap &metadata) -> Status {
        if (header->type == PacketType::Document)
            (void)documentInfoFromMetadata(metadata);
        return success();
    };
    sinks.content = [&](QByteArrayView bytes) -> Status {
        for (char c : bytes)
            seen = seen + c;
        return success();
    };
    auto opened = openPacket(packet, *header, fuzz::deviceKeys(), sinks);
    (void)opened;
    (void)verified;
    return 0;
}
