#include "deskinbox.h"

#include "cborfields.h"
#include "deskaudit.h"
#include "deskconsent.h"
#include "deskoutbox.h"
#include "lockedreports.h"
#include "logging.h"
#include "packetcodec.h"
#include "receivecheck.h"
#include "reportfields.h"
#include "sharedecision.h"

#include <QCborArray>
#include <QCborValue>
#include <QRegularExpression>

#include <sodium.h>

namespace safehaven::desk {

using sync::PacketType;

namespace {

Error refused(const sync::PacketHeader &header, const Error &error)
{
    // Reason, type and sequence only: never names, content or keys.
    qCInfo(lcDesk).noquote() << "refused" << sync::packetTypeName(header.type) << "sequence"
                             << header.sequence << "reason" << int(error.code);
    return error;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

} // namespace

bool DeskInbox::keepOnRelay(ErrorCode code)
{
    return code == ErrorCode::SequenceGap || code == ErrorCode::StoreError ||
           code == ErrorCode::StoreFull || code == ErrorCode::StoreDamaged ||
           code == ErrorCode::Io || code == ErrorCode::CryptoFailure;
}

Status checkDeviceMetadata(PacketType type, const QCborMap &metadata)
{
    sync::CborFields fields(metadata, sync::packetTypeName(type));
    switch (type) {
    case PacketType::Register: {
        fields.bytes("token", 32);
        fields.bytes("sign", 32);
        fields.bytes("box", 32);
        const QString role = fields.text("role", 20);
        if (fields.ok() && role != QLatin1String("carer") && role != QLatin1String("volunteer"))
            return makeError(ErrorCode::Malformed, QStringLiteral("register: unknown role."));
        break;
    }
    case PacketType::BreachReport:
        // docs/breach-reporting.md: the same checker the device runs before queueing.
        return reports::checkBreachMetadata(metadata);
    case PacketType::ConcernReport: {
        // {reportId, kind: confidentiality-concern | share-decision, concern}.
        if (auto checked = reports::checkConcernMetadata(metadata); !checked)
            return checked;
        if (metadata.value(QStringLiteral("kind")).toString() ==
            QLatin1String(consent::kShareDecisionKind))
            return checkShareDecisionConcern(metadata.value(QStringLiteral("concern")).toMap());
        return success();
    }
    case PacketType::ConsentChange:
        return checkConsentChange(metadata);
    case PacketType::ChecklistEvidence:
        fields.array("completions", 4096);
        break;
    case PacketType::AuditDigest: {
        fields.bytes("head", 32);
        const qint64 count = fields.integer("count", 0, std::numeric_limits<qint64>::max());
        if (!metadata.value(QStringLiteral("intact")).isBool())
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("audit-digest: intact is missing or not true/false."));
        const bool intact = fields.boolean("intact", true);
        const qint64 brokenAt = fields.optionalInteger("brokenAt", 1, count, 0);
        if (fields.ok() && intact != (brokenAt == 0))
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("audit-digest: brokenAt goes with intact false only."));
        break;
    }
    case PacketType::DisposalReceipt: {
        const QCborArray documents = fields.array("documents", 100000);
        const QString reason = fields.text("reason", 20);
        if (!fields.ok())
            break;
        const bool paperReturned = reason == QLatin1String("paper-returned");
        if (reason != QLatin1String("retention") && reason != QLatin1String("placement-end") &&
            reason != QLatin1String("wipe") && reason != QLatin1String("consent") && !paperReturned)
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("disposal-receipt: unknown reason."));
        if (paperReturned) {
            // The paper register's ids ("paper-<n>") for the placement named.
            fields.text("serviceUser", 64);
            if (!fields.ok())
                break;
            static const QRegularExpression paperId(QStringLiteral("^paper-[1-9][0-9]{0,17}$"));
            for (const QCborValue &id : documents) {
                if (!id.isString() || !paperId.match(id.toString()).hasMatch())
                    return makeError(ErrorCode::Malformed,
                                     QStringLiteral("disposal-receipt: a paper item id is not "
                                                    "paper-<number>."));
            }
        }
        for (const QCborValue &id : documents) {
            if (!id.isString())
                return makeError(ErrorCode::Malformed,
                                 QStringLiteral("disposal-receipt: a document id is not text."));
        }
        break;
    }
    case PacketType::DeviceAck: {
        const QCborArray acks = fields.array("acks", 100000);
        if (!fields.ok())
            break;
        for (const QCborValue &id : acks) {
            if (!id.isByteArray() || id.toByteArray().size() != sync::kPacketIdBytes)
                return makeError(ErrorCode::Malformed, QStringLiteral("ack: a bad packet id."));
        }
        break;
    }
    default:
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("A council packet type cannot come from a device."));
    }
    if (!fields.ok())
        return fields.error();
    return success();
}

