// libFuzzer: the two files the lock screen reads beside the store while it is still locked, so
// anyone with the data folder can change them (core/reports/lockedreports). The first byte picks:
//   even  the lock contact file (parseLockContact, read by loadLockContact)
//   odd   a report sealed on the lock screen (parseSealedReportFile, read on the next unlock by
//         moveSealedReports and queued as a breach-report)
// Invariants: a contact read has a 32-byte council key, a name and phone within their lengths
// and a target of 1..72 hours, and re-encodes (lockContactBytes) to the same contact; a sealed
// file read has a 16-byte report id and a discovery time, and the breach-report metadata it
// becomes (sealedReportMetadata) fits a packet's 64 KiB and passes the desk's checker
// (checkBreachMetadata), so a file the device accepts can always be sent. Seeds: the files
// saveLockContact and writeSealedReport themselves write.

#include "datapaths.h"
#include "fuzzsupport.h"
#include "lockedreports.h"
#include "packetcodec.h"
#include "reportfields.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace safehaven;
using namespace safehaven::reports;

namespace {

void fuzzContact(const QByteArray &bytes)
{
    const auto contact = parseLockContact(bytes);
    if (!contact)
        return;
    FUZZ_CHECK(contact->councilBoxPublic.size() == 32);
    FUZZ_CHECK(contact->officerName.size() <= 200 && contact->officerPhone.size() <= 40);
    FUZZ_CHECK(contact->councilTargetHours >= 1 && contact->councilTargetHours <= 72);
    const auto again = parseLockContact(lockContactBytes(*contact));
    FUZZ_CHECK(again && again->officerName == contact->officerName &&
               again->officerPhone == contact->officerPhone &&
               again->councilBoxPublic == contact->councilBoxPublic &&
               again->councilTargetHours == contact->councilTargetHours);
}

void fuzzSealedFile(const QByteArray &bytes)
{
    const auto file = parseSealedReportFile(bytes);
    if (!file)
        return;
    FUZZ_CHECK(bytes.size() <= kMaxSealedFileBytes);
    FUZZ_CHECK(file->reportId.size() == kReportIdBytes && file->discoveredMs > 0);
    FUZZ_CHECK(file->sealed.size() > qsizetype(crypto_box_SEALBYTES));
    const QCborMap metadata = sealedReportMetadata(*file);
    FUZZ_CHECK(QCborValue(metadata).toCbor().size() <= sync::kMaxMetadataBytes);
    FUZZ_CHECK(checkBreachMetadata(metadata).ok());
}

void writeSeeds(const QString &folder)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    const DataPaths paths(dir.path());
    const LockContact contact{QStringLiteral("Sam Patel"), QStringLiteral("01632 960123"),
                              fuzz::councilKeys().boxPublic, 24};
    if (!saveLockContact(paths, contact))
        std::abort();
    QFile contactFile(paths.lockContactFile);
    if (!contactFile.open(QIODevice::ReadOnly))
        std::abort();
    fuzz::writeSeed(folder, QByteArray(1, '\0') + contactFile.readAll());
    if (!writeSealedReport(paths, fuzz::councilKeys().boxPublic,
                           QStringLiteral("Left the folder on the bus"), 1'800'000'000'000,
                           1'800'000'360'000))
        std::abort();
    QDirIterator files(paths.sealedReportsDir, {QStringLiteral("*.sealed")}, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        fuzz::writeSeed(folder, QByteArray(1, '\1') + file.readAll());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    (void)fuzz::councilKeys();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 128 * 1024)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0)
        fuzzContact(rest);
    else
        fuzzSealedFile(rest);
    return 0;
}
