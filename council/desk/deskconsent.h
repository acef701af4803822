#pragma once

#include "deskcommands.h"

#include <QCborMap>

// Permission to share on the desk (docs/permission-to-share.md): the `consent` command, and
// the strict checks of what devices send about it (consent-change, a share-decision concern).
namespace safehaven::desk {

// consent-change {serviceUser, change: {covers, withdrawn, changed, note?}}: every field of the
// right type, known groups only, no unknown field.
[[nodiscard]] Status checkConsentChange(const QCborMap &metadata);
// The concern map of a concern-report whose kind is "share-decision".
[[nodiscard]] Status checkShareDecisionConcern(const QCborMap &concern);

// Records which device was sent which service user's document (in the send's transaction),
// so `consent` knows where a permission must go.
[[nodiscard]] Status recordSentDocument(DeskStore &store, const QString &documentId,
                                        const QString &device, const QString &serviceUser,
                                        qint64 nowMs);
// A device no longer holds these documents (its disposal receipt, a placement end).
[[nodiscard]] Status forgetSentDocuments(DeskStore &store, const QString &device,
                                         const QStringList &documentIds);
[[nodiscard]] Status forgetServiceUser(DeskStore &store, const QString &device,
                                       const QString &serviceUser);
// The devices that hold a service user's documents, by id.
[[nodiscard]] Result<QStringList> devicesHolding(DeskStore &store, const QString &serviceUser);

struct ConsentOptions
{
    QString serviceUser;
    QString covers;    // a,b
    QString given;     // YYYY-MM-DD, default today (UTC)
    QString reviewDue; // YYYY-MM-DD, default 12 months after given
    QString capacity = QStringLiteral("has");
    bool withdrawn = false;
    QString note;
};
// Sends the consent-record to every device that holds that service user's documents (carer
// and volunteers). Refused when no device holds any.
CommandResult runConsent(DeskStore &store, const ConsentOptions &options, qint64 nowMs);

} // namespace safehaven::desk
