#include "documentstore.h"

#include "cborfields.h"
#include "consentbook.h"

#include <QDate>
#include <QRegularExpression>

#include <sodium.h>

namespace safehaven::sync {

bool isKnownDocumentKind(const QString &kind)
{
    static const QStringList kinds{
        QStringLiteral("all-about-me"),        QStringLiteral("risk-management-plan"),
        QStringLiteral("medical-information"), QStringLiteral("placement-agreement"),
        QStringLiteral("professional-report"), QStringLiteral("financial-information"),
        QStringLiteral("legal-document"),      QStringLiteral("communication-plan"),
        QStringLiteral("mobility-information")};
    return kinds.contains(kind);
}

bool isShowableDocumentMime(const QString &mime)
{
    return mime == QLatin1String("application/pdf") || mime == QLatin1String("image/png") ||
           mime == QLatin1String("image/jpeg") || mime == QLatin1String("text/plain") ||
           mime.startsWith(QLatin1String("text/plain;"));
}

Result<DocumentInfo> documentInfoFromMetadata(const QCborMap &metadata)
{
    CborFields fields(metadata, QStringLiteral("Document"));
    DocumentInfo info;
    info.id = fields.text("id", 32);
    info.serviceUser = fields.text("serviceUser", 64);
    info.initials = fields.optionalText("initials", 8);
    info.kind = fields.text("type", 40);
    info.sensitivity = fields.text("class", 10);
    info.title = fields.text("title", 200);
    info.mime = fields.text("mime", 100);
    info.size = fields.integer("size", 0, 128LL * 1024 * 1024);
    info.sha256 = fields.bytes("sha256", 32);
    info.retainUntil = fields.optionalText("retainUntil", 10);
    info.volunteer = fields.boolean("volunteer", false);
    if (!fields.ok())
        return fields.error();
    static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));
    if (!id.match(info.id).hasMatch())
        return makeError(ErrorCode::Malformed, QStringLiteral("Document: bad id."));
    if (!isShowableDocumentMime(info.mime))
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("A document in a format Safe Haven can't show was "
                                        "refused. Ask your Shared Lives officer to send it as a "
                                        "PDF."));
    if (!isKnownDocumentKind(info.kind))
        return makeError(ErrorCode::Malformed, QStringLiteral("Document: unknown type."));
    if (info.sensitivity != QLatin1String("high") && info.sensitivity != QLatin1String("medium"))
        return makeError(ErrorCode::Malformed, QStringLiteral("Document: unknown class."));
    if (!info.retainUntil.isEmpty() && !QDate::fromString(info.retainUntil, Qt::ISODate).isValid())
        return makeError(ErrorCode::Malformed, QStringLiteral("Document: bad retain-until date."));
    return info;
}

Status DocumentStore::begin(const DocumentInfo &info)
{
    auto remove = m_db.prepare("DELETE FROM documents WHERE id = ?1;");
    if (!remove)
        return remove.error();
    if (auto removed = remove->bind(1, info.id).run(); !removed)
        return removed;
    auto insert = m_db.prepare(
        "INSERT INTO documents (id, service_user, initials, kind, class, title, mime, size,"
        " sha256, retain_until, volunteer, received_ms)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12);");
    if (!insert)
        return insert.error();
    return insert->bind(1, info.id)
        .bind(2, info.serviceUser)
        .bind(3, info.initials)
        .bind(4, info.kind)
        .bind(5, info.sensitivity)
        .bind(6, info.title)
        .bind(7, info.mime)
        .bind(8, info.size)
        .bind(9, info.sha256)
        .bind(10, info.retainUntil)
        .bind(11, qint64(info.volunteer ? 1 : 0))
        .bind(12, info.receivedMs)
        .run();
}

Status DocumentStore::appendChunk(const QString &id, int index, QByteArrayView bytes)
{
    // One prepared statement for all of a document's chunks, and no copy of the chunk before
    // SQLite's own (the bind is SQLITE_TRANSIENT).
    if (!m_appendChunk) {
        auto insert = m_db.prepare(
            "INSERT INTO document_chunks (document_id, idx, bytes) VALUES (?1, ?2, ?3);");
        if (!insert)
            return insert.error();
        m_appendChunk = std::move(insert).value();
    }
    Statement &insert = *m_appendChunk;
    insert.reset();
    return insert.bind(1, id)
        .bind(2, qint64(index))
        .bind(3, QByteArray::fromRawData(bytes.data(), bytes.size()))
        .run();
}

