#include "reportfields.h"

#include "cborfields.h"

#include <QCborArray>
#include <QCborValue>

#include <limits>

namespace safehaven::reports {

namespace {

Error malformed(const QString &message)
{
    return makeError(ErrorCode::Malformed, message);
}

// Every key is one of `allowed`: a field the contract does not know is refused, not ignored.
Status onlyKnownKeys(const QCborMap &map, const QStringList &allowed, const QString &what)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString() || !allowed.contains(it.key().toString()))
            return malformed(QStringLiteral("%1: a field that is not in the contract.").arg(what));
    }
    return success();
}

Status oneOf(const QCborMap &map, const char *key, const QStringList &allowed, const QString &what)
{
    const QCborValue value = map.value(QLatin1String(key));
    if (value.isUndefined())
        return success();
    if (!value.isString() || !allowed.contains(value.toString()))
        return malformed(QStringLiteral("%1: %2 is not one of the allowed values.")
                             .arg(what, QLatin1String(key)));
    return success();
}

Status optionalText(const QCborMap &map, const char *key, qsizetype max, const QString &what)
{
    const QCborValue value = map.value(QLatin1String(key));
    if (value.isUndefined())
        return success();
    if (!value.isString() || value.toString().size() > max)
        return malformed(QStringLiteral("%1: %2 is not text of at most %3 characters.")
                             .arg(what, QLatin1String(key))
                             .arg(max));
    return success();
}

Status optionalTime(const QCborMap &map, const char *key, const QString &what)
{
    const QCborValue value = map.value(QLatin1String(key));
    if (value.isUndefined())
        return success();
    if (!value.isInteger() || value.toInteger() <= 0 || value.toInteger() > kMaxTimeMs)
        return malformed(QStringLiteral("%1: %2 is not a time.").arg(what, QLatin1String(key)));
    return success();
}

Status requiredSentence(const QCborMap &map, const QString &what)
{
    const QCborValue value = map.value(QStringLiteral("what"));
    if (!value.isString() || value.toString().trimmed().isEmpty() ||
        value.toString().size() > kMaxSentence)
        return malformed(QStringLiteral("%1: what is missing or too long.").arg(what));
    return success();
}

} // namespace

const QStringList &breachKinds()
{
    static const QStringList kinds{QStringLiteral("wrong-email"), QStringLiteral("wrong-person"),
                                   QStringLiteral("lost"),        QStringLiteral("stolen"),
                                   QStringLiteral("overheard"),   QStringLiteral("other")};
    return kinds;
}

const QStringList &dataFormats()
{
    static const QStringList formats{QStringLiteral("paper"), QStringLiteral("email"),
                                     QStringLiteral("phone-or-device"), QStringLiteral("spoken"),
                                     QStringLiteral("other")};
    return formats;
}

const QStringList &yesNoNotSure()
{
    static const QStringList values{QStringLiteral("yes"), QStringLiteral("no"),
                                    QStringLiteral("not-sure")};
    return values;
}

const QStringList &sensitivities()
{
    static const QStringList values{QStringLiteral("high"), QStringLiteral("medium"),
                                    QStringLiteral("low"), QStringLiteral("not-sure")};
    return values;
}

const QStringList &concernSituations()
{
    static const QStringList values{QStringLiteral("at-risk"),     QStringLiteral("abuse"),
                                    QStringLiteral("crime"),       QStringLiteral("harm-self"),
                                    QStringLiteral("harm-others"), QStringLiteral("bullying"),
                                    QStringLiteral("infection")};
    return values;
}

