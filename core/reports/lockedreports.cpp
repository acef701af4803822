#include "lockedreports.h"

#include "atomicfile.h"
#include "auditlog.h"
#include "datapaths.h"
#include "logging.h"
#include "outbox.h"
#include "packetheader.h"
#include "reportbook.h"
#include "reportfields.h"
#include "syncstore.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

namespace safehaven::reports {

namespace {

constexpr char kMagic[] = "SHLR";
constexpr quint8 kVersion = 1;
constexpr qsizetype kHeaderBytes = 4 + 1 + kReportIdBytes + 8;

QString sealedDir(const DataPaths &paths)
{
    return paths.sealedReportsDir;
}

QString lockContactPath(const DataPaths &paths)
{
    return paths.lockContactFile;
}

} // namespace

std::optional<SealedReportFile> parseSealedReportFile(const QByteArray &bytes)
{
    if (bytes.size() <= kHeaderBytes + qsizetype(crypto_box_SEALBYTES) ||
        bytes.size() > kMaxSealedFileBytes || !bytes.startsWith(kMagic) ||
        quint8(bytes.at(4)) != kVersion)
        return std::nullopt;
    SealedReportFile file;
    file.reportId = bytes.mid(5, kReportIdBytes);
    file.discoveredMs = qFromBigEndian<qint64>(bytes.constData() + 5 + kReportIdBytes);
    file.sealed = bytes.mid(kHeaderBytes);
    if (file.discoveredMs <= 0 || file.discoveredMs > kMaxTimeMs)
        return std::nullopt;
    return file;
}

QCborMap sealedReportMetadata(const SealedReportFile &file)
{
    return QCborMap{{QStringLiteral("reportId"), file.reportId},
                    {QStringLiteral("sealed"), file.sealed},
                    {QStringLiteral("discoveredAt"), file.discoveredMs}};
}

QByteArray lockContactBytes(const LockContact &contact)
{
    const QCborMap map{{QStringLiteral("officerName"), contact.officerName},
                       {QStringLiteral("officerPhone"), contact.officerPhone},
                       {QStringLiteral("councilBox"), contact.councilBoxPublic},
                       {QStringLiteral("targetHours"), contact.councilTargetHours}};
    return QCborValue(map).toCbor();
}

std::optional<LockContact> parseLockContact(const QByteArray &bytes)
{
    if (bytes.size() > kMaxLockContactBytes)
        return std::nullopt;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    LockContact contact;
    contact.officerName = map.value(QStringLiteral("officerName")).toString().left(200);
    contact.officerPhone = map.value(QStringLiteral("officerPhone")).toString().left(40);
    contact.councilBoxPublic = map.value(QStringLiteral("councilBox")).toByteArray();
    // Only a whole number: QCborValue::toInteger converts a double with a plain cast, undefined
    // for one out of qint64's range (found by tests/fuzz/fuzz_lock_files.cpp).
    const QCborValue hours = map.value(QStringLiteral("targetHours"));
    contact.councilTargetHours =
        hours.isInteger() && hours.toInteger() >= 1 && hours.toInteger() <= 72
            ? int(hours.toInteger())
            : 24;
    if (contact.councilBoxPublic.size() != qsizetype(crypto_box_PUBLICKEYBYTES))
        return std::nullopt;
    return contact;
}

Status saveLockContact(const DataPaths &paths, const LockContact &contact)
{
    return writeFileAtomically(lockContactPath(paths), lockContactBytes(contact));
}

std::optional<LockContact> loadLockContact(const DataPaths &paths)
{
    QFile file(lockContactPath(paths));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxLockContactBytes)
        return std::nullopt;
    return parseLockContact(file.readAll());
}

Status refreshLockContact(const DataPaths &paths, Database &db)
{
    sync::SyncStore store(db);
    auto enrolled = store.isEnrolled();
    if (!enrolled)
        return enrolled.error();
    if (!enrolled.value())
        return success();
    auto identity = store.identity();
    if (!identity)
        return identity.error();
    const sync::Enrolment &e = identity->enrolment;
    return saveLockContact(paths, LockContact{e.officerName, e.officerPhone, e.councilBoxPublic,
                                              e.policy.breachTargetHours});
}