Result<AcceptedPacket> DeskInbox::accept(const QByteArray &bytes, const QString &fileName,
                                         qint64 nowMs)
{
    Q_UNUSED(fileName); // a hint only: the signed header decides
    // Step 3 (the listing's size check is step 1, done by the caller): the header, including
    // the body length against the type's limit, before anything is decrypted.
    if (bytes.size() > sync::kMaxAnyPacketBytes)
        return makeError(ErrorCode::TooLarge, QStringLiteral("A packet over every size limit."));
    auto header = sync::decodeHeader(bytes);
    if (!header) {
        qCInfo(lcDesk) << "refused a packet with a bad header, reason" << int(header.code());
        return header.error();
    }
    if (header->type == PacketType::Register)
        return acceptRegister(bytes, *header, nowMs);
    return acceptFromDevice(bytes, *header, nowMs);
}

Result<ChannelRecord> DeskInbox::checkChannel(const sync::PacketHeader &header,
                                              const DeviceRecord &device, qint64 nowMs)
{
    auto channel = m_store.channel(header.channel);
    if (!channel)
        return channel.error();
    const QString type = sync::packetTypeName(header.type);
    if (!channel->has_value() || channel->value().device != device.id)
        return makeError(
            ErrorCode::ChannelClosed,
            QStringLiteral("A %1 packet on an unknown channel was refused.").arg(type));
    const ChannelRecord &record = channel->value();
    if (record.closed)
        return makeError(ErrorCode::ChannelClosed,
                         QStringLiteral("A %1 packet on a closed channel was refused.").arg(type));
    if (record.expiresMs != 0 && nowMs > record.expiresMs)
        return makeError(
            ErrorCode::ChannelClosed,
            QStringLiteral("A %1 packet on an expired channel was refused.").arg(type));
    if (!record.types.contains(header.type))
        return makeError(ErrorCode::ChannelClosed,
                         QStringLiteral("A %1 packet on a channel that does not allow it was "
                                        "refused.")
                             .arg(type));
    return record;
}

Status DeskInbox::consume(const sync::PacketHeader &header, DeviceRecord device, qint64 nowMs)
{
    return m_store.inTransaction([&]() -> Status {
        if (auto marked = m_store.markSeen(header.packetId, device.id, header.sequence, nowMs);
            !marked)
            return marked;
        device.lastInSequence = header.sequence;
        return m_store.updateDevice(device);
    });
}

