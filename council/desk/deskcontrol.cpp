// Control packets from the desk: channel-open, channel-close, wipe and placement-end, each
// recorded with its packet in one transaction.
#include "deskcommands.h"
#include "deskconsent.h"
#include "deskdelivery.h"
#include "deskformat.h"
#include "deskoutbox.h"
#include "packetheader.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonObject>
#include <QRegularExpression>

namespace safehaven::desk {

using sync::PacketType;

CommandResult runChannelOpen(DeskStore &store, const ChannelOpenOptions &o, qint64 nowMs)
{
    if (o.purpose.trimmed().isEmpty() || o.purpose.size() > 200)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--purpose must be given (at most 200 characters)."));
    const auto types = parseTypeList(o.types);
    if (!types || types->isEmpty() || types->contains(PacketType::Register))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--types must list device packet types such as "
                                        "consent-change,checklist-evidence (not register)."));
    qint64 expiresMs = 0;
    if (!o.expires.isEmpty()) {
        auto end = endOfDayMs(o.expires, QStringLiteral("--expires"));
        if (!end)
            return end.error();
        if (*end <= nowMs)
            return makeError(ErrorCode::Malformed, QStringLiteral("--expires is in the past."));
        expiresMs = *end;
    }
    auto device = deviceForSending(store, o.device);
    if (!device)
        return device.error();

    const ChannelRecord channel{
        sync::randomBytes(sync::kChannelIdBytes), device->id, o.purpose, *types, expiresMs, false};
    QCborArray names;
    for (const PacketType type : *types)
        names.append(sync::packetTypeName(type));
    QCborMap metadata{{QStringLiteral("id"), channel.id},
                      {QStringLiteral("purpose"), o.purpose},
                      {QStringLiteral("types"), names}};
    if (expiresMs != 0)
        metadata.insert(QStringLiteral("expires"), expiresMs);
    auto posted =
        postInTransaction(store, *device, PacketType::ChannelOpen, device->controlChannel, metadata,
                          {}, nowMs, [&] { return store.insertChannel(channel); });
    if (!posted)
        return posted.error();
    const QString id = QString::fromLatin1(channel.id.toHex());
    CommandOutput out;
    out.text = QStringLiteral("Channel %1 opened to %2.\n").arg(id, device->id);
    out.json = QJsonObject{{QStringLiteral("channel"), id},
                           {QStringLiteral("device"), device->id},
                           {QStringLiteral("queued"), posted->queued}};
    if (auto finished = finishSend(store, *posted, QStringLiteral("channel-open"), out); !finished)
        return finished.error();
    return out;
}

CommandResult runChannelClose(DeskStore &store, const QString &channelHex, qint64 nowMs)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    if (!hex.match(channelHex).hasMatch())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("A channel id is 32 lowercase hex characters."));
    const QByteArray id = QByteArray::fromHex(channelHex.toLatin1());
    auto channel = store.channel(id);
    if (!channel)
        return channel.error();
    if (!channel->has_value())
        return makeError(ErrorCode::ChannelClosed, QStringLiteral("No such channel."));
    if (channel->value().closed)
        return makeError(ErrorCode::ChannelClosed,
                         QStringLiteral("That channel is closed already."));
    auto device = deviceForSending(store, channel->value().device);
    if (!device)
        return device.error();
    if (id == device->controlChannel || id == device->breachChannel)
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("The control and breach channels stay open for the "
                                        "device's life; wipe the device to end them."));
    auto posted = postInTransaction(store, *device, PacketType::ChannelClose,
                                    device->controlChannel, QCborMap{{QStringLiteral("id"), id}},
                                    {}, nowMs, [&] { return store.closeChannel(id); });
    if (!posted)
        return posted.error();
    CommandOutput out;
    out.text = QStringLiteral("Channel %1 closed.\n").arg(channelHex);
    out.json = QJsonObject{{QStringLiteral("channel"), channelHex},
                           {QStringLiteral("queued"), posted->queued}};
    if (auto finished = finishSend(store, *posted, QStringLiteral("channel-close"), out); !finished)
        return finished.error();
    return out;
}

CommandResult runWipe(DeskStore &store, const QString &deviceId, qint64 nowMs)
{
    auto device = deviceForSending(store, deviceId);
    if (!device)
        return device.error();
    device->state = QString::fromLatin1(kStateWipeSent);
    auto posted =
        postInTransaction(store, *device, PacketType::Wipe, device->controlChannel, QCborMap(), {},
                          nowMs, [&] { return store.updateDevice(*device); });
    if (!posted)
        return posted.error();
    CommandOutput out;
    out.text = QStringLiteral("Device %1 marked \"wipe sent\"; it shows \"wiped\" once its "
                              "disposal receipt arrives.\n")
                   .arg(device->id);
    out.json = QJsonObject{{QStringLiteral("device"), device->id},
                           {QStringLiteral("state"), device->state},
                           {QStringLiteral("queued"), posted->queued}};
    if (auto finished = finishSend(store, *posted, QStringLiteral("wipe"), out); !finished)
        return finished.error();
    return out;
}

CommandResult runEndPlacement(DeskStore &store, const QString &deviceId, const QString &serviceUser,
                              qint64 nowMs)
{
    if (serviceUser.isEmpty() || serviceUser.size() > 64)
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("--service-user must be a reference of 1..64 characters."));
    auto device = deviceForSending(store, deviceId);
    if (!device)
        return device.error();
    auto posted =
        postInTransaction(store, *device, PacketType::PlacementEnd, device->controlChannel,
                          QCborMap{{QStringLiteral("serviceUser"), serviceUser}}, {}, nowMs,
                          [&] { return forgetServiceUser(store, device->id, serviceUser); });
    if (!posted)
        return posted.error();
    CommandOutput out;
    out.json = QJsonObject{{QStringLiteral("device"), device->id},
                           {QStringLiteral("queued"), posted->queued}};
    if (auto finished = finishSend(store, *posted, QStringLiteral("placement-end"), out); !finished)
        return finished.error();
    return out;
}

} // namespace safehaven::desk
