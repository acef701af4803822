// The home screen's view-models (HomeViewModels) over a real LockMachine, enrolled with the demo
// council and holding the demo library and a week of visits: the library list (grouping,
// search as you type, sensitivity, lock), the viewer (PDF, text, image, damaged, unknown,
// locked), checklists and the travel prompt, visits, the officer's number, and that no screen
// string ever carries a demo person's full name. Both list models run under
// QAbstractItemModelTester throughout.
#include "auditlog.h"
#include "demoenrolment.h"
#include "demolibrary.h"
#include "deviceenrolment.h"
#include "documentaccess.h"
#include "ephemeralsecretstore.h"
#include "homeviewmodels.h"
#include "libraryfixture.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "pdffixture.h"
#include "recordingdialer.h"
#include "syncviewmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;

namespace {

// The `count` property, as the screens read it.
int count(const QObject &model)
{
    return model.property("count").toInt();
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

class tst_HomeViewModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsHoldUpUnderTheTester();
    void libraryIsGroupedByInitialsThenKind();
    void libraryFilters();
    void libraryNarrowThenWidenMatchesFreshFilter();
    void libraryLockEmptiesAndResetsFilter();
    void libraryRowsShowNoFullNames();

    void viewerOpensLargePdf();
    void viewerOpensTextAndImage();
    void viewerRefusesDamagedDocument();
    void viewerRefusesUnknownId();
    void viewerSaysPlainlyWhenAFileIsBroken_data();
    void viewerSaysPlainlyWhenAFileIsBroken();
    void viewerClosesOnLock();

    void checklistPromptBeforeTravel();
    void checklistDismissAndUnknown();

    void visitsAddRefuseRemove();
    void officerCallHandsOverNumber();
    void screenStringsCarryNoFullNames();

private:
    QString idOfKind(const QString &kind) const;
    int auditCount(const QString &action);
    void lockAndUnlock();
    void collect(const QString &text) { m_shown << text; }

    std::unique_ptr<QTemporaryDir> m_dir;
    EphemeralSecretStore m_store;
    test::MockClock m_clock;
    std::unique_ptr<LockMachine> m_lock;
    std::unique_ptr<DemoCouncil> m_council;
    std::unique_ptr<SyncViewModel> m_sync;
    std::unique_ptr<HomeViewModels> m_home;
    QStringList m_calls;
    QStringList m_shown; // every on-screen string the tests triggered
    int m_seeded = 0;
};

void tst_HomeViewModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lock = std::make_unique<LockMachine>(m_dir->path(), m_store, m_clock);
    m_lock->start();
    QVERIFY(m_lock->setUpPin(test::pin("246813"), test::pin("246813")));
    QCOMPARE(m_lock->state(), LockState::Unlocked);
    m_council = std::make_unique<DemoCouncil>(demoCouncil(m_clock.nowMs()));
    Database &db = m_lock->vault()->database();
    QVERIFY(sync::enrolDevice(db, m_council->enrolment, m_clock.nowMs()).ok());
    auto seeded = seedDemoLibrary(*m_lock->vault(), *m_council, m_clock.nowMs());
    QVERIFY2(seeded.ok(), seeded ? "" : qPrintable(seeded.error().message));
    m_seeded = seeded.value();
    QVERIFY(m_seeded >= 10);
    QVERIFY(seedDemoVisits(db, m_clock.nowMs()).ok());
    m_sync = std::make_unique<SyncViewModel>(*m_lock, m_clock);
    m_sync->setAutomatic(false);
    m_calls.clear();
    m_home = std::make_unique<HomeViewModels>(*m_lock, m_clock, *m_sync,
                                              std::make_unique<test::RecordingDialer>(m_calls));
}

void tst_HomeViewModels::cleanup()
{
    // Every screen string triggered by the test just run: no invented person's full name.
    for (const QString &text : std::as_const(m_shown)) {
        for (const QString &name : demoLibraryFullNames())
            QVERIFY2(!text.contains(name, Qt::CaseInsensitive), qPrintable(text));
    }
    m_shown.clear();
    m_home.reset();
    m_sync.reset();
    m_lock.reset();
    m_council.reset();
    m_dir.reset();
}

