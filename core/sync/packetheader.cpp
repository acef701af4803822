#include "packetheader.h"

#include "sodiumruntime.h"

#include <QRegularExpression>
#include <QtEndian>

#include <sodium.h>

namespace safehaven::sync {

namespace {

constexpr char kMagic[4] = {'S', 'H', 'P', 'K'};

void appendBigEndian(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

quint64 readBigEndian(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<quint64>(bytes.data() + offset);
}

Error malformed(const char *why)
{
    return makeError(ErrorCode::Malformed,
                     QStringLiteral("Not a valid packet: %1.").arg(QLatin1String(why)));
}

} // namespace

qint64 maxBodyBytes(PacketType type)
{
    return type == PacketType::Document ? kMaxDocumentBodyBytes : kMaxOtherBodyBytes;
}

qint64 maxPacketBytes(PacketType type)
{
    return kHeaderBytes + maxBodyBytes(type) + kSignatureBytes;
}

QByteArray encodeHeader(const PacketHeader &header)
{
    QByteArray out;
    out.reserve(kHeaderBytes);
    out.append(kMagic, 4);
    out.append(char(header.version));
    out.append(char(header.type));
    out.append(2, '\0'); // reserved
    out.append(header.packetId);
    out.append(header.sender);
    out.append(header.recipient);
    out.append(header.channel);
    appendBigEndian(out, header.sequence);
    appendBigEndian(out, quint64(header.createdMs));
    appendBigEndian(out, header.bodyLength);
    Q_ASSERT(out.size() == kHeaderBytes);
    return out;
}

Result<PacketHeader> decodeHeader(QByteArrayView packet)
{
    if (packet.size() < kHeaderBytes + kSignatureBytes)
        return malformed("too short");
    if (packet.first(4) != QByteArrayView(kMagic, 4))
        return malformed("wrong magic");
    PacketHeader header;
    header.version = quint8(packet[4]);
    if (header.version != kProtocolVersion)
        return makeError(
            ErrorCode::UnsupportedVersion,
            QStringLiteral("Packet format version %1 is not supported.").arg(header.version));
    auto type = packetTypeFromWire(quint8(packet[5]));
    if (!type)
        return malformed("unknown type");
    header.type = *type;
    if (packet[6] != '\0' || packet[7] != '\0')
        return malformed("reserved bytes set");
    qsizetype at = 8;
    header.packetId = packet.sliced(at, kPacketIdBytes).toByteArray();
    at += kPacketIdBytes;
    header.sender = packet.sliced(at, kPartyIdBytes).toByteArray();
    at += kPartyIdBytes;
    header.recipient = packet.sliced(at, kPartyIdBytes).toByteArray();
    at += kPartyIdBytes;
    header.channel = packet.sliced(at, kChannelIdBytes).toByteArray();
    at += kChannelIdBytes;
    header.sequence = readBigEndian(packet, at);
    header.createdMs = qint64(readBigEndian(packet, at + 8));
    header.bodyLength = readBigEndian(packet, at + 16);
    if (header.sequence == 0)
        return malformed("sequence zero");
    if (header.bodyLength > quint64(maxBodyBytes(header.type)))
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("A %1 packet of %2 bytes is over the limit.")
                             .arg(packetTypeName(header.type))
                             .arg(header.bodyLength));
    if (quint64(packet.size()) != kHeaderBytes + header.bodyLength + kSignatureBytes)
        return malformed("length does not match the header (truncated or padded)");
    return header;
}

QByteArray councilPartyId()
{
    return QByteArray(kPartyIdBytes, '\0');
}

bool isCouncil(const QByteArray &partyId)
{
    return partyId == councilPartyId();
}

QString partyName(const QByteArray &partyId)
{
    if (isCouncil(partyId))
        return QStringLiteral("council");
    return QString::fromLatin1(partyId.toHex());
}

Result<QByteArray> partyIdFromName(const QString &name)
{
    if (name == QLatin1String("council"))
        return councilPartyId();
    static const QRegularExpression deviceId(QStringLiteral("^[0-9a-f]{24}$"));
    if (!deviceId.match(name).hasMatch())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("A device id is 24 lowercase hex characters."));
    QByteArray id = QByteArray::fromHex(name.toLatin1());
    if (isCouncil(id))
        return makeError(ErrorCode::Malformed, QStringLiteral("That device id is reserved."));
    return id;
}

QByteArray randomBytes(qsizetype count)
{
    ensureSodium();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QString packetFileName(const PacketHeader &header)
{
    char sequence[8];
    qToBigEndian(header.sequence, sequence);
    return partyName(header.sender) + QLatin1Char('-') +
           QString::fromLatin1(QByteArray(sequence, 8).toHex()) +
           QString::fromLatin1(header.packetId.first(8).toHex());
}

std::optional<NamedPacket> parsePacketFileName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-f]{24}|council)-([0-9a-f]{16})[0-9a-f]{16}$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    return NamedPacket{match.captured(1), match.captured(2).toULongLong(nullptr, 16)};
}

} // namespace safehaven::sync
