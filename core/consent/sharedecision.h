#pragma once

#include "consentrecord.h"
#include "database.h"

#include <QByteArray>
#include <QCborMap>
#include <QDate>
#include <QString>
#include <QStringList>

// "Someone asked me for information": the carer's record of a decision to share or not
// (docs/permission-to-share.md, "Share decisions").
namespace safehaven::consent {

inline constexpr char kActionShareDecision[] = "share-decision-recorded";
inline constexpr char kShareDecisionKind[] = "share-decision";

// Who asked: police, health-professionals, social-care, other-organisations, family, friends,
// representatives, someone-else. The ones that are also groups() can be covered by consent.
const QStringList &recipients();
// On what basis: consent, legal-duty (a legal duty or a court order), protect-from-harm,
// not-shared.
const QStringList &shareBases();

inline constexpr qsizetype kMaxWhoLength = 200;
inline constexpr qsizetype kMaxDetailLength = 2000;

struct ShareDecision
{
    QByteArray reportId; // 16 random bytes, set when recorded
    QString serviceUser;
    QString recipient; // one of recipients()
    QString who;       // optional: the organisation or role that asked
    QString what;      // what was shared (or asked for, when not shared)
    QString why;
    QString basis; // one of shareBases()
    qint64 decidedMs = 0;
};

// Field checks only (Malformed with a plain message).
[[nodiscard]] Status checkShareDecision(const ShareDecision &decision);
// Whether `basis` may be used for this service user and recipient today: a share that relies
// on consent needs a permission in force (not overdue, not withdrawn) that covers the
// recipient's group (WrongState with a plain message otherwise). Other bases always may.
[[nodiscard]] Status checkBasis(Database &db, const QString &serviceUser, const QString &recipient,
                                const QString &basis, QDate today);
// The concern map carried by the concern-report {reportId, kind: "share-decision", concern}.
QCborMap shareDecisionConcern(const ShareDecision &decision);

// Checks, then in one transaction stores the decision, writes its "share-decision-recorded"
// audit entry and queues the concern-report. Returns it with its report id.
[[nodiscard]] Result<ShareDecision> recordShareDecision(Database &db, ShareDecision decision,
                                                        const QString &actor, qint64 nowMs);

} // namespace safehaven::consent