Result<QByteArray> writeSealedReport(const DataPaths &paths, const QByteArray &councilBoxPublic,
                                     const QString &what, qint64 discoveredMs, qint64 nowMs)
{
    const QString sentence = what.trimmed();
    if (sentence.isEmpty())
        return makeError(
            ErrorCode::Malformed,
            QCoreApplication::translate("Reports", "Write one sentence about what happened."));
    if (sentence.size() > kMaxSentence)
        return makeError(ErrorCode::Malformed,
                         QCoreApplication::translate("Reports", "Keep it to a few sentences."));
    if (councilBoxPublic.size() != qsizetype(crypto_box_PUBLICKEYBYTES))
        return makeError(ErrorCode::NotEnrolled,
                         QStringLiteral("This device has no council key yet."));
    const QByteArray reportId = sync::randomBytes(kReportIdBytes);
    const qint64 discovered = discoveredMs > 0 ? discoveredMs : nowMs;
    QByteArray plain = QCborValue(QCborMap{{QStringLiteral("reportId"), reportId},
                                           {QStringLiteral("what"), sentence},
                                           {QStringLiteral("discoveredAt"), discovered},
                                           {QStringLiteral("writtenAt"), nowMs}})
                           .toCbor();
    QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    const int rc = crypto_box_seal(
        reinterpret_cast<unsigned char *>(sealed.data()),
        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char *>(councilBoxPublic.constData()));
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    if (rc != 0)
        return makeError(ErrorCode::CryptoFailure, QStringLiteral("Could not seal the report."));
    QByteArray file(kMagic, 4);
    file.append(char(kVersion));
    file.append(reportId);
    char when[8];
    qToBigEndian<qint64>(discovered, when);
    file.append(when, 8);
    file.append(sealed);
    if (!QDir().mkpath(sealedDir(paths)))
        return makeError(ErrorCode::Io, QStringLiteral("Could not make the reports folder."));
    const QString name = sealedDir(paths) + QLatin1Char('/') +
                         QString::fromLatin1(reportId.toHex()) + QStringLiteral(".sealed");
    if (auto written = writeFileAtomically(name, file); !written)
        return written.error();
    qCInfo(lcReports) << "a report was sealed on the lock screen";
    return reportId;
}

int sealedReportCount(const DataPaths &paths)
{
    return int(QDir(sealedDir(paths)).entryList({QStringLiteral("*.sealed")}, QDir::Files).size());
}

Result<int> moveSealedReports(const DataPaths &paths, Database &db, const QString &actor,
                              qint64 nowMs)
{
    const QDir dir(sealedDir(paths));
    int queued = 0;
    const QStringList names = dir.entryList({QStringLiteral("*.sealed")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return 0;
    auto enrolled = sync::SyncStore(db).isEnrolled();
    if (!enrolled)
        return enrolled.error();
    if (!enrolled.value())
        return 0; // nowhere to send them yet: they wait
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxSealedFileBytes) {
            qCWarning(lcReports) << "a sealed report could not be read";
            continue;
        }
        const auto parsed = parseSealedReportFile(file.readAll());
        file.close();
        if (!parsed ||
            name != QString::fromLatin1(parsed->reportId.toHex()) + QStringLiteral(".sealed")) {
            qCWarning(lcReports) << "a sealed report file is damaged; left in place";
            continue;
        }
        ReportBook book(db);
        auto known = book.exists(parsed->reportId);
        if (!known)
            return known.error();
        if (!known.value()) {
            auto moved = db.inTransaction([&]() -> Status {
                const QCborMap metadata = sealedReportMetadata(*parsed);
                auto item =
                    sync::Outbox(db).enqueue(sync::PacketType::BreachReport, metadata, nowMs);
                if (!item)
                    return item.error();
                if (auto inserted = book.insertSealed(parsed->reportId, parsed->discoveredMs,
                                                      item->packetId, nowMs);
                    !inserted)
                    return inserted;
                auto audited = audit::AuditLog(db).append(
                    actor, QLatin1String(kActionSealedQueued),
                    QString::fromLatin1(parsed->reportId.toHex()), nowMs);
                return audited ? success() : Status(audited.error());
            });
            if (!moved)
                return moved.error();
            ++queued;
        }
        // Only after the commit: a crash before this line finds the row next time.
        if (!QFile::remove(path))
            qCWarning(lcReports) << "a queued sealed report file could not be deleted";
    }
    if (queued > 0)
        qCInfo(lcReports) << "sealed reports queued:" << queued;
    return queued;
}

Result<QCborMap> openSealedReport(const QCborMap &metadata, const sync::KeyPairs &council)
{
    const QByteArray sealed = metadata.value(QStringLiteral("sealed")).toByteArray();
    const QByteArray reportId = metadata.value(QStringLiteral("reportId")).toByteArray();
    const auto bad = [] {
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("breach-report: the sealed report does not open."));
    };
    if (sealed.size() <= qsizetype(crypto_box_SEALBYTES) || council.boxSecret.size() != 32 ||
        council.boxPublic.size() != 32)
        return bad();
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()),
                             quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(council.boxPublic.constData()),
                             council.boxSecret.data()) != 0)
        return bad();
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(plain, &error);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    if (error.error != QCborError::NoError || !value.isMap())
        return bad();
    const QCborMap inner = value.toMap();
    if (inner.value(QStringLiteral("reportId")).toByteArray() != reportId)
        return bad();
    QCborMap report{{QStringLiteral("what"), inner.value(QStringLiteral("what"))},
                    {QStringLiteral("discoveredAt"), inner.value(QStringLiteral("discoveredAt"))},
                    {QStringLiteral("fromLockScreen"), true}};
    if (auto checked = checkBreachFields(report); !checked)
        return checked.error();
    return QCborMap{{QStringLiteral("reportId"), reportId}, {QStringLiteral("report"), report}};
}

} // namespace safehaven::reports
