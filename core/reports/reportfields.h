#pragma once

#include "result.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QStringList>

// The fields of a breach report and of a concern report, as they travel in packet metadata
// (docs/breach-reporting.md). One checker for both sides: the device refuses to queue what the
// desk would refuse to read.
namespace safehaven::reports {

inline constexpr qsizetype kReportIdBytes = 16;
inline constexpr qsizetype kMaxSentence = 4000; // "what happened" and the other free text
inline constexpr qsizetype kMaxShortText = 200; // crime number, initials
// The latest time a report may carry (9999-12-31T23:59:59.999Z): the clocks add up to 72 hours
// to it, which must not overflow.
inline constexpr qint64 kMaxTimeMs = 253'402'300'799'999;

// What happened, which decides the retrieval steps.
const QStringList &breachKinds(); // wrong-email, wrong-person, lost, stolen, overheard, other
// How the data was held.
const QStringList &dataFormats();   // paper, email, phone-or-device, spoken, other
const QStringList &yesNoNotSure();  // yes, no, not-sure
const QStringList &sensitivities(); // high, medium, low, not-sure
// The situations in which confidentiality cannot be kept.
const QStringList &concernSituations(); // at-risk, abuse, crime, harm-self, harm-others,
                                        // bullying, infection

inline constexpr char kConcernKindConfidentiality[] = "confidentiality-concern";
inline constexpr char kConcernKindShareDecision[] = "share-decision";

// A breach report's `report` map: `what` (required, 1..4000 characters), the rest optional and
// checked by type and allowed values. Unknown keys are refused.
[[nodiscard]] Status checkBreachFields(const QCborMap &report);
// The whole breach-report metadata: {reportId, report, followUpOf?} or, from the lock screen,
// {reportId, sealed, discoveredAt}.
[[nodiscard]] Status checkBreachMetadata(const QCborMap &metadata);
// A confidentiality concern's `concern` map: situation (required), what (required), danger
// (optional yes/no/not-sure), initials (optional).
[[nodiscard]] Status checkConcernFields(const QCborMap &concern);
// The whole concern-report metadata: {reportId, kind, concern}. A share-decision's concern map
// is checked only as a map here (its fields belong to the share-decision contract).
[[nodiscard]] Status checkConcernMetadata(const QCborMap &metadata);

} // namespace safehaven::reports
