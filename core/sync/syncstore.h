#pragma once

#include "database.h"
#include "enrolment.h"
#include "keypairs.h"
#include "packettype.h"

#include <QList>

#include <optional>

namespace safehaven::sync {

// What this device is to the council, as kept in the vault after enrolment.
struct DeviceIdentity
{
    Enrolment enrolment;
    QByteArray deviceId; // 12 bytes
    KeyPairs keys;
    quint64 lastInboundSequence = 0;
    quint64 nextOutboundSequence = 1;
    qint64 lastContactMs = 0; // last time the relay answered
    qint64 lastSyncMs = 0;    // last complete sync round
};

struct Channel
{
    QByteArray id;
    QString purpose;
    QList<PacketType> types;
    qint64 expiresMs = 0; // 0: no expiry
    bool closed = false;

    bool isOpenAt(qint64 nowMs) const { return !closed && (expiresMs == 0 || nowMs < expiresMs); }
};

// The sync tables of one vault (schema v4). Methods that change state expect to run inside the
// caller's transaction, so an action and its packet commit together.
class SyncStore
{
public:
    explicit SyncStore(Database &db) : m_db(db) {}

    [[nodiscard]] Result<bool> isEnrolled();
    [[nodiscard]] Status saveIdentity(const Enrolment &enrolment, const KeyPairs &keys,
                                      qint64 nowMs);
    [[nodiscard]] Result<DeviceIdentity> identity(); // NotEnrolled before enrolment

    [[nodiscard]] Status setLastInboundSequence(quint64 sequence);
    [[nodiscard]] Status setNextOutboundSequence(quint64 sequence);
    [[nodiscard]] Status setLastContact(qint64 nowMs);
    [[nodiscard]] Status setLastSync(qint64 nowMs);
    [[nodiscard]] Status applyPolicy(const EnrolmentPolicy &policy);

    [[nodiscard]] Status saveChannel(const Channel &channel, qint64 nowMs);
    [[nodiscard]] Status closeChannel(const QByteArray &id);
    [[nodiscard]] Result<QList<Channel>> channels();
    // The newest open channel that allows this type, if any.
    [[nodiscard]] Result<std::optional<Channel>> channelFor(PacketType type, qint64 nowMs);

    [[nodiscard]] Result<bool> seenInbound(const QByteArray &packetId);
    [[nodiscard]] Status recordInbound(const QByteArray &packetId, quint64 sequence,
                                       PacketType type, qint64 nowMs);

private:
    Database &m_db;
};

QString joinTypes(const QList<PacketType> &types);
QList<PacketType> splitTypes(const QString &names);

} // namespace safehaven::sync
