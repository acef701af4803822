#pragma once

#include "database.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace safehaven::sync {

// One received document's description; the content is kept in 64 KiB chunks beside it.
struct DocumentInfo
{
    QString id;
    QString serviceUser;
    QString initials;
    QString kind;
    QString sensitivity; // "high" or "medium"
    QString title;
    QString mime;
    qint64 size = 0;
    QByteArray sha256;
    QString retainUntil; // YYYY-MM-DD or empty
    bool volunteer = false;
    qint64 receivedMs = 0;
};

// The nine kinds of placement document (docs/sync-protocol.md).
bool isKnownDocumentKind(const QString &kind);
// The formats a device can show (PDF, PNG, JPEG, plain text); a document in any other format
// is refused by the device, and the desk refuses to send one.
bool isShowableDocumentMime(const QString &mime);
[[nodiscard]] Result<DocumentInfo> documentInfoFromMetadata(const QCborMap &metadata);

// Documents in the vault. Writing happens inside the inbox's transaction.
class DocumentStore
{
public:
    explicit DocumentStore(Database &db) : m_db(db) {}

    [[nodiscard]] Status begin(const DocumentInfo &info); // replaces a document with the same id
    [[nodiscard]] Status appendChunk(const QString &id, int index, QByteArrayView bytes);
    // What this device may show on `today` (default: the local date): every document on a
    // carer's device; on a volunteer's only those the council marked for volunteers whose
    // service user's permission covers volunteers today and whose placement has not ended
    // (consent::visibleDocuments). Fails closed: an unreadable permission is an error.
    [[nodiscard]] Result<QList<DocumentInfo>> list(QDate today);
    [[nodiscard]] Result<QList<DocumentInfo>> list() { return list(QDate::currentDate()); }
    // Every document stored, visible or not: for purges and receipts, never for display.
    [[nodiscard]] Result<QList<DocumentInfo>> listStored();
    // The initials of everyone this device may show documents about, sorted, each once.
    [[nodiscard]] Result<QStringList> initials(QDate today);
    [[nodiscard]] Result<QStringList> initials() { return initials(QDate::currentDate()); }
    // Streams the content in order; the caller decides what to do with it (hash, render).
    [[nodiscard]] Status read(const QString &id,
                              const std::function<Status(QByteArrayView)> &chunk);
    [[nodiscard]] Result<QByteArray> sha256(const QString &id);
    // Crypto-shred: rows deleted with secure_delete on, inside the vault's encryption. Returns
    // the ids purged. Run them inside the caller's transaction, with the receipt and the audit
    // entries that record them.
    [[nodiscard]] Result<QStringList> purgeServiceUser(const QString &serviceUser);
    // Documents whose retain-until date is before `today` (a document without one is kept).
    [[nodiscard]] Result<QStringList> purgeRetainedBefore(QDate today);

private:
    // Selects ids with `selectSql` (bound by `bind`), then shreds each of them.
    Result<QStringList> purgeSelected(const char *selectSql,
                                      const std::function<void(Statement &)> &bind);
    Database &m_db;
    std::optional<Statement> m_appendChunk; // prepared once per store, reused for every chunk
};

} // namespace safehaven::sync
