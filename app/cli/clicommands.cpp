#include "clicommands.h"

#include "breachclock.h"
#include "clioutput.h"
#include "consentbook.h"
#include "deviceactor.h"
#include "deviceenrolment.h"
#include "documentstore.h"
#include "lockedreports.h"
#include "outbox.h"
#include "packetheader.h"
#include "reportbook.h"
#include "syncsession.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace safehaven::cli {

namespace {

int fail(const Error &error)
{
    printError(error.message);
    return 1;
}

int fail(const QString &message)
{
    printError(message);
    return 1;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

int runEnrol(CliSession &session, const CliOptions &options)
{
    if (options.arguments.size() != 1 || options.value(QStringLiteral("--code")).isEmpty())
        return fail(QStringLiteral("Usage: enrol FILE --code CODE"));
    if (session.lock().state() != LockState::NeedsSetup)
        return fail(QStringLiteral("This device is already enrolled."));
    QFile file(options.arguments.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read the enrolment file."));
    auto enrolment = sync::openEnrolmentFile(file.read(sync::kMaxEnrolmentFileBytes + 1),
                                             options.value(QStringLiteral("--code")));
    if (!enrolment)
        return fail(enrolment.error());
    if (auto usable = sync::checkEnrolmentUsable(*enrolment, session.clock().nowMs()); !usable)
        return fail(usable.error());
    auto pin = session.readPin();
    if (!pin)
        return fail(pin.error());
    if (auto set = session.setUpPin(*pin); !set)
        return fail(set.error());
    auto identity =
        sync::enrolDevice(session.vault()->database(), *enrolment, session.clock().nowMs());
    if (!identity)
        return fail(identity.error());
    if (auto contact =
            reports::refreshLockContact(session.lock().paths(), session.vault()->database());
        !contact)
        return fail(contact.error());
    if (auto applied = session.lock().applyCouncilPolicy(sync::lockPolicyFor(enrolment->policy));
        !applied)
        return fail(applied.error());
    if (options.json) {
        printJson(QJsonObject{{QStringLiteral("device"), enrolment->deviceId},
                              {QStringLiteral("council"), enrolment->councilName},
                              {QStringLiteral("role"), enrolment->role}});
    } else {
        printLine(QStringLiteral("Enrolled with %1 as a %2. Device %3.")
                      .arg(enrolment->councilName, enrolment->role, enrolment->deviceId));
        printLine(QStringLiteral("Your Shared Lives officer: %1, %2.")
                      .arg(enrolment->officerName, enrolment->officerPhone));
    }
    return 0;
}

int runSync(CliSession &session, const CliOptions &options)
{
    auto identity = sync::SyncStore(session.vault()->database()).identity();
    if (!identity)
        return fail(identity.error());
    RelayClient relay(sync::relayEndpointFor(identity->enrolment));
    sync::SyncSession sync(session.vault()->database(), relay, [&session] {
        session.lock().wipe(QStringLiteral("wipe packet from the council"));
    });
    auto report = sync.run(session.clock().nowMs());
    if (!report)
        return fail(report.error());
    if (report->policyChanged && !report->wiped) {
        auto updated = sync::SyncStore(session.vault()->database()).identity();
        if (!updated)
            return fail(updated.error());
        if (auto applied =
                session.lock().applyCouncilPolicy(sync::lockPolicyFor(updated->enrolment.policy));
            !applied)
            return fail(applied.error());
    }
    if (options.json) {
        printJson(
            QJsonObject{{QStringLiteral("reached"), report->reachedRelay},
                        {QStringLiteral("sent"), report->sent},
                        {QStringLiteral("received"), report->received},
                        {QStringLiteral("refused"), report->refused},
                        {QStringLiteral("waiting"), report->waitingForMissing},
                        {QStringLiteral("wiped"), report->wiped},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)}});
    } else {
        printLine(report->reachedRelay ? QStringLiteral("Synced: %1 sent, %2 received, %3 refused.")
                                             .arg(report->sent)
                                             .arg(report->received)
                                             .arg(report->refused)
                                       : QStringLiteral("Offline: nothing was sent."));
        for (const QString &note : report->notes)
            printLine(QStringLiteral("  ") + note);
        if (report->wiped)
            printLine(QStringLiteral("The council wiped this device."));
    }
    return 0;
}

int runDocuments(CliSession &session, const CliOptions &options)
{
    auto documents = sync::DocumentStore(session.vault()->database()).list();
    if (!documents)
        return fail(documents.error());
    QJsonArray list;
    for (const sync::DocumentInfo &d : *documents) {
        if (!options.json) {
            printLine(QStringLiteral("%1  %2  %3  %4  %5 bytes")
                          .arg(d.id, d.serviceUser, d.kind, d.sensitivity)
                          .arg(d.size));
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("serviceUser"), d.serviceUser},
                                {QStringLiteral("initials"), d.initials},
                                {QStringLiteral("type"), d.kind},
                                {QStringLiteral("class"), d.sensitivity},
                                {QStringLiteral("title"), d.title},
                                {QStringLiteral("mime"), d.mime},
                                {QStringLiteral("size"), d.size},
                                {QStringLiteral("retainUntil"), d.retainUntil},
                                {QStringLiteral("volunteer"), d.volunteer},
                                {QStringLiteral("received"), isoTime(d.receivedMs)}});
    }
    if (options.json)
        printJson(list);
    return 0;
}

