// Qt Quick Test over the real view-models and a real LockMachine (in-memory keystore, a
// temporary data folder). The QML tests reach them through the Fixture singleton.
#include "auditlog.h"
#include "demoenrolment.h"
#include "demoevidence.h"
#include "demolibrary.h"
#include "deviceenrolment.h"
#include "enrolmentviewmodel.h"
#include "ephemeralsecretstore.h"
#include "fakebiometricgate.h"
#include "homeviewmodels.h"
#include "lockedreports.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "outbox.h"
#include "packetcodec.h"
#include "recordingdialer.h"
#include "sessionviewmodel.h"
#include "syncviewmodel.h"
#include "testdata.h"

#include <QClipboard>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(SafeHaven_ViewModelsPlugin)
Q_IMPORT_QML_PLUGIN(SafeHaven_UIPlugin)

using namespace safehaven;

class Fixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(safehaven::SessionViewModel *session READ session CONSTANT)
    Q_PROPERTY(safehaven::SessionViewModel *freshSession READ freshSession NOTIFY freshChanged)
    Q_PROPERTY(safehaven::EnrolmentViewModel *enrolment READ enrolment CONSTANT)
    Q_PROPERTY(safehaven::SyncViewModel *sync READ sync CONSTANT)
    Q_PROPERTY(
        safehaven::EnrolmentViewModel *freshEnrolment READ freshEnrolment NOTIFY freshChanged)
    Q_PROPERTY(safehaven::SyncViewModel *freshSync READ freshSync NOTIFY freshChanged)
    // An invented enrolment file on disk, and the code that opens it.
    Q_PROPERTY(QString enrolmentFilePath READ enrolmentFilePath CONSTANT)
    Q_PROPERTY(QString enrolmentCode READ enrolmentCode CONSTANT)
    // The set-up device's home screen view-models (the store it opens is enrolled).
    Q_PROPERTY(safehaven::DocumentLibraryModel *library READ library CONSTANT)
    Q_PROPERTY(safehaven::DocumentViewer *viewer READ viewer CONSTANT)
    Q_PROPERTY(safehaven::ChecklistsViewModel *checklists READ checklists CONSTANT)
    Q_PROPERTY(safehaven::VisitsViewModel *visits READ visits CONSTANT)
    Q_PROPERTY(safehaven::OfficerContact *officer READ officer CONSTANT)
    Q_PROPERTY(safehaven::ReportsViewModel *reports READ reports CONSTANT)
    Q_PROPERTY(safehaven::LockReportViewModel *lockReport READ lockReport CONSTANT)
    Q_PROPERTY(safehaven::ConsentViewModel *consent READ consent CONSTANT)
    Q_PROPERTY(safehaven::EvidenceViewModel *evidence READ evidence CONSTANT)
    Q_PROPERTY(QStringList calls READ calls NOTIFY changed)
