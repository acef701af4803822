#pragma once

#include "database.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace safehaven::library {

// Audit actions written for documents (docs/carers-day.md).
inline constexpr char kActionOpened[] = "document-opened";
inline constexpr char kActionOpenRefused[] = "document-open-refused"; // content failed its digest
inline constexpr char kActionPurged[] = "document-purged";
// Actors for purges the device performs on the council's behalf.
inline constexpr char kActorRetention[] = "council-policy"; // the retain-until date passed
inline constexpr char kActorCouncil[] = "council";          // a placement-end packet

// One "document-purged" audit entry per id, in the caller's transaction (with the purge).
[[nodiscard]] Status auditPurges(Database &db, const QStringList &ids, const QString &actor,
                                 qint64 nowMs);

// Opening documents with evidence, and retention. Each call is its own transaction.
class DocumentAccess
{
public:
    explicit DocumentAccess(Database &db) : m_db(db) {}

    // The whole content of a document, after an audit entry (actor, "document-opened", id) in
    // the same transaction. The content must match its stored size and SHA-256: otherwise
    // CryptoFailure, nothing is returned, no "opened" entry is kept, and a
    // "document-open-refused" entry records the attempt. An unknown id is a StoreError. The
    // caller owns the bytes and wipes them when done (ZeroingBytes / wipe()). Below the
    // council's minimum app version: UpdateRequired, before anything is read or audited.
    [[nodiscard]] Result<QByteArray> open(const QString &documentId, const QString &actor,
                                          qint64 nowMs);

    // Crypto-shreds every document whose retain-until date is before `today` (the device's
    // local date; a document without a date is kept), and in the same transaction queues one
    // disposal-receipt {documents: ids, reason: "retention"} and writes one "document-purged"
    // entry per document (actor "council-policy"). Nothing expired: nothing is written and no
    // packet is queued. Returns the ids purged. Runs at the start of every sync round (online
    // or not) and is meant to be called by the app after each unlock.
    [[nodiscard]] Result<QStringList> purgeExpired(QDate today, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace safehaven::library
