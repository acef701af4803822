#pragma once

#include "auditlog.h"
#include "database.h"

#include <QCborMap>

#include <optional>

namespace safehaven::evidence {

// What an audit-digest packet (69) says about this device's trail: the chain's head and
// length, and whether the device found its own chain intact (docs/placement-end-and-evidence.md).
struct DigestState
{
    qint64 count = 0;
    QByteArray head; // 32 bytes
    bool intact = true;
    qint64 brokenAt = 0; // the first entry that fails the chain, 0 while intact
    qint64 queuedMs = 0;

    bool sameTrail(const DigestState &other) const
    {
        return count == other.count && head == other.head && intact == other.intact;
    }
};

DigestState digestOf(const audit::ChainCheck &check);
// {head, count, intact, brokenAt (only when broken)}
QCborMap digestMetadata(const DigestState &state);

// The last digest queued for the council (schema v8 audit_digest_sent), if any.
[[nodiscard]] Result<std::optional<DigestState>> lastDigestQueued(Database &db);

// One transaction: verifies the chain and, when the trail (count, head or intact) differs from
// the last digest queued, queues an audit-digest on the control channel and remembers it.
// Returns the digest queued, or nothing when the trail has not changed (an empty trail with no
// digest sent yet counts as unchanged). Called by every sync
// round before anything is sent.
[[nodiscard]] Result<std::optional<DigestState>> queueDigestIfChanged(Database &db, qint64 nowMs);

} // namespace safehaven::evidence
