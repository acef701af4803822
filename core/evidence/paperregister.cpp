#include "paperregister.h"

#include "auditlog.h"
#include "logging.h"
#include "outbox.h"
#include "visitbook.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace safehaven::evidence {

namespace {

Error refused(const QString &message)
{
    return makeError(ErrorCode::Malformed, message);
}

// A word such as "Alex" or "Morgan's": a capital followed by at least one small letter.
bool isCapitalised(const QString &word)
{
    if (word.size() < 2 || !word.front().isUpper())
        return false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isLower())
            return true;
    }
    return false;
}

bool isPossessive(const QString &word)
{
    return word.endsWith(QLatin1String("'s")) || word.endsWith(QStringLiteral("\u2019s"));
}

QString checkText(const QString &text, const char *emptyMessage)
{
    if (text.isEmpty())
        return QCoreApplication::translate("Evidence", emptyMessage);
    if (text.size() > kMaxPaperTextLength)
        return QCoreApplication::translate("Evidence", "Keep it short: at most 80 characters.");
    if (looksLikeAName(text))
        return QCoreApplication::translate(
            "Evidence", "This looks like a name or a number. Use initials and your own short "
                        "words, such as \"AM's care plan folder\".");
    return {};
}

PaperItem readItem(const Statement &row)
{
    PaperItem item;
    item.id = row.int64(0);
    item.initials = row.text(1);
    item.serviceUser = row.text(2);
    item.description = row.text(3);
    item.keptAt = row.text(4);
    item.addedMs = row.int64(5);
    item.returnedOn = QDate::fromString(row.text(6), Qt::ISODate);
    item.returnedMs = row.int64(7);
    return item;
}

} // namespace

bool looksLikeAName(const QString &text)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d{6,}"));
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    if (longNumber.match(digits).hasMatch())
        return true;
    static const QRegularExpression separators(QStringLiteral("[\\s,;:/()\"\\-]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        while (!word.isEmpty() && !word.back().isLetter())
            word.chop(1); // "drawer." -> "drawer"
        const bool possessive = isPossessive(word);
        if (possessive)
            word.chop(2); // "Alex's" -> "Alex"; "AM's" -> "AM"
        if (!isCapitalised(word))
            continue;
        if (i > 0 || possessive)
            return true;
    }
    return false;
}

Result<PaperItem> PaperRegister::validated(const PaperItem &item)
{
    PaperItem checked = item;
    checked.initials = item.initials.trimmed().toUpper();
    checked.description = item.description.simplified();
    checked.keptAt = item.keptAt.simplified();
    checked.serviceUser = item.serviceUser.trimmed();
    if (!day::isInitials(checked.initials))
        return refused(QCoreApplication::translate(
            "Evidence", "Initials only: 1 to 4 letters, A to Z, no names or spaces."));
    if (const QString problem = checkText(
            checked.description, QT_TRANSLATE_NOOP("Evidence", "Say what it is, in a few words."));
        !problem.isEmpty())
        return refused(problem);
    if (const QString problem =
            checkText(checked.keptAt,
                      QT_TRANSLATE_NOOP("Evidence", "Say where you keep it, in a few words."));
        !problem.isEmpty())
        return refused(problem);
    if (checked.serviceUser.size() > 64)
        return refused(QStringLiteral("A service user reference is at most 64 characters."));
    return checked;
}

Result<PaperItem> PaperRegister::add(const PaperItem &item, const QString &actor, qint64 nowMs)
{
    auto checked = validated(item);
    if (!checked)
        return checked;
    checked->addedMs = nowMs;
    checked->returnedOn = {};
    checked->returnedMs = 0;
    auto stored = m_db.inTransaction([&]() -> Status {
        if (checked->serviceUser.isEmpty()) {
            auto known = m_db.prepare("SELECT service_user FROM documents WHERE initials = ?1"
                                      " ORDER BY received_ms LIMIT 1;");
            if (!known)
                return known.error();
            known->bind(1, checked->initials);
            auto row = known->step();
            if (!row)
                return row.error();
            if (row.value())
                checked->serviceUser = known->text(0);
        }
        if (auto inserted = m_db.run(
                "INSERT INTO paper_items (initials, service_user, description, kept_at, added_ms)"
                " VALUES (?1, ?2, ?3, ?4, ?5);",
                [&](Statement &s) {
                    s.bind(1, checked->initials)
                        .bind(2, checked->serviceUser)
                        .bind(3, checked->description)
                        .bind(4, checked->keptAt)
                        .bind(5, nowMs);
                });
            !inserted)
            return inserted;
        auto id = m_db.queryInt("SELECT last_insert_rowid();");
        if (!id)
            return id.error();
        checked->id = *id;
        auto logged = audit::AuditLog(m_db).append(actor, QLatin1String(kActionPaperAdded),
                                                   checked->subject(), nowMs);
        return logged ? success() : Status(logged.error());
    });
    if (!stored)
        return stored.error();
    qCInfo(lcEvidence) << "paper item added";
    return checked;
}

