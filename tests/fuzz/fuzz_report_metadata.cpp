// libFuzzer: the breach and concern reports' metadata (core/reports/reportfields), the one
// checker both sides run: the device before it queues a report, the desk on what arrives. The
// first byte picks:
//   0  breach-report metadata (checkBreachMetadata: {reportId, report, followUpOf?} or, from the
//      lock screen, {reportId, sealed, discoveredAt})
//   1  concern-report metadata (checkConcernMetadata: {reportId, kind, concern})
//   2  a lock-screen report as the desk opens it: 16 bytes of reportId, then the plaintext the
//      device seals; the target seals it to the council's fixed key and calls openSealedReport
// Invariants: an accepted report has a non-blank `what` within 4000 characters, every listed
// field within its allowed values and times up to kMaxTimeMs, and its breach clocks compute
// without overflow; it stays accepted after being stored as CBOR; a refusal is
// Malformed and repeats none of the input's text; an opened lock-screen report is ordinary
// breach metadata that checkBreachMetadata accepts, with the outer reportId. Seeds: the unit
// tests' reports (tests/reports/tst_reports.cpp), and lock-screen plaintext from
// writeSealedReport itself, opened with the council's key.

#include "breachclock.h"
#include "datapaths.h"
#include "fuzzsupport.h"
#include "lockedreports.h"
#include "reportfields.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtEndian>

using namespace safehaven;
using namespace safehaven::reports;

namespace {

const QByteArray kReportId(kReportIdBytes, '\x42');

bool isOneOf(const QCborMap &map, const char *key, const QStringList &allowed)
{
    const QCborValue value = map.value(QLatin1String(key));
    return value.isUndefined() || (value.isString() && allowed.contains(value.toString()));
}

void checkSentence(const QCborMap &map)
{
    const QString what = map.value(QStringLiteral("what")).toString();
    FUZZ_CHECK(!what.trimmed().isEmpty() && what.size() <= kMaxSentence);
}

void checkAcceptedBreach(const QCborMap &metadata)
{
    FUZZ_CHECK(metadata.value(QStringLiteral("reportId")).toByteArray().size() == kReportIdBytes);
    if (metadata.contains(QStringLiteral("sealed"))) {
        FUZZ_CHECK(metadata.value(QStringLiteral("discoveredAt")).toInteger() > 0);
        FUZZ_CHECK(!metadata.contains(QStringLiteral("report")));
        return;
    }
    const QCborMap report = metadata.value(QStringLiteral("report")).toMap();
    checkSentence(report);
    FUZZ_CHECK(isOneOf(report, "kind", breachKinds()));
    FUZZ_CHECK(isOneOf(report, "encrypted", yesNoNotSure()));
    FUZZ_CHECK(isOneOf(report, "sensitivity", sensitivities()));
    FUZZ_CHECK(isOneOf(report, "danger", yesNoNotSure()));
    const QCborValue target = report.value(QStringLiteral("targetHours"));
    FUZZ_CHECK(target.isUndefined() || (target.toInteger() >= 1 && target.toInteger() <= 72));
    const QCborValue records = report.value(QStringLiteral("records"));
    FUZZ_CHECK(records.isUndefined() ||
               (records.toInteger() >= 0 && records.toInteger() <= 1'000'000));
    for (const QCborValue &format : report.value(QStringLiteral("formats")).toArray())
        FUZZ_CHECK(dataFormats().contains(format.toString()));
    for (const char *time : {"happenedAt", "discoveredAt"}) {
        const QCborValue value = report.value(QLatin1String(time));
        FUZZ_CHECK(value.isUndefined() ||
                   (value.toInteger() > 0 && value.toInteger() <= kMaxTimeMs));
    }
    // The clocks the desk and the device show for it (UBSan stops on an overflow).
    const QCborValue discovered = report.value(QStringLiteral("discoveredAt"));
    if (discovered.isInteger()) {
        const BreachClocks clocks =
            breachClocks(discovered.toInteger(), int(target.toInteger(24)), 1'800'000'000'000);
        FUZZ_CHECK(clocks.council.deadlineMs > discovered.toInteger());
        FUZZ_CHECK(clocks.council.deadlineMs <= clocks.ico.deadlineMs);
    }
}

void checkAcceptedConcern(const QCborMap &metadata)
{
    FUZZ_CHECK(metadata.value(QStringLiteral("reportId")).toByteArray().size() == kReportIdBytes);
    const QString kind = metadata.value(QStringLiteral("kind")).toString();
    FUZZ_CHECK(kind == QLatin1String(kConcernKindConfidentiality) ||
               kind == QLatin1String(kConcernKindShareDecision));
    FUZZ_CHECK(metadata.value(QStringLiteral("concern")).isMap());
    if (kind == QLatin1String(kConcernKindConfidentiality)) {
        const QCborMap concern = metadata.value(QStringLiteral("concern")).toMap();
        checkSentence(concern);
        FUZZ_CHECK(
            concernSituations().contains(concern.value(QStringLiteral("situation")).toString()));
        FUZZ_CHECK(isOneOf(concern, "danger", yesNoNotSure()));
    }
}

void fuzzMetadata(QByteArrayView bytes, bool breach)
{
    const auto map = fuzz::cborMap(bytes);
    if (!map)
        return;
    const auto check = breach ? checkBreachMetadata : checkConcernMetadata;
    const Status checked = check(*map);
    FUZZ_CHECK(checked.ok() == check(fuzz::storedAndReadBack(*map)).ok());
    if (!checked) {
        fuzz::checkRefusal(checked.error(), *map);
        return;
    }
    if (breach)
        checkAcceptedBreach(*map);
    else
        checkAcceptedConcern(*map);
}

const sync::KeyPairs &council()
{
    return fuzz::councilKeys();
}

void fuzzSealed(QByteArrayView bytes)
{
    if (bytes.size() < kReportIdBytes || bytes.size() > 16 * 1024)
        return;
    const QByteArray reportId = bytes.first(kReportIdBytes).toByteArray();
    const QByteArrayView plain = bytes.sliced(kReportIdBytes);
    QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(
            reinterpret_cast<unsigned char *>(sealed.data()),
            reinterpret_cast<const unsigned char *>(plain.data()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(council().boxPublic.constData())) != 0)
        std::abort();
    const QCborMap outer{{QStringLiteral("reportId"), reportId},
                         {QStringLiteral("sealed"), sealed},
                         {QStringLiteral("discoveredAt"), 1'800'000'000'000LL}};
    FUZZ_CHECK(checkBreachMetadata(outer).ok());
    auto opened = openSealedReport(outer, council());
    if (!opened) {
        // Only a map's texts: Qt 6.4 returns a truncated top-level string from fromCbor with an
        // error, and reading it crashes (the product never reads an errored value).
        fuzz::checkRefusal(opened.error(), fuzz::cborMap(plain).value_or(QCborMap()));
        return;
    }
    FUZZ_CHECK(checkBreachMetadata(*opened).ok());
    checkAcceptedBreach(*opened);
    FUZZ_CHECK(opened->value(QStringLiteral("reportId")).toByteArray() == reportId);
    const QCborMap report = opened->value(QStringLiteral("report")).toMap();
    FUZZ_CHECK(report.value(QStringLiteral("fromLockScreen")).isTrue());
    FUZZ_CHECK(report.size() == 3); // what, discoveredAt, fromLockScreen: nothing else passes
    // Opened with any other key, it does not open.
    FUZZ_CHECK(!openSealedReport(outer, fuzz::deviceKeys()).ok());
}

// The lock screen's own sealing, opened as the desk opens it, gives the plaintext seeds.
void writeSealedSeeds(const QString &folder)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    const DataPaths paths(dir.path());
    for (const QString &what : {QStringLiteral("Left the folder on the bus"),
                                QStringLiteral("Phone stolen from the car, with the plan open")}) {
        if (!writeSealedReport(paths, council().boxPublic, what, 1'800'000'000'000,
                               1'800'000'360'000))
            std::abort();
    }
    QDirIterator files(paths.sealedReportsDir, {QStringLiteral("*.sealed")}, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            std::abort();
        const QByteArray bytes = file.readAll();
        // magic 4 | version 1 | reportId 16 | discovered 8 | sealed
        const QByteArray reportId = bytes.mid(5, kReportIdBytes);
        const QByteArray sealed = bytes.mid(5 + kReportIdBytes + 8);
        QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
        if (crypto_box_seal_open(
                reinterpret_cast<unsigned char *>(plain.data()),
                reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
                reinterpret_cast<const unsigned char *>(council().boxPublic.constData()),
                council().boxSecret.data()) != 0)
            std::abort();
        fuzz::writeSeed(folder, QByteArray(1, '\2') + reportId + plain);
    }
}

