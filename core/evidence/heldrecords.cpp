#include "heldrecords.h"

#include "checklistcontent.h"
#include "consentbook.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace safehaven::evidence {

namespace {

Result<QStringList> textColumn(Database &db, const char *sql, const QString &key)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    if (!key.isNull())
        query->bind(1, key);
    QStringList values;
    auto read = query->forEachRow([&]() -> Status {
        values << query->text(0);
        return success();
    });
    if (!read)
        return read.error();
    return values;
}

Result<qint64> countWhere(Database &db, const char *sql, const QString &key)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    query->bind(1, key);
    auto row = query->step();
    if (!row)
        return row.error();
    return row.value() ? query->int64(0) : 0;
}

Result<qint64> placementEndChecklistSince(Database &db, qint64 sinceMs)
{
    auto query = db.prepare("SELECT coalesce(min(at_ms), 0), count(*) FROM checklist_completions"
                            " WHERE moment = ?1 AND at_ms >= ?2;");
    if (!query)
        return query.error();
    query->bind(1, QString::fromLatin1(checklists::moment::kPlacementEnd)).bind(2, sinceMs);
    auto row = query->step();
    if (!row)
        return row.error();
    return query->int64(0);
}

} // namespace

Result<QStringList> heldInitials(Database &db)
{
    auto all = textColumn(db,
                          "SELECT initials FROM documents UNION SELECT initials FROM visits"
                          " UNION SELECT initials FROM paper_items ORDER BY 1;",
                          QString());
    return all;
}

Result<HeldRecords> whatWeHold(Database &db, const QString &initialsIn)
{
    HeldRecords held;
    held.initials = initialsIn.trimmed().toUpper();

    auto documents = db.prepare("SELECT kind, received_ms, retain_until FROM documents"
                                " WHERE initials = ?1 ORDER BY received_ms, id;");
    if (!documents)
        return documents.error();
    documents->bind(1, held.initials);
    auto read = documents->forEachRow([&]() -> Status {
        held.documents << HeldDocument{documents->text(0), documents->int64(1), documents->text(2)};
        return success();
    });
    if (!read)
        return read.error();

    auto paper = PaperRegister(db).forInitials(held.initials);
    if (!paper)
        return paper.error();
    held.paper = *paper;

    // The council's references for these initials: from the documents and the paper register.
    auto references = textColumn(db,
                                 "SELECT service_user FROM documents WHERE initials = ?1 UNION"
                                 " SELECT service_user FROM paper_items WHERE initials = ?1"
                                 " AND service_user != '' ORDER BY 1;",
                                 held.initials);
    if (!references)
        return references.error();

    for (const QString &reference : *references) {
        auto consent = consent::ConsentBook(db).record(reference);
        if (!consent)
            return consent.error();
        if (consent->has_value() && !held.consent) {
            const consent::ConsentRecord &record = consent->value();
            HeldConsent summary;
            summary.covers = record.covers;
            summary.given = record.given.toString(Qt::ISODate);
            summary.reviewDue = record.reviewDue.toString(Qt::ISODate);
            // Withdrawn on the carer's change, or by the council's record that said so.
            if (record.withdrawn)
                summary.withdrawn =
                    QDateTime::fromMSecsSinceEpoch(
                        record.changedMs ? record.changedMs : record.issuedMs, QTimeZone::utc())
                        .date()
                        .toString(Qt::ISODate);
            held.consent = summary;
        }
        auto ended = db.prepare("SELECT ended_ms FROM placements_ended WHERE service_user = ?1;");
        if (!ended)
            return ended.error();
        ended->bind(1, reference);
        auto endedRow = ended->step();
        if (!endedRow)
            return endedRow.error();
        if (endedRow.value()) {
            held.placementEnded = true;
            auto done = db.prepare("SELECT count(*) FROM checklist_completions"
                                   " WHERE moment = ?1 AND at_ms >= ?2;");
            if (!done)
                return done.error();
            done->bind(1, QString::fromLatin1(checklists::moment::kPlacementEnd))
                .bind(2, ended->int64(0));
            if (auto doneRow = done->step(); !doneRow)
                return doneRow.error();
            held.closeDownChecklists += int(done->int64(0));
        }
    }

    auto visits = countWhere(db, "SELECT count(*) FROM visits WHERE initials = ?1;", held.initials);
    if (!visits)
        return visits.error();
    held.visits = int(*visits);
    return held;
}

Result<QList<CloseDown>> closeDowns(Database &db)
{
    auto ended = db.prepare("SELECT service_user, ended_ms FROM placements_ended ORDER BY ended_ms "
                            "DESC, service_user;");
    if (!ended)
        return ended.error();
    QList<CloseDown> list;
    auto read = ended->forEachRow([&]() -> Status {
        CloseDown entry;
        entry.serviceUser = ended->text(0);
        entry.endedMs = ended->int64(1);
        list << entry;
        return success();
    });
    if (!read)
        return read.error();
    PaperRegister paper(db);
    for (CloseDown &entry : list) {
        auto items = paper.forServiceUser(entry.serviceUser);
        if (!items)
            return items.error();
        entry.paper = *items;
        for (const PaperItem &item : entry.paper) {
            if (entry.initials.isEmpty())
                entry.initials = item.initials;
            if (!item.returned())
                ++entry.paperOutstanding;
        }
        auto left = countWhere(db, "SELECT count(*) FROM documents WHERE service_user = ?1;",
                               entry.serviceUser);
        if (!left)
            return left.error();
        entry.documentsLeft = int(*left);
        auto done = placementEndChecklistSince(db, entry.endedMs);
        if (!done)
            return done.error();
        entry.checklistDoneMs = *done;
        auto receipt = countWhere(db,
                                  "SELECT coalesce(max(sent_ms), 0) FROM paper_receipts"
                                  " WHERE service_user = ?1;",
                                  entry.serviceUser);
        if (!receipt)
            return receipt.error();
        entry.receiptMs = *receipt;
    }
    return list;
}

} // namespace safehaven::evidence
