// `consent`: the permission record to every device holding that service user's documents,
// and the strict checks of consent changes and share decisions from devices.
#include "deskconsent.h"

#include "cborfields.h"
#include "consentrecord.h"
#include "deskdelivery.h"
#include "deskformat.h"
#include "deskoutbox.h"
#include "sharedecision.h"

#include <QCborArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace safehaven::desk {

namespace {

Status onlyKnownKeys(const QCborMap &map, const QSet<QString> &known, const QString &what)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString() || !known.contains(it.key().toString()))
            return makeError(ErrorCode::Malformed,
                             QStringLiteral("%1: an unknown field.").arg(what));
    }
    return success();
}

Status checkGroups(const QCborArray &covers, const QString &what)
{
    QSet<QString> seen;
    for (const QCborValue &group : covers) {
        if (!group.isString() || !consent::groups().contains(group.toString()) ||
            seen.contains(group.toString()))
            return makeError(
                ErrorCode::Malformed,
                QStringLiteral("%1: covers must list known groups, each once.").arg(what));
        seen.insert(group.toString());
    }
    return success();
}

} // namespace

Status checkConsentChange(const QCborMap &metadata)
{
    const QString what = QStringLiteral("consent-change");
    if (auto known = onlyKnownKeys(metadata,
                                   {QStringLiteral("serviceUser"), QStringLiteral("change")}, what);
        !known)
        return known;
    sync::CborFields fields(metadata, what);
    fields.text("serviceUser", 64);
    const QCborMap change = fields.map("change");
    if (!fields.ok())
        return fields.error();
    if (auto known = onlyKnownKeys(change,
                                   {QStringLiteral("covers"), QStringLiteral("withdrawn"),
                                    QStringLiteral("changed"), QStringLiteral("note")},
                                   what);
        !known)
        return known;
    sync::CborFields inner(change, what);
    const QCborArray covers = inner.array("covers", 16);
    inner.integer("changed", 1, std::numeric_limits<qint64>::max());
    inner.optionalText("note", consent::kMaxNoteLength);
    if (!inner.ok())
        return inner.error();
    if (!change.value(QStringLiteral("withdrawn")).isBool())
        return makeError(ErrorCode::Malformed, QStringLiteral("consent-change: bad withdrawn."));
    return checkGroups(covers, what);
}

Status checkShareDecisionConcern(const QCborMap &concern)
{
    const QString what = QStringLiteral("share-decision");
    if (auto known =
            onlyKnownKeys(concern,
                          {QStringLiteral("serviceUser"), QStringLiteral("recipient"),
                           QStringLiteral("who"), QStringLiteral("what"), QStringLiteral("why"),
                           QStringLiteral("basis"), QStringLiteral("decided")},
                          what);
        !known)
        return known;
    sync::CborFields fields(concern, what);
    consent::ShareDecision d;
    d.serviceUser = fields.text("serviceUser", 64);
    d.recipient = fields.text("recipient", 40);
    d.who = fields.optionalText("who", consent::kMaxWhoLength);
    d.what = fields.text("what", consent::kMaxDetailLength);
    d.why = fields.text("why", consent::kMaxDetailLength);
    d.basis = fields.text("basis", 40);
    d.decidedMs = fields.integer("decided", 1, std::numeric_limits<qint64>::max());
    if (!fields.ok())
        return fields.error();
    return consent::checkShareDecision(d);
}

Status recordSentDocument(DeskStore &store, const QString &documentId, const QString &device,
                          const QString &serviceUser, qint64 nowMs)
{
    return store.db().run(
        "INSERT OR REPLACE INTO sent_documents (document, device, service_user,"
        " sent_ms) VALUES (?1, ?2, ?3, ?4);",
        [&](Statement &s) {
            s.bind(1, documentId).bind(2, device).bind(3, serviceUser).bind(4, nowMs);
        });
}