QString tst_HomeViewModels::idOfKind(const QString &kind) const
{
    const DocumentLibraryModel &library = m_home->library;
    for (int row = 0; row < library.rowCount(); ++row) {
        const QModelIndex index = library.index(row);
        if (index.data(DocumentLibraryModel::KindRole).toString() == kind)
            return index.data(DocumentLibraryModel::DocumentIdRole).toString();
    }
    return {};
}

int tst_HomeViewModels::auditCount(const QString &action)
{
    auto entries = audit::AuditLog(m_lock->vault()->database()).entries(0, 100000);
    if (!entries)
        return -1;
    return int(std::count_if(entries->cbegin(), entries->cend(),
                             [&](const audit::AuditEntry &e) { return e.action == action; }));
}

void tst_HomeViewModels::lockAndUnlock()
{
    m_lock->lock(LockReason::UserRequest);
    QCOMPARE(m_lock->state(), LockState::Locked);
    QVERIFY(m_lock->unlock(test::pin("246813")));
    QCOMPARE(m_lock->state(), LockState::Unlocked);
}

void tst_HomeViewModels::modelsHoldUpUnderTheTester()
{
    DocumentLibraryModel &library = m_home->library;
    VisitsViewModel &visits = m_home->visits;
    QAbstractItemModelTester libraryTester(&library,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester visitsTester(&visits,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    library.reload();
    for (const char *text : {"r", "ri", "ris", "risk", "ris", "", "am", "am risk", "zzz", ""})
        library.setFilterText(QString::fromLatin1(text));
    library.setSensitivityFilter(QStringLiteral("high"));
    library.setSensitivityFilter(QStringLiteral("medium"));
    library.setSensitivityFilter(QString());
    QVERIFY(visits.addVisit(QStringLiteral("JO"), 2, QStringLiteral("15:00"), 60,
                            QStringLiteral("family")));
    QVERIFY(!visits.addVisit(QStringLiteral("Alex Morgan"), 2, QStringLiteral("15:00"), 60,
                             QStringLiteral("family")));
    const qint64 first = visits.index(0).data(VisitsViewModel::VisitIdRole).toLongLong();
    visits.removeVisit(first);
    visits.reload();
    lockAndUnlock();
    QCOMPARE(count(library), library.totalCount());
    QVERIFY(library.totalCount() > 0);
    QVERIFY(visits.rowCount() > 0);
}

void tst_HomeViewModels::libraryIsGroupedByInitialsThenKind()
{
    const DocumentLibraryModel &library = m_home->library;
    QCOMPARE(library.totalCount(), m_seeded);
    QCOMPARE(library.rowCount(), m_seeded);
    const QStringList initials = column(library, DocumentLibraryModel::InitialsRole);
    const QStringList kinds = column(library, DocumentLibraryModel::KindLabelRole);
    for (int row = 1; row < initials.size(); ++row) {
        const bool ordered = initials[row - 1] < initials[row] ||
                             (initials[row - 1] == initials[row] && kinds[row - 1] <= kinds[row]);
        QVERIFY2(ordered, qPrintable(QStringLiteral("row %1: %2 %3 after %4 %5")
                                         .arg(row)
                                         .arg(initials[row], kinds[row], initials[row - 1],
                                              kinds[row - 1])));
    }
    QCOMPARE(QSet<QString>(initials.cbegin(), initials.cend()),
             (QSet<QString>{QStringLiteral("AM"), QStringLiteral("JO"), QStringLiteral("RK")}));
}

void tst_HomeViewModels::libraryFilters()
{
    DocumentLibraryModel &library = m_home->library;
    QSignalSpy counts(&library, &DocumentLibraryModel::countChanged);

    library.setFilterText(QStringLiteral("risk"));
    QVERIFY(count(library) >= 1);
    QVERIFY(counts.size() >= 1);
    for (const QString &kind : column(library, DocumentLibraryModel::KindRole))
        QCOMPARE(kind, QStringLiteral("risk-management-plan"));

    // Words AND: initials and a kind.
    library.setFilterText(QStringLiteral("am communication"));
    QCOMPARE(count(library), 1);
    QCOMPARE(library.index(0).data(DocumentLibraryModel::InitialsRole).toString(),
             QStringLiteral("AM"));
    QCOMPARE(library.index(0).data(DocumentLibraryModel::KindRole).toString(),
             QStringLiteral("communication-plan"));
    library.setFilterText(QStringLiteral("Communication"));
    QCOMPARE(count(library), 2); // AM's and RK's; case does not matter
    library.setFilterText(QStringLiteral("communication jo"));
    QCOMPARE(count(library), 0);

    library.setFilterText(QString());
    QCOMPARE(count(library), library.totalCount());
    library.setSensitivityFilter(QStringLiteral("high"));
    QVERIFY(count(library) > 0 && count(library) < library.totalCount());
    const int high = count(library);
    for (int row = 0; row < library.rowCount(); ++row)
        QVERIFY(library.index(row).data(DocumentLibraryModel::HighRiskRole).toBool());
    library.setSensitivityFilter(QStringLiteral("medium"));
    QCOMPARE(count(library) + high, library.totalCount());
    for (int row = 0; row < library.rowCount(); ++row)
        QVERIFY(!library.index(row).data(DocumentLibraryModel::HighRiskRole).toBool());
    // Both filters together.
    library.setSensitivityFilter(QStringLiteral("high"));
    library.setFilterText(QStringLiteral("am"));
    for (int row = 0; row < library.rowCount(); ++row) {
        QCOMPARE(library.index(row).data(DocumentLibraryModel::InitialsRole).toString(),
                 QStringLiteral("AM"));
        QVERIFY(library.index(row).data(DocumentLibraryModel::HighRiskRole).toBool());
    }
    QCOMPARE(library.totalCount(), m_seeded);
}

void tst_HomeViewModels::libraryNarrowThenWidenMatchesFreshFilter()
{
    DocumentLibraryModel &library = m_home->library;
    QAbstractItemModelTester tester(&library,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList typed{
        QStringLiteral("r"),   QStringLiteral("ri"), QStringLiteral("ris"), QStringLiteral("risk"),
        QStringLiteral("ris"), QStringLiteral("ri"), QStringLiteral("r"),   QString(),
        QStringLiteral("a"),   QStringLiteral("am"), QStringLiteral("am "), QStringLiteral("am p"),
        QStringLiteral("am "), QStringLiteral("a")};
    for (const QString &text : typed) {
        library.setFilterText(text);
        const QStringList incremental = column(library, DocumentLibraryModel::DocumentIdRole);
        // The same text filtered from scratch (through a different text first).
        library.setFilterText(QStringLiteral("\x01"));
        library.setFilterText(text);
        QCOMPARE(column(library, DocumentLibraryModel::DocumentIdRole), incremental);
    }
    library.setFilterText(QString());
    QCOMPARE(count(library), library.totalCount());
}

void tst_HomeViewModels::libraryLockEmptiesAndResetsFilter()
{
    DocumentLibraryModel &library = m_home->library;
    QAbstractItemModelTester tester(&library,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    library.setFilterText(QStringLiteral("risk"));
    library.setSensitivityFilter(QStringLiteral("high"));
    QSignalSpy filterChanged(&library, &DocumentLibraryModel::filterChanged);
    m_lock->lock(LockReason::UserRequest);
    QCOMPARE(library.rowCount(), 0);
    QCOMPARE(count(library), 0);
    QCOMPARE(library.totalCount(), 0);
    QCOMPARE(library.filterText(), QString());
    QCOMPARE(library.sensitivityFilter(), QString());
    QVERIFY(filterChanged.size() >= 1);
    QVERIFY(!library.document(idOfKind(QStringLiteral("risk-management-plan"))));
    library.reload(); // locked: nothing to read
    QCOMPARE(library.rowCount(), 0);

    QVERIFY(m_lock->unlock(test::pin("246813")));
    QCOMPARE(library.totalCount(), m_seeded);
    QCOMPARE(count(library), m_seeded);
}

void tst_HomeViewModels::libraryRowsShowNoFullNames()
{
    const DocumentLibraryModel &library = m_home->library;
    QVERIFY(library.rowCount() > 0);
    const QList<int> roles = library.roleNames().keys() + QList<int>{Qt::DisplayRole};
    for (int row = 0; row < library.rowCount(); ++row) {
        for (int role : roles) {
            const QString value = library.index(row).data(role).toString();
            for (const QString &name : demoLibraryFullNames()) {
                QVERIFY2(!value.contains(name, Qt::CaseInsensitive), qPrintable(value));
                for (const QString &part : name.split(QLatin1Char(' ')))
                    QVERIFY2(!value.contains(part, Qt::CaseInsensitive), qPrintable(value));
            }
        }
    }
}

void tst_HomeViewModels::viewerOpensLargePdf()
{
    DocumentViewer &viewer = m_home->viewer;
    const QString id = idOfKind(QStringLiteral("medical-information"));
    QVERIFY(!id.isEmpty());
    const int before = auditCount(QString::fromLatin1(library::kActionOpened));
    QSignalSpy changed(&viewer, &DocumentViewer::changed);
    QVERIFY2(viewer.open(id), qPrintable(viewer.errorText()));
    QVERIFY(changed.size() >= 1);
    QVERIFY(viewer.isOpen());
    QCOMPARE(viewer.documentId(), id);
    QCOMPARE(viewer.format(), QStringLiteral("pdf"));
    QCOMPARE(viewer.pageCount(), 20);
    QCOMPARE(viewer.initials(), QStringLiteral("AM"));
    QVERIFY(viewer.highRisk());
    QVERIFY(viewer.errorText().isEmpty());
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::Pdf);
    const QImage page = viewer.renderer().render(0, 800);
    QVERIFY(!page.isNull());
    QCOMPARE(page.width(), 800);
    QVERIFY(qAbs(viewer.pageAspect(0) - 297.0 / 210.0) < 0.01); // A4
    QCOMPARE(auditCount(QString::fromLatin1(library::kActionOpened)), before + 1);
    collect(viewer.title());
    collect(viewer.kindLabel());
    collect(viewer.sensitivityLabel());

    viewer.close();
    QVERIFY(!viewer.isOpen());
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::None);
    QVERIFY(viewer.renderer().render(0, 800).isNull());
    QCOMPARE(viewer.pageCount(), 0);
    QCOMPARE(auditCount(QString::fromLatin1(library::kActionOpened)), before + 1);
}

void tst_HomeViewModels::viewerOpensTextAndImage()
{
    DocumentViewer &viewer = m_home->viewer;
    const QString risk = idOfKind(QStringLiteral("risk-management-plan"));
    QVERIFY(viewer.open(risk));
    QCOMPARE(viewer.format(), QStringLiteral("text"));
    QVERIFY(viewer.text().size() > 20);
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::None);

    // AM's communication plan is the one image in the demo library.
    m_home->library.setFilterText(QStringLiteral("am communication"));
    QCOMPARE(count(m_home->library), 1);
    const QString image =
        m_home->library.index(0).data(DocumentLibraryModel::DocumentIdRole).toString();
    QCOMPARE(m_home->library.index(0).data(DocumentLibraryModel::FormatRole).toString(),
             QStringLiteral("image"));
    QVERIFY2(viewer.open(image), qPrintable(viewer.errorText()));
    QCOMPARE(viewer.format(), QStringLiteral("image"));
    QVERIFY(viewer.text().isEmpty()); // the text shown before is gone
    QCOMPARE(viewer.pageCount(), 1);
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::Image);
    QVERIFY(!viewer.renderer().render(0, 400).isNull());
}

