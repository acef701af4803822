#pragma once

#include "deskstore.h"

#include <QCborMap>
#include <QStringList>

// Each device's audit digests as the desk keeps them (docs/placement-end-and-evidence.md,
// "Audit digest"), and what they show: a trail that got shorter, a trail rewritten (a different
// head for a length already seen), or a chain the device itself found broken.
namespace safehaven::desk {

inline constexpr char kFindingCountDown[] = "count-went-down";
inline constexpr char kFindingHeadChanged[] = "head-changed";
inline constexpr char kFindingChainBroken[] = "chain-broken";

// Compares an accepted audit-digest with the device's earlier ones and keeps it. Call inside
// the transaction that stores the packet. Returns the findings (empty when all is well).
[[nodiscard]] Result<QStringList> recordAuditDigest(DeskStore &store, const QString &device,
                                                    const QByteArray &packetId,
                                                    const QCborMap &metadata, qint64 nowMs);
// The findings recorded with one digest packet.
[[nodiscard]] Result<QStringList> digestFindings(DeskStore &store, const QByteArray &packetId);

struct DeviceAudit
{
    bool any = false; // a digest has arrived
    qint64 count = 0; // the latest digest's
    qint64 receivedMs = 0;
    QStringList findings; // every finding ever recorded for the device, each once
};
[[nodiscard]] Result<DeviceAudit> deviceAudit(DeskStore &store, const QString &device);

// One plain sentence per finding, for the officer.
QString findingText(const QString &finding);

} // namespace safehaven::desk
