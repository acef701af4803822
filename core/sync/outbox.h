#pragma once

#include "packetcodec.h"
#include "syncstore.h"

#include <QCborMap>

namespace safehaven::sync {

struct OutboxItem
{
    QByteArray packetId;
    quint64 sequence = 0;
    QString type;
    QString fileName;
    QByteArray bytes;
    int attempts = 0;
    qint64 createdMs = 0;
    qint64 sentMs = 0;  // 0: waiting
    qint64 ackedMs = 0; // 0: not yet confirmed by the council
};

struct OutboxSummary
{
    int waiting = 0;  // not yet on the relay
    int sent = 0;     // on the relay, not yet confirmed
    int received = 0; // confirmed by the council's ack
};

// Packets waiting to leave, kept in the vault. enqueue() seals the packet and stores it in the
// caller's transaction, with the action that caused it; delivery sends those exact bytes under
// the same name, so a retry can never make a second packet.
class Outbox
{
public:
    explicit Outbox(Database &db) : m_db(db), m_store(db) {}

    // Refuses (ChannelClosed) when no open channel allows the type.
    [[nodiscard]] Result<OutboxItem> enqueue(PacketType type, const QCborMap &metadata,
                                             qint64 nowMs);
    // Seals without storing: for the wipe receipt, which must outlive the store.
    [[nodiscard]] Result<OutboxItem> sealDetached(const DeviceIdentity &identity, PacketType type,
                                                  const QCborMap &metadata, qint64 nowMs);

    // Due for delivery now, oldest first (sequence order).
    [[nodiscard]] Result<QList<OutboxItem>> due(qint64 nowMs);
    [[nodiscard]] Result<QList<OutboxItem>> all();
    [[nodiscard]] Status markSent(const QByteArray &packetId, qint64 nowMs);
    // Backs off: 30 s, doubling, at most an hour.
    [[nodiscard]] Status markFailed(const QByteArray &packetId, qint64 nowMs);
    [[nodiscard]] Status markAcknowledged(const QByteArray &packetId, qint64 nowMs);
    [[nodiscard]] Result<OutboxSummary> summary();

    static qint64 backoffMs(int attempts);

private:
    Result<OutboxItem> seal(const DeviceIdentity &identity, const Channel &channel, PacketType type,
                            const QCborMap &metadata, qint64 nowMs);
    Database &m_db;
    SyncStore m_store;
};

} // namespace safehaven::sync