void tst_HomeViewModels::viewerRefusesDamagedDocument()
{
    DocumentViewer &viewer = m_home->viewer;
    const QString id = idOfKind(QStringLiteral("risk-management-plan"));
    Database &db = m_lock->vault()->database();
    QVERIFY(db.run("UPDATE document_chunks SET bytes = zeroblob(length(bytes)) "
                   "WHERE document_id = ?1 AND idx = 0;",
                   [&](Statement &s) { s.bind(1, id); })
                .ok());
    const int opened = auditCount(QString::fromLatin1(library::kActionOpened));
    const int refused = auditCount(QString::fromLatin1(library::kActionOpenRefused));
    QVERIFY(!viewer.open(id));
    QVERIFY(!viewer.isOpen());
    QVERIFY(!viewer.errorText().isEmpty());
    QVERIFY2(viewer.errorText().contains(QStringLiteral("Shared Lives officer")),
             qPrintable(viewer.errorText()));
    // Plain words: no codes, digests or database talk.
    for (const char *jargon : {"SHA-256", "digest", "sql", "crypto", "error", "chunk"})
        QVERIFY2(!viewer.errorText().contains(QLatin1String(jargon), Qt::CaseInsensitive),
                 qPrintable(viewer.errorText()));
    QVERIFY(viewer.text().isEmpty());
    QCOMPARE(viewer.format(), QString());
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::None);
    QCOMPARE(auditCount(QString::fromLatin1(library::kActionOpened)), opened);
    QCOMPARE(auditCount(QString::fromLatin1(library::kActionOpenRefused)), refused + 1);
    collect(viewer.errorText());

    // Another document still opens, and the error goes.
    QVERIFY(viewer.open(idOfKind(QStringLiteral("medical-information"))));
    QVERIFY(viewer.errorText().isEmpty());
}