Result<QStringList> DocumentStore::initials(QDate today)
{
    auto volunteer = consent::isVolunteerDevice(m_db);
    if (!volunteer)
        return volunteer.error();
    if (*volunteer) {
        // Only the initials of documents the volunteer may see: the others do not exist here.
        auto visible = list(today);
        if (!visible)
            return visible.error();
        QStringList initials;
        for (const DocumentInfo &document : *visible) {
            if (!document.initials.isEmpty() && !initials.contains(document.initials))
                initials << document.initials;
        }
        initials.sort();
        return initials;
    }
    auto select = m_db.prepare(
        "SELECT DISTINCT initials FROM documents WHERE initials <> '' ORDER BY initials;");
    if (!select)
        return select.error();
    QStringList initials;
    auto read = select->forEachRow([&]() -> Status {
        initials << select->text(0);
        return success();
    });
    if (!read)
        return read.error();
    return initials;
}

Result<QList<DocumentInfo>> DocumentStore::list(QDate today)
{
    auto stored = listStored();
    if (!stored)
        return stored;
    return consent::visibleDocuments(m_db, *stored, today);
}

Result<QList<DocumentInfo>> DocumentStore::listStored()
{
    auto select = m_db.prepare(
        "SELECT id, service_user, initials, kind, class, title, mime, size, sha256, retain_until,"
        " volunteer, received_ms FROM documents ORDER BY received_ms, id;");
    if (!select)
        return select.error();
    QList<DocumentInfo> documents;
    auto read = select->forEachRow([&]() -> Status {
        documents << DocumentInfo{select->text(0), select->text(1),        select->text(2),
                                  select->text(3), select->text(4),        select->text(5),
                                  select->text(6), select->int64(7),       select->blob(8),
                                  select->text(9), select->int64(10) != 0, select->int64(11)};
        return success();
    });
    if (!read)
        return read.error();
    return documents;
}

Status DocumentStore::read(const QString &id, const std::function<Status(QByteArrayView)> &chunk)
{
    auto select =
        m_db.prepare("SELECT bytes FROM document_chunks WHERE document_id = ?1 ORDER BY idx;");
    if (!select)
        return select.error();
    select->bind(1, id);
    bool any = false;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        any = true;
        // A plaintext copy of the chunk: zeroed once the caller has taken it.
        QByteArray bytes = select->blob(0);
        auto taken = chunk(bytes);
        sodium_memzero(bytes.data(), size_t(bytes.size()));
        if (!taken)
            return taken;
    }
    if (!any) {
        auto exists = m_db.prepare("SELECT 1 FROM documents WHERE id = ?1;");
        if (!exists)
            return exists.error();
        exists->bind(1, id);
        auto found = exists->step();
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::StoreError, QStringLiteral("No such document."));
    }
    return success();
}

Result<QByteArray> DocumentStore::sha256(const QString &id)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    auto read = this->read(id, [&](QByteArrayView bytes) {
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(bytes.data()),
                                  quint64(bytes.size()));
        return success();
    });
    if (!read)
        return read.error();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

Result<QStringList> DocumentStore::purgeServiceUser(const QString &serviceUser)
{
    return purgeSelected("SELECT id FROM documents WHERE service_user = ?1 ORDER BY id;",
                         [&](Statement &s) { s.bind(1, serviceUser); });
}

Result<QStringList> DocumentStore::purgeRetainedBefore(QDate today)
{
    if (!today.isValid())
        return makeError(ErrorCode::WrongState, QStringLiteral("Retention: no valid date."));
    // Dates are stored as YYYY-MM-DD, so text order is date order; '' means "no date".
    return purgeSelected("SELECT id FROM documents WHERE retain_until <> '' AND retain_until < ?1"
                         " ORDER BY id;",
                         [&](Statement &s) { s.bind(1, today.toString(Qt::ISODate)); });
}

Result<QStringList> DocumentStore::purgeSelected(const char *selectSql,
                                                 const std::function<void(Statement &)> &bind)
{
    auto select = m_db.prepare(selectSql);
    if (!select)
        return select.error();
    bind(*select);
    QStringList ids;
    auto read = select->forEachRow([&]() -> Status {
        ids << select->text(0);
        return success();
    });
    if (!read)
        return read.error();
    // The chunks go with their document (ON DELETE CASCADE); secure_delete (a connection pragma)
    // overwrites the freed pages.
    auto remove = m_db.prepare("DELETE FROM documents WHERE id = ?1;");
    if (!remove)
        return remove.error();
    for (const QString &id : std::as_const(ids)) {
        remove->reset();
        if (auto removed = remove->bind(1, id).run(); !removed)
            return removed.error();
    }
    return ids;
}

} // namespace safehaven::sync
