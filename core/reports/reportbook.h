#pragma once

#include "database.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace safehaven::reports {

enum class ReportState
{
    Draft,    // kept in the vault only
    Queued,   // in the outbox: goes when there is signal
    Sent,     // on the relay
    Received, // the council's ack named its packet
};

inline constexpr char kKindBreach[] = "breach";
inline constexpr char kKindConcern[] = "concern";

struct Report
{
    QByteArray reportId;   // 16 random bytes, the same on the device and at the desk
    QString kind;          // kKindBreach or kKindConcern
    QByteArray followUpOf; // a breach report this one adds to, or empty
    QCborMap fields;       // the report (or concern) map of docs/breach-reporting.md
    qint64 discoveredMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 queuedMs = 0;
    QByteArray packetId; // its outbox packet, once sent
    bool sealed = false; // written on the lock screen: only the council can read it
    ReportState state = ReportState::Draft;

    QString what() const;
};

// Audit actions.
inline constexpr char kActionDraftStarted[] = "breach-report-started";
inline constexpr char kActionBreachSent[] = "breach-report-sent";
inline constexpr char kActionDraftDiscarded[] = "breach-report-discarded";
inline constexpr char kActionSealedQueued[] = "breach-report-sealed-queued";
inline constexpr char kActionConcernSent[] = "concern-report-sent";

// The reports table of one vault (schema v6). A breach report is a draft, saved on every change,
// until "Send now" queues its packet on the standing breach channel in the same transaction as
// marking it sent and its audit entry. A sent report never changes: what comes later is a
// follow-up report that refers to it.
class ReportBook
{
public:
    explicit ReportBook(Database &db) : m_db(db) {}

    // Creates (empty reportId: a fresh one) or updates a draft. `fields` may lack `what` while
    // the carer types; it is checked in full when sent. A sent report is refused (Malformed):
    // add a follow-up instead.
    [[nodiscard]] Result<Report> saveDraft(const QByteArray &reportId, const QCborMap &fields,
                                           const QByteArray &followUpOf, const QString &actor,
                                           qint64 nowMs);
    // Queues the breach-report packet. `councilTargetHours` is the policy value the device's
    // clock used, carried for the desk. Refuses an empty "what" and any field outside the
    // contract (Malformed), a report already sent, and no breach channel (ChannelClosed).
    [[nodiscard]] Result<Report> send(const QByteArray &reportId, int councilTargetHours,
                                      const QString &actor, qint64 nowMs);
    [[nodiscard]] Status discardDraft(const QByteArray &reportId, const QString &actor,
                                      qint64 nowMs);
    // A confidentiality concern, sent at once (there is no draft).
    [[nodiscard]] Result<Report> sendConcern(const QCborMap &concern, const QString &actor,
                                             qint64 nowMs);

    [[nodiscard]] Result<std::optional<Report>> report(const QByteArray &reportId);
    // Newest first. Follow-ups are ordinary rows with followUpOf set.
    [[nodiscard]] Result<QList<Report>> all(const QString &kind);
    [[nodiscard]] Result<bool> exists(const QByteArray &reportId);

    // Inside the caller's transaction: the row for a report sealed on the lock screen, whose
    // packet `packetId` was just queued.
    [[nodiscard]] Status insertSealed(const QByteArray &reportId, qint64 discoveredMs,
                                      const QByteArray &packetId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace safehaven::reports
