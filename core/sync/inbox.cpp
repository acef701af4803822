#include "inbox.h"

#include "cborfields.h"
#include "checklistbook.h"
#include "checklistcontent.h"
#include "consentbook.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "logging.h"
#include "outbox.h"
#include "packetcodec.h"
#include "receivecheck.h"

#include <QCborArray>
#include <QCborValue>
#include <QDate>

#include <sodium.h>

namespace safehaven::sync {

namespace {

QCborMap acknowledging(const QByteArray &packetId)
{
    return QCborMap{{QStringLiteral("acks"), QCborArray{packetId}}};
}

} // namespace

bool Inbox::isPermanentRefusal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Malformed:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::TooLarge:
    case ErrorCode::BadSignature:
    case ErrorCode::NotForThisDevice:
    case ErrorCode::ChannelClosed:
    case ErrorCode::Replay:
        return true;
    default:
        return false;
    }
}

Result<InboundResult> Inbox::accept(QByteArrayView packet, qint64 nowMs)
{
    auto header = decodeHeader(packet);
    if (!header)
        return header.error();
    auto identity = m_store.identity();
    if (!identity)
        return identity.error();
    if (auto addressed = checkAddressing(*header, identity->deviceId, councilPartyId()); !addressed)
        return addressed.error();
    if (header->channel != identity->enrolment.controlChannel)
        return makeError(ErrorCode::ChannelClosed,
                         QStringLiteral("A packet on an unknown channel was refused."));
    if (auto signedOk = verifySignature(packet, identity->enrolment.councilSignPublic); !signedOk)
        return signedOk.error();
    ReceiveState order{identity->lastInboundSequence, [this](const QByteArray &id) {
                           auto seen = m_store.seenInbound(id);
                           return !seen || seen.value(); // unreadable counts as seen: fail closed
                       }};
    if (auto ordered = checkOrder(*header, order); !ordered)
        return ordered.error();

    InboundResult result;
    result.header = *header;
    auto stored = m_db.inTransaction(
        [&]() -> Status { return store(*header, packet, *identity, nowMs, result); });
    if (!stored && isPermanentRefusal(stored.code())) {
        // Authentic and in order, but unusable: consume its sequence number (nothing of its
        // content is kept), or every later packet would wait for it forever.
        if (auto consumed = m_db.inTransaction([&]() -> Status {
                return m_store.recordInbound(header->packetId, header->sequence, header->type,
                                             nowMs);
            });
            !consumed)
            return consumed.error();
    }
    if (!stored)
        return stored.error();
    qCInfo(lcSync) << "accepted" << packetTypeName(header->type) << "sequence" << header->sequence;
    return result;
}

Status Inbox::store(const PacketHeader &header, QByteArrayView packet,
                    const DeviceIdentity &identity, qint64 nowMs, InboundResult &result)
{
    DocumentStore documents(m_db);
    DocumentInfo document;
    int chunk = 0;
    qint64 received = 0;
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);

    PacketSinks sinks;
    if (header.type == PacketType::Document) {
        sinks.metadata = [&](const QCborMap &metadata) -> Status {
            auto info = documentInfoFromMetadata(metadata);
            if (!info)
                return info.error();
            document = *info;
            document.receivedMs = nowMs;
            if (identity.enrolment.role == QLatin1String("volunteer") && !document.volunteer)
                return makeError(ErrorCode::NotForThisDevice,
                                 QStringLiteral("A document not approved for volunteers was "
                                                "refused."));
            return documents.begin(document);
        };
        sinks.content = [&](QByteArrayView bytes) -> Status {
            received += bytes.size();
            if (received > document.size)
                return makeError(ErrorCode::Malformed,
                                 QStringLiteral("A document is longer than it claims."));
            crypto_hash_sha256_update(&hash, reinterpret_cast<const unsigned char *>(bytes.data()),
                                      quint64(bytes.size()));
            return documents.appendChunk(document.id, chunk++, bytes);
        };
    }
    auto metadata = openPacket(packet, header, identity.keys, sinks);
    if (!metadata)
        return metadata.error();
    if (header.type == PacketType::Document) {
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&hash, digest);
        if (received != document.size ||
            QByteArray(reinterpret_cast<const char *>(digest), sizeof digest) != document.sha256)
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("A document's content does not match its digest."));
    }
    if (auto applied = apply(header, *metadata, identity, nowMs, result); !applied)
        return applied;
    return m_store.recordInbound(header.packetId, header.sequence, header.type, nowMs);
}

