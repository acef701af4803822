#include "outbox.h"

#include "logging.h"

namespace safehaven::sync {

namespace {

Result<QList<OutboxItem>> readItems(Database &db, const char *sql, qint64 nowMs)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    if (nowMs >= 0)
        select->bind(1, nowMs);
    QList<OutboxItem> items;
    auto read = select->forEachRow([&]() -> Status {
        OutboxItem item;
        item.packetId = select->blob(0);
        item.sequence = quint64(select->int64(1));
        item.type = select->text(2);
        item.fileName = select->text(3);
        item.bytes = select->blob(4);
        item.attempts = int(select->int64(5));
        item.createdMs = select->int64(6);
        item.sentMs = select->isNull(7) ? 0 : select->int64(7);
        item.ackedMs = select->isNull(8) ? 0 : select->int64(8);
        items << item;
        return success();
    });
    if (!read)
        return read.error();
    return items;
}

constexpr char kColumns[] = "packet_id, sequence, type, file_name, bytes, attempts, created_ms,"
                            " sent_ms, acked_ms";

} // namespace

qint64 Outbox::backoffMs(int attempts)
{
    const qint64 base = 30'000;
    const qint64 ceiling = 60 * 60'000;
    return attempts >= 8 ? ceiling : qMin(ceiling, base << qMax(0, attempts - 1));
}

Result<OutboxItem> Outbox::seal(const DeviceIdentity &identity, const Channel &channel,
                                PacketType type, const QCborMap &metadata, qint64 nowMs)
{
    OutgoingPacket packet;
    packet.type = type;
    packet.sender = identity.deviceId;
    packet.recipient = councilPartyId();
    packet.channel = channel.id;
    packet.sequence = identity.nextOutboundSequence;
    packet.createdMs = nowMs;
    packet.metadata = metadata;
    auto sealed = sealPacket(packet, identity.keys.signSecret, identity.enrolment.councilBoxPublic);
    if (!sealed)
        return sealed.error();
    OutboxItem item;
    item.packetId = sealed->header.packetId;
    item.sequence = packet.sequence;
    item.type = packetTypeName(type);
    item.fileName = packetFileName(sealed->header);
    item.bytes = std::move(sealed->bytes);
    item.createdMs = nowMs;
    return item;
}

Result<OutboxItem> Outbox::enqueue(PacketType type, const QCborMap &metadata, qint64 nowMs)
{
    auto identity = m_store.identity();
    if (!identity)
        return identity.error();
    auto channel = m_store.channelFor(type, nowMs);
    if (!channel)
        return channel.error();
    if (!channel->has_value()) {
        qCInfo(lcSync) << "no open channel for" << packetTypeName(type);
        return makeError(ErrorCode::ChannelClosed,
                         QStringLiteral("The council has not opened a way to receive this, or it "
                                        "has closed or run out, so it has not been sent. "
                                        "Nothing has been deleted. Ask your Shared Lives "
                                        "officer to open it again."));
    }
    auto item = seal(*identity, **channel, type, metadata, nowMs);
    if (!item)
        return item;
    auto insert = m_db.prepare(
        "INSERT INTO sync_outbox (packet_id, sequence, type, channel, file_name, bytes,"
        " created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
    if (!insert)
        return insert.error();
    insert->bind(1, item->packetId)
        .bind(2, qint64(item->sequence))
        .bind(3, item->type)
        .bind(4, (*channel)->id)
        .bind(5, item->fileName)
        .bind(6, item->bytes)
        .bind(7, nowMs);
    if (auto stored = insert->run(); !stored)
        return stored.error();
    if (auto bumped = m_store.setNextOutboundSequence(item->sequence + 1); !bumped)
        return bumped.error();
    qCInfo(lcSync) << "queued" << item->type << "sequence" << item->sequence;
    return item;
}

Result<OutboxItem> Outbox::sealDetached(const DeviceIdentity &identity, PacketType type,
                                        const QCborMap &metadata, qint64 nowMs)
{
    Channel control{identity.enrolment.controlChannel, {}, controlChannelTypes(), 0, false};
    return seal(identity, control, type, metadata, nowMs);
}

Result<QList<OutboxItem>> Outbox::due(qint64 nowMs)
{
    const QByteArray sql = "SELECT " + QByteArray(kColumns) +
                           " FROM sync_outbox WHERE sent_ms IS NULL AND next_attempt_ms <= ?1"
                           " ORDER BY sequence;";
    return readItems(m_db, sql.constData(), nowMs);
}

Result<QList<OutboxItem>> Outbox::all()
{
    const QByteArray sql =
        "SELECT " + QByteArray(kColumns) + " FROM sync_outbox ORDER BY sequence;";
    return readItems(m_db, sql.constData(), -1);
}

Status Outbox::markSent(const QByteArray &packetId, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE sync_outbox SET sent_ms = ?1, attempts = attempts + 1"
                               " WHERE packet_id = ?2 AND sent_ms IS NULL;");
    if (!update)
        return update.error();
    return update->bind(1, nowMs).bind(2, packetId).run();
}

Status Outbox::markFailed(const QByteArray &packetId, qint64 nowMs)
{
    auto select = m_db.prepare("SELECT attempts FROM sync_outbox WHERE packet_id = ?1;");
    if (!select)
        return select.error();
    select->bind(1, packetId);
    auto row = select->step();
    if (!row)
        return row.error();
    const int attempts = row.value() ? int(select->int64(0)) + 1 : 1;
    auto update = m_db.prepare(
        "UPDATE sync_outbox SET attempts = ?1, next_attempt_ms = ?2 WHERE packet_id = ?3;");
    if (!update)
        return update.error();
    return update->bind(1, qint64(attempts))
        .bind(2, nowMs + backoffMs(attempts))
        .bind(3, packetId)
        .run();
}

Status Outbox::markAcknowledged(const QByteArray &packetId, qint64 nowMs)
{
    // An ack also proves delivery, should the sent mark have been lost to a crash.
    auto update = m_db.prepare("UPDATE sync_outbox SET acked_ms = ?1,"
                               " sent_ms = coalesce(sent_ms, ?1) WHERE packet_id = ?2;");
    if (!update)
        return update.error();
    return update->bind(1, nowMs).bind(2, packetId).run();
}

Result<OutboxSummary> Outbox::summary()
{
    // SQLite 3.15 (SQLCipher 3.4) has no FILTER clause.
    auto select = m_db.prepare("SELECT coalesce(sum(sent_ms IS NULL), 0),"
                               " coalesce(sum(sent_ms IS NOT NULL AND acked_ms IS NULL), 0),"
                               " coalesce(sum(acked_ms IS NOT NULL), 0) FROM sync_outbox;");
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    return OutboxSummary{int(select->int64(0)), int(select->int64(1)), int(select->int64(2))};
}

} // namespace safehaven::sync