void tst_HomeViewModels::viewerRefusesUnknownId()
{
    DocumentViewer &viewer = m_home->viewer;
    QVERIFY(!viewer.open(QStringLiteral("00000000000000000000000000000000")));
    QVERIFY(!viewer.isOpen());
    QVERIFY(!viewer.errorText().isEmpty());
    collect(viewer.errorText());
    QVERIFY(!viewer.open(QString()));
    QVERIFY(!viewer.isOpen());
}

// A file whose digest is right but whose content is not a usable PDF (or picture): the council
// sent it broken. The viewer says so in plain words, nothing crashes, nothing is drawn, and the
// document stays in the library (docs/security/tamper-and-bad-input.md).
void tst_HomeViewModels::viewerSaysPlainlyWhenAFileIsBroken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    const QByteArray pdf = test::makeLargePdf(2, 200 * 1000, 7);
    QVERIFY(pdf.startsWith("%PDF-"));
    QRandomGenerator random(42);
    QByteArray noise(20000, Qt::Uninitialized);
    random.generate(noise.begin(), noise.end());
    const QString pdfMime = QStringLiteral("application/pdf");
    QTest::newRow("pdf cut to a third") << pdf.left(pdf.size() / 3) << pdfMime;
    QTest::newRow("pdf header then garbage") << QByteArray("%PDF-1.7\n") + noise << pdfMime;
    QTest::newRow("pdf header only") << QByteArray("%PDF-1.4\n%%EOF\n") << pdfMime;
    QTest::newRow("pdf of zeros") << QByteArray("%PDF-1.4\n") + QByteArray(5000, '\0') << pdfMime;
    QTest::newRow("one byte") << QByteArray("%") << pdfMime;
    QTest::newRow("picture of garbage")
        << QByteArray("\x89PNG\r\n\x1a\n") + noise << QStringLiteral("image/png");
}

