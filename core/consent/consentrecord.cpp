#include "consentrecord.h"

#include "cborfields.h"

#include <QCborArray>
#include <QSet>

namespace safehaven::consent {

const QStringList &groups()
{
    static const QStringList names{
        QString::fromLatin1(kVolunteers), QStringLiteral("health-professionals"),
        QStringLiteral("social-care"),    QStringLiteral("other-organisations"),
        QStringLiteral("family"),         QStringLiteral("friends"),
        QStringLiteral("representatives")};
    return names;
}

const QStringList &capacities()
{
    static const QStringList names{QStringLiteral("has"), QStringLiteral("lacks-best-interests"),
                                   QStringLiteral("fluctuating")};
    return names;
}

QString stateName(ConsentState state)
{
    switch (state) {
    case ConsentState::None:
        return QStringLiteral("none");
    case ConsentState::Current:
        return QStringLiteral("current");
    case ConsentState::DueSoon:
        return QStringLiteral("review-due-soon");
    case ConsentState::Overdue:
        return QStringLiteral("overdue");
    case ConsentState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("none");
}

ConsentState stateOn(const std::optional<ConsentRecord> &record, QDate today)
{
    if (!record || !today.isValid())
        return ConsentState::None;
    if (record->withdrawn)
        return ConsentState::Withdrawn;
    if (today < record->given)
        return ConsentState::None; // not in force yet
    if (today > record->reviewDue)
        return ConsentState::Overdue;
    if (today.daysTo(record->reviewDue) <= kDueSoonDays)
        return ConsentState::DueSoon;
    return ConsentState::Current;
}

bool coversOn(const std::optional<ConsentRecord> &record, const QString &group, QDate today)
{
    const ConsentState state = stateOn(record, today);
    return (state == ConsentState::Current || state == ConsentState::DueSoon) &&
           record->covers.contains(group);
}

Status checkRecord(const ConsentRecord &r)
{
    const auto malformed = [](const char *why) {
        return Status(makeError(ErrorCode::Malformed,
                                QStringLiteral("consent-record: %1.").arg(QLatin1String(why))));
    };
    if (r.serviceUser.isEmpty() || r.serviceUser.size() > 64)
        return malformed("bad serviceUser");
    QSet<QString> seen;
    for (const QString &group : r.covers) {
        if (!groups().contains(group))
            return malformed("covers names an unknown group");
        if (seen.contains(group))
            return malformed("covers names a group twice");
        seen.insert(group);
    }
    if (!r.given.isValid() || !r.reviewDue.isValid())
        return malformed("bad date");
    if (r.reviewDue <= r.given)
        return malformed("reviewDue must be after given");
    if (r.reviewDue > r.given.addMonths(kMaxReviewMonths))
        return malformed("reviewDue is more than 12 months after given");
    if (!capacities().contains(r.capacity))
        return malformed("unknown capacity");
    if (r.note.size() > kMaxNoteLength)
        return malformed("note too long");
    if (r.issuedMs <= 0)
        return malformed("bad issued time");
    return success();
}

Result<ConsentRecord> parseConsentRecord(const QCborMap &metadata)
{
    static const QSet<QString> known{QStringLiteral("serviceUser"), QStringLiteral("covers"),
                                     QStringLiteral("given"),       QStringLiteral("reviewDue"),
                                     QStringLiteral("capacity"),    QStringLiteral("withdrawn"),
                                     QStringLiteral("note"),        QStringLiteral("issued")};
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (!it.key().isString() || !known.contains(it.key().toString()))
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("consent-record: an unknown field."));
    }
    sync::CborFields fields(metadata, QStringLiteral("consent-record"));
    ConsentRecord r;
    r.serviceUser = fields.text("serviceUser", 64);
    const QCborArray covers = fields.array("covers", 16);
    const QString given = fields.text("given", 10);
    const QString reviewDue = fields.text("reviewDue", 10);
    r.capacity = fields.text("capacity", 40);
    r.issuedMs = fields.integer("issued", 1, std::numeric_limits<qint64>::max());
    r.note = fields.optionalText("note", kMaxNoteLength);
    if (!fields.ok())
        return fields.error();
    const QCborValue withdrawn = metadata.value(QStringLiteral("withdrawn"));
    if (!withdrawn.isUndefined() && !withdrawn.isBool())
        return makeError(ErrorCode::Malformed, QStringLiteral("consent-record: bad withdrawn."));
    r.withdrawn = withdrawn.isTrue();
    for (const QCborValue &group : covers) {
        if (!group.isString())
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("consent-record: covers must list text."));
        r.covers << group.toString();
    }
    r.given = QDate::fromString(given, Qt::ISODate);
    r.reviewDue = QDate::fromString(reviewDue, Qt::ISODate);
    // "2026-1-5" parses too; only the canonical form is accepted.
    if (r.given.toString(Qt::ISODate) != given || r.reviewDue.toString(Qt::ISODate) != reviewDue)
        return makeError(ErrorCode::Malformed, QStringLiteral("consent-record: bad date."));
    if (auto checked = checkRecord(r); !checked)
        return checked.error();
    return r;
}

QCborMap consentRecordCbor(const ConsentRecord &r)
{
    QCborArray covers;
    for (const QString &group : r.covers)
        covers << group;
    QCborMap map{{QStringLiteral("serviceUser"), r.serviceUser},
                 {QStringLiteral("covers"), covers},
                 {QStringLiteral("given"), r.given.toString(Qt::ISODate)},
                 {QStringLiteral("reviewDue"), r.reviewDue.toString(Qt::ISODate)},
                 {QStringLiteral("capacity"), r.capacity},
                 {QStringLiteral("withdrawn"), r.withdrawn},
                 {QStringLiteral("issued"), r.issuedMs}};
    if (!r.note.isEmpty())
        map.insert(QStringLiteral("note"), r.note);
    return map;
}

} // namespace safehaven::consent
