#pragma once

#include "deskstore.h"
#include "keypairs.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QJsonArray>

#include <functional>

// Council -> device packets (docs/sync-protocol.md, "Sending"): the action and its sealed packet
// (fresh id, next sequence) are written in one transaction; delivery (deskdelivery.h) PUTs the
// stored bytes later. A device that has not registered has no key yet, so its packets wait in
// the `queued` table, unsealed, and are sealed in the transaction that accepts its register.
namespace safehaven::desk {

struct Posted
{
    bool queued = false;
    QByteArray packetId; // empty while queued
    QString fileName;    // the relay name, empty while queued
};

// Call inside a transaction. Updates device.lastOutSequence in the store.
[[nodiscard]] Result<Posted> postToDevice(DeskStore &store, const sync::KeyPairs &council,
                                          DeviceRecord &device, sync::PacketType type,
                                          const QByteArray &channel, const QCborMap &metadata,
                                          QByteArrayView content, qint64 nowMs);

// Seals everything queued for a device that has just registered. Call inside a transaction.
[[nodiscard]] Status sealQueued(DeskStore &store, const sync::KeyPairs &council,
                                DeviceRecord &device, qint64 nowMs);

// The body size a document packet will have: refused up front if over the limit, so a queued
// document can always be sealed later.
qint64 documentBodyBytes(qint64 contentBytes, qint64 metadataBytes);

} // namespace safehaven::desk

namespace safehaven::desk {

// What a packet for every device did: each device, whether its packet waits for its register.
struct Broadcast
{
    QJsonArray sentTo; // {device, queued}
    int queued = 0;
    int posted = 0;
};

// postToDevice on the control channel of every device neither wiped nor told to wipe. Call
// inside a transaction.
[[nodiscard]] Result<Broadcast> postToEveryDevice(DeskStore &store, const sync::KeyPairs &council,
                                                  sync::PacketType type, const QCborMap &metadata,
                                                  qint64 nowMs);

// The device a council packet goes to: known, and neither wiped nor told to wipe.
[[nodiscard]] Result<DeviceRecord> deviceForSending(DeskStore &store, const QString &id);

// postToDevice in its own transaction, with `record` (the action itself) in the same one.
[[nodiscard]] Result<Posted> postInTransaction(DeskStore &store, DeviceRecord &device,
                                               sync::PacketType type, const QByteArray &channel,
                                               const QCborMap &metadata, QByteArrayView content,
                                               qint64 nowMs,
                                               const std::function<Status()> &record = {});

} // namespace safehaven::desk