void writeSeeds(const QString &folder)
{
    const auto seed = [&](char which, const QCborMap &map) {
        fuzz::writeSeed(folder, QByteArray(1, which) + QCborValue(map).toCbor());
    };
    const QCborMap report{
        {QStringLiteral("what"), QStringLiteral("Emailed the plan to the wrong school")},
        {QStringLiteral("kind"), QStringLiteral("wrong-email")},
        {QStringLiteral("formats"), QCborArray{QStringLiteral("email")}},
        {QStringLiteral("discoveredAt"), 1'800'000'000'000LL},
        {QStringLiteral("happenedAt"), 1'799'999'000'000LL},
        {QStringLiteral("encrypted"), QStringLiteral("not-sure")},
        {QStringLiteral("sensitivity"), QStringLiteral("high")},
        {QStringLiteral("records"), 1},
        {QStringLiteral("targetHours"), 24},
        {QStringLiteral("initials"), QStringLiteral("JB")},
        {QStringLiteral("steps"), QStringLiteral("Asked the school to delete it")}};
    seed('\0',
         QCborMap{{QStringLiteral("reportId"), kReportId}, {QStringLiteral("report"), report}});
    seed('\0', QCborMap{{QStringLiteral("reportId"), kReportId},
                        {QStringLiteral("report"),
                         QCborMap{{QStringLiteral("what"), QStringLiteral("The school replied")}}},
                        {QStringLiteral("followUpOf"), QByteArray(kReportIdBytes, '\x41')}});
    seed('\0', QCborMap{{QStringLiteral("reportId"), kReportId},
                        {QStringLiteral("sealed"), QByteArray(80, '\x05')},
                        {QStringLiteral("discoveredAt"), 1'800'000'000'000LL}});
    seed('\1', QCborMap{{QStringLiteral("reportId"), kReportId},
                        {QStringLiteral("kind"), QString::fromLatin1(kConcernKindConfidentiality)},
                        {QStringLiteral("concern"),
                         QCborMap{{QStringLiteral("situation"), QStringLiteral("abuse")},
                                  {QStringLiteral("what"), QStringLiteral("Bruises she explained")},
                                  {QStringLiteral("danger"), QStringLiteral("yes")},
                                  {QStringLiteral("raisedAt"), 1'800'000'000'000LL}}}});
    writeSealedSeeds(folder);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietLogs();
    (void)fuzz::councilKeys();
    (void)fuzz::deviceKeys();
    fuzz::writeSeedsIfAsked(writeSeeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        fuzzMetadata(rest, true);
        break;
    case 1:
        fuzzMetadata(rest, false);
        break;
    default:
        fuzzSealed(rest);
        break;
    }
    return 0;
}
