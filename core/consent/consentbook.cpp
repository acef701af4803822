#include "consentbook.h"

#include "auditlog.h"
#include "documentaccess.h"
#include "logging.h"
#include "outbox.h"

#include <QCborArray>
#include <QMap>

#include <algorithm>

namespace safehaven::consent {

namespace {

constexpr char kColumns[] = "service_user, covers, given, review_due, capacity, withdrawn, note,"
                            " issued_ms, changed_ms, received_ms";

ConsentRecord readRecord(const Statement &s)
{
    ConsentRecord r;
    r.serviceUser = s.text(0);
    r.covers = s.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.given = QDate::fromString(s.text(2), Qt::ISODate);
    r.reviewDue = QDate::fromString(s.text(3), Qt::ISODate);
    r.capacity = s.text(4);
    r.withdrawn = s.int64(5) != 0;
    r.note = s.text(6);
    r.issuedMs = s.int64(7);
    r.changedMs = s.int64(8);
    r.receivedMs = s.int64(9);
    return r;
}

Status store(Database &db, const ConsentRecord &r)
{
    return db.run("INSERT OR REPLACE INTO consent_records (service_user, covers, given,"
                  " review_due, capacity, withdrawn, note, issued_ms, changed_ms, received_ms)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);",
                  [&](Statement &s) {
                      s.bind(1, r.serviceUser)
                          .bind(2, r.covers.join(QLatin1Char(',')))
                          .bind(3, r.given.toString(Qt::ISODate))
                          .bind(4, r.reviewDue.toString(Qt::ISODate))
                          .bind(5, r.capacity)
                          .bind(6, qint64(r.withdrawn ? 1 : 0))
                          .bind(7, r.note)
                          .bind(8, r.issuedMs)
                          .bind(9, r.changedMs)
                          .bind(10, r.receivedMs);
                  });
}

Result<QMap<QString, ConsentRecord>> recordsByServiceUser(Database &db)
{
    auto all = ConsentBook(db).all();
    if (!all)
        return all.error();
    QMap<QString, ConsentRecord> map;
    for (const ConsentRecord &r : *all)
        map.insert(r.serviceUser, r);
    return map;
}

Result<QSet<QString>> endedPlacements(Database &db)
{
    auto select = db.prepare("SELECT service_user FROM placements_ended;");
    if (!select)
        return select.error();
    QSet<QString> ended;
    auto read = select->forEachRow([&]() -> Status {
        ended.insert(select->text(0));
        return success();
    });
    if (!read)
        return read.error();
    return ended;
}

std::optional<ConsentRecord> lookup(const QMap<QString, ConsentRecord> &records,
                                    const QString &serviceUser)
{
    auto it = records.constFind(serviceUser);
    if (it == records.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

Result<std::optional<ConsentRecord>> ConsentBook::record(const QString &serviceUser)
{
    auto select = m_db.prepare(QByteArray("SELECT ")
                                   .append(kColumns)
                                   .append(" FROM consent_records WHERE service_user = ?1;")
                                   .constData());
    if (!select)
        return select.error();
    select->bind(1, serviceUser);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ConsentRecord>();
    return std::optional<ConsentRecord>(readRecord(*select));
}

Result<QList<ConsentRecord>> ConsentBook::all()
{
    auto select = m_db.prepare(QByteArray("SELECT ")
                                   .append(kColumns)
                                   .append(" FROM consent_records ORDER BY service_user;")
                                   .constData());
    if (!select)
        return select.error();
    QList<ConsentRecord> records;
    auto read = select->forEachRow([&]() -> Status {
        records << readRecord(*select);
        return success();
    });
    if (!read)
        return read.error();
    return records;
}

Result<QString> ConsentBook::initialsOf(const QString &serviceUser)
{
    auto select = m_db.prepare("SELECT initials FROM documents WHERE service_user = ?1"
                               " AND initials <> '' ORDER BY received_ms LIMIT 1;");
    if (!select)
        return select.error();
    select->bind(1, serviceUser);
    auto row = select->step();
    if (!row)
        return row.error();
    return row.value() ? select->text(0) : QString();
}

Status ConsentBook::receive(const ConsentRecord &incoming, qint64 nowMs)
{
    if (auto checked = checkRecord(incoming); !checked)
        return checked;
    auto held = record(incoming.serviceUser);
    if (!held)
        return held.error();
    if (held->has_value() && incoming.issuedMs <= held->value().asOfMs())
        return makeError(ErrorCode::Replay,
                         QStringLiteral("consent-record: not newer than the record held."));
    ConsentRecord r = incoming;
    r.changedMs = 0;
    r.receivedMs = nowMs;
    if (auto stored = store(m_db, r); !stored)
        return stored;
    auto logged =
        audit::AuditLog(m_db).append(QLatin1String(library::kActorCouncil),
                                     QLatin1String(kActionReceived), r.serviceUser, nowMs);
    return logged ? success() : Status(logged.error());
}

Result<ConsentRecord> ConsentBook::recordChange(const QString &serviceUser,
                                                const ConsentChange &change, const QString &actor,
                                                qint64 nowMs)
{
    ConsentRecord changed;
    auto done = m_db.inTransaction([&]() -> Status {
        auto volunteer = isVolunteerDevice(m_db);
        if (!volunteer)
            return volunteer.error();
        if (*volunteer)
            return makeError(ErrorCode::WrongState,
                             QStringLiteral("A volunteer's device cannot change a permission."));
        auto held = record(serviceUser);
        if (!held)
            return held.error();
        if (!held->has_value())
            return makeError(ErrorCode::WrongState,
                             QStringLiteral("There is no permission record to change."));
        changed = held->value();
        const bool withdrawing = change.withdrawn && !changed.withdrawn;
        changed.withdrawn = changed.withdrawn || change.withdrawn; // only the council restores
        QStringList covers;
        for (const QString &group : groups()) { // canonical order, each once
            if (change.covers.contains(group))
                covers << group;
        }
        for (const QString &group : change.covers) {
            if (!groups().contains(group))
                return makeError(ErrorCode::Malformed,
                                 QStringLiteral("consent-change: covers names an unknown group."));
        }
        changed.covers = covers;
        changed.note = change.note.trimmed();
        // The device's clock may lag the council's: the change is always after what it changed.
        changed.changedMs = qMax(nowMs, changed.asOfMs() + 1);
        if (auto checked = checkRecord(changed); !checked)
            return checked;
        if (auto stored = store(m_db, changed); !stored)
            return stored;
        const QLatin1String action(withdrawing || change.withdrawn ? kActionWithdrawn
                                                                   : kActionChanged);
        if (auto logged = audit::AuditLog(m_db).append(actor, action, serviceUser, nowMs); !logged)
            return logged.error();
        QCborArray coversCbor;
        for (const QString &group : std::as_const(changed.covers))
            coversCbor << group;
        QCborMap inner{{QStringLiteral("covers"), coversCbor},
                       {QStringLiteral("withdrawn"), changed.withdrawn},
                       {QStringLiteral("changed"), changed.changedMs}};
        if (!changed.note.isEmpty())
            inner.insert(QStringLiteral("note"), changed.note);
        auto queued =
            sync::Outbox(m_db).enqueue(sync::PacketType::ConsentChange,
                                       QCborMap{{QStringLiteral("serviceUser"), serviceUser},
                                                {QStringLiteral("change"), inner}},
                                       nowMs);
        return queued ? success() : Status(queued.error());
    });
    if (!done)
        return done.error();
    qCInfo(lcConsent) << "consent change recorded, withdrawn" << changed.withdrawn;
    return changed;
}

Result<QList<ConsentReminder>> ConsentBook::reminders(QDate today)
{
    auto volunteer = isVolunteerDevice(m_db);
    if (!volunteer)
        return volunteer.error();
    QList<ConsentReminder> reminders;
    if (*volunteer)
        return reminders;
    auto records = all();
    if (!records)
        return records.error();
    for (const ConsentRecord &r : *records) {
        const ConsentState state = stateOn(r, today);
        if (state != ConsentState::DueSoon && state != ConsentState::Overdue)
            continue;
        auto initials = initialsOf(r.serviceUser);
        if (!initials)
            return initials.error();
        reminders << ConsentReminder{r.serviceUser, *initials, state, r.reviewDue};
    }
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const ConsentReminder &a, const ConsentReminder &b) {
                         return a.reviewDue < b.reviewDue;
                     });
    return reminders;
}

Result<bool> isVolunteerDevice(Database &db)
{
    auto select = db.prepare("SELECT role FROM sync_identity WHERE id = 1;");
    if (!select)
        return select.error();
    auto row = select->step();
    if (!row)
        return row.error();
    // Not enrolled (the demo library, tests of the library alone): nobody's volunteer.
    return row.value() && select->text(0) == QLatin1String("volunteer");
}

bool volunteerMaySee(const sync::DocumentInfo &document, const std::optional<ConsentRecord> &record,
                     bool placementEnded, QDate today)
{
    return document.volunteer && !placementEnded &&
           coversOn(record, QString::fromLatin1(kVolunteers), today);
}

Result<QList<sync::DocumentInfo>>
visibleDocuments(Database &db, const QList<sync::DocumentInfo> &all, QDate today)
{
    auto volunteer = isVolunteerDevice(db);
    if (!volunteer)
        return volunteer.error();
    if (!*volunteer)
        return all;
    auto records = recordsByServiceUser(db);
    if (!records)
        return records.error();
    auto ended = endedPlacements(db);
    if (!ended)
        return ended.error();
    QList<sync::DocumentInfo> visible;
    for (const sync::DocumentInfo &document : all) {
        if (volunteerMaySee(document, lookup(*records, document.serviceUser),
                            ended->contains(document.serviceUser), today))
            visible << document;
    }
    return visible;
}

Status checkMayOpen(Database &db, const QString &documentId, QDate today)
{
    auto volunteer = isVolunteerDevice(db);
    if (!volunteer)
        return volunteer.error();
    if (!*volunteer)
        return success();
    auto select = db.prepare("SELECT service_user, volunteer FROM documents WHERE id = ?1;");
    if (!select)
        return select.error();
    select->bind(1, documentId);
    auto row = select->step();
    if (!row)
        return row.error();
    const auto refused = [] {
        return Status(makeError(ErrorCode::NotForThisDevice,
                                QStringLiteral("This document is not shared with volunteers.")));
    };
    if (!row.value())
        return refused(); // the same answer as for a hidden one: nothing to tell them apart
    sync::DocumentInfo document;
    document.serviceUser = select->text(0);
    document.volunteer = select->int64(1) != 0;
    auto record = ConsentBook(db).record(document.serviceUser);
    if (!record)
        return record.error();
    auto ended = endedPlacements(db);
    if (!ended)
        return ended.error();
    if (!volunteerMaySee(document, *record, ended->contains(document.serviceUser), today))
        return refused();
    return success();
}

Result<QStringList> purgeForVolunteer(Database &db, QDate today, qint64 nowMs)
{
    QStringList purged;
    auto done = db.inTransaction([&]() -> Status {
        auto volunteer = isVolunteerDevice(db);
        if (!volunteer)
            return volunteer.error();
        if (!*volunteer)
            return success();
        auto records = recordsByServiceUser(db);
        if (!records)
            return records.error();
        auto ended = endedPlacements(db);
        if (!ended)
            return ended.error();
        auto documents = sync::DocumentStore(db).listStored();
        if (!documents)
            return documents.error();
        QStringList serviceUsers;
        for (const sync::DocumentInfo &document : *documents) {
            const auto record = lookup(*records, document.serviceUser);
            if (!record && !ended->contains(document.serviceUser))
                continue; // no permission yet: hidden, kept for its record
            if (volunteerMaySee(document, record, ended->contains(document.serviceUser), today))
                continue;
            if (!serviceUsers.contains(document.serviceUser))
                serviceUsers << document.serviceUser;
        }
        for (const QString &serviceUser : std::as_const(serviceUsers)) {
            auto ids = sync::DocumentStore(db).purgeServiceUser(serviceUser);
            if (!ids)
                return ids.error();
            purged << *ids;
        }
        if (purged.isEmpty())
            return success();
        if (auto audited =
                library::auditPurges(db, purged, QString::fromLatin1(kActorConsent), nowMs);
            !audited)
            return audited;
        QCborArray ids;
        for (const QString &id : std::as_const(purged))
            ids << id;
        auto receipt = sync::Outbox(db).enqueue(
            sync::PacketType::DisposalReceipt,
            QCborMap{{QStringLiteral("documents"), ids},
                     {QStringLiteral("reason"), QStringLiteral("consent")}},
            nowMs);
        return receipt ? success() : Status(receipt.error());
    });
    if (!done)
        return done.error();
    if (!purged.isEmpty())
        qCInfo(lcConsent) << "consent: purged" << purged.size() << "volunteer document(s)";
    return purged;
}

} // namespace safehaven::consent
