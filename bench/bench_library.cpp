// The document library at size: 5,000 documents (tests/common/libraryfixture.h) inserted,
// listed and purged by retention, and a 5 MB, 20-page PDF (tests/common/pdffixture.h) opened
// with its audit entry and digest check, as the viewer will.
#include "benchreport.h"
#include "deviceenrolment.h"
#include "documentaccess.h"
#include "documentstore.h"
#include "keypairs.h"
#include "libraryfixture.h"
#include "packetheader.h"
#include "pdffixture.h"
#include "vault.h"
#include "zeroingbytes.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QUrl>

using namespace safehaven;
using namespace safehaven::bench;

namespace {

constexpr int kDocuments = 5000;
constexpr int kRuns = 7;

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "bench_library: " << what << '\n';
    std::exit(1);
}

template <typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message);
    return std::move(result).value();
}

} // namespace

int main(int argc, char **argv)
{
    QLoggingCategory::setFilterRules(QStringLiteral("safehaven.*.info=false"));
    QGuiApplication app(argc, argv); // QPdfWriter needs fonts
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto key = SecureBuffer::random(32);
    auto vault =
        must(Vault::create(dir.filePath(QStringLiteral("vault.db")), key.bytes()), "vault");
    Database &db = vault->database();
    // Enrolled, so a retention purge can queue its receipt.
    const sync::KeyPairs council = sync::KeyPairs::generate();
    sync::Enrolment enrolment;
    enrolment.councilName = QStringLiteral("Northshire Council");
    enrolment.councilBoxPublic = council.boxPublic;
    enrolment.councilSignPublic = council.signPublic;
    enrolment.relayUrl = QUrl(QStringLiteral("https://127.0.0.1:1/"));
    enrolment.deviceId = QStringLiteral("a1b2c3d4e5f60718293a4b5c");
    enrolment.registrationToken = sync::randomBytes(32);
    enrolment.role = QStringLiteral("carer");
    enrolment.controlChannel = sync::randomBytes(16);
    enrolment.breachChannel = sync::randomBytes(16);
    enrolment.issuedMs = now;
    enrolment.expiresMs = now + 24LL * 3600 * 1000;
    must(sync::enrolDevice(db, enrolment, now), "enrol");

    QElapsedTimer timer;
    timer.start();
    const auto fixture = must(test::insertLibraryFixture(db, kDocuments, 42, now), "fixture");
    const double insertMs = elapsedMs(timer);

    QList<double> listMs;
    for (int i = 0; i < kRuns; ++i) {
        timer.restart();
        const auto listed = must(sync::DocumentStore(db).list(), "list");
        listMs << elapsedMs(timer);
        if (listed.size() != kDocuments)
            die(QStringLiteral("the list is short"));
    }

    const QByteArray pdf = test::makeLargePdf();
    const QString pdfId =
        must(test::insertLargeDocument(db, pdf, QStringLiteral("application/pdf"), now),
             "large document");
    QList<double> openMs;
    for (int i = -1; i < kRuns; ++i) {
        timer.restart();
        library::ZeroingBytes bytes(
            must(library::DocumentAccess(db).open(pdfId, QStringLiteral("bench"), now), "open"));
        const double ms = elapsedMs(timer);
        if (bytes.size() != pdf.size())
            die(QStringLiteral("open returned the wrong size"));
        if (i >= 0)
            openMs << ms;
    }

    timer.restart();
    const QStringList purged =
        must(library::DocumentAccess(db).purgeExpired(QDate::currentDate(), now), "purge");
    const double purgeMs = elapsedMs(timer);

    note(QStringLiteral("%1 documents inserted in one transaction: %2 ms")
             .arg(kDocuments)
             .arg(insertMs, 0, 'f', 1));
    human(QStringLiteral("list %1 documents").arg(kDocuments), summarize(listMs), kRuns);
    human(QStringLiteral("open a %1 MB, 20-page PDF (audit entry, digest check)")
              .arg(double(pdf.size()) / 1e6, 0, 'f', 1),
          summarize(openMs), kRuns);
    note(QStringLiteral("retention purge of %1 of %2 documents (audit, receipt): %3 ms")
             .arg(purged.size())
             .arg(kDocuments)
             .arg(purgeMs, 0, 'f', 1));
    report("library_insert_5000_ms", insertMs, "ms", 1000);
    report("library_list_5000_ms", summarize(listMs).median, "ms", 100);
    report("library_open_5mb_pdf_ms", summarize(openMs).median, "ms", 150);
    report("library_retention_purge_ms", purgeMs, "ms", 1000);
    return 0;
}
