#include "syncstore.h"

#include "packetheader.h"

#include <QStringList>

namespace safehaven::sync {

namespace {

QByteArray secretBytes(const SecureBuffer &secret)
{
    // SQLCipher encrypts the row; the copy lives only as long as the bind.
    return QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
}

SecureBuffer secretFrom(const QByteArray &bytes)
{
    return SecureBuffer::copyOf(
        {reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size())});
}

} // namespace

QString joinTypes(const QList<PacketType> &types)
{
    QStringList names;
    for (PacketType type : types)
        names << packetTypeName(type);
    return names.join(QLatin1Char(','));
}

QList<PacketType> splitTypes(const QString &names)
{
    QList<PacketType> types;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto type = packetTypeFromName(name.trimmed()); type && !isInbound(*type))
            types << *type;
    }
    return types;
}

Result<bool> SyncStore::isEnrolled()
{
    auto count = m_db.queryInt("SELECT count(*) FROM sync_identity;");
    if (!count)
        return count.error();
    return count.value() > 0;
}

Status SyncStore::saveIdentity(const Enrolment &enrolment, const KeyPairs &keys, qint64 nowMs)
{
    auto saved = m_db.run(
        "INSERT INTO sync_identity (id, device_id, role, enrolment, sign_public, sign_secret,"
        " box_public, box_secret, enrolled_ms) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);",
        [&](Statement &s) {
            s.bind(1, enrolment.deviceId)
                .bind(2, enrolment.role)
                .bind(3, encodeEnrolment(enrolment))
                .bind(4, keys.signPublic)
                .bind(5, secretBytes(keys.signSecret))
                .bind(6, keys.boxPublic)
                .bind(7, secretBytes(keys.boxSecret))
                .bind(8, nowMs);
        });
    if (!saved)
        return saved;
    if (auto control = saveChannel(
            {enrolment.controlChannel, QStringLiteral("Council"), controlChannelTypes(), 0, false},
            nowMs);
        !control)
        return control;
    return saveChannel(
        {enrolment.breachChannel, QStringLiteral("Breach reports"), breachChannelTypes(), 0, false},
        nowMs);
}

Result<DeviceIdentity> SyncStore::identity()
{
    auto select =
        m_db.prepare("SELECT enrolment, sign_public, sign_secret, box_public, box_secret,"
                     " last_inbound_sequence, next_outbound_sequence, last_contact_ms, last_sync_ms"
                     " FROM sync_identity WHERE id = 1;");
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotEnrolled,
                         QStringLiteral("This device is not enrolled with a council yet."));
    auto enrolment = decodeEnrolment(select->blob(0));
    if (!enrolment)
        return enrolment.error();
    DeviceIdentity identity;
    identity.enrolment = std::move(enrolment).value();
    identity.deviceId = QByteArray::fromHex(identity.enrolment.deviceId.toLatin1());
    identity.keys.signPublic = select->blob(1);
    identity.keys.signSecret = secretFrom(select->blob(2));
    identity.keys.boxPublic = select->blob(3);
    identity.keys.boxSecret = secretFrom(select->blob(4));
    identity.lastInboundSequence = quint64(select->int64(5));
    identity.nextOutboundSequence = quint64(select->int64(6));
    identity.lastContactMs = select->int64(7);
    identity.lastSyncMs = select->int64(8);
    if (!identity.keys.complete())
        return makeError(ErrorCode::StoreError, QStringLiteral("The device keys are damaged."));
    return identity;
}

Status SyncStore::setLastInboundSequence(quint64 sequence)
{
    return m_db.run("UPDATE sync_identity SET last_inbound_sequence = ?1 WHERE id = 1;",
                    [&](Statement &s) { s.bind(1, qint64(sequence)); });
}

Status SyncStore::setNextOutboundSequence(quint64 sequence)
{
    return m_db.run("UPDATE sync_identity SET next_outbound_sequence = ?1 WHERE id = 1;",
                    [&](Statement &s) { s.bind(1, qint64(sequence)); });
}

// Never moves back: a phone whose clock was set back keeps the later contact time.
Status SyncStore::setLastContact(qint64 nowMs)
{
    return m_db.run(
        "UPDATE sync_identity SET last_contact_ms = max(last_contact_ms, ?1) WHERE id = 1;",
        [&](Statement &s) { s.bind(1, nowMs); });
}

Status SyncStore::setLastSync(qint64 nowMs)
{
    return m_db.run("UPDATE sync_identity SET last_sync_ms = ?1 WHERE id = 1;",
                    [&](Statement &s) { s.bind(1, nowMs); });
}

Status SyncStore::applyPolicy(const EnrolmentPolicy &policy)
{
    auto current = identity();
    if (!current)
        return current.error();
    Enrolment updated = current->enrolment;
    updated.policy = policy;
    return m_db.run("UPDATE sync_identity SET enrolment = ?1 WHERE id = 1;",
                    [&](Statement &s) { s.bind(1, encodeEnrolment(updated)); });
}

Status SyncStore::saveChannel(const Channel &channel, qint64 nowMs)
{
    return m_db.run("INSERT OR REPLACE INTO sync_channels (id, purpose, types, expires_ms, closed,"
                    " opened_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6);",
                    [&](Statement &s) {
                        s.bind(1, channel.id)
                            .bind(2, channel.purpose)
                            .bind(3, joinTypes(channel.types))
                            .bind(4, channel.expiresMs)
                            .bind(5, qint64(channel.closed ? 1 : 0))
                            .bind(6, nowMs);
                    });
}

Status SyncStore::closeChannel(const QByteArray &id)
{
    return m_db.run("UPDATE sync_channels SET closed = 1 WHERE id = ?1;",
                    [&](Statement &s) { s.bind(1, id); });
}

Result<QList<Channel>> SyncStore::channels()
{
    auto select = m_db.prepare("SELECT id, purpose, types, expires_ms, closed FROM sync_channels"
                               " ORDER BY opened_ms DESC, rowid DESC;");
    if (!select)
        return select.error();
    QList<Channel> channels;
    auto read = select->forEachRow([&]() -> Status {
        channels << Channel{select->blob(0), select->text(1), splitTypes(select->text(2)),
                            select->int64(3), select->int64(4) != 0};
        return success();
    });
    if (!read)
        return read.error();
    return channels;
}

Result<std::optional<Channel>> SyncStore::channelFor(PacketType type, qint64 nowMs)
{
    auto all = channels();
    if (!all)
        return all.error();
    for (const Channel &channel : *all) {
        if (channel.isOpenAt(nowMs) && channel.types.contains(type))
            return std::optional<Channel>(channel);
    }
    return std::optional<Channel>();
}

Result<bool> SyncStore::seenInbound(const QByteArray &packetId)
{
    auto select = m_db.prepare("SELECT 1 FROM sync_inbound WHERE packet_id = ?1;");
    if (!select)
        return select.error();
    select->bind(1, packetId);
    return select->step();
}

Status SyncStore::recordInbound(const QByteArray &packetId, quint64 sequence, PacketType type,
                                qint64 nowMs)
{
    auto recorded = m_db.run("INSERT INTO sync_inbound (packet_id, sequence, type, received_ms)"
                             " VALUES (?1, ?2, ?3, ?4);",
                             [&](Statement &s) {
                                 s.bind(1, packetId)
                                     .bind(2, qint64(sequence))
                                     .bind(3, packetTypeName(type))
                                     .bind(4, nowMs);
                             });
    if (!recorded)
        return recorded;
    return setLastInboundSequence(sequence);
}

} // namespace safehaven::sync