Status Inbox::apply(const PacketHeader &header, const QCborMap &metadata,
                    const DeviceIdentity &identity, qint64 nowMs, InboundResult &result)
{
    Outbox outbox(m_db);
    CborFields fields(metadata, packetTypeName(header.type));
    switch (header.type) {
    case PacketType::Document: {
        auto ack = outbox.enqueue(PacketType::DeviceAck, acknowledging(header.packetId), nowMs);
        return ack ? success() : Status(ack.error());
    }
    case PacketType::ChannelOpen: {
        Channel channel;
        channel.id = fields.bytes("id", kChannelIdBytes);
        channel.purpose = fields.text("purpose", 200);
        channel.expiresMs =
            fields.optionalInteger("expires", 0, std::numeric_limits<qint64>::max(), 0);
        for (const QCborValue &name : fields.array("types", 16)) {
            auto type = packetTypeFromName(name.toString());
            if (!type || isInbound(*type))
                return makeError(ErrorCode::Malformed,
                                 QStringLiteral("channel-open: unknown type."));
            channel.types << *type;
        }
        if (!fields.ok())
            return fields.error();
        if (channel.id == identity.enrolment.controlChannel)
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("channel-open: cannot replace the control channel."));
        if (auto saved = m_store.saveChannel(channel, nowMs); !saved)
            return saved;
        // The council asks for checklist evidence by opening a channel for it: answer with
        // every completion (if any), in this transaction (docs/carers-day.md "Checklists").
        if (!channel.types.contains(PacketType::ChecklistEvidence) || !channel.isOpenAt(nowMs))
            return success();
        checklists::ChecklistBook book(m_db);
        auto all = book.completions(0);
        if (!all)
            return all.error();
        if (all->isEmpty())
            return success(); // nothing completed yet: nothing to send
        auto sent = checklists::enqueueEvidence(m_db, *all, nowMs);
        return sent ? success() : Status(sent.error());
    }
    case PacketType::ChannelClose: {
        const QByteArray id = fields.bytes("id", kChannelIdBytes);
        if (!fields.ok())
            return fields.error();
        return m_store.closeChannel(id);
    }
    case PacketType::ConsentRecord: {
        // Strict: docs/permission-to-share.md. Not newer than the record held: a Replay.
        auto record = consent::parseConsentRecord(metadata);
        if (!record)
            return record.error();
        return consent::ConsentBook(m_db).receive(*record, nowMs);
    }
    case PacketType::ChecklistContent: {
        auto content = checklists::parseChecklistContent(metadata);
        if (!content)
            return content.error();
        const qint64 version = content->version;
        // Never roll back: a stale or replayed update is refused (Replay), nothing stored.
        auto stored = m_db.queryInt(
            "SELECT coalesce((SELECT version FROM checklist_content WHERE id = 1), 0);");
        if (!stored)
            return stored.error();
        if (version <= *stored)
            return makeError(ErrorCode::Replay,
                             QStringLiteral("checklist-content: version %1 is not newer than %2.")
                                 .arg(version)
                                 .arg(*stored));
        return m_db.run(
            "INSERT OR REPLACE INTO checklist_content (id, version, content)"
            " VALUES (1, ?1, ?2);",
            [&](Statement &s) { s.bind(1, version).bind(2, QCborValue(metadata).toCbor()); });
    }
    case PacketType::Policy: {
        auto policy = parsePolicy(metadata, QStringLiteral("policy"));
        if (!policy)
            return policy.error();
        result.policyChanged = true;
        return m_store.applyPolicy(*policy);
    }
    case PacketType::PlacementEnd: {
        const QString serviceUser = fields.text("serviceUser", 64);
        if (!fields.ok())
            return fields.error();
        auto purged = DocumentStore(m_db).purgeServiceUser(serviceUser);
        if (!purged)
            return purged.error();
        if (auto audited =
                library::auditPurges(m_db, *purged, QLatin1String(library::kActorCouncil), nowMs);
            !audited)
            return audited;
        if (auto ended = m_db.run("INSERT OR REPLACE INTO placements_ended (service_user, ended_ms)"
                                  " VALUES (?1, ?2);",
                                  [&](Statement &s) { s.bind(1, serviceUser).bind(2, nowMs); });
            !ended)
            return ended;
        QCborArray ids;
        for (const QString &id : *purged)
            ids << id;
        auto receipt =
            outbox.enqueue(PacketType::DisposalReceipt,
                           QCborMap{{QStringLiteral("documents"), ids},
                                    {QStringLiteral("serviceUser"), serviceUser},
                                    {QStringLiteral("reason"), QStringLiteral("placement-end")}},
                           nowMs);
        return receipt ? success() : Status(receipt.error());
    }
    case PacketType::Wipe:
        result.wipeRequested = true;
        return success();
    case PacketType::CouncilAck: {
        for (const QCborValue &id : fields.array("acks", 10'000)) {
            if (!id.isByteArray() || id.toByteArray().size() != kPacketIdBytes)
                return makeError(ErrorCode::Malformed, QStringLiteral("ack: bad packet id."));
            if (auto marked = outbox.markAcknowledged(id.toByteArray(), nowMs); !marked)
                return marked;
        }
        return fields.ok() ? success() : Status(fields.error());
    }
    default:
        return makeError(ErrorCode::Malformed, QStringLiteral("Not an inbound packet type."));
    }
}

} // namespace safehaven::sync
