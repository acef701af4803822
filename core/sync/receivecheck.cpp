#include "receivecheck.h"

namespace safehaven::sync {

Status checkOrder(const PacketHeader &header, const ReceiveState &state)
{
    if ((state.alreadySeen && state.alreadySeen(header.packetId)) ||
        header.sequence <= state.lastSequence)
        return makeError(ErrorCode::Replay,
                         QStringLiteral("A %1 packet (sequence %2) was already received.")
                             .arg(packetTypeName(header.type))
                             .arg(header.sequence));
    if (header.sequence > state.lastSequence + 1)
        return makeError(ErrorCode::SequenceGap,
                         QStringLiteral("A %1 packet (sequence %2) arrived before sequence %3: "
                                        "waiting for the missing one.")
                             .arg(packetTypeName(header.type))
                             .arg(header.sequence)
                             .arg(state.lastSequence + 1));
    return success();
}

Status checkAddressing(const PacketHeader &header, const QByteArray &me,
                       const QByteArray &expectedSender)
{
    if (header.recipient != me)
        return makeError(ErrorCode::NotForThisDevice,
                         QStringLiteral("A packet addressed to someone else was refused."));
    if (header.sender != expectedSender)
        return makeError(ErrorCode::BadSignature,
                         QStringLiteral("A packet from an unexpected sender was refused."));
    // Inbound types come only from the council; outbound only from devices.
    if (isInbound(header.type) != isCouncil(header.sender))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("A %1 packet cannot travel in this direction.")
                             .arg(packetTypeName(header.type)));
    return success();
}

} // namespace safehaven::sync