void tst_HomeViewModels::viewerSaysPlainlyWhenAFileIsBroken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    auto inserted =
        test::insertLargeDocument(m_lock->vault()->database(), bytes, mime, m_clock.nowMs());
    QVERIFY2(inserted.ok(), inserted ? "" : qPrintable(inserted.error().message));
    lockAndUnlock(); // the library is read afresh
    Database &db = m_lock->vault()->database();
    const int held = count(m_home->library);
    QVERIFY(m_home->library.document(*inserted).has_value());

    DocumentViewer &viewer = m_home->viewer;
    QVERIFY(!viewer.open(*inserted));
    // The document's screen shows its title with the message in place of the pages.
    QCOMPARE(viewer.documentId(), *inserted);
    QCOMPARE(viewer.pageCount(), 0);
    QCOMPARE(viewer.format(), QString());
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::None);
    QVERIFY(viewer.renderer().render(0, 400).isNull());
    QCOMPARE(viewer.errorText(),
             QStringLiteral("This document seems to be damaged, so it cannot be shown. Ask your "
                            "Shared Lives officer to send it again."));
    collect(viewer.errorText());

    // Kept: still listed and still held, byte for byte; other documents still open.
    QCOMPARE(count(m_home->library), held);
    QVERIFY(m_home->library.document(*inserted).has_value());
    QCOMPARE(sync::DocumentStore(db).sha256(*inserted).value(),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QVERIFY2(viewer.open(idOfKind(QStringLiteral("risk-management-plan"))),
             qPrintable(viewer.errorText()));
    QVERIFY(viewer.errorText().isEmpty());
}