public:
    Fixture()
    {
        m_machine = std::make_unique<LockMachine>(m_dir.filePath(QStringLiteral("set-up")), m_store,
                                                  m_clock);
        m_machine->setBiometricGate(m_gate);
        m_machine->start();
        (void)m_machine->setUpPin(test::pin("246813"), test::pin("246813"));
        // Enrolled with the demo council, so its documents arrive as from the relay.
        (void)sync::enrolDevice(m_machine->vault()->database(), m_council.enrolment,
                                m_clock.nowMs());
        // As enrolment does in the app: what the lock screen may show while locked.
        (void)reports::refreshLockContact(m_machine->paths(), m_machine->vault()->database());
        m_machine->lock(LockReason::Startup);
        m_session = std::make_unique<SessionViewModel>(*m_machine);
        m_enrolment = std::make_unique<EnrolmentViewModel>(*m_machine, m_clock);
        m_sync = std::make_unique<SyncViewModel>(*m_machine, m_clock);
        m_sync->setAutomatic(false);
        m_home = std::make_unique<HomeViewModels>(*m_machine, m_clock, *m_sync,
                                                  std::make_unique<test::RecordingDialer>(m_calls));
        // The relay address is a loopback port nothing listens on: rounds end offline at once.
        const DemoEnrolmentFile file = sealDemoEnrolment(demoEnrolment(m_clock.nowMs()));
        m_enrolmentCode = file.code;
        QFile out(enrolmentFilePath());
        if (out.open(QIODevice::WriteOnly))
            out.write(file.bytes);
        resetFresh();
    }

    SessionViewModel *session() { return m_session.get(); }
    HomeViewModels &home() { return *m_home; }
    DocumentLibraryModel *library() { return &m_home->library; }
    DocumentViewer *viewer() { return &m_home->viewer; }
    ChecklistsViewModel *checklists() { return &m_home->checklists; }
    VisitsViewModel *visits() { return &m_home->visits; }
    OfficerContact *officer() { return &m_home->officer; }
    ReportsViewModel *reports() { return &m_home->reports; }
    LockReportViewModel *lockReport() { return &m_home->lockReport; }
    ConsentViewModel *consent() { return &m_home->consent; }
    EvidenceViewModel *evidence() { return &m_home->evidence; }

    // While unlocked: the demo paper register, then the council ends JO's placement (SU-0057)
    // through the real Inbox, as from the relay.
    Q_INVOKABLE bool endPlacementWithPaper()
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return false;
        const bool ok = seedDemoPaper(vault->database(), m_clock.nowMs()).ok() &&
                        endDemoPlacement(vault->database(), m_council.keys,
                                         QStringLiteral("SU-0057"), m_clock.nowMs())
                            .ok();
        m_home->library.reload();
        m_home->checklists.refresh();
        m_home->evidence.reload();
        return ok;
    }
    // Leaves the set-up store as the other screen tests expect it: no ended placement, no paper.
    Q_INVOKABLE void clearEvidence()
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return;
        (void)vault->database().exec(
            "DELETE FROM placements_ended; DELETE FROM paper_items; DELETE FROM paper_receipts;"
            " DELETE FROM settings WHERE key = 'training.data-protection';");
        m_home->checklists.refresh();
        m_home->evidence.reload();
    }
    // The fixture clock's date `days` ago, as day/month/year (what a carer types).
    Q_INVOKABLE QString dateDaysAgo(int days) const
    {
        return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs())
            .date()
            .addDays(-days)
            .toString(QStringLiteral("dd/MM/yyyy"));
    }
    // Disposal receipts of one reason waiting in the outbox.
    Q_INVOKABLE int queuedReceipts(const QString &reason)
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return -1;
        auto items = sync::Outbox(vault->database()).all();
        if (!items)
            return -1;
        int n = 0;
        for (const sync::OutboxItem &item : *items) {
            if (item.type != QLatin1String("disposal-receipt"))
                continue;
            auto header = sync::decodeHeader(item.bytes);
            auto metadata = header ? sync::openPacket(item.bytes, *header, m_council.keys)
                                   : Result<QCborMap>(header.error());
            if (metadata && metadata->value(QStringLiteral("reason")).toString() == reason)
                ++n;
        }
        return n;
    }
    QStringList calls() const { return m_calls; }

    // Packets of one type in the set-up device's outbox (-1 while locked).
    Q_INVOKABLE int outboxCount(const QString &type)
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return -1;
        auto select =
            vault->database().prepare("SELECT count(*) FROM sync_outbox WHERE type = ?1;");
        if (!select)
            return -1;
        select->bind(1, type);
        auto row = select->step();
        return row && row.value() ? int(select->int64(0)) : -1;
    }
    // Sealed lock-screen reports waiting in the data folder.
    Q_INVOKABLE int sealedCount() { return reports::sealedReportCount(m_machine->paths()); }
    // Whether any file under the set-up device's data folder holds these bytes in the clear.
    Q_INVOKABLE bool dataDirContains(const QString &text)
    {
        const QByteArray needle = text.toUtf8();
        QDirIterator it(m_machine->paths().dataDir, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return true;
        }
        return false;
    }
    // The system clipboard, so a test can put a known sentence there and check that nothing it
    // does in the app replaces it (the app never writes to the clipboard).
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }
    Q_INVOKABLE void setClipboardText(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
    }
    // Empties the reports and the outbox (between test cases), while unlocked.
    Q_INVOKABLE bool clearReports()
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return false;
        const bool ok =
            vault->database().exec("DELETE FROM reports; DELETE FROM sync_outbox;").ok();
        m_home->reports.closeCurrent();
        return ok;
    }

    // While unlocked: the demo council's documents through the real Inbox, and a week of
    // visits, the first due within the hour and a half.
    Q_INVOKABLE bool seedDay()
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return false;
        (void)vault->database().exec("DELETE FROM visits;");
        const bool ok = seedDemoLibrary(*vault, m_council, m_clock.nowMs()).ok() &&
                        seedDemoVisits(vault->database(), m_clock.nowMs()).ok();
        m_home->library.reload();
        m_home->visits.reload();
        m_home->checklists.refresh();
        m_home->consent.reload();
        return ok;
    }
    Q_INVOKABLE int auditCount(const QString &action)
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return -1;
        auto entries = audit::AuditLog(vault->database()).entries(0, 100000);
        if (!entries)
            return -1;
        return int(std::count_if(entries->cbegin(), entries->cend(),
                                 [&](const audit::AuditEntry &e) { return e.action == action; }));
    }
    Q_INVOKABLE int completionCount()
    {
        Vault *vault = m_machine->vault();
        if (!vault)
            return -1;
        auto count = vault->database().queryInt("SELECT count(*) FROM checklist_completions;");
        return count ? int(count.value()) : -1;
    }
    Q_INVOKABLE QString documentIdOfKind(const QString &kind)
    {
        for (int row = 0; row < m_home->library.rowCount(); ++row) {
            const QModelIndex index = m_home->library.index(row);
            if (index.data(DocumentLibraryModel::KindRole).toString() == kind)
                return index.data(DocumentLibraryModel::DocumentIdRole).toString();
        }
        return {};
    }
    Q_INVOKABLE QStringList fullNames() const { return demoLibraryFullNames(); }
    SessionViewModel *freshSession() { return m_freshSession.get(); }
    EnrolmentViewModel *enrolment() { return m_enrolment.get(); }
    SyncViewModel *sync() { return m_sync.get(); }
    EnrolmentViewModel *freshEnrolment() { return m_freshEnrolment.get(); }
    SyncViewModel *freshSync() { return m_freshSync.get(); }
    QString enrolmentFilePath() const
    {
        return m_dir.filePath(QStringLiteral("northshire-enrolment.shen"));
    }
    QString enrolmentCode() const { return m_enrolmentCode; }

    // Moves the clock on, as if the carer had just touched the screen (no idle lock).
    Q_INVOKABLE void advanceDays(int days)
    {
        m_clock.advance(qint64(days) * 24 * 3600 * 1000);
        m_machine->noteActivity();
        m_freshMachine->noteActivity();
    }

    // The fresh device's enrolment opened and confirmed: the PIN set-up screen is next.
    Q_INVOKABLE bool prepareFreshEnrolment()
    {
        m_freshEnrolment->setFilePath(enrolmentFilePath());
        const bool ok =
            m_freshEnrolment->useFile() && m_freshEnrolment->openWithCode(m_enrolmentCode);
        m_freshEnrolment->confirm();
        return ok;
    }

    // The set-up store, locked, with no wrong PINs counted.
    Q_INVOKABLE void resetLocked()
    {
        if (m_machine->state() == LockState::Locked && m_machine->failedAttempts() > 0)
            (void)m_machine->unlock(test::pin("246813"));
        if (m_machine->state() == LockState::Unlocked)
            (void)m_machine->disableBiometrics();
        m_machine->lock(LockReason::UserRequest);
        m_session->clearError();
    }

    // A blank device that needs a PIN.
    Q_INVOKABLE void resetFresh()
    {
        m_freshSync.reset();
        m_freshEnrolment.reset();
        m_freshSession.reset();
        m_freshMachine.reset();
        QDir(m_dir.filePath(QStringLiteral("fresh"))).removeRecursively();
        m_freshMachine = std::make_unique<LockMachine>(m_dir.filePath(QStringLiteral("fresh")),
                                                       m_store, m_clock);
        m_freshMachine->start();
        m_freshSession = std::make_unique<SessionViewModel>(*m_freshMachine);
        m_freshEnrolment = std::make_unique<EnrolmentViewModel>(*m_freshMachine, m_clock);
        m_freshSync = std::make_unique<SyncViewModel>(*m_freshMachine, m_clock);
        m_freshSync->setAutomatic(false);
        m_freshSync->setRelayTimeoutMs(3000);
        emit freshChanged();
    }

