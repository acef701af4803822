#pragma once

#include "keypairs.h"
#include "packetheader.h"

#include <QCborMap>

#include <functional>

namespace safehaven::sync {

// Packet = header | body | Ed25519ph signature over header and body.
// Body = content key sealed to the recipient (crypto_box_seal) | secretstream header | frames,
// each frame a 4-byte big-endian length and one secretstream message. Frame 0 is the CBOR
// metadata (with the header as associated data), then content frames of at most 64 KiB; the
// last frame carries the FINAL tag, so truncation, reordering and duplication are detected.
inline constexpr qsizetype kContentFrameBytes = 64 * 1024;
inline constexpr qsizetype kMaxMetadataBytes = 64 * 1024;

struct OutgoingPacket
{
    PacketType type = PacketType::CouncilAck;
    QByteArray sender;
    QByteArray recipient;
    QByteArray channel;
    quint64 sequence = 0;
    qint64 createdMs = 0;
    QCborMap metadata;
    QByteArrayView content; // documents only; empty for the rest
};

struct SealedPacket
{
    PacketHeader header;
    QByteArray bytes;
};

// Seals and signs. The packet id is fresh and random.
[[nodiscard]] Result<SealedPacket> sealPacket(const OutgoingPacket &packet,
                                              const SecureBuffer &senderSignSecret,
                                              const QByteArray &recipientBoxPublic);

// Checks the Ed25519ph signature over everything before it. Does not decrypt.
[[nodiscard]] Status verifySignature(QByteArrayView packet, const QByteArray &senderSignPublic);

// Decrypts a packet whose header was decoded (and, except for register, whose signature was
// verified). The metadata, then each content frame, go to the sinks as they are decrypted;
// success is returned only once the FINAL frame authenticates, so a caller that stores inside a
// transaction and commits only on success never keeps part of a packet.
struct PacketSinks
{
    std::function<Status(const QCborMap &metadata)> metadata;
    std::function<Status(QByteArrayView plaintext)> content;
};
[[nodiscard]] Result<QCborMap> openPacket(QByteArrayView packet, const PacketHeader &header,
                                          const KeyPairs &recipient, const PacketSinks &sinks = {});

} // namespace safehaven::sync