void tst_HomeViewModels::viewerClosesOnLock()
{
    DocumentViewer &viewer = m_home->viewer;
    QVERIFY(viewer.open(idOfKind(QStringLiteral("medical-information"))));
    QVERIFY(viewer.isOpen());
    m_lock->lock(LockReason::UserRequest);
    QVERIFY(!viewer.isOpen());
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::None);
    QVERIFY(viewer.renderer().render(0, 800).isNull());
    QCOMPARE(viewer.format(), QString());
    QCOMPARE(viewer.title(), QString());

    QVERIFY(m_lock->unlock(test::pin("246813")));
    QVERIFY(viewer.open(idOfKind(QStringLiteral("risk-management-plan"))));
    QVERIFY(!viewer.text().isEmpty());
    m_lock->lock(LockReason::UserRequest);
    QVERIFY(!viewer.isOpen());
    QVERIFY(viewer.text().isEmpty());
    QCOMPARE(viewer.renderer().format(), DocumentRenderer::Format::None);
    // Locked: nothing opens.
    QVERIFY(!viewer.open(idOfKind(QStringLiteral("risk-management-plan"))));
    QVERIFY(!viewer.isOpen());
}

void tst_HomeViewModels::checklistPromptBeforeTravel()
{
    ChecklistsViewModel &checklists = m_home->checklists;
    QVERIFY(!checklists.checklists().isEmpty());
    const QVariantMap prompt = checklists.prompt();
    QCOMPARE(prompt.value(QStringLiteral("moment")).toString(),
             QString::fromLatin1(checklists::moment::kBeforeTravel));
    const QString id = prompt.value(QStringLiteral("checklistId")).toString();
    QVERIFY(!id.isEmpty());
    collect(prompt.value(QStringLiteral("heading")).toString());
    collect(prompt.value(QStringLiteral("reason")).toString());
    collect(prompt.value(QStringLiteral("title")).toString());
    QVERIFY(!prompt.value(QStringLiteral("heading")).toString().isEmpty());

    const QVariantMap travel = checklists.checklist(id);
    QStringList items;
    for (const QVariant &item : travel.value(QStringLiteral("items")).toList()) {
        items << item.toMap().value(QStringLiteral("id")).toString();
        collect(item.toMap().value(QStringLiteral("text")).toString());
    }
    QVERIFY(!items.isEmpty());
    Database &db = m_lock->vault()->database();
    const qint64 before = db.queryInt("SELECT count(*) FROM checklist_completions;").value();
    QSignalSpy completed(&checklists, &ChecklistsViewModel::completed);
    QSignalSpy promptChanged(&checklists, &ChecklistsViewModel::promptChanged);
    QVERIFY2(checklists.complete(id, items, QString::fromLatin1(checklists::moment::kBeforeTravel)),
             qPrintable(checklists.errorText()));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(db.queryInt("SELECT count(*) FROM checklist_completions;").value(), before + 1);
    QVERIFY(checklists.prompt().isEmpty());
    QCOMPARE(promptChanged.size(), 1);
    QVERIFY(checklists.errorText().isEmpty());
    for (const QVariant &entry : checklists.checklists()) {
        const QVariantMap map = entry.toMap();
        collect(map.value(QStringLiteral("title")).toString());
        collect(map.value(QStringLiteral("summary")).toString());
        collect(map.value(QStringLiteral("lastDone")).toString());
        if (map.value(QStringLiteral("id")).toString() == id)
            QVERIFY(
                map.value(QStringLiteral("lastDone")).toString().contains(QStringLiteral("today")));
    }
}

