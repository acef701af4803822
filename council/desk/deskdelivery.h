#pragma once

#include "deskstore.h"
#include "relayclient.h"

#include <memory>

// The desk's side of the network: its relay endpoint (the pinned relay certificate and the
// council's client certificate, CN=council) and delivery of the outbox.
namespace safehaven::desk {

[[nodiscard]] Result<RelayEndpoint> deskRelayEndpoint(DeskStore &store);

// PUTs every unsent outbox packet to /box/<device>/<name>, oldest first, marking each sent
// after its PUT. Stops at the first failure (the rest stay for the next command). A retry
// sends the same name and bytes, so a crash between PUT and mark cannot make a second packet.
[[nodiscard]] Status deliverOutbox(DeskStore &store, RelayClient &relay, int *delivered = nullptr);

// Delivers with a fresh client; the message of a failure says that the packets wait.
[[nodiscard]] Status deliverOutbox(DeskStore &store);

} // namespace safehaven::desk

namespace safehaven::desk {
struct Posted;
struct CommandOutput;
// After a command posted a packet: delivers the outbox (unless the packet is queued for an
// unregistered device) and says what happened in `out`.
[[nodiscard]] Status finishSend(DeskStore &store, const Posted &posted, const QString &what,
                                CommandOutput &out);
} // namespace safehaven::desk