int runDigest(CliSession &session, const CliOptions &options)
{
    if (options.arguments.isEmpty())
        return fail(QStringLiteral("Usage: digest DOC-ID [DOC-ID...]"));
    for (const QString &id : options.arguments) { // one line each, in the order given
        auto digest = sync::DocumentStore(session.vault()->database()).sha256(id);
        if (!digest)
            return fail(digest.error());
        printLine(hex(*digest));
    }
    return 0;
}

int runChannels(CliSession &session, const CliOptions &options)
{
    auto channels = sync::SyncStore(session.vault()->database()).channels();
    if (!channels)
        return fail(channels.error());
    const qint64 now = session.clock().nowMs();
    QJsonArray list;
    for (const sync::Channel &c : *channels) {
        const QString state = c.isOpenAt(now) ? QStringLiteral("open")
                              : c.closed      ? QStringLiteral("closed")
                                              : QStringLiteral("expired");
        if (!options.json) {
            printLine(QStringLiteral("%1  %2  %3  %4")
                          .arg(hex(c.id), state, c.purpose, sync::joinTypes(c.types)));
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("id"), hex(c.id)},
                                {QStringLiteral("purpose"), c.purpose},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("types"), sync::joinTypes(c.types)},
                                {QStringLiteral("expires"), isoTime(c.expiresMs)}});
    }
    if (options.json)
        printJson(list);
    return 0;
}

namespace {

// Reads `--json FILE` as a JSON object, converted to CBOR for a packet.
Result<QCborMap> readJsonArgument(const CliOptions &options, const char *usage)
{
    QFile file(options.value(QStringLiteral("--json-file")));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Malformed, QString::fromLatin1(usage));
    const QJsonDocument document = QJsonDocument::fromJson(file.read(256 * 1024));
    if (!document.isObject())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The file must hold one JSON object of fields by name."));
    return QCborValue::fromJsonValue(document.object()).toMap();
}

// Queues one packet in its own transaction and prints what was queued.
int queue(CliSession &session, const CliOptions &options, sync::PacketType type,
          const QCborMap &metadata, const QString &done)
{
    Database &db = session.vault()->database();
    Result<sync::OutboxItem> queued = makeError(ErrorCode::StoreError, {});
    auto saved = db.inTransaction([&]() -> Status {
        queued = sync::Outbox(db).enqueue(type, metadata, session.clock().nowMs());
        return queued ? success() : Status(queued.error());
    });
    if (!saved)
        return fail(saved.error());
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("packet"), hex(queued->packetId)},
                              {QStringLiteral("sequence"), qint64(queued->sequence)}});
    else
        printLine(done);
    return 0;
}

} // namespace