void tst_HomeViewModels::checklistDismissAndUnknown()
{
    ChecklistsViewModel &checklists = m_home->checklists;
    QVERIFY(!checklists.prompt().isEmpty());
    checklists.dismissPrompt();
    QVERIFY(checklists.prompt().isEmpty());
    checklists.refreshPrompt(); // still dismissed on the next check
    QVERIFY(checklists.prompt().isEmpty());

    QVERIFY(!checklists.checklistFor(QStringLiteral("before-call")).isEmpty());
    QVERIFY(
        !checklists.checklist(checklists.checklistFor(QStringLiteral("before-call"))).isEmpty());
    QVERIFY(checklists.checklistFor(QStringLiteral("no-such-moment")).isEmpty());
    QVERIFY(checklists.checklist(QStringLiteral("no-such-checklist")).isEmpty());

    Database &db = m_lock->vault()->database();
    const qint64 before = db.queryInt("SELECT count(*) FROM checklist_completions;").value();
    QVERIFY(!checklists.complete(QStringLiteral("no-such-checklist"), {QStringLiteral("x")},
                                 QStringLiteral("before-call")));
    QVERIFY(!checklists.errorText().isEmpty());
    collect(checklists.errorText());
    QCOMPARE(db.queryInt("SELECT count(*) FROM checklist_completions;").value(), before);

    // Locked: no checklists, no prompt, nothing saved.
    m_lock->lock(LockReason::UserRequest);
    QVERIFY(checklists.checklists().isEmpty());
    QVERIFY(checklists.prompt().isEmpty());
    QVERIFY(checklists.errorText().isEmpty());
    QVERIFY(!checklists.complete(QStringLiteral("no-such-checklist"), {}, {}));
}

