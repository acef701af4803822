#include "syncsession.h"

#include "auditdigest.h"
#include "consentbook.h"
#include "documentaccess.h"
#include "inbox.h"
#include "logging.h"
#include "outbox.h"
#include "packetheader.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

#include <algorithm>

namespace safehaven::sync {

RelayEndpoint relayEndpointFor(const Enrolment &enrolment)
{
    return RelayEndpoint{enrolment.relayUrl, enrolment.relayCertificatePem,
                         enrolment.clientCertificatePem, enrolment.clientKeyPem};
}

Result<SyncReport> SyncSession::run(qint64 nowMs)
{
    SyncReport report;
    auto identity = SyncStore(m_db).identity();
    if (!identity)
        return identity.error();
    if (auto purged = purgeExpired(nowMs, report); !purged)
        return purged.error();
    if (auto digest = queueDigest(nowMs, report); !digest)
        return digest.error();
    if (auto pushed = push(*identity, nowMs, report); !pushed)
        return pushed.error();
    if (auto pulled = pull(*identity, nowMs, report); !pulled)
        return pulled.error();
    if (report.wiped)
        return report;
    if (report.reachedRelay) {
        auto refreshed = SyncStore(m_db).identity();
        if (!refreshed)
            return refreshed.error();
        // What the council's packets changed in the trail (purges) goes in the same round.
        if (auto digest = queueDigest(nowMs, report); !digest)
            return digest.error();
        if (auto replies = push(*refreshed, nowMs, report); !replies)
            return replies.error();
        if (auto marked = SyncStore(m_db).setLastSync(nowMs); !marked)
            return marked.error();
    }
    qCInfo(lcSync) << "sync round: reached" << report.reachedRelay << "sent" << report.sent
                   << "received" << report.received << "refused" << report.refused;
    return report;
}

Status SyncSession::purgeExpired(qint64 nowMs, SyncReport &report)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date(); // the device's local date
    auto purged = library::DocumentAccess(m_db).purgeExpired(today, nowMs);
    if (!purged)
        return purged.error();
    report.purged += int(purged->size());
    // A volunteer's documents whose permission no longer covers volunteers (withdrawn,
    // overdue, other groups only) or whose placement ended (docs/permission-to-share.md).
    auto consentPurged = consent::purgeForVolunteer(m_db, today, nowMs);
    if (!consentPurged)
        return consentPurged.error();
    report.purged += int(consentPurged->size());
    return success();
}

Status SyncSession::queueDigest(qint64 nowMs, SyncReport &report)
{
    auto queued = evidence::queueDigestIfChanged(m_db, nowMs);
    if (!queued)
        return queued.error();
    if (queued->has_value()) {
        ++report.digestsQueued;
        report.auditChainBroken = !queued->value().intact;
    }
    return success();
}

Status SyncSession::push(const DeviceIdentity &identity, qint64 nowMs, SyncReport &report)
{
    Outbox outbox(m_db);
    auto due = outbox.due(nowMs);
    if (!due)
        return due.error();
    // Delivered items are marked sent in batches, one commit per batch rather than per item:
    // each commit costs several fsyncs, which made 1,000 replies take 11 s. A crash before the
    // batch commits only means those items are sent again, the same bytes under the same name,
    // which the relay overwrites and the council dedups by packet id (as after any lost mark).
    constexpr qsizetype kMarkBatch = 64;
    QList<QByteArray> delivered;
    const auto markDelivered = [&]() -> Status {
        if (delivered.isEmpty())
            return success();
        auto marked = m_db.inTransaction([&]() -> Status {
            for (const QByteArray &packetId : std::as_const(delivered)) {
                if (auto sent = outbox.markSent(packetId, nowMs); !sent)
                    return sent;
            }
            return SyncStore(m_db).setLastContact(nowMs);
        });
        if (marked)
            report.sent += int(delivered.size());
        delivered.clear();
        return marked;
    };
    for (const OutboxItem &item : *due) {
        auto put = m_relay.put(QStringLiteral("council"), item.fileName, item.bytes);
        if (!put && put.code() == ErrorCode::NetworkUnavailable) {
            if (auto marked = markDelivered(); !marked)
                return marked;
            report.notes << QStringLiteral("The council's relay cannot be reached: %1 item(s) "
                                           "wait to be sent.")
                                .arg(due->size() - report.sent);
            return success();
        }
        if (!put) {
            report.notes << put.error().message;
            if (auto failed = outbox.markFailed(item.packetId, nowMs); !failed)
                return failed;
            continue;
        }
        report.reachedRelay = true;
        delivered << item.packetId;
        if (delivered.size() >= kMarkBatch) {
            if (auto marked = markDelivered(); !marked)
                return marked;
        }
    }
    if (auto marked = markDelivered(); !marked)
        return marked;
    (void)identity;
    return success();
}