Result<AcceptedPacket> DeskInbox::acceptRegister(const QByteArray &bytes,
                                                 const sync::PacketHeader &header, qint64 nowMs)
{
    const QByteArray me = sync::councilPartyId();
    if (auto addressed = sync::checkAddressing(header, me, header.sender); !addressed)
        return refused(header, addressed.error());
    auto found = m_store.device(sync::partyName(header.sender));
    if (!found)
        return found.error();
    if (!found->has_value())
        return refused(header, makeError(ErrorCode::NotEnrolled,
                                         QStringLiteral("A register from a device this desk "
                                                        "never enrolled was refused.")));
    DeviceRecord device = found->value();
    if (device.tokenUsed) {
        // Seen before: the commit happened and the delete did not (step 9). Otherwise someone
        // presents an enrolment file that was already used.
        auto seen = m_store.seen(header.packetId);
        if (!seen)
            return seen.error();
        if (seen.value())
            return refused(header, makeError(ErrorCode::Replay,
                                             QStringLiteral("A register packet (sequence %1) "
                                                            "was already received.")
                                                 .arg(header.sequence)));
        return refused(header,
                       makeError(ErrorCode::AlreadyEnrolled,
                                 QStringLiteral("A second register with an enrolment token that "
                                                "was already used was refused: someone may hold a "
                                                "copy of that enrolment file.")));
    }
    auto council = m_store.councilKeys();
    if (!council)
        return council.error();
    auto metadata = sync::openPacket(bytes, header, *council);
    if (!metadata)
        return refused(header, metadata.error());
    if (auto checked = checkDeviceMetadata(header.type, *metadata); !checked)
        return refused(header, checked.error());
    const QByteArray token = metadata->value(QStringLiteral("token")).toByteArray();
    const QByteArray signPublic = metadata->value(QStringLiteral("sign")).toByteArray();
    if (!sameBytes(token, device.token))
        return refused(header, makeError(ErrorCode::BadSignature,
                                         QStringLiteral("A register whose token does not match "
                                                        "its enrolment was refused.")));
    if (auto verified = sync::verifySignature(bytes, signPublic); !verified)
        return refused(header, verified.error());
    if (metadata->value(QStringLiteral("role")).toString() != device.role)
        return refused(header, makeError(ErrorCode::Malformed,
                                         QStringLiteral("A register for a different role than "
                                                        "the enrolment was refused.")));
    auto seen = m_store.seen(header.packetId);
    if (!seen)
        return seen.error();
    sync::ReceiveState state;
    state.lastSequence = device.lastInSequence;
    state.alreadySeen = [known = seen.value()](const QByteArray &) { return known; };
    if (auto ordered = sync::checkOrder(header, state); !ordered)
        return refused(header, ordered.error());
    auto channel = checkChannel(header, device, nowMs);
    if (!channel)
        return refused(header, channel.error());

    device.signPublic = signPublic;
    device.boxPublic = metadata->value(QStringLiteral("box")).toByteArray();
    device.tokenUsed = true;
    device.state = QString::fromLatin1(kStateRegistered);
    device.registeredMs = nowMs;
    device.lastSeenMs = nowMs;
    device.lastInSequence = header.sequence;
    const QByteArray cbor = QCborValue(*metadata).toCbor();
    auto stored = m_store.inTransaction([&]() -> Status {
        if (auto marked = m_store.markSeen(header.packetId, device.id, header.sequence, nowMs);
            !marked)
            return marked;
        if (auto updated = m_store.updateDevice(device); !updated)
            return updated;
        if (auto item = m_store.insertItem(device.id, header.type, header.packetId, header.sequence,
                                           header.channel, nowMs, header.createdMs, cbor);
            !item)
            return item;
        // What waited for the device's key is sealed in the same transaction.
        return sealQueued(m_store, *council, device, nowMs);
    });
    if (!stored)
        return stored.error();
    return AcceptedPacket{
        device.id, header.type,      header.packetId,  header.sequence,
        nowMs,     header.createdMs, channel->purpose, std::move(metadata).value()};
}