signals:
    void freshChanged();
    void changed();

private:
    QTemporaryDir m_dir;
    EphemeralSecretStore m_store;
    test::MockClock m_clock;
    DemoCouncil m_council = demoCouncil(m_clock.nowMs());
    QStringList m_calls;
    test::FakeBiometricGate m_gate;
    std::unique_ptr<LockMachine> m_machine;
    std::unique_ptr<SessionViewModel> m_session;
    std::unique_ptr<EnrolmentViewModel> m_enrolment;
    std::unique_ptr<SyncViewModel> m_sync;
    std::unique_ptr<HomeViewModels> m_home;
    std::unique_ptr<LockMachine> m_freshMachine;
    std::unique_ptr<SessionViewModel> m_freshSession;
    std::unique_ptr<EnrolmentViewModel> m_freshEnrolment;
    std::unique_ptr<SyncViewModel> m_freshSync;
    QString m_enrolmentCode;
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Built here, not in the constructor: the application (and its timers) exist by now.
        m_fixture = std::make_unique<Fixture>();
        m_fixture->home().addImageProvider(*engine);
        qmlRegisterSingletonInstance("SafeHaven.Tests", 1, 0, "Fixture", m_fixture.get());
    }
    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<Fixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(safehaven_qml, Setup)
#include "tst_qml.moc"