Status forgetSentDocuments(DeskStore &store, const QString &device, const QStringList &documentIds)
{
    for (const QString &id : documentIds) {
        if (auto removed =
                store.db().run("DELETE FROM sent_documents WHERE device = ?1 AND document = ?2;",
                               [&](Statement &s) { s.bind(1, device).bind(2, id); });
            !removed)
            return removed;
    }
    return success();
}

Status forgetServiceUser(DeskStore &store, const QString &device, const QString &serviceUser)
{
    return store.db().run("DELETE FROM sent_documents WHERE device = ?1 AND service_user = ?2;",
                          [&](Statement &s) { s.bind(1, device).bind(2, serviceUser); });
}

Result<QStringList> devicesHolding(DeskStore &store, const QString &serviceUser)
{
    auto select = store.db().prepare(
        "SELECT DISTINCT device FROM sent_documents WHERE service_user = ?1 ORDER BY device;");
    if (!select)
        return select.error();
    select->bind(1, serviceUser);
    QStringList devices;
    auto read = select->forEachRow([&]() -> Status {
        devices << select->text(0);
        return success();
    });
    if (!read)
        return read.error();
    return devices;
}

CommandResult runConsent(DeskStore &store, const ConsentOptions &o, qint64 nowMs)
{
    consent::ConsentRecord record;
    record.serviceUser = o.serviceUser;
    record.covers = o.covers.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &group : record.covers)
        group = group.trimmed();
    if (!o.given.isEmpty()) {
        if (auto date = checkDate(o.given, QStringLiteral("--given")); !date)
            return date.error();
    }
    if (!o.reviewDue.isEmpty()) {
        if (auto date = checkDate(o.reviewDue, QStringLiteral("--review-due")); !date)
            return date.error();
    }
    record.given = o.given.isEmpty() ? QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date()
                                     : QDate::fromString(o.given, Qt::ISODate);
    record.reviewDue = o.reviewDue.isEmpty() ? record.given.addMonths(consent::kMaxReviewMonths)
                                             : QDate::fromString(o.reviewDue, Qt::ISODate);
    record.capacity = o.capacity;
    record.withdrawn = o.withdrawn;
    record.note = o.note;
    record.issuedMs = nowMs;
    if (auto checked = consent::checkRecord(record); !checked)
        return makeError(ErrorCode::Malformed,
                         checked.error().message +
                             QStringLiteral(" Groups: %1; capacity: %2.")
                                 .arg(consent::groups().join(QLatin1Char(',')),
                                      consent::capacities().join(QLatin1Char('|'))));
    auto holders = devicesHolding(store, record.serviceUser);
    if (!holders)
        return holders.error();
    if (holders->isEmpty())
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("No device holds documents for that service user: "
                                        "nothing to send the permission to."));
    const QCborMap metadata = consent::consentRecordCbor(record);
    CommandOutput out;
    QJsonArray sentTo;
    for (const QString &id : std::as_const(*holders)) {
        auto device = deviceForSending(store, id);
        if (!device) {
            out.warnings << QStringLiteral("Not sent to %1: %2").arg(id, device.error().message);
            continue;
        }
        auto posted = postInTransaction(store, *device, sync::PacketType::ConsentRecord,
                                        device->controlChannel, metadata, {}, nowMs);
        if (!posted)
            return posted.error();
        sentTo.append(QJsonObject{{QStringLiteral("device"), device->id},
                                  {QStringLiteral("role"), device->role},
                                  {QStringLiteral("queued"), posted->queued}});
        out.text +=
            QStringLiteral("Permission for %1 sent to %2 (%3)%4.\n")
                .arg(record.serviceUser, device->id, device->role,
                     posted->queued ? QStringLiteral(", queued until it registers") : QString());
    }
    if (auto delivered = deliverOutbox(store); !delivered)
        out.warnings << delivered.error().message;
    out.json = QJsonObject{{QStringLiteral("serviceUser"), record.serviceUser},
                           {QStringLiteral("record"), cborToJson(metadata)},
                           {QStringLiteral("devices"), sentTo}};
    return out;
}

} // namespace safehaven::desk
