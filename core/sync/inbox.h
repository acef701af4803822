#pragma once

#include "packetheader.h"
#include "syncstore.h"

#include <QCborMap>

namespace safehaven::sync {

struct InboundResult
{
    PacketHeader header;
    bool wipeRequested = false; // the caller shreds the keys (after sealing the receipt)
    bool policyChanged = false; // the caller applies the new lock rules
};

// Accepts one inbound packet: every check of docs/sync-protocol.md "Receiving", then one
// transaction that stores what it carries, records its id and sequence and queues any reply.
// A refusal stores nothing; so does a crash before the commit.
class Inbox
{
public:
    explicit Inbox(Database &db) : m_db(db), m_store(db) {}

    [[nodiscard]] Result<InboundResult> accept(QByteArrayView packet, qint64 nowMs);

    // Refusals that will never succeed: delete such a packet from the relay. A SequenceGap or
    // a store failure is worth keeping for the next round.
    static bool isPermanentRefusal(ErrorCode code);

private:
    Status store(const PacketHeader &header, QByteArrayView packet, const DeviceIdentity &identity,
                 qint64 nowMs, InboundResult &result);
    Status apply(const PacketHeader &header, const QCborMap &metadata,
                 const DeviceIdentity &identity, qint64 nowMs, InboundResult &result);
    Database &m_db;
    SyncStore m_store;
};

} // namespace safehaven::sync