int runReportBreach(CliSession &session, const CliOptions &options)
{
    auto report = readJsonArgument(options, "Usage: report-breach --json FILE");
    if (!report)
        return fail(report.error());
    if (report->value(QStringLiteral("what")).toString().trimmed().isEmpty())
        return fail(QStringLiteral("Say what happened (\"what\"): it is the only required field."));
    // The same path as the app: a draft in the vault, then "send now" queues it with its audit
    // entry. No network is needed: it waits in the outbox for the next sync.
    QCborMap fields = *report;
    const QByteArray followUpOf =
        QByteArray::fromHex(fields.take(QStringLiteral("followUpOf")).toString().toLatin1());
    Database &db = session.vault()->database();
    const QString actor = auditActor(db);
    const qint64 now = session.clock().nowMs();
    reports::ReportBook book(db);
    auto draft = book.saveDraft({}, fields, followUpOf, actor, now);
    if (!draft)
        return fail(draft.error());
    auto identity = sync::SyncStore(db).identity();
    const int target = identity ? identity->enrolment.policy.breachTargetHours
                                : reports::kDefaultCouncilTargetHours;
    auto sent = book.send(draft->reportId, target, actor, now);
    if (!sent) {
        (void)book.discardDraft(draft->reportId, actor, now);
        return fail(sent.error());
    }
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("reportId"), hex(sent->reportId)},
                              {QStringLiteral("packet"), hex(sent->packetId)},
                              {QStringLiteral("state"), QStringLiteral("queued")}});
    else
        printLine(QStringLiteral("Breach report queued; it is sent at the next sync."));
    return 0;
}

int runReportConcern(CliSession &session, const CliOptions &options)
{
    auto concern = readJsonArgument(options, "Usage: report-concern --json FILE");
    if (!concern)
        return fail(concern.error());
    Database &db = session.vault()->database();
    auto sent =
        reports::ReportBook(db).sendConcern(*concern, auditActor(db), session.clock().nowMs());
    if (!sent)
        return fail(sent.error());
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("reportId"), hex(sent->reportId)},
                              {QStringLiteral("packet"), hex(sent->packetId)},
                              {QStringLiteral("state"), QStringLiteral("queued")}});
    else
        printLine(QStringLiteral("Concern queued; it is sent at the next sync."));
    return 0;
}

int runReportLost(CliSession &session, const CliOptions &options)
{
    const QString what = options.value(QStringLiteral("--what"));
    if (what.trimmed().isEmpty())
        return fail(QStringLiteral("Usage: report-lost --what TEXT"));
    const auto contact = reports::loadLockContact(session.lock().paths());
    if (!contact)
        return fail(QStringLiteral("This device is not connected to a council yet: call your "
                                   "officer."));
    const qint64 now = session.clock().nowMs();
    auto written = reports::writeSealedReport(session.lock().paths(), contact->councilBoxPublic,
                                              what, now, now);
    if (!written)
        return fail(written.error());
    if (options.json)
        printJson(QJsonObject{{QStringLiteral("reportId"), hex(*written)},
                              {QStringLiteral("state"), QStringLiteral("sealed")}});
    else
        printLine(QStringLiteral("Sealed for the council; it is queued when the device is next "
                                 "unlocked."));
    return 0;
}

int runReports(CliSession &session, const CliOptions &options)
{
    Database &db = session.vault()->database();
    auto identity = sync::SyncStore(db).identity();
    const int target = identity ? identity->enrolment.policy.breachTargetHours
                                : reports::kDefaultCouncilTargetHours;
    const qint64 now = session.clock().nowMs();
    QJsonArray list;
    for (const char *kind : {reports::kKindBreach, reports::kKindConcern}) {
        auto all = reports::ReportBook(db).all(QString::fromLatin1(kind));
        if (!all)
            return fail(all.error());
        for (const reports::Report &report : *all) {
            static const char *const kStates[] = {"draft", "queued", "sent", "received"};
            const QString state = QString::fromLatin1(kStates[int(report.state)]);
            QJsonObject json{{QStringLiteral("reportId"), hex(report.reportId)},
                             {QStringLiteral("kind"), report.kind},
                             {QStringLiteral("state"), state},
                             {QStringLiteral("sealed"), report.sealed},
                             {QStringLiteral("discovered"), isoTime(report.discoveredMs)}};
            if (!report.followUpOf.isEmpty())
                json.insert(QStringLiteral("followUpOf"), hex(report.followUpOf));
            if (report.kind == QLatin1String(reports::kKindBreach) && report.followUpOf.isEmpty()) {
                const auto clocks = reports::breachClocks(report.discoveredMs, target, now);
                json.insert(QStringLiteral("council"), reports::councilClockText(clocks.council));
                json.insert(QStringLiteral("ico"), reports::icoClockText(clocks.ico));
            }
            if (options.json)
                list.append(json);
            else
                printLine(QStringLiteral("%1  %2  %3  %4")
                              .arg(hex(report.reportId), report.kind, state,
                                   json.value(QStringLiteral("council")).toString()));
        }
    }
    if (options.json)
        printJson(list);
    return 0;
}

