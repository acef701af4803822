#include "deskoutbox.h"

#include "packetcodec.h"
#include "packetheader.h"

#include <QCborValue>
#include <QJsonObject>

#include <sodium.h>

namespace safehaven::desk {

namespace {

Result<Posted> sealNow(DeskStore &store, const sync::KeyPairs &council, DeviceRecord &device,
                       sync::PacketType type, const QByteArray &channel, const QCborMap &metadata,
                       QByteArrayView content, qint64 nowMs)
{
    auto recipient = sync::partyIdFromName(device.id);
    if (!recipient)
        return recipient.error();
    sync::OutgoingPacket packet;
    packet.type = type;
    packet.sender = sync::councilPartyId();
    packet.recipient = *recipient;
    packet.channel = channel;
    packet.sequence = device.lastOutSequence + 1;
    packet.createdMs = nowMs;
    packet.metadata = metadata;
    packet.content = content;
    auto sealed = sync::sealPacket(packet, council.signSecret, device.boxPublic);
    if (!sealed)
        return sealed.error();
    const QString name = sync::packetFileName(sealed->header);
    if (auto added = store.addOutbox(device.id, name, sealed->header.packetId, type, sealed->bytes);
        !added)
        return added.error();
    device.lastOutSequence = packet.sequence;
    if (auto updated = store.updateDevice(device); !updated)
        return updated.error();
    return Posted{false, sealed->header.packetId, name};
}

} // namespace

qint64 documentBodyBytes(qint64 contentBytes, qint64 metadataBytes)
{
    constexpr qint64 kSealedKey =
        crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
    constexpr qint64 kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    constexpr qint64 kFrameOverhead = 4 + crypto_secretstream_xchacha20poly1305_ABYTES;
    const qint64 frames =
        1 + (contentBytes + sync::kContentFrameBytes - 1) / sync::kContentFrameBytes;
    return kSealedKey + kStreamHeader + frames * kFrameOverhead + metadataBytes + contentBytes;
}

Result<Posted> postToDevice(DeskStore &store, const sync::KeyPairs &council, DeviceRecord &device,
                            sync::PacketType type, const QByteArray &channel,
                            const QCborMap &metadata, QByteArrayView content, qint64 nowMs)
{
    if (device.registered())
        return sealNow(store, council, device, type, channel, metadata, content, nowMs);
    QueuedRow row;
    row.type = type;
    row.channel = channel;
    row.metadata = QCborValue(metadata).toCbor();
    row.content = content.toByteArray();
    if (auto added = store.addQueued(device.id, row); !added)
        return added.error();
    return Posted{true, {}, {}};
}

Status sealQueued(DeskStore &store, const sync::KeyPairs &council, DeviceRecord &device,
                  qint64 nowMs)
{
    auto rows = store.queued(device.id);
    if (!rows)
        return rows.error();
    for (const QueuedRow &row : *rows) {
        const QCborMap metadata = QCborValue::fromCbor(row.metadata).toMap();
        auto sealed =
            sealNow(store, council, device, row.type, row.channel, metadata, row.content, nowMs);
        if (!sealed)
            return sealed.error();
        if (auto removed = store.removeQueued(row.rowId); !removed)
            return removed;
    }
    return success();
}

} // namespace safehaven::desk

namespace safehaven::desk {

Result<DeviceRecord> deviceForSending(DeskStore &store, const QString &id)
{
    if (!sync::partyIdFromName(id))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("A device id is 24 lowercase hex characters."));
    auto found = store.device(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotEnrolled, QStringLiteral("No such device on this desk."));
    const DeviceRecord &device = found->value();
    if (device.state == QLatin1String(kStateWiped) || device.state == QLatin1String(kStateWipeSent))
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("That device has been wiped (or told to wipe): nothing "
                                        "more is sent to it."));
    return device;
}

Result<Posted> postInTransaction(DeskStore &store, DeviceRecord &device, sync::PacketType type,
                                 const QByteArray &channel, const QCborMap &metadata,
                                 QByteArrayView content, qint64 nowMs,
                                 const std::function<Status()> &record)
{
    auto council = store.councilKeys();
    if (!council)
        return council.error();
    Posted posted;
    auto done = store.inTransaction([&]() -> Status {
        if (record) {
            if (auto recorded = record(); !recorded)
                return recorded;
        }
        auto made = postToDevice(store, *council, device, type, channel, metadata, content, nowMs);
        if (!made)
            return made.error();
        posted = *made;
        return success();
    });
    if (!done)
        return done.error();
    return posted;
}

Result<Broadcast> postToEveryDevice(DeskStore &store, const sync::KeyPairs &council,
                                    sync::PacketType type, const QCborMap &metadata, qint64 nowMs)
{
    auto devices = store.devices();
    if (!devices)
        return devices.error();
    Broadcast broadcast;
    for (DeviceRecord device : *devices) {
        if (device.state == QLatin1String(kStateWiped) ||
            device.state == QLatin1String(kStateWipeSent))
            continue;
        auto made =
            postToDevice(store, council, device, type, device.controlChannel, metadata, {}, nowMs);
        if (!made)
            return made.error();
        ++(made->queued ? broadcast.queued : broadcast.posted);
        broadcast.sentTo.append(QJsonObject{{QStringLiteral("device"), device.id},
                                            {QStringLiteral("queued"), made->queued}});
    }
    return broadcast;
}

} // namespace safehaven::desk
