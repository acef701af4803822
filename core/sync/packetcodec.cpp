#include "packetcodec.h"

#include "sodiumruntime.h"

#include <QCborValue>
#include <QtEndian>

#include <sodium.h>

namespace safehaven::sync {

namespace {

using State = crypto_secretstream_xchacha20poly1305_state;
constexpr qsizetype kSealedKeyBytes =
    crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qsizetype kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kFrameOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Error malformed(const QString &why)
{
    return makeError(ErrorCode::Malformed, QStringLiteral("Not a valid packet: %1.").arg(why));
}

void pushFrame(State &state, QByteArray &body, QByteArrayView plaintext, QByteArrayView ad,
               unsigned char tag)
{
    const auto length = quint32(plaintext.size() + kFrameOverhead);
    char prefix[4];
    qToBigEndian(length, prefix);
    body.append(prefix, 4);
    const qsizetype at = body.size();
    body.resize(at + qsizetype(length));
    crypto_secretstream_xchacha20poly1305_push(
        &state, reinterpret_cast<unsigned char *>(body.data() + at), nullptr, bytesOf(plaintext),
        quint64(plaintext.size()), ad.isEmpty() ? nullptr : bytesOf(ad), quint64(ad.size()), tag);
}

} // namespace

Result<SealedPacket> sealPacket(const OutgoingPacket &packet, const SecureBuffer &senderSignSecret,
                                const QByteArray &recipientBoxPublic)
{
    ensureSodium();
    if (senderSignSecret.size() != crypto_sign_SECRETKEYBYTES ||
        recipientBoxPublic.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(ErrorCode::CryptoFailure, QStringLiteral("Missing packet keys."));
    if (packet.sender.size() != kPartyIdBytes || packet.recipient.size() != kPartyIdBytes ||
        packet.channel.size() != kChannelIdBytes || packet.sequence == 0)
        return malformed(QStringLiteral("incomplete addressing"));
    if (!packet.content.isEmpty() && packet.type != PacketType::Document)
        return malformed(QStringLiteral("only documents carry content"));
    const QByteArray metadata = QCborValue(packet.metadata).toCbor();
    if (metadata.size() > kMaxMetadataBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("Packet metadata is too large."));

    PacketHeader header;
    header.type = packet.type;
    header.packetId = randomBytes(kPacketIdBytes);
    header.sender = packet.sender;
    header.recipient = packet.recipient;
    header.channel = packet.channel;
    header.sequence = packet.sequence;
    header.createdMs = packet.createdMs;

    const qsizetype frames =
        1 + (packet.content.size() + kContentFrameBytes - 1) / kContentFrameBytes;
    header.bodyLength =
        quint64(kSealedKeyBytes + kStreamHeaderBytes + frames * (4 + kFrameOverhead) +
                metadata.size() + packet.content.size());
    if (header.bodyLength > quint64(maxBodyBytes(packet.type)))
        return makeError(ErrorCode::TooLarge, QStringLiteral("The packet is over its size limit."));

    QByteArray bytes = encodeHeader(header);
    bytes.reserve(qsizetype(kHeaderBytes + header.bodyLength + kSignatureBytes));

    SecureBuffer contentKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(contentKey.data());
    bytes.resize(kHeaderBytes + kSealedKeyBytes);
    crypto_box_seal(reinterpret_cast<unsigned char *>(bytes.data() + kHeaderBytes),
                    contentKey.data(), contentKey.size(), bytesOf(recipientBoxPublic));

    State state;
    bytes.resize(bytes.size() + kStreamHeaderBytes);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(bytes.data() + bytes.size() - kStreamHeaderBytes),
        contentKey.data());
    const QByteArray headerBytes = bytes.first(kHeaderBytes);
    const bool metadataOnly = packet.content.isEmpty();
    pushFrame(state, bytes, metadata, headerBytes,
              metadataOnly ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                           : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    for (qsizetype at = 0; at < packet.content.size(); at += kContentFrameBytes) {
        const auto frame =
            packet.content.sliced(at, qMin(kContentFrameBytes, packet.content.size() - at));
        const bool last = at + frame.size() >= packet.content.size();
        pushFrame(state, bytes, frame, {},
                  last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                       : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    }
    sodium_memzero(&state, sizeof state);
    Q_ASSERT(quint64(bytes.size()) == kHeaderBytes + header.bodyLength);

    crypto_sign_state signer;
    crypto_sign_init(&signer);
    crypto_sign_update(&signer, bytesOf(bytes), quint64(bytes.size()));
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_final_create(&signer, signature, nullptr, senderSignSecret.data());
    bytes.append(reinterpret_cast<const char *>(signature), crypto_sign_BYTES);
    return SealedPacket{std::move(header), std::move(bytes)};
}

Status verifySignature(QByteArrayView packet, const QByteArray &senderSignPublic)
{
    ensureSodium();
    if (senderSignPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        packet.size() < kHeaderBytes + kSignatureBytes)
        return makeError(ErrorCode::BadSignature, QStringLiteral("The packet is not signed."));
    const qsizetype signedBytes = packet.size() - kSignatureBytes;
    crypto_sign_state verifier;
    crypto_sign_init(&verifier);
    crypto_sign_update(&verifier, bytesOf(packet), quint64(signedBytes));
    // crypto_sign_final_verify takes a non-const signature pointer.
    unsigned char signature[crypto_sign_BYTES];
    memcpy(signature, packet.data() + signedBytes, crypto_sign_BYTES);
    if (crypto_sign_final_verify(&verifier, signature, bytesOf(senderSignPublic)) != 0)
        return makeError(ErrorCode::BadSignature,
                         QStringLiteral("The packet's signature does not match its sender."));
    return success();
}

Result<QCborMap> openPacket(QByteArrayView packet, const PacketHeader &header,
                            const KeyPairs &recipient, const PacketSinks &sinks)
{
    ensureSodium();
    if (!recipient.complete())
        return makeError(ErrorCode::CryptoFailure, QStringLiteral("Missing packet keys."));
    const QByteArrayView body = packet.sliced(kHeaderBytes, qsizetype(header.bodyLength));
    if (body.size() < kSealedKeyBytes + kStreamHeaderBytes + 4 + kFrameOverhead)
        return malformed(QStringLiteral("body too short"));

    SecureBuffer contentKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_box_seal_open(contentKey.data(), bytesOf(body), quint64(kSealedKeyBytes),
                             bytesOf(recipient.boxPublic), recipient.boxSecret.data()) != 0)
        return makeError(ErrorCode::NotForThisDevice,
                         QStringLiteral("The packet was not sealed for this key."));
    State state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytesOf(body.sliced(kSealedKeyBytes)), contentKey.data()) != 0)
        return malformed(QStringLiteral("bad stream header"));