int runSendEvidence(CliSession &session, const CliOptions &options)
{
    auto evidence = readJsonArgument(options, "Usage: send-evidence --json FILE");
    if (!evidence)
        return fail(evidence.error());
    if (!evidence->value(QStringLiteral("completions")).isArray())
        return fail(QStringLiteral("Checklist evidence needs a \"completions\" list."));
    return queue(session, options, sync::PacketType::ChecklistEvidence, *evidence,
                 QStringLiteral("Checklist evidence queued; it is sent at the next sync."));
}

int runOutbox(CliSession &session, const CliOptions &options)
{
    auto items = sync::Outbox(session.vault()->database()).all();
    if (!items)
        return fail(items.error());
    QJsonArray list;
    for (const sync::OutboxItem &item : *items) {
        const QString state = item.ackedMs  ? QStringLiteral("received")
                              : item.sentMs ? QStringLiteral("sent")
                                            : QStringLiteral("waiting");
        if (!options.json) {
            printLine(QStringLiteral("%1  %2  %3").arg(item.sequence).arg(item.type, state));
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("packet"), hex(item.packetId)},
                                {QStringLiteral("sequence"), qint64(item.sequence)},
                                {QStringLiteral("type"), item.type},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("attempts"), item.attempts},
                                {QStringLiteral("created"), isoTime(item.createdMs)}});
    }
    if (options.json)
        printJson(list);
    return 0;
}

} // namespace safehaven::cli

namespace safehaven::cli {

int runConsent(CliSession &session, const CliOptions &options)
{
    Database &db = session.vault()->database();
    const qint64 now = session.clock().nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    if (options.arguments.size() == 2 && options.arguments[0] == QLatin1String("withdraw")) {
        auto identity = sync::SyncStore(db).identity();
        if (!identity)
            return fail(identity.error());
        auto changed = consent::ConsentBook(db).recordChange(options.arguments[1],
                                                             consent::ConsentChange{{}, true, {}},
                                                             identity->enrolment.deviceId, now);
        if (!changed)
            return fail(changed.error());
        printLine(QStringLiteral("Withdrawal recorded; it is sent at the next sync."));
        return 0;
    }
    if (!options.arguments.isEmpty())
        return fail(QStringLiteral("Usage: consent [withdraw REF]"));
    auto volunteer = consent::isVolunteerDevice(db);
    if (!volunteer)
        return fail(volunteer.error());
    auto records = consent::ConsentBook(db).all();
    if (!records)
        return fail(records.error());
    // A volunteer's device shows only the permissions of documents it may show.
    QSet<QString> shown;
    if (*volunteer) {
        auto visible = sync::DocumentStore(db).list(today);
        if (!visible)
            return fail(visible.error());
        for (const sync::DocumentInfo &d : *visible)
            shown.insert(d.serviceUser);
    }
    QJsonArray list;
    int listed = 0;
    for (const consent::ConsentRecord &r : *records) {
        if (*volunteer && !shown.contains(r.serviceUser))
            continue;
        ++listed;
        const QString state = consent::stateName(consent::stateOn(r, today));
        if (!options.json) {
            printLine(
                QStringLiteral("%1  %2  covers %3  given %4  review due %5  capacity %6")
                    .arg(r.serviceUser, state,
                         r.covers.isEmpty() ? QStringLiteral("-") : r.covers.join(QLatin1Char(',')),
                         r.given.toString(Qt::ISODate), r.reviewDue.toString(Qt::ISODate),
                         r.capacity));
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("serviceUser"), r.serviceUser},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("covers"), QJsonArray::fromStringList(r.covers)},
                                {QStringLiteral("given"), r.given.toString(Qt::ISODate)},
                                {QStringLiteral("reviewDue"), r.reviewDue.toString(Qt::ISODate)},
                                {QStringLiteral("capacity"), r.capacity},
                                {QStringLiteral("withdrawn"), r.withdrawn},
                                {QStringLiteral("note"), r.note},
                                {QStringLiteral("changedOnDevice"), r.changedMs != 0}});
    }
    if (options.json)
        printJson(list);
    else if (listed == 0)
        printLine(QStringLiteral("No permission to share is held."));
    return 0;
}

} // namespace safehaven::cli
