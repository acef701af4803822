#include "checklistbook.h"

#include "auditlog.h"
#include "logging.h"

#include <QCborValue>

namespace safehaven::checklists {

namespace {

constexpr char kSelectCompletions[] = "SELECT id, checklist, version, source, moment, ticked,"
                                      " item_count, at_ms FROM checklist_completions";

ChecklistCompletion completionFrom(const Statement &row)
{
    ChecklistCompletion c;
    c.id = row.int64(0);
    c.checklist = row.text(1);
    c.version = int(row.int64(2));
    c.source = row.text(3);
    c.moment = row.text(4);
    c.ticked = row.text(5).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.itemCount = int(row.int64(6));
    c.atMs = row.int64(7);
    return c;
}

Error refused(const char *why)
{
    return makeError(ErrorCode::Malformed,
                     QStringLiteral("Checklist completion: %1.").arg(QString::fromLatin1(why)));
}

} // namespace

ChecklistSet ChecklistBook::currentSet()
{
    auto select = m_db.prepare("SELECT content FROM checklist_content WHERE id = 1;");
    if (select) {
        auto row = select->step();
        if (row && *row) {
            auto parsed = parseChecklistContent(QCborValue::fromCbor(select->blob(0)).toMap());
            if (parsed)
                return std::move(parsed).value();
            qCWarning(lcSync) << "stored checklist content is not usable; built-in set in use";
        }
    }
    return builtInChecklists();
}

ChecklistSet ChecklistBook::current(const QString &role)
{
    ChecklistSet set = currentSet().forRole(role);
    if (set.checklists.isEmpty() && set.source == QLatin1String(kCouncilSource))
        return builtInChecklists().forRole(role);
    return set;
}

Result<ChecklistCompletion> ChecklistBook::recordCompletion(const QString &checklistId,
                                                            const QStringList &tickedItemIds,
                                                            const QString &moment,
                                                            const QString &actor, qint64 nowMs)
{
    // Read the set in force inside the transaction, so content arriving on another connection
    // cannot change between the check and the write.
    ChecklistCompletion completion;
    auto stored = m_db.inTransaction([&]() -> Status {
        const ChecklistSet set = currentSet();
        const Checklist *checklist = set.find(checklistId);
        if (!checklist)
            return refused("unknown checklist");
        if (!isKnownMoment(moment))
            return refused("unknown moment");
        for (const QString &itemId : tickedItemIds) {
            if (!checklist->item(itemId))
                return refused("unknown item");
        }
        completion.checklist = checklist->id;
        completion.version = set.version;
        completion.source = set.source;
        completion.moment = moment;
        for (const ChecklistItem &item : checklist->items) {
            if (tickedItemIds.contains(item.id))
                completion.ticked << item.id; // the checklist's order, each once
        }
        completion.itemCount = int(checklist->items.size());
        completion.atMs = nowMs;

        auto insert = m_db.prepare(
            "INSERT INTO checklist_completions (checklist, version, source, moment, ticked,"
            " item_count, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
        if (!insert)
            return insert.error();
        insert->bind(1, completion.checklist)
            .bind(2, qint64(completion.version))
            .bind(3, completion.source)
            .bind(4, completion.moment)
            .bind(5, completion.ticked.join(QLatin1Char(',')))
            .bind(6, qint64(completion.itemCount))
            .bind(7, nowMs);
        if (auto ran = insert->run(); !ran)
            return ran;
        auto id = m_db.queryInt("SELECT last_insert_rowid();");
        if (!id)
            return id.error();
        completion.id = *id;
        auto audited = audit::AuditLog(m_db).append(actor, QStringLiteral("checklist-completed"),
                                                    completion.checklist, nowMs);
        if (!audited)
            return audited.error();
        auto sent = enqueueEvidence(m_db, {completion}, nowMs);
        return sent ? success() : Status(sent.error());
    });
    if (!stored)
        return stored.error();
    return completion;
}

Result<QList<ChecklistCompletion>> ChecklistBook::completions(qint64 sinceMs)
{
    const QByteArray sql =
        QByteArray(kSelectCompletions) + " WHERE at_ms >= ?1 ORDER BY at_ms, id;";
    auto select = m_db.prepare(sql.constData());
    if (!select)
        return select.error();
    select->bind(1, sinceMs);
    QList<ChecklistCompletion> list;
    auto read = select->forEachRow([&]() -> Status {
        list << completionFrom(*select);
        return success();
    });
    if (!read)
        return read.error();
    return list;
}

Result<std::optional<ChecklistCompletion>> ChecklistBook::lastCompletion(const QString &checklistId)
{
    const QByteArray sql = QByteArray(kSelectCompletions) +
                           " WHERE checklist = ?1 ORDER BY at_ms DESC, id DESC LIMIT 1;";
    auto select = m_db.prepare(sql.constData());
    if (!select)
        return select.error();
    select->bind(1, checklistId);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ChecklistCompletion>();
    return std::optional<ChecklistCompletion>(completionFrom(*select));
}

Result<QCborArray> ChecklistBook::evidence()
{
    auto all = completions(0);
    if (!all)
        return all.error();
    QCborArray list;
    for (const ChecklistCompletion &completion : *all)
        list << completionToCbor(completion);
    return list;
}

Result<QList<EndedPlacement>> ChecklistBook::endedPlacements()
{
    auto select =
        m_db.prepare("SELECT service_user, ended_ms FROM placements_ended ORDER BY ended_ms;");
    if (!select)
        return select.error();
    QList<EndedPlacement> list;
    auto read = select->forEachRow([&]() -> Status {
        list << EndedPlacement{select->text(0), select->int64(1)};
        return success();
    });
    if (!read)
        return read.error();
    return list;
}

} // namespace safehaven::checklists
