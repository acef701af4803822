#pragma once

#include "database.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace safehaven::audit {

// One entry of the audit trail. `subject` is an identifier (a document id, a checklist id),
// never a name or any other personal detail.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;  // who did it: this device's id, or "council" for what the council caused
    QString action; // e.g. "document-opened", "checklist-completed", "document-purged"
    QString subject;
    QByteArray hash; // BLAKE2b-256 over the previous entry's hash and this entry's fields
};

struct ChainCheck
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 while intact
    QByteArray head;           // the last entry's hash (32 zero bytes for an empty trail)
};

// The hash-chained audit trail in the vault (schema v5, table audit_log). Each entry's hash
// covers the previous entry's hash, so changing, removing or reordering any entry breaks every
// later hash. append() runs inside the caller's transaction, with the action it records.
class AuditLog
{
public:
    static constexpr int kHashBytes = 32;

    explicit AuditLog(Database &db) : m_db(db) {}

    [[nodiscard]] Result<AuditEntry> append(const QString &actor, const QString &action,
                                            const QString &subject, qint64 atMs);
    [[nodiscard]] Result<QList<AuditEntry>> entries(qint64 afterSeq = 0, int limit = 1000);
    // Recomputes every hash from the start.
    [[nodiscard]] Result<ChainCheck> verify();
    [[nodiscard]] Result<QByteArray> head();

    static QByteArray entryHash(const QByteArray &previous, const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace safehaven::audit