Result<AcceptedPacket> DeskInbox::acceptFromDevice(const QByteArray &bytes,
                                                   const sync::PacketHeader &header, qint64 nowMs)
{
    const QByteArray me = sync::councilPartyId();
    if (auto addressed = sync::checkAddressing(header, me, header.sender); !addressed)
        return refused(header, addressed.error());
    auto found = m_store.device(sync::partyName(header.sender));
    if (!found)
        return found.error();
    if (!found->has_value())
        return refused(header, makeError(ErrorCode::NotEnrolled,
                                         QStringLiteral("A %1 packet from a device this desk "
                                                        "never enrolled was refused.")
                                             .arg(sync::packetTypeName(header.type))));
    DeviceRecord device = found->value();
    if (!device.registered())
        // No key to check it with until its register (sequence 1) is accepted: wait for it.
        return refused(header, makeError(ErrorCode::SequenceGap,
                                         QStringLiteral("A %1 packet arrived before its "
                                                        "device's register: waiting for it.")
                                             .arg(sync::packetTypeName(header.type))));
    if (auto verified = sync::verifySignature(bytes, device.signPublic); !verified)
        return refused(header, verified.error());
    auto seen = m_store.seen(header.packetId);
    if (!seen)
        return seen.error();
    sync::ReceiveState state;
    state.lastSequence = device.lastInSequence;
    state.alreadySeen = [known = seen.value()](const QByteArray &) { return known; };
    if (auto ordered = sync::checkOrder(header, state); !ordered)
        return refused(header, ordered.error());

    // From here the packet is authentic and in order: a refusal consumes its sequence.
    auto channel = checkChannel(header, device, nowMs);
    if (!channel) {
        if (channel.code() == ErrorCode::ChannelClosed) {
            if (auto consumed = consume(header, device, nowMs); !consumed)
                return consumed.error();
        }
        return refused(header, channel.error());
    }
    auto council = m_store.councilKeys();
    if (!council)
        return council.error();
    auto metadata = sync::openPacket(bytes, header, *council);
    Status checked =
        metadata ? checkDeviceMetadata(header.type, *metadata) : Status(metadata.error());
    if (checked && header.type == PacketType::BreachReport &&
        metadata->contains(QStringLiteral("sealed"))) {
        // Written on the lock screen and sealed to the council: open it and keep it like any
        // other report (the sealed bytes are not kept).
        auto opened = reports::openSealedReport(*metadata, *council);
        if (opened)
            *metadata = *opened;
        else
            checked = opened.error();
    }
    if (!checked) {
        if (auto consumed = consume(header, device, nowMs); !consumed)
            return consumed.error();
        return refused(header, checked.error());
    }

    device.lastInSequence = header.sequence;
    device.lastSeenMs = nowMs;
    if (header.type == PacketType::DisposalReceipt &&
        metadata->value(QStringLiteral("reason")).toString() == QLatin1String("wipe"))
        device.state = QString::fromLatin1(kStateWiped);
    const QByteArray cbor = QCborValue(*metadata).toCbor();
    auto stored = m_store.inTransaction([&]() -> Status {
        if (auto marked = m_store.markSeen(header.packetId, device.id, header.sequence, nowMs);
            !marked)
            return marked;
        if (auto updated = m_store.updateDevice(device); !updated)
            return updated;
        if (header.type == PacketType::DisposalReceipt) {
            // What the device shredded it no longer holds: no permission goes there for it.
            QStringList ids;
            for (const QCborValue &id : metadata->value(QStringLiteral("documents")).toArray())
                ids << id.toString();
            if (auto forgotten = forgetSentDocuments(m_store, device.id, ids); !forgotten)
                return forgotten;
        }
        if (header.type == PacketType::DeviceAck) {
            for (const QCborValue &id : metadata->value(QStringLiteral("acks")).toArray()) {
                if (auto acked = m_store.markOutboxAcked(device.id, id.toByteArray()); !acked)
                    return acked;
            }
        }
        if (header.type == PacketType::AuditDigest) {
            auto findings =
                recordAuditDigest(m_store, device.id, header.packetId, *metadata, nowMs);
            if (!findings)
                return findings.error();
        }
        return m_store.insertItem(device.id, header.type, header.packetId, header.sequence,
                                  header.channel, nowMs, header.createdMs, cbor);
    });
    if (!stored)
        return stored.error();
    return AcceptedPacket{
        device.id, header.type,      header.packetId,  header.sequence,
        nowMs,     header.createdMs, channel->purpose, std::move(metadata).value()};
}

} // namespace safehaven::desk