void tst_HomeViewModels::visitsAddRefuseRemove()
{
    VisitsViewModel &visits = m_home->visits;
    QAbstractItemModelTester tester(&visits,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList days = visits.dayChoices();
    QCOMPARE(days.size(), VisitsViewModel::kDaysShown);
    QCOMPARE(days.value(0), QStringLiteral("Today"));
    QCOMPARE(days.value(1), QStringLiteral("Tomorrow"));
    for (const QString &day : days)
        collect(day);
    for (const QVariant &place : visits.placeChoices())
        collect(place.toMap().value(QStringLiteral("label")).toString());
    QCOMPARE(visits.initialsChoices(),
             (QStringList{QStringLiteral("AM"), QStringLiteral("JO"), QStringLiteral("RK")}));
    QVERIFY(!visits.timeChoices().isEmpty());

    const int before = visits.rowCount();
    QCOMPARE(before, 5); // the demo week
    QVERIFY2(visits.addVisit(QStringLiteral("RK"), 5, QStringLiteral("16:45"), 90,
                             QStringLiteral("day-centre")),
             qPrintable(visits.errorText()));
    QCOMPARE(visits.rowCount(), before + 1);
    QCOMPARE(count(visits), before + 1);
    QVERIFY(visits.errorText().isEmpty());
    int added = -1;
    for (int row = 0; row < visits.rowCount(); ++row) {
        const QModelIndex index = visits.index(row);
        collect(index.data(VisitsViewModel::DayRole).toString());
        collect(index.data(VisitsViewModel::PlaceLabelRole).toString());
        if (index.data(VisitsViewModel::TimeRole).toString() == QStringLiteral("16:45"))
            added = row;
    }
    QVERIFY(added >= 0);
    QCOMPARE(visits.index(added).data(VisitsViewModel::InitialsRole).toString(),
             QStringLiteral("RK"));
    QCOMPARE(visits.index(added).data(VisitsViewModel::DayRole).toString(), days[5]);
    QCOMPARE(visits.index(added).data(VisitsViewModel::PlaceLabelRole).toString(),
             QStringLiteral("Day centre"));
    QCOMPARE(visits.index(added).data(VisitsViewModel::MinutesRole).toInt(), 90);

    // A full name is refused in plain words, and nothing is stored.
    QVERIFY(!visits.addVisit(QStringLiteral("Alex Morgan"), 1, QStringLiteral("10:00"), 60,
                             QStringLiteral("family")));
    QVERIFY(!visits.errorText().isEmpty());
    collect(visits.errorText());
    QCOMPARE(visits.rowCount(), before + 1);
    QVERIFY(!visits.addVisit(QStringLiteral("AM"), 9, QStringLiteral("10:00"), 60,
                             QStringLiteral("family")));
    collect(visits.errorText());
    QVERIFY(!visits.addVisit(QStringLiteral("AM"), 1, QStringLiteral("25:00"), 60,
                             QStringLiteral("family")));
    collect(visits.errorText());
    QVERIFY(!visits.addVisit(QStringLiteral("AM"), 1, QStringLiteral("10:00"), 60,
                             QStringLiteral("12 Acacia Avenue")));
    collect(visits.errorText());
    QCOMPARE(visits.rowCount(), before + 1);
    visits.clearError();
    QVERIFY(visits.errorText().isEmpty());

    const qint64 id = visits.index(added).data(VisitsViewModel::VisitIdRole).toLongLong();
    visits.removeVisit(id);
    QCOMPARE(visits.rowCount(), before);
    for (int row = 0; row < visits.rowCount(); ++row)
        QVERIFY(visits.index(row).data(VisitsViewModel::VisitIdRole).toLongLong() != id);

    m_lock->lock(LockReason::UserRequest);
    QCOMPARE(visits.rowCount(), 0);
    QVERIFY(visits.initialsChoices().isEmpty());
    QVERIFY(!visits.addVisit(QStringLiteral("AM"), 1, QStringLiteral("10:00"), 60,
                             QStringLiteral("family")));
    collect(visits.errorText());
    QVERIFY(m_lock->unlock(test::pin("246813")));
    QCOMPARE(visits.rowCount(), before);
}

void tst_HomeViewModels::officerCallHandsOverNumber()
{
    OfficerContact &officer = m_home->officer;
    QCOMPARE(officer.name(), m_council->enrolment.officerName);
    QCOMPARE(officer.phone(), m_council->enrolment.officerPhone);
    QVERIFY(officer.call());
    QCOMPARE(m_calls.size(), 1);
    const auto parsed = PhoneNumber::parse(m_council->enrolment.officerPhone);
    QVERIFY(std::holds_alternative<PhoneNumber>(parsed));
    QCOMPARE(m_calls.first(), std::get<PhoneNumber>(parsed).dialString());
    QVERIFY(officer.callMessage().isEmpty());

    m_lock->lock(LockReason::UserRequest);
    QVERIFY(officer.name().isEmpty());
    QVERIFY(officer.phone().isEmpty());
    QVERIFY(!officer.call());
    QCOMPARE(m_calls.size(), 1);
    collect(officer.callMessage());
}

void tst_HomeViewModels::screenStringsCarryNoFullNames()
{
    // The strings a whole walk through the screens shows (cleanup() checks them all).
    ChecklistsViewModel &checklists = m_home->checklists;
    const QVariantMap prompt = checklists.prompt();
    QVERIFY(!prompt.isEmpty());
    for (auto it = prompt.cbegin(); it != prompt.cend(); ++it)
        collect(it.value().toString());
    DocumentViewer &viewer = m_home->viewer;
    for (int row = 0; row < m_home->library.rowCount(); ++row) {
        const QString id =
            m_home->library.index(row).data(DocumentLibraryModel::DocumentIdRole).toString();
        (void)viewer.open(id);
        collect(viewer.title());
        collect(viewer.kindLabel());
        collect(viewer.initials());
        collect(viewer.sensitivityLabel());
        collect(viewer.errorText());
    }
    for (const QString &day : m_home->visits.dayChoices())
        collect(day);
    for (const QVariant &place : m_home->visits.placeChoices())
        collect(place.toMap().value(QStringLiteral("label")).toString());
    for (int row = 0; row < m_home->visits.rowCount(); ++row) {
        for (int role : m_home->visits.roleNames().keys())
            collect(m_home->visits.index(row).data(role).toString());
    }
    collect(m_home->officer.name());
    QVERIFY(m_shown.size() > 20);
}

QTEST_MAIN(tst_HomeViewModels)
#include "tst_homeviewmodels.moc"
