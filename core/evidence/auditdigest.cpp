#include "auditdigest.h"

#include "logging.h"
#include "outbox.h"

#include <QCborMap>

namespace safehaven::evidence {

DigestState digestOf(const audit::ChainCheck &check)
{
    DigestState state;
    state.count = check.entries;
    state.head = check.head;
    state.intact = check.intact;
    state.brokenAt = check.intact ? 0 : check.firstBrokenSeq;
    return state;
}

QCborMap digestMetadata(const DigestState &state)
{
    QCborMap metadata{{QStringLiteral("head"), state.head},
                      {QStringLiteral("count"), state.count},
                      {QStringLiteral("intact"), state.intact}};
    if (!state.intact)
        metadata.insert(QStringLiteral("brokenAt"), state.brokenAt);
    return metadata;
}

Result<std::optional<DigestState>> lastDigestQueued(Database &db)
{
    auto query =
        db.prepare("SELECT count, head, intact, broken_at, queued_ms FROM audit_digest_sent"
                   " WHERE id = 1;");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<DigestState>();
    DigestState state;
    state.count = query->int64(0);
    state.head = query->blob(1);
    state.intact = query->int64(2) != 0;
    state.brokenAt = query->int64(3);
    state.queuedMs = query->int64(4);
    return std::optional<DigestState>(state);
}

Result<std::optional<DigestState>> queueDigestIfChanged(Database &db, qint64 nowMs)
{
    std::optional<DigestState> queued;
    auto done = db.inTransaction([&]() -> Status {
        auto check = audit::AuditLog(db).verify();
        if (!check)
            return check.error();
        DigestState now = digestOf(*check);
        auto last = lastDigestQueued(db);
        if (!last)
            return last.error();
        if (last->has_value() && last->value().sameTrail(now))
            return success();
        if (!last->has_value() && now.count == 0)
            return success(); // an empty trail attests nothing yet
        if (!now.intact)
            qCWarning(lcEvidence) << "the audit trail's chain is broken at entry" << now.brokenAt
                                  << "of" << now.count << ": the council is told";
        auto item =
            sync::Outbox(db).enqueue(sync::PacketType::AuditDigest, digestMetadata(now), nowMs);
        if (!item)
            return item.error();
        now.queuedMs = nowMs;
        if (auto saved = db.run("INSERT OR REPLACE INTO audit_digest_sent"
                                " (id, count, head, intact, broken_at, queued_ms)"
                                " VALUES (1, ?1, ?2, ?3, ?4, ?5);",
                                [&](Statement &s) {
                                    s.bind(1, now.count)
                                        .bind(2, now.head)
                                        .bind(3, qint64(now.intact ? 1 : 0))
                                        .bind(4, now.brokenAt)
                                        .bind(5, nowMs);
                                });
            !saved)
            return saved;
        queued = now;
        return success();
    });
    if (!done)
        return done.error();
    if (queued)
        qCInfo(lcEvidence) << "audit digest queued: entries" << queued->count;
    return queued;
}

} // namespace safehaven::evidence
