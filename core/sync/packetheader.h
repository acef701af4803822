#pragma once

#include "packettype.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace safehaven::sync {

// The fixed-size, signed, cleartext part of every packet (docs/sync-protocol.md, "Header").
// It says who, to whom, on which channel and in which order: never what.
inline constexpr quint8 kProtocolVersion = 1;
inline constexpr qsizetype kHeaderBytes = 88;
inline constexpr qsizetype kSignatureBytes = 64;
inline constexpr qsizetype kPacketIdBytes = 16;
inline constexpr qsizetype kPartyIdBytes = 12;
inline constexpr qsizetype kChannelIdBytes = 16;

// Size limits, checked from the header before a byte is decrypted.
inline constexpr qint64 kMaxDocumentBodyBytes = 128LL * 1024 * 1024;
inline constexpr qint64 kMaxOtherBodyBytes = 1024LL * 1024;
qint64 maxBodyBytes(PacketType type);
qint64 maxPacketBytes(PacketType type);
inline constexpr qint64 kMaxAnyPacketBytes = kHeaderBytes + kMaxDocumentBodyBytes + kSignatureBytes;

struct PacketHeader
{
    quint8 version = kProtocolVersion;
    PacketType type = PacketType::CouncilAck;
    QByteArray packetId;  // 16 random bytes: the idempotency key
    QByteArray sender;    // 12 bytes: a device id, or all zero for the council
    QByteArray recipient; // 12 bytes, likewise
    QByteArray channel;   // 16 bytes
    quint64 sequence = 0; // per sender and recipient, from 1, no gaps
    qint64 createdMs = 0; // the sender's clock: shown, never trusted for order
    quint64 bodyLength = 0;
};

QByteArray encodeHeader(const PacketHeader &header);
// Parses and checks the header against the whole packet's size: version, known type, limits,
// exact length. Nothing else is trusted until the signature is checked.
[[nodiscard]] Result<PacketHeader> decodeHeader(QByteArrayView packet);

// Parties: a device id is 24 lowercase hex characters (12 bytes); the council is "council".
QByteArray councilPartyId();
bool isCouncil(const QByteArray &partyId);
QString partyName(const QByteArray &partyId);
[[nodiscard]] Result<QByteArray> partyIdFromName(const QString &name);
QByteArray randomBytes(qsizetype count);

// The relay file name: "<sender>-<sequence as 16 hex><first 8 bytes of the id as 16 hex>", so
// a listing sorts in sending order. Only a hint: the signed header is what counts.
QString packetFileName(const PacketHeader &header);
// The sequence a file name claims, for ordering a listing; nullopt for foreign names.
struct NamedPacket
{
    QString sender;
    quint64 sequence = 0;
};
std::optional<NamedPacket> parsePacketFileName(const QString &name);

} // namespace safehaven::sync