Status checkBreachFields(const QCborMap &report)
{
    const QString what = QStringLiteral("breach-report report");
    static const QStringList allowed{
        QStringLiteral("what"),          QStringLiteral("kind"),     QStringLiteral("happenedAt"),
        QStringLiteral("discoveredAt"),  QStringLiteral("data"),     QStringLiteral("formats"),
        QStringLiteral("encrypted"),     QStringLiteral("initials"), QStringLiteral("records"),
        QStringLiteral("sensitivity"),   QStringLiteral("risks"),    QStringLiteral("steps"),
        QStringLiteral("crimeNumber"),   QStringLiteral("danger"),   QStringLiteral("targetHours"),
        QStringLiteral("fromLockScreen")};
    for (const Status &check :
         {onlyKnownKeys(report, allowed, what), requiredSentence(report, what),
          oneOf(report, "kind", breachKinds(), what), optionalTime(report, "happenedAt", what),
          optionalTime(report, "discoveredAt", what),
          optionalText(report, "data", kMaxSentence, what),
          oneOf(report, "encrypted", yesNoNotSure(), what),
          optionalText(report, "initials", kMaxShortText, what),
          oneOf(report, "sensitivity", sensitivities(), what),
          optionalText(report, "risks", kMaxSentence, what),
          optionalText(report, "steps", kMaxSentence, what),
          optionalText(report, "crimeNumber", kMaxShortText, what),
          oneOf(report, "danger", yesNoNotSure(), what)}) {
        if (!check)
            return check;
    }
    const QCborValue formats = report.value(QStringLiteral("formats"));
    if (!formats.isUndefined()) {
        if (!formats.isArray() || formats.toArray().size() > dataFormats().size())
            return malformed(QStringLiteral("%1: formats is not a short list.").arg(what));
        for (const QCborValue &format : formats.toArray()) {
            if (!format.isString() || !dataFormats().contains(format.toString()))
                return malformed(QStringLiteral("%1: an unknown format.").arg(what));
        }
    }
    const QCborValue records = report.value(QStringLiteral("records"));
    if (!records.isUndefined() &&
        (!records.isInteger() || records.toInteger() < 0 || records.toInteger() > 1'000'000))
        return malformed(QStringLiteral("%1: records is not a count.").arg(what));
    const QCborValue target = report.value(QStringLiteral("targetHours"));
    if (!target.isUndefined() &&
        (!target.isInteger() || target.toInteger() < 1 || target.toInteger() > 72))
        return malformed(QStringLiteral("%1: targetHours is not 1 to 72.").arg(what));
    const QCborValue lock = report.value(QStringLiteral("fromLockScreen"));
    if (!lock.isUndefined() && !lock.isBool())
        return malformed(QStringLiteral("%1: fromLockScreen is not true or false.").arg(what));
    return success();
}

Status checkBreachMetadata(const QCborMap &metadata)
{
    sync::CborFields fields(metadata, QStringLiteral("breach-report"));
    fields.bytes("reportId", kReportIdBytes);
    if (!fields.ok())
        return fields.error();
    if (metadata.contains(QStringLiteral("sealed"))) {
        // From the lock screen: sealed to the council, the device cannot read it back.
        if (auto known = onlyKnownKeys(metadata,
                                       {QStringLiteral("reportId"), QStringLiteral("sealed"),
                                        QStringLiteral("discoveredAt")},
                                       QStringLiteral("breach-report"));
            !known)
            return known;
        fields.bytes("sealed", -1, 64 * 1024);
        fields.integer("discoveredAt", 1, kMaxTimeMs);
        return fields.ok() ? success() : Status(fields.error());
    }
    if (auto known = onlyKnownKeys(
            metadata,
            {QStringLiteral("reportId"), QStringLiteral("report"), QStringLiteral("followUpOf")},
            QStringLiteral("breach-report"));
        !known)
        return known;
    const QCborMap report = fields.map("report");
    if (metadata.contains(QStringLiteral("followUpOf")))
        fields.bytes("followUpOf", kReportIdBytes);
    if (!fields.ok())
        return fields.error();
    return checkBreachFields(report);
}

Status checkConcernFields(const QCborMap &concern)
{
    const QString what = QStringLiteral("concern-report concern");
    for (const Status &check :
         {onlyKnownKeys(concern,
                        {QStringLiteral("situation"), QStringLiteral("what"),
                         QStringLiteral("danger"), QStringLiteral("initials"),
                         QStringLiteral("raisedAt")},
                        what),
          requiredSentence(concern, what), oneOf(concern, "danger", yesNoNotSure(), what),
          optionalText(concern, "initials", kMaxShortText, what),
          optionalTime(concern, "raisedAt", what)}) {
        if (!check)
            return check;
    }
    const QCborValue situation = concern.value(QStringLiteral("situation"));
    if (!situation.isString() || !concernSituations().contains(situation.toString()))
        return malformed(QStringLiteral("%1: situation is missing or unknown.").arg(what));
    return success();
}

Status checkConcernMetadata(const QCborMap &metadata)
{
    sync::CborFields fields(metadata, QStringLiteral("concern-report"));
    fields.bytes("reportId", kReportIdBytes);
    const QString kind = fields.text("kind", 40);
    const QCborMap concern = fields.map("concern");
    if (!fields.ok())
        return fields.error();
    if (auto known = onlyKnownKeys(
            metadata,
            {QStringLiteral("reportId"), QStringLiteral("kind"), QStringLiteral("concern")},
            QStringLiteral("concern-report"));
        !known)
        return known;
    if (kind == QLatin1String(kConcernKindConfidentiality))
        return checkConcernFields(concern);
    if (kind == QLatin1String(kConcernKindShareDecision))
        return success();
    return malformed(QStringLiteral("concern-report: unknown kind."));
}

} // namespace safehaven::reports
