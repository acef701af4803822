#pragma once

#include "database.h"
#include "keypairs.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>

// "Lost something?" on the lock screen: what the carer can do without unlocking. The officer's
// contact and the council's box public key are kept in a small file beside the store (no
// service-user data: see docs/security/threat-model.md); the one sentence the carer types is sealed
// at once to the council with crypto_box_seal and written to its own file, which this device cannot
// read back. On the next unlock the sealed reports move into the outbox.
namespace safehaven {
struct DataPaths;
}

namespace safehaven::reports {

struct LockContact
{
    QString officerName;
    QString officerPhone;
    QByteArray councilBoxPublic; // 32 bytes
    int councilTargetHours = 24;
};

// The lock contact file's bytes (CBOR {officerName, officerPhone, councilBox, targetHours}) and
// their reader: anyone with the data folder can edit the file, so the reader bounds every field
// (a target outside 1..72 hours reads as 24) and a file without a 32-byte key reads as none.
inline constexpr qsizetype kMaxLockContactBytes = 4 * 1024;
QByteArray lockContactBytes(const LockContact &contact);
std::optional<LockContact> parseLockContact(const QByteArray &bytes);

// One report sealed on the lock screen, as its file holds it:
//   "SHLR" | version 1 | reportId (16) | discoveredAt (i64 BE, > 0) | sealed
// A file over kMaxSealedFileBytes is damaged: at most that size, the breach-report metadata it
// becomes (sealedReportMetadata) always fits a packet's 64 KiB of metadata.
struct SealedReportFile
{
    QByteArray reportId;
    qint64 discoveredMs = 0;
    QByteArray sealed;
};
inline constexpr qsizetype kMaxSealedFileBytes = 32 * 1024;
std::optional<SealedReportFile> parseSealedReportFile(const QByteArray &bytes);
// {reportId, sealed, discoveredAt}: what the breach-report packet carries.
QCborMap sealedReportMetadata(const SealedReportFile &file);

// Written at enrolment and on every unlock (the officer or the key may have changed).
[[nodiscard]] Status saveLockContact(const DataPaths &paths, const LockContact &contact);
// Readable while locked. Missing or damaged: nullopt (the lock screen then offers no report).
std::optional<LockContact> loadLockContact(const DataPaths &paths);
// Writes the lock contact from the vault's enrolment (no-op before enrolment).
[[nodiscard]] Status refreshLockContact(const DataPaths &paths, Database &db);

// Seals {reportId, what, discoveredAt, writtenAt} to the council and writes it atomically as
// DIR/lost-reports/<reportId hex>.sealed. Returns the reportId. Refuses an empty sentence.
[[nodiscard]] Result<QByteArray> writeSealedReport(const DataPaths &paths,
                                                   const QByteArray &councilBoxPublic,
                                                   const QString &what, qint64 discoveredMs,
                                                   qint64 nowMs);
int sealedReportCount(const DataPaths &paths);

// After unlocking: each sealed report becomes a breach-report packet carrying the sealed bytes,
// queued in one transaction with its reports row and audit entry; the file is deleted only
// after that commit. A file whose reportId is already in the vault (a crash between commit and
// delete) is only deleted, so nothing is ever queued twice. Returns how many were queued.
[[nodiscard]] Result<int> moveSealedReports(const DataPaths &paths, Database &db,
                                            const QString &actor, qint64 nowMs);

// At the desk: opens a lock-screen report's `sealed` bytes with the council's box keys and
// returns ordinary breach-report metadata {reportId, report: {what, discoveredAt,
// fromLockScreen: true}}. Anything that does not open or does not match is Malformed.
[[nodiscard]] Result<QCborMap> openSealedReport(const QCborMap &metadata,
                                                const sync::KeyPairs &council);

} // namespace safehaven::reports
