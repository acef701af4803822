#include "documentaccess.h"

#include "appversion.h"
#include "auditlog.h"
#include "consentbook.h"
#include "documentstore.h"
#include "logging.h"
#include "outbox.h"
#include "zeroingbytes.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>

#include <sodium.h>

namespace safehaven::library {

Status auditPurges(Database &db, const QStringList &ids, const QString &actor, qint64 nowMs)
{
    audit::AuditLog log(db);
    for (const QString &id : ids) {
        if (auto appended = log.append(actor, QLatin1String(kActionPurged), id, nowMs); !appended)
            return appended.error();
    }
    return success();
}

Result<QByteArray> DocumentAccess::open(const QString &documentId, const QString &actor,
                                        qint64 nowMs)
{
    // Below the council's minimum app version nothing is opened (MASVS-CODE-2).
    if (auto supported = sync::checkAppVersion(m_db); !supported)
        return supported.error();
    QByteArray content;
    bool tampered = false;
    bool refusedAccess = false;
    auto opened = m_db.inTransaction([&]() -> Status {
        // A volunteer opens only what the permission covers today (fails closed), and learns
        // nothing more about a hidden document than about one that does not exist.
        if (auto allowed = consent::checkMayOpen(m_db, documentId,
                                                 QDateTime::fromMSecsSinceEpoch(nowMs).date());
            !allowed) {
            refusedAccess = allowed.code() == ErrorCode::NotForThisDevice;
            return allowed;
        }
        auto select = m_db.prepare("SELECT size, sha256 FROM documents WHERE id = ?1;");
        if (!select)
            return select.error();
        select->bind(1, documentId);
        auto row = select->step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::StoreError, QStringLiteral("No such document."));
        const qint64 size = select->int64(0);
        const QByteArray expected = select->blob(1);

        if (auto logged = audit::AuditLog(m_db).append(actor, QLatin1String(kActionOpened),
                                                       documentId, nowMs);
            !logged)
            return logged.error();

        content.reserve(size);
        crypto_hash_sha256_state state;
        crypto_hash_sha256_init(&state);
        auto read = sync::DocumentStore(m_db).read(documentId, [&](QByteArrayView bytes) {
            if (content.size() + bytes.size() > size) {
                tampered = true;
                return Status(makeError(ErrorCode::CryptoFailure,
                                        QStringLiteral("A document is longer than it was.")));
            }
            crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(bytes.data()),
                                      quint64(bytes.size()));
            content.append(bytes);
            return success();
        });
        if (!read)
            return read;
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&state, digest);
        const bool matches = content.size() == size &&
                             expected.size() == qsizetype(sizeof digest) &&
                             sodium_memcmp(digest, expected.constData(), sizeof digest) == 0;
        if (!matches) {
            tampered = true;
            return makeError(ErrorCode::CryptoFailure,
                             QStringLiteral("The document does not match its digest: it was not "
                                            "opened."));
        }
        return success();
    });
    if (!opened) {
        wipe(content);
        if (tampered || refusedAccess) {
            if (tampered)
                qCWarning(lcVault) << "a document failed its digest check and was not opened";
            // The "opened" entry went with the rollback; keep evidence of the attempt.
            (void)m_db.inTransaction([&]() -> Status {
                auto logged = audit::AuditLog(m_db).append(actor, QLatin1String(kActionOpenRefused),
                                                           documentId, nowMs);
                return logged ? success() : Status(logged.error());
            });
        }
        return opened.error();
    }
    return content;
}

Result<QStringList> DocumentAccess::purgeExpired(QDate today, qint64 nowMs)
{
    QStringList purged;
    auto done = m_db.inTransaction([&]() -> Status {
        auto ids = sync::DocumentStore(m_db).purgeRetainedBefore(today);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return success();
        if (auto audited = auditPurges(m_db, *ids, QLatin1String(kActorRetention), nowMs); !audited)
            return audited;
        QCborArray documents;
        for (const QString &id : std::as_const(*ids))
            documents << id;
        auto receipt = sync::Outbox(m_db).enqueue(
            sync::PacketType::DisposalReceipt,
            QCborMap{{QStringLiteral("documents"), documents},
                     {QStringLiteral("reason"), QStringLiteral("retention")}},
            nowMs);
        if (!receipt)
            return receipt.error();
        purged = std::move(ids).value();
        return success();
    });
    if (!done)
        return done.error();
    if (!purged.isEmpty())
        qCInfo(lcVault) << "retention: purged" << purged.size() << "document(s)";
    return purged;
}

} // namespace safehaven::library
