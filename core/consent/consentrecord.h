#pragma once

#include "result.h"

#include <QCborMap>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// Permission to share (docs/permission-to-share.md): one record per service user, from the
// council's consent-record packets and from changes the carer records in the field.
namespace safehaven::consent {

// Who a permission can cover, from the "Permission to share" form (wire names, fixed).
const QStringList &groups(); // volunteers, health-professionals, social-care, ...
inline constexpr char kVolunteers[] = "volunteers";
// has | lacks-best-interests | fluctuating
const QStringList &capacities();

inline constexpr int kDueSoonDays = 30;     // "review due soon" from this many days before
inline constexpr int kMaxReviewMonths = 12; // a review at least once a year
inline constexpr qsizetype kMaxNoteLength = 280;

struct ConsentRecord
{
    QString serviceUser; // the council's reference, never a name
    QStringList covers;  // each one of groups(), each once
    QDate given;
    QDate reviewDue; // after `given`, at most 12 months after it
    QString capacity;
    bool withdrawn = false;
    QString note;         // optional, at most 280 characters
    qint64 issuedMs = 0;  // when the council issued it: a later record must be newer
    qint64 changedMs = 0; // when the carer last changed it on this device (0: never)
    qint64 receivedMs = 0;

    // What a new record from the council must be newer than.
    qint64 asOfMs() const { return qMax(issuedMs, changedMs); }
};

enum class ConsentState
{
    None,      // no record held (or not in force yet)
    Current,   // in force, review more than 30 days away
    DueSoon,   // in force, review due within 30 days (the due day included)
    Overdue,   // the review date has passed
    Withdrawn, // the person took their permission back
};

QString stateName(ConsentState state); // none, current, review-due-soon, overdue, withdrawn
ConsentState stateOn(const std::optional<ConsentRecord> &record, QDate today);
// True only while the permission is in force today (current or due soon) and names `group`.
bool coversOn(const std::optional<ConsentRecord> &record, const QString &group, QDate today);

// The field rules shared by the council's records and the carer's changes.
[[nodiscard]] Status checkRecord(const ConsentRecord &record);
// A consent-record packet's metadata, strictly: every field of the right type and size, no
// unknown field, the dates in order. Malformed otherwise, naming the field (never its value).
[[nodiscard]] Result<ConsentRecord> parseConsentRecord(const QCborMap &metadata);
// The record as the consent-record packet carries it (the desk builds it the same way).
QCborMap consentRecordCbor(const ConsentRecord &record);

} // namespace safehaven::consent
