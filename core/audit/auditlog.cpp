#include "auditlog.h"

#include <QDataStream>
#include <QIODevice>

#include <sodium.h>

namespace safehaven::audit {

namespace {

const QByteArray &genesis()
{
    static const QByteArray zeros(AuditLog::kHashBytes, '\0');
    return zeros;
}

} // namespace

QByteArray AuditLog::entryHash(const QByteArray &previous, const AuditEntry &entry)
{
    // Length-prefixed fields, so no two different entries serialise alike.
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << previous << entry.seq << entry.atMs << entry.actor.toUtf8() << entry.action.toUtf8()
        << entry.subject.toUtf8();
    QByteArray hash(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()), nullptr, 0);
    return hash;
}

Result<QByteArray> AuditLog::head()
{
    auto last = m_db.prepare("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    return row.value() ? last->blob(0) : genesis();
}

Result<AuditEntry> AuditLog::append(const QString &actor, const QString &action,
                                    const QString &subject, qint64 atMs)
{
    auto previous = head();
    if (!previous)
        return previous.error();
    auto next = m_db.queryInt("SELECT coalesce(max(seq), 0) + 1 FROM audit_log;");
    if (!next)
        return next.error();
    AuditEntry entry{next.value(), atMs, actor, action, subject, {}};
    entry.hash = entryHash(previous.value(), entry);
    if (auto inserted = m_db.run("INSERT INTO audit_log (seq, at_ms, actor, action, subject, hash)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6);",
                                 [&](Statement &s) {
                                     s.bind(1, entry.seq)
                                         .bind(2, entry.atMs)
                                         .bind(3, entry.actor)
                                         .bind(4, entry.action)
                                         .bind(5, entry.subject)
                                         .bind(6, entry.hash);
                                 });
        !inserted)
        return inserted.error();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 afterSeq, int limit)
{
    auto query = m_db.prepare("SELECT seq, at_ms, actor, action, subject, hash FROM audit_log"
                              " WHERE seq > ?1 ORDER BY seq LIMIT ?2;");
    if (!query)
        return query.error();
    query->bind(1, afterSeq).bind(2, qint64(limit));
    QList<AuditEntry> list;
    auto read = query->forEachRow([&]() -> Status {
        list << AuditEntry{query->int64(0), query->int64(1), query->text(2),
                           query->text(3),  query->text(4),  query->blob(5)};
        return success();
    });
    if (!read)
        return read.error();
    return list;
}

Result<ChainCheck> AuditLog::verify()
{
    auto query = m_db.prepare(
        "SELECT seq, at_ms, actor, action, subject, hash FROM audit_log ORDER BY seq;");
    if (!query)
        return query.error();
    ChainCheck check;
    check.head = genesis();
    qint64 expectedSeq = 1;
    auto read = query->forEachRow([&]() -> Status {
        const AuditEntry entry{query->int64(0), query->int64(1), query->text(2),
                               query->text(3),  query->text(4),  query->blob(5)};
        if (check.intact &&
            (entry.seq != expectedSeq || entryHash(check.head, entry) != entry.hash)) {
            check.intact = false;
            check.firstBrokenSeq = entry.seq;
        }
        ++expectedSeq;
        ++check.entries;
        check.head = entry.hash;
        return success();
    });
    if (!read)
        return read.error();
    return check;
}

} // namespace safehaven::audit