Status SyncSession::pull(const DeviceIdentity &identity, qint64 nowMs, SyncReport &report)
{
    const QString box = identity.enrolment.deviceId;
    auto listing = m_relay.list(box);
    if (!listing && listing.code() == ErrorCode::NetworkUnavailable) {
        if (report.notes.isEmpty())
            report.notes << QStringLiteral("The council's relay cannot be reached.");
        return success();
    }
    if (!listing) {
        report.notes << listing.error().message;
        return success();
    }
    report.reachedRelay = true;
    if (auto contact = SyncStore(m_db).setLastContact(nowMs); !contact)
        return contact;

    struct Entry
    {
        RelayEntry entry;
        quint64 sequence;
    };
    QList<Entry> entries;
    for (const RelayEntry &entry : *listing) {
        auto named = parsePacketFileName(entry.name);
        if (named && named->sender == QLatin1String("council"))
            entries << Entry{entry, named->sequence};
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.sequence < b.sequence; });

    Inbox inbox(m_db);
    for (const Entry &entry : entries) {
        const QString &name = entry.entry.name;
        auto bytes = entry.entry.size > kMaxAnyPacketBytes
                         ? Result<QByteArray>(makeError(ErrorCode::TooLarge,
                                                        QStringLiteral("An oversized packet was "
                                                                       "refused unread.")))
                         : m_relay.get(box, name, kMaxAnyPacketBytes);
        if (!bytes && bytes.code() == ErrorCode::NetworkUnavailable)
            return success();
        auto accepted = bytes ? inbox.accept(*bytes, nowMs) : Result<InboundResult>(bytes.error());
        if (!accepted) {
            qCWarning(lcSync) << "refused inbound packet:" << accepted.error().message;
            if (accepted.code() == ErrorCode::SequenceGap) {
                report.waitingForMissing = true;
                report.notes << accepted.error().message;
                break; // everything after it waits too
            }
            if (!Inbox::isPermanentRefusal(accepted.code()))
                return accepted.error();
            ++report.refused;
            report.notes << accepted.error().message;
            if (auto removed = m_relay.remove(box, name); !removed)
                report.notes << removed.error().message;
            continue;
        }
        ++report.received;
        report.policyChanged = report.policyChanged || accepted->policyChanged;
        if (accepted->wipeRequested)
            return wipe(identity, name, nowMs, report);
        if (auto removed = m_relay.remove(box, name); !removed)
            report.notes << removed.error().message; // seen again next time: refused as a replay
    }
    return success();
}

// Seal the receipt while the keys exist, shred at once, then deliver the receipt if we can.
Status SyncSession::wipe(const DeviceIdentity &identity, const QString &wipePacketName,
                         qint64 nowMs, SyncReport &report)
{
    auto current = SyncStore(m_db).identity();
    if (!current)
        return current.error();
    auto receipt =
        Outbox(m_db).sealDetached(*current, PacketType::DisposalReceipt,
                                  QCborMap{{QStringLiteral("documents"), QCborArray{}},
                                           {QStringLiteral("reason"), QStringLiteral("wipe")}},
                                  nowMs);
    qCWarning(lcSync) << "wipe requested by the council: destroying the keys";
    m_onWipe();
    report.wiped = true;
    (void)m_relay.remove(identity.enrolment.deviceId, wipePacketName);
    if (receipt) {
        if (m_relay.put(QStringLiteral("council"), receipt->fileName, receipt->bytes))
            ++report.sent;
    }
    return success();
}

} // namespace safehaven::sync