    const QByteArrayView headerBytes = packet.first(kHeaderBytes);
    SecureBuffer plaintext(kMaxMetadataBytes > kContentFrameBytes ? kMaxMetadataBytes
                                                                  : kContentFrameBytes);
    QCborMap metadata;
    qsizetype at = kSealedKeyBytes + kStreamHeaderBytes;
    bool final = false;
    for (int frame = 0; at < body.size(); ++frame) {
        if (final)
            return malformed(QStringLiteral("data after the final frame"));
        if (body.size() - at < 4)
            return malformed(QStringLiteral("truncated frame length"));
        const qsizetype length = qsizetype(qFromBigEndian<quint32>(body.data() + at));
        at += 4;
        if (length < kFrameOverhead || length - kFrameOverhead > qsizetype(plaintext.size()) ||
            length > body.size() - at)
            return malformed(QStringLiteral("bad frame length"));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const QByteArrayView ad = frame == 0 ? headerBytes : QByteArrayView();
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plaintext.data(), &plainLength, &tag, bytesOf(body.sliced(at)),
                quint64(length), ad.isEmpty() ? nullptr : bytesOf(ad), quint64(ad.size())) != 0)
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("A packet frame failed authentication (tampered, "
                                            "reordered or from a different packet)."));
        at += length;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        const QByteArrayView clear(reinterpret_cast<const char *>(plaintext.data()),
                                   qsizetype(plainLength));
        if (frame == 0) {
            QCborParserError error;
            const QCborValue value = QCborValue::fromCbor(clear.toByteArray(), &error);
            if (error.error != QCborError::NoError || !value.isMap())
                return malformed(QStringLiteral("metadata is not a CBOR map"));
            metadata = value.toMap();
            if (sinks.metadata) {
                if (auto taken = sinks.metadata(metadata); !taken)
                    return taken.error();
            }
        } else {
            if (header.type != PacketType::Document)
                return malformed(QStringLiteral("content in a packet that carries none"));
            if (sinks.content) {
                if (auto taken = sinks.content(clear); !taken)
                    return taken.error();
            }
        }
    }
    sodium_memzero(&state, sizeof state);
    if (!final)
        return malformed(QStringLiteral("the stream ends before its final frame (truncated)"));
    return metadata;
}

} // namespace safehaven::sync
