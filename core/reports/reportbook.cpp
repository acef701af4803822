#include "reportbook.h"

#include "auditlog.h"
#include "breachclock.h"
#include "logging.h"
#include "outbox.h"
#include "packetheader.h"
#include "reportfields.h"

#include <QCborValue>
#include <QCoreApplication>

namespace safehaven::reports {

namespace {

constexpr qsizetype kMaxDraftBytes = 48 * 1024;

constexpr char kSelect[] =
    "SELECT r.report_id, r.kind, r.follow_up_of, r.fields, r.discovered_ms, r.created_ms,"
    " r.updated_ms, r.queued_ms, r.packet_id, r.sealed, o.sent_ms, o.acked_ms"
    " FROM reports r LEFT JOIN sync_outbox o ON o.packet_id = r.packet_id";

Report readRow(const Statement &row)
{
    Report report;
    report.reportId = row.blob(0);
    report.kind = row.text(1);
    report.followUpOf = row.isNull(2) ? QByteArray() : row.blob(2);
    report.fields = QCborValue::fromCbor(row.blob(3)).toMap();
    report.discoveredMs = row.int64(4);
    report.createdMs = row.int64(5);
    report.updatedMs = row.int64(6);
    report.queuedMs = row.isNull(7) ? 0 : row.int64(7);
    report.packetId = row.isNull(8) ? QByteArray() : row.blob(8);
    report.sealed = row.int64(9) != 0;
    if (report.packetId.isEmpty())
        report.state = ReportState::Draft;
    else if (!row.isNull(11))
        report.state = ReportState::Received;
    else if (!row.isNull(10))
        report.state = ReportState::Sent;
    else
        report.state = ReportState::Queued;
    return report;
}

QString subjectFor(const QByteArray &reportId)
{
    return QString::fromLatin1(reportId.toHex());
}

Error refused(const char *text)
{
    return makeError(ErrorCode::Malformed, QCoreApplication::translate("Reports", text));
}

} // namespace

QString Report::what() const
{
    return fields.value(QStringLiteral("what")).toString();
}

Result<bool> ReportBook::exists(const QByteArray &reportId)
{
    auto select = m_db.prepare("SELECT count(*) FROM reports WHERE report_id = ?1;");
    if (!select)
        return select.error();
    select->bind(1, reportId);
    auto row = select->step();
    if (!row)
        return row.error();
    return select->int64(0) > 0;
}

Result<std::optional<Report>> ReportBook::report(const QByteArray &reportId)
{
    auto select = m_db.prepare((QByteArray(kSelect) + " WHERE r.report_id = ?1;").constData());
    if (!select)
        return select.error();
    select->bind(1, reportId);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Report>();
    return std::optional<Report>(readRow(*select));
}

Result<QList<Report>> ReportBook::all(const QString &kind)
{
    auto select = m_db.prepare(
        (QByteArray(kSelect) + " WHERE r.kind = ?1 ORDER BY r.created_ms DESC, r.rowid DESC;")
            .constData());
    if (!select)
        return select.error();
    select->bind(1, kind);
    QList<Report> reports;
    auto read = select->forEachRow([&]() -> Status {
        reports << readRow(*select);
        return success();
    });
    if (!read)
        return read.error();
    return reports;
}

Result<Report> ReportBook::saveDraft(const QByteArray &reportId, const QCborMap &fields,
                                     const QByteArray &followUpOf, const QString &actor,
                                     qint64 nowMs)
{
    if (!reportId.isEmpty() && reportId.size() != kReportIdBytes)
        return refused("That report is not known.");
    if (!followUpOf.isEmpty() && followUpOf.size() != kReportIdBytes)
        return refused("That report is not known.");
    const QByteArray cbor = QCborValue(fields).toCbor();
    if (cbor.size() > kMaxDraftBytes)
        return refused("This report is too long. Keep to the main facts.");
    const QCborValue discovered = fields.value(QStringLiteral("discoveredAt"));
    QByteArray id = reportId;
    auto saved = m_db.inTransaction([&]() -> Status {
        std::optional<Report> existing;
        if (!id.isEmpty()) {
            auto found = report(id);
            if (!found)
                return found.error();
            existing = *found;
            if (!existing)
                return refused("That report is not known.");
            if (existing->state != ReportState::Draft)
                return refused("This report has been sent. Add anything new as a follow-up.");
        }
        if (!followUpOf.isEmpty()) {
            auto original = exists(followUpOf);
            if (!original)
                return original.error();
            if (!original.value())
                return refused("The report this adds to is not on this device.");
        }
        if (existing) {
            const qint64 discoveredMs =
                discovered.isInteger() ? discovered.toInteger() : existing->discoveredMs;
            return m_db.run("UPDATE reports SET fields = ?1, discovered_ms = ?2, updated_ms = ?3"
                            " WHERE report_id = ?4;",
                            [&](Statement &s) {
                                s.bind(1, cbor).bind(2, discoveredMs).bind(3, nowMs).bind(4, id);
                            });
        }
        id = sync::randomBytes(kReportIdBytes);
        const qint64 discoveredMs = discovered.isInteger() ? discovered.toInteger() : nowMs;
        if (auto inserted =
                m_db.run("INSERT INTO reports (report_id, kind, follow_up_of, fields,"
                         " discovered_ms, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5,"
                         " ?6, ?6);",
                         [&](Statement &s) {
                             s.bind(1, id).bind(2, QString::fromLatin1(kKindBreach));
                             if (!followUpOf.isEmpty())
                                 s.bind(3, followUpOf);
                             s.bind(4, cbor).bind(5, discoveredMs).bind(6, nowMs);
                         });
            !inserted)
            return inserted;
        auto audited = audit::AuditLog(m_db).append(actor, QLatin1String(kActionDraftStarted),
                                                    subjectFor(id), nowMs);
        return audited ? success() : Status(audited.error());
    });
    if (!saved)
        return saved.error();
    auto stored = report(id);
    if (!stored)
        return stored.error();
    return **stored;
}

Result<Report> ReportBook::send(const QByteArray &reportId, int councilTargetHours,
                                const QString &actor, qint64 nowMs)
{
    auto sent = m_db.inTransaction([&]() -> Status {
        auto found = report(reportId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return refused("That report is not known.");
        const Report &draft = **found;
        if (draft.state != ReportState::Draft)
            return refused("This report has already been sent.");
        if (draft.what().trimmed().isEmpty())
            return refused("Write one sentence about what happened first.");
        QCborMap fields = draft.fields;
        fields.insert(QStringLiteral("what"), draft.what().trimmed());
        fields.insert(QStringLiteral("discoveredAt"), draft.discoveredMs);
        fields.insert(QStringLiteral("targetHours"), sanitisedTargetHours(councilTargetHours));
        QCborMap metadata{{QStringLiteral("reportId"), draft.reportId},
                          {QStringLiteral("report"), fields}};
        if (!draft.followUpOf.isEmpty())
            metadata.insert(QStringLiteral("followUpOf"), draft.followUpOf);
        if (auto checked = checkBreachMetadata(metadata); !checked)
            return checked;
        auto item = sync::Outbox(m_db).enqueue(sync::PacketType::BreachReport, metadata, nowMs);
        if (!item)
            return item.error();
        if (auto marked = m_db.run(
                "UPDATE reports SET fields = ?1, packet_id = ?2, queued_ms = ?3, updated_ms = ?3"
                " WHERE report_id = ?4;",
                [&](Statement &s) {
                    s.bind(1, QCborValue(fields).toCbor())
                        .bind(2, item->packetId)
                        .bind(3, nowMs)
                        .bind(4, reportId);
                });
            !marked)
            return marked;
        auto audited = audit::AuditLog(m_db).append(actor, QLatin1String(kActionBreachSent),
                                                    subjectFor(reportId), nowMs);
        return audited ? success() : Status(audited.error());
    });
    if (!sent)
        return sent.error();
    qCInfo(lcReports) << "breach report queued";
    auto stored = report(reportId);
    if (!stored)
        return stored.error();
    return **stored;
}

Status ReportBook::discardDraft(const QByteArray &reportId, const QString &actor, qint64 nowMs)
{
    return m_db.inTransaction([&]() -> Status {
        auto found = report(reportId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return refused("That report is not known.");
        if ((*found)->state != ReportState::Draft)
            return refused("A report that has been sent stays on record.");
        if (auto removed = m_db.run("DELETE FROM reports WHERE report_id = ?1;",
                                    [&](Statement &s) { s.bind(1, reportId); });
            !removed)
            return removed;
        auto audited = audit::AuditLog(m_db).append(actor, QLatin1String(kActionDraftDiscarded),
                                                    subjectFor(reportId), nowMs);
        return audited ? success() : Status(audited.error());
    });
}

Result<Report> ReportBook::sendConcern(const QCborMap &concern, const QString &actor, qint64 nowMs)
{
    QCborMap fields = concern;
    fields.insert(QStringLiteral("what"),
                  concern.value(QStringLiteral("what")).toString().trimmed());
    fields.insert(QStringLiteral("raisedAt"), nowMs);
    const QByteArray id = sync::randomBytes(kReportIdBytes);
    const QCborMap metadata{
        {QStringLiteral("reportId"), id},
        {QStringLiteral("kind"), QString::fromLatin1(kConcernKindConfidentiality)},
        {QStringLiteral("concern"), fields}};
    if (fields.value(QStringLiteral("what")).toString().isEmpty())
        return refused("Write one sentence about the concern first.");
    if (auto checked = checkConcernMetadata(metadata); !checked)
        return checked.error();
    auto sent = m_db.inTransaction([&]() -> Status {
        auto item = sync::Outbox(m_db).enqueue(sync::PacketType::ConcernReport, metadata, nowMs);
        if (!item)
            return item.error();
        if (auto inserted = m_db.run(
                "INSERT INTO reports (report_id, kind, fields, discovered_ms, created_ms,"
                " updated_ms, packet_id, queued_ms) VALUES (?1, ?2, ?3, ?4, ?4, ?4, ?5, ?4);",
                [&](Statement &s) {
                    s.bind(1, id)
                        .bind(2, QString::fromLatin1(kKindConcern))
                        .bind(3, QCborValue(fields).toCbor())
                        .bind(4, nowMs)
                        .bind(5, item->packetId);
                });
            !inserted)
            return inserted;
        auto audited = audit::AuditLog(m_db).append(actor, QLatin1String(kActionConcernSent),
                                                    subjectFor(id), nowMs);
        return audited ? success() : Status(audited.error());
    });
    if (!sent)
        return sent.error();
    qCInfo(lcReports) << "concern report queued";
    auto stored = report(id);
    if (!stored)
        return stored.error();
    return **stored;
}

Status ReportBook::insertSealed(const QByteArray &reportId, qint64 discoveredMs,
                                const QByteArray &packetId, qint64 nowMs)
{
    return m_db.run(
        "INSERT INTO reports (report_id, kind, fields, discovered_ms, created_ms, updated_ms,"
        " packet_id, queued_ms, sealed) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?5, 1);",
        [&](Statement &s) {
            s.bind(1, reportId)
                .bind(2, QString::fromLatin1(kKindBreach))
                .bind(3, QCborValue(QCborMap()).toCbor())
                .bind(4, discoveredMs)
                .bind(5, nowMs)
                .bind(6, packetId);
        });
}

} // namespace safehaven::reports
