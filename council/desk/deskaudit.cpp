#include "deskaudit.h"

#include "logging.h"

namespace safehaven::desk {

Result<QStringList> recordAuditDigest(DeskStore &store, const QString &device,
                                      const QByteArray &packetId, const QCborMap &metadata,
                                      qint64 nowMs)
{
    Database &db = store.db();
    const qint64 count = metadata.value(QStringLiteral("count")).toInteger();
    const QByteArray head = metadata.value(QStringLiteral("head")).toByteArray();
    const bool intact = metadata.value(QStringLiteral("intact")).toBool();
    QStringList findings;

    auto highest = db.prepare("SELECT max(count) FROM audit_digests WHERE device = ?1;");
    if (!highest)
        return highest.error();
    highest->bind(1, device);
    if (auto row = highest->step(); !row)
        return row.error();
    if (!highest->isNull(0) && count < highest->int64(0))
        findings << QString::fromLatin1(kFindingCountDown);

    auto earlier = db.prepare("SELECT head FROM audit_digests WHERE device = ?1 AND count = ?2"
                              " ORDER BY rowid LIMIT 1;");
    if (!earlier)
        return earlier.error();
    earlier->bind(1, device).bind(2, count);
    auto row = earlier->step();
    if (!row)
        return row.error();
    if (row.value() && earlier->blob(0) != head)
        findings << QString::fromLatin1(kFindingHeadChanged);
    if (!intact)
        findings << QString::fromLatin1(kFindingChainBroken);

    if (auto stored = db.run("INSERT INTO audit_digests (device, packet, count, head, intact,"
                             " findings, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
                             [&](Statement &s) {
                                 s.bind(1, device)
                                     .bind(2, packetId)
                                     .bind(3, count)
                                     .bind(4, head)
                                     .bind(5, qint64(intact ? 1 : 0))
                                     .bind(6, findings.join(QLatin1Char(',')))
                                     .bind(7, nowMs);
                             });
        !stored)
        return stored.error();
    if (!findings.isEmpty())
        qCWarning(lcDesk).noquote()
            << "audit digest from a device shows tampering:" << findings.join(QLatin1Char(','));
    return findings;
}

Result<QStringList> digestFindings(DeskStore &store, const QByteArray &packetId)
{
    auto query = store.db().prepare("SELECT findings FROM audit_digests WHERE packet = ?1;");
    if (!query)
        return query.error();
    query->bind(1, packetId);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!row.value() || query->text(0).isEmpty())
        return QStringList();
    return query->text(0).split(QLatin1Char(','));
}

Result<DeviceAudit> deviceAudit(DeskStore &store, const QString &device)
{
    DeviceAudit audit;
    auto latest = store.db().prepare("SELECT count, received_ms FROM audit_digests"
                                     " WHERE device = ?1 ORDER BY rowid DESC LIMIT 1;");
    if (!latest)
        return latest.error();
    latest->bind(1, device);
    auto row = latest->step();
    if (!row)
        return row.error();
    if (!row.value())
        return audit;
    audit.any = true;
    audit.count = latest->int64(0);
    audit.receivedMs = latest->int64(1);
    auto all = store.db().prepare("SELECT findings FROM audit_digests WHERE device = ?1"
                                  " AND findings != '' ORDER BY rowid;");
    if (!all)
        return all.error();
    all->bind(1, device);
    auto read = all->forEachRow([&]() -> Status {
        for (const QString &finding : all->text(0).split(QLatin1Char(','))) {
            if (!audit.findings.contains(finding))
                audit.findings << finding;
        }
        return success();
    });
    if (!read)
        return read.error();
    return audit;
}

QString findingText(const QString &finding)
{
    if (finding == QLatin1String(kFindingCountDown))
        return QStringLiteral("TAMPERING: the device's audit trail is shorter than it was "
                              "(entries were removed).");
    if (finding == QLatin1String(kFindingHeadChanged))
        return QStringLiteral("TAMPERING: the device's audit trail was rewritten (a different "
                              "head for a length already received).");
    if (finding == QLatin1String(kFindingChainBroken))
        return QStringLiteral("TAMPERING: the device found its own audit chain broken.");
    return finding;
}

} // namespace safehaven::desk
