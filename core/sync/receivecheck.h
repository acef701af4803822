#pragma once

#include "packetheader.h"

#include <functional>

namespace safehaven::sync {

// The ordering rules both ends apply after the signature checks out (docs/sync-protocol.md,
// "Receiving", step 6): a packet id already seen or a sequence at or below the last accepted
// is a Replay; a sequence beyond the next expected is a SequenceGap (leave it and wait).
struct ReceiveState
{
    quint64 lastSequence = 0;
    std::function<bool(const QByteArray &packetId)> alreadySeen;
};
[[nodiscard]] Status checkOrder(const PacketHeader &header, const ReceiveState &state);

// Steps 3-4: the direction, recipient and sender are the ones this receiver expects.
[[nodiscard]] Status checkAddressing(const PacketHeader &header, const QByteArray &me,
                                     const QByteArray &expectedSender);

} // namespace safehaven::sync
