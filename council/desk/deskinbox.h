#pragma once

#include "deskstore.h"
#include "packetheader.h"

#include <QCborMap>
#include <QStringList>

// Accepting one device packet at the desk (docs/sync-protocol.md, "Receiving"), apart from the
// network so it can be unit-tested and fuzzed. The checks run in the document's order: header,
// addressing, signature (for `register` the key and the single-use token come from the sealed
// body), order (Replay, SequenceGap), channel (open, allows the type, not expired), then the
// metadata is decrypted, checked and stored with the new sequence and packet id in one
// transaction.
namespace safehaven::desk {

struct AcceptedPacket
{
    QString device;
    sync::PacketType type = sync::PacketType::DeviceAck;
    QByteArray packetId;
    quint64 sequence = 0;
    qint64 receivedMs = 0;
    qint64 createdMs = 0;
    QString channelPurpose;
    QCborMap metadata;
};

class DeskInbox
{
public:
    explicit DeskInbox(DeskStore &store) : m_store(store) {}

    // fileName is the relay's name for the packet: a hint only, used for nothing but ordering
    // before this call. A refusal stores nothing, with one exception: a packet that is signed by
    // its device and in order but then refused (closed channel, bad metadata) is recorded as
    // consumed (its id and sequence only, no content) so that the device's later packets are not
    // stuck behind it forever.
    [[nodiscard]] Result<AcceptedPacket> accept(const QByteArray &bytes, const QString &fileName,
                                                qint64 nowMs);

    // Whether a refused packet stays on the relay to be tried again (a gap or a local failure)
    // rather than being deleted.
    static bool keepOnRelay(ErrorCode code);

private:
    [[nodiscard]] Result<AcceptedPacket>
    acceptRegister(const QByteArray &bytes, const sync::PacketHeader &header, qint64 nowMs);
    [[nodiscard]] Result<AcceptedPacket>
    acceptFromDevice(const QByteArray &bytes, const sync::PacketHeader &header, qint64 nowMs);
    [[nodiscard]] Result<ChannelRecord> checkChannel(const sync::PacketHeader &header,
                                                     const DeviceRecord &device, qint64 nowMs);
    [[nodiscard]] Status consume(const sync::PacketHeader &header, DeviceRecord device,
                                 qint64 nowMs);

    DeskStore &m_store;
};

// The evidence packets (audit digest, disposal receipt, checklist evidence) in words, as `inbox`
// shows them under the item; empty for other types. `findings` are the digest's.
QString evidenceText(const AcceptedPacket &item, const QStringList &findings);

// Checks an outbound packet's metadata against docs/sync-protocol.md, "Types and metadata".
[[nodiscard]] Status checkDeviceMetadata(sync::PacketType type, const QCborMap &metadata);

} // namespace safehaven::desk
