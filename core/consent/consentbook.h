#pragma once

#include "consentrecord.h"
#include "database.h"
#include "documentstore.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace safehaven::consent {

// Audit actions (docs/permission-to-share.md).
inline constexpr char kActionReceived[] = "consent-received";   // a council record applied
inline constexpr char kActionWithdrawn[] = "consent-withdrawn"; // the carer recorded it
inline constexpr char kActionChanged[] = "consent-changed";     // the carer changed who it covers
// The actor of purges made because a volunteer's permission no longer covers a document.
inline constexpr char kActorConsent[] = "consent";

// What the carer records in the field: who the permission covers now, or that it is withdrawn.
struct ConsentChange
{
    QStringList covers;
    bool withdrawn = false;
    QString note;
};

struct ConsentReminder
{
    QString serviceUser;
    QString initials; // from the documents held, may be empty
    ConsentState state = ConsentState::DueSoon;
    QDate reviewDue;
};

// The consent_records table (schema v7).
class ConsentBook
{
public:
    explicit ConsentBook(Database &db) : m_db(db) {}

    [[nodiscard]] Result<std::optional<ConsentRecord>> record(const QString &serviceUser);
    [[nodiscard]] Result<QList<ConsentRecord>> all(); // by service user
    // The initials shown for a service user (from the documents held), or empty.
    [[nodiscard]] Result<QString> initialsOf(const QString &serviceUser);

    // A council record, inside the inbox's transaction: refused as a Replay unless it is newer
    // than what is held (its issued time after the held record's issued time and after any
    // change the carer made), then stored with a "consent-received" audit entry.
    [[nodiscard]] Status receive(const ConsentRecord &record, qint64 nowMs);

    // The carer's change, in one transaction: the record is changed, a "consent-withdrawn" or
    // "consent-changed" audit entry written and a consent-change packet queued. Refused
    // (WrongState) on a volunteer device and when no record is held; Malformed for an unknown
    // group. Takes effect at once: the volunteer filter reads this table.
    [[nodiscard]] Result<ConsentRecord> recordChange(const QString &serviceUser,
                                                     const ConsentChange &change,
                                                     const QString &actor, qint64 nowMs);

    // Review due soon or overdue today, soonest first. None on a volunteer device.
    [[nodiscard]] Result<QList<ConsentReminder>> reminders(QDate today);

private:
    Database &m_db;
};

// Whether this device was enrolled as a volunteer's (fails closed: an unreadable identity is
// an error, never "carer").
[[nodiscard]] Result<bool> isVolunteerDevice(Database &db);

// The volunteer rule: marked for volunteers by the council AND the service user's permission
// covers volunteers today AND the placement has not ended.
bool volunteerMaySee(const sync::DocumentInfo &document, const std::optional<ConsentRecord> &record,
                     bool placementEnded, QDate today);

// The documents this device may show on `today`: all of them on a carer's device, only those
// volunteerMaySee() on a volunteer's.
[[nodiscard]] Result<QList<sync::DocumentInfo>>
visibleDocuments(Database &db, const QList<sync::DocumentInfo> &all, QDate today);
// Whether one document may be opened on `today` (NotForThisDevice when not).
[[nodiscard]] Status checkMayOpen(Database &db, const QString &documentId, QDate today);

// On a volunteer's device: shreds every document whose service user's permission no longer
// covers volunteers (withdrawn, overdue, covers other groups only) or whose placement ended,
// with one "document-purged" entry each (actor "consent") and one disposal-receipt
// {documents, reason: "consent"}, in one transaction. Documents without any record yet are
// hidden but kept (their record may still be on its way). Nothing on a carer's device.
[[nodiscard]] Result<QStringList> purgeForVolunteer(Database &db, QDate today, qint64 nowMs);

} // namespace safehaven::consent