Result<PaperReturn> PaperRegister::markReturned(qint64 id, QDate on, const QString &actor,
                                                qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    if (!on.isValid() || on > today)
        return refused(QCoreApplication::translate(
            "Evidence", "The day it went back cannot be in the future."));
    PaperReturn result;
    auto stored = m_db.inTransaction([&]() -> Status {
        auto found = select("SELECT id, initials, service_user, description, kept_at, added_ms,"
                            " returned_on, returned_ms FROM paper_items WHERE id = ?1;",
                            [&](Statement &s) { s.bind(1, id); });
        if (!found)
            return found.error();
        if (found->isEmpty())
            return makeError(ErrorCode::StoreError, QStringLiteral("No such paper item."));
        result.item = found->first();
        if (result.item.returned())
            return makeError(
                ErrorCode::WrongState,
                QCoreApplication::translate("Evidence", "That item is marked returned already."));
        result.item.returnedOn = on;
        result.item.returnedMs = nowMs;
        if (auto updated =
                m_db.run("UPDATE paper_items SET returned_on = ?1, returned_ms = ?2 WHERE id = ?3;",
                         [&](Statement &s) {
                             s.bind(1, on.toString(Qt::ISODate)).bind(2, nowMs).bind(3, id);
                         });
            !updated)
            return updated;
        if (auto logged = audit::AuditLog(m_db).append(actor, QLatin1String(kActionPaperReturned),
                                                       result.item.subject(), nowMs);
            !logged)
            return logged.error();

        // The last one of an ended placement: tell the council, once.
        if (result.item.serviceUser.isEmpty())
            return success();
        auto queued = receiptIfComplete(result.item.serviceUser, nowMs);
        if (!queued)
            return queued.error();
        result.receiptQueued = *queued;
        return success();
    });
    if (!stored)
        return stored.error();
    qCInfo(lcEvidence) << "paper item returned; receipt queued" << result.receiptQueued;
    return result;
}

Result<bool> PaperRegister::receiptIfComplete(const QString &serviceUser, qint64 nowMs)
{
    auto ended = m_db.prepare("SELECT count(*) FROM placements_ended WHERE service_user = ?1"
                              " AND NOT EXISTS (SELECT 1 FROM paper_receipts"
                              " WHERE service_user = ?1);");
    if (!ended)
        return ended.error();
    ended->bind(1, serviceUser);
    if (auto row = ended->step(); !row)
        return row.error();
    if (ended->int64(0) == 0)
        return false;
    auto all = forServiceUser(serviceUser);
    if (!all)
        return all.error();
    QCborArray ids;
    for (const PaperItem &item : *all) {
        if (!item.returned())
            return false; // more to go back
        ids << item.subject();
    }
    auto receipt = sync::Outbox(m_db).enqueue(
        sync::PacketType::DisposalReceipt,
        QCborMap{{QStringLiteral("documents"), ids},
                 {QStringLiteral("serviceUser"), serviceUser},
                 {QStringLiteral("reason"), QLatin1String(kReasonPaperReturned)}},
        nowMs);
    if (!receipt)
        return receipt.error();
    if (auto noted = m_db.run("INSERT INTO paper_receipts (service_user, sent_ms) VALUES (?1, ?2);",
                              [&](Statement &s) { s.bind(1, serviceUser).bind(2, nowMs); });
        !noted)
        return noted.error();
    return true;
}

Status PaperRegister::confirmAllReturned(const QString &serviceUser, const QString &actor,
                                         qint64 nowMs)
{
    return m_db.inTransaction([&]() -> Status {
        auto queued = receiptIfComplete(serviceUser, nowMs);
        if (!queued)
            return queued.error();
        if (!*queued)
            return makeError(ErrorCode::WrongState,
                             QCoreApplication::translate(
                                 "Evidence", "Something is still to go back, or the council "
                                             "has been told already."));
        auto logged = audit::AuditLog(m_db).append(actor, QLatin1String(kActionPaperConfirmed),
                                                   serviceUser, nowMs);
        return logged ? success() : Status(logged.error());
    });
}

Result<QList<PaperItem>> PaperRegister::select(const char *sql,
                                               const std::function<void(Statement &)> &bind)
{
    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    if (bind)
        bind(*query);
    QList<PaperItem> list;
    auto read = query->forEachRow([&]() -> Status {
        list << readItem(*query);
        return success();
    });
    if (!read)
        return read.error();
    return list;
}

Result<QList<PaperItem>> PaperRegister::items()
{
    return select("SELECT id, initials, service_user, description, kept_at, added_ms,"
                  " returned_on, returned_ms FROM paper_items ORDER BY id;",
                  {});
}

Result<QList<PaperItem>> PaperRegister::forServiceUser(const QString &serviceUser)
{
    return select("SELECT id, initials, service_user, description, kept_at, added_ms,"
                  " returned_on, returned_ms FROM paper_items WHERE service_user = ?1"
                  " ORDER BY id;",
                  [&](Statement &s) { s.bind(1, serviceUser); });
}

Result<QList<PaperItem>> PaperRegister::forInitials(const QString &initials)
{
    return select("SELECT id, initials, service_user, description, kept_at, added_ms,"
                  " returned_on, returned_ms FROM paper_items WHERE initials = ?1 ORDER BY id;",
                  [&](Statement &s) { s.bind(1, initials.trimmed().toUpper()); });
}

} // namespace safehaven::evidence
