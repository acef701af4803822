#include "demowalk.h"

#include "applogging.h"
#include "demoenrolment.h"
#include "demoevidence.h"
#include "demolibrary.h"

#include <QDateTime>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlProperty>
#include <QQuickWindow>
#include <QTimer>

namespace safehaven {

namespace {
constexpr unsigned char kDemoPin[] = {'2', '4', '6', '8', '1', '3'};
constexpr unsigned char kWrongPin[] = {'9', '7', '5', '3', '1', '8'};
constexpr int kSettleMs = 450; // page transitions are shorter than this
} // namespace

// A reader that always recognises the finger: demo data only, never a real store.
class DemoWalk::DemoFingerprintReader final : public FingerprintVerifier
{
public:
    BiometricGate::Availability availability() override
    {
        return BiometricGate::Availability::Ready;
    }
    Outcome verify() override { return Outcome::Match; }
    QByteArray enrolmentState() override { return "demo"; }
};

class DemoWalk::DemoClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_ms; }
    qint64 monotonicMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 1'790'000'000'000; // a fixed demo date, November 2026
};

DemoWalk::DemoWalk(QGuiApplication &app, QSize phone, QSize tablet)
    : m_app(app), m_phone(phone), m_tablet(tablet), m_clock(std::make_unique<DemoClock>()),
      m_reader(std::make_unique<DemoFingerprintReader>()),
      m_biometrics(std::make_unique<SecretStoreBiometricGate>(*m_reader, m_store))
{
}

DemoWalk::~DemoWalk() = default;

bool DemoWalk::start()
{
    if (!m_dataDir.isValid())
        return false;
    m_lock = std::make_unique<LockMachine>(m_dataDir.path(), m_store, *m_clock);
    m_lock->setBiometricGate(*m_biometrics);
    m_lock->start();
    m_shell = std::make_unique<AppShell>(m_app, *m_lock, *m_clock);
    QObject::connect(&m_shell->engine(), &QQmlEngine::warnings, &m_shell->engine(),
                     [this](const QList<QQmlError> &warnings) {
                         for (const QQmlError &warning : warnings)
                             m_warnings << warning.toString();
                     });
    return m_shell->load() && window();
}

void DemoWalk::settle()
{
    QEventLoop loop;
    QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
    loop.exec();
}

void DemoWalk::show(const QSize &size, const QString &section)
{
    window()->resize(size);
    if (!section.isEmpty())
        QQmlProperty::write(window(), QStringLiteral("currentSection"), section);
    settle();
}

void DemoWalk::setDark(bool dark)
{
    QQmlProperty::write(window(), QStringLiteral("darkTheme"), dark);
}

void DemoWalk::seedDay(const DemoCouncil &council)
{
    Vault *vault = m_lock->vault();
    if (!vault) {
        m_warnings << QStringLiteral("the demo store is not open");
        return;
    }
    if (auto seeded = seedDemoLibrary(*vault, council, m_clock->nowMs()); !seeded)
        m_warnings << QStringLiteral("demo documents not delivered: ") + seeded.error().message;
    if (auto visits = seedDemoVisits(vault->database(), m_clock->nowMs()); !visits)
        m_warnings << QStringLiteral("demo visits not added: ") + visits.error().message;
    m_shell->home().library.reload();
    m_shell->home().visits.reload();
    m_shell->home().checklists.refresh();
    m_shell->home().consent.reload();
}

void DemoWalk::invoke(const char *objectName, const char *method, const QVariantList &args)
{
    QObject *target = window()->findChild<QObject *>(QString::fromLatin1(objectName));
    if (!target) {
        m_warnings << QStringLiteral("the walk found no %1").arg(QString::fromLatin1(objectName));
        return;
    }
    QVariant a0 = args.value(0), a1 = args.value(1);
    const bool called =
        args.size() == 2
            ? QMetaObject::invokeMethod(target, method, Q_ARG(QVariant, a0), Q_ARG(QVariant, a1))
        : args.size() == 1 ? QMetaObject::invokeMethod(target, method, Q_ARG(QVariant, a0))
                           : QMetaObject::invokeMethod(target, method);
    if (!called)
        m_warnings << QStringLiteral("the walk could not call %1.%2")
                          .arg(QString::fromLatin1(objectName), QString::fromLatin1(method));
}

// A carer's day on the demo data: the travel check Today offers, done; the week's visits; the
// library; a PDF and a text document open; a guidance card; adding a visit.
void DemoWalk::walkCarersDay(const std::function<void(const QString &, const QString &)> &both)
{
    ChecklistsViewModel &checklists = m_shell->home().checklists;
    if (checklists.prompt().value(QStringLiteral("moment")).toString() !=
        QLatin1String("before-travel"))
        m_warnings << QStringLiteral("the demo visit did not bring up the travel check");
    const QString travel = checklists.checklistFor(QStringLiteral("before-travel"));
    show(m_phone, QStringLiteral("today"));
    invoke("homeShell", "openChecklist", {travel, QStringLiteral("before-travel")});
    both(QStringLiteral("checklist-travel"), {});
    QStringList items;
    for (const QVariant &item :
         checklists.checklist(travel).value(QStringLiteral("items")).toList())
        items << item.toMap().value(QStringLiteral("id")).toString();
    if (!checklists.complete(travel, items, QStringLiteral("before-travel")))
        m_warnings << QStringLiteral("the demo travel check was not saved");
    invoke("homeShell", "closeOverlay");
    both(QStringLiteral("visits"), QStringLiteral("today"));

    show(m_tablet, QStringLiteral("documents")); // the phone's was taken with the sections
    m_shot(QStringLiteral("documents-tablet"));
    const auto idOf = [this](const QString &kind) {
        DocumentLibraryModel &library = m_shell->home().library;
        for (int row = 0; row < library.rowCount(); ++row) {
            const QModelIndex index = library.index(row);
            if (index.data(DocumentLibraryModel::KindRole).toString() == kind)
                return index.data(DocumentLibraryModel::DocumentIdRole).toString();
        }
        return QString();
    };
    invoke("documentsStack", "openDocument", {idOf(QStringLiteral("medical-information"))});
    both(QStringLiteral("document-viewer"), {});
    invoke("documentsStack", "closeDocument");
    invoke("documentsStack", "openDocument", {idOf(QStringLiteral("risk-management-plan"))});
    show(m_phone);
    m_shot(QStringLiteral("document-viewer-text-phone"));
    invoke("documentsStack", "closeDocument");

    show(m_phone, QStringLiteral("checklists"));
    invoke("homeShell", "openGuidanceByKey", {QStringLiteral("special-category")});
    both(QStringLiteral("guidance"), {});
    invoke("homeShell", "closeOverlay");

    // Permission to share (from Documents) and "Someone asked me for information" (from Report).
    show(m_phone, QStringLiteral("documents"));
    invoke("homeShell", "openPermissionToShare");
    both(QStringLiteral("permission-to-share"), {});
    invoke("homeShell", "closeOverlay");
    show(m_phone, QStringLiteral("report"));
    invoke("homeShell", "openShareDecision");
    both(QStringLiteral("share-decision"), {});
    invoke("homeShell", "closeOverlay");

    show(m_phone, QStringLiteral("today"));
    if (QObject *dialog = window()->findChild<QObject *>(QStringLiteral("addVisitDialog"))) {
        QMetaObject::invokeMethod(dialog, "open");
        settle();
        m_shot(QStringLiteral("add-visit-phone"));
        QMetaObject::invokeMethod(dialog, "close");
    } else {
        m_warnings << QStringLiteral("the add-visit dialog was not found");
    }
}

// The Report hub: a breach report being written, its status once queued (offline: it waits for
// signal), and "I can't keep this confidential" with its steps for someone at risk.
void DemoWalk::walkReports(const std::function<void(const QString &, const QString &)> &both)
{
    ReportsViewModel &reports = m_shell->home().reports;
    both(QStringLiteral("report-hub"), QStringLiteral("report"));
    if (!reports.startBreach(QStringLiteral("lost")) ||
        !reports.setField(QStringLiteral("what"),
                          QStringLiteral("I left the blue folder on the number 42 bus.")))
        m_warnings << QStringLiteral("the demo breach report was not started");
    invoke("homeShell", "openBreach");
    both(QStringLiteral("breach-form"), {});
    const QString id = reports.current().value(QStringLiteral("reportId")).toString();
    if (!reports.sendNow())
        m_warnings << QStringLiteral("the demo breach report was not queued");
    invoke("homeShell", "closeOverlay");
    reports.openReport(id);
    invoke("homeShell", "openReport", {id});
    both(QStringLiteral("breach-status"), {});
    invoke("homeShell", "closeOverlay");
    invoke("homeShell", "openConcern");
    if (QObject *concern = window()->findChild<QObject *>(QStringLiteral("concernScreen")))
        QQmlProperty::write(concern, QStringLiteral("situation"), QStringLiteral("at-risk"));
    both(QStringLiteral("concern"), {});
    invoke("homeShell", "closeOverlay");
}

void DemoWalk::run(const std::function<void(const QString &name)> &atStep)
{
    int step = 1;
    const auto shot = [&](const QString &name) {
        atStep(QStringLiteral("%1-%2").arg(step++, 2, 10, QLatin1Char('0')).arg(name));
    };
    m_shot = shot;
    const auto both = [&](const QString &name, const QString &section = {}) {
        show(m_phone, section);
        shot(name + QStringLiteral("-phone"));
        show(m_tablet, section);
        shot(name + QStringLiteral("-tablet"));
    };
    SyncViewModel &sync = m_shell->sync();
    sync.setAutomatic(false); // the walk decides when a round runs
    sync.setRelayTimeoutMs(3000);
    window()->show();

    // Enrolment, with an invented council and a file sealed here (no council desk needed).
    EnrolmentViewModel &enrolment = m_shell->enrolment();
    both(QStringLiteral("enrolment-file"));
    const DemoCouncil council = demoCouncil(m_clock->nowMs());
    const DemoEnrolmentFile file = sealDemoEnrolment(council.enrolment);
    enrolment.useFileBytes(file.bytes, QStringLiteral("Downloads/northshire-enrolment.shen"));
    both(QStringLiteral("enrolment-code"));
    if (!enrolment.openWithCode(file.code))
        m_warnings << QStringLiteral("the demo enrolment file did not open: ") +
                          enrolment.errorText();
    both(QStringLiteral("enrolment-confirm"));
    enrolment.confirm();
    show(m_phone);
    shot(QStringLiteral("pin-setup-phone"));

    if (!m_lock->setUpPin(kDemoPin, kDemoPin)) {
        m_warnings << QStringLiteral("demo PIN set-up failed");
        return;
    }
    if (!enrolment.enrolled())
        m_warnings << QStringLiteral("the demo device was not enrolled: ") + enrolment.errorText();
    seedDay(council);

    // A sync round against a relay that is not there: the calm offline state.
    {
        QEventLoop loop;
        QObject::connect(&sync, &SyncViewModel::roundFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        sync.syncNow();
        if (sync.isRunning())
            loop.exec();
        if (sync.state() != SyncViewModel::State::Offline)
            m_warnings << QStringLiteral("the demo sync round did not end offline");
    }
    both(QStringLiteral("sync-offline"), QStringLiteral("today"));
    const QStringList sections{QStringLiteral("today"), QStringLiteral("documents"),
                               QStringLiteral("checklists"), QStringLiteral("report"),
                               QStringLiteral("settings")};
    for (const QString &section : sections) {
        show(m_phone, section);
        shot(section + QStringLiteral("-phone"));
    }
    walkCarersDay(both);
    walkReports(both);
    walkEvidence(council, both);

    // Switching fingerprint unlock on asks for the PIN first.
    if (QObject *dialog = window()->findChild<QObject *>(QStringLiteral("biometricsDialog"))) {
        QMetaObject::invokeMethod(dialog, "open");
        settle();
        shot(QStringLiteral("fingerprint-setup-phone"));
        QMetaObject::invokeMethod(dialog, "close");
    } else {
        m_warnings << QStringLiteral("the fingerprint dialog was not found");
    }
    if (!m_lock->enableBiometrics(kDemoPin, QStringLiteral("demo")))
        m_warnings << QStringLiteral("demo fingerprint unlock could not be switched on");
    show(m_tablet, QStringLiteral("today"));
    shot(QStringLiteral("today-tablet"));
    setDark(true);
    show(m_tablet, QStringLiteral("settings"));
    shot(QStringLiteral("settings-tablet-dark"));
    setDark(false);

    // Past the council's offline grace period: the records close until a sync gets through.
    m_clock->advance(qint64(15) * 24 * 3600 * 1000);
    m_lock->noteActivity();
    sync.refresh();
    show(m_phone);
    shot(QStringLiteral("sync-required-phone"));

    m_lock->lock(LockReason::UserRequest);
    show(m_phone);
    shot(QStringLiteral("lock-screen-phone"));
    show(m_tablet);
    shot(QStringLiteral("lock-screen-tablet"));
    // "Lost something?" from the lock screen, without unlocking.
    if (QObject *lockScreen = window()->findChild<QObject *>(QStringLiteral("lockScreen"))) {
        QQmlProperty::write(lockScreen, QStringLiteral("lostOpen"), true);
        both(QStringLiteral("lost-something"));
        QQmlProperty::write(lockScreen, QStringLiteral("lostOpen"), false);
    } else {
        m_warnings << QStringLiteral("the lock screen was not found");
    }

    for (int i = 0; i < 5; ++i)
        (void)m_lock->unlock(kWrongPin);
    show(m_phone);
    shot(QStringLiteral("lock-wait-phone"));

    while (m_lock->state() == LockState::Locked) {
        m_clock->advance(m_lock->remainingWaitMs());
        (void)m_lock->unlock(kWrongPin);
    }
    show(m_phone);
    shot(QStringLiteral("erased-phone"));

    m_store.setAvailable(false);
    m_lock->retry();
    show(m_phone);
    shot(QStringLiteral("keystore-unavailable-phone"));
    qCInfo(lcApp) << "demo walk finished after" << step - 1 << "screens";
}

// The council ends JO's placement (SU-0057): Today offers the close-down, which shows the
// paper register for it, one item returned; the paper register and "what we hold" from
// Documents; the training reminder due (the date entered 11 months and a half ago).
void DemoWalk::walkEvidence(const DemoCouncil &council,
                            const std::function<void(const QString &, const QString &)> &both)
{
    Vault *vault = m_lock->vault();
    if (!vault) {
        m_warnings << QStringLiteral("the demo store is not open");
        return;
    }
    Database &db = vault->database();
    const qint64 now = m_clock->nowMs();
    if (auto paper = seedDemoPaper(db, now); !paper)
        m_warnings << QStringLiteral("demo paper not added: ") + paper.error().message;
    EvidenceViewModel &evidence = m_shell->home().evidence;
    const QDate trained = QDateTime::fromMSecsSinceEpoch(now).date().addMonths(-11).addDays(-14);
    if (!evidence.setTrainingDate(trained.toString(Qt::ISODate)))
        m_warnings << QStringLiteral("demo training date refused: ") + evidence.errorText();
    if (auto ended = endDemoPlacement(db, council.keys, QStringLiteral("SU-0057"), now); !ended)
        m_warnings << QStringLiteral("demo placement end refused: ") + ended.error().message;
    m_shell->home().library.reload();
    m_shell->home().checklists.refresh();
    evidence.reload();
    if (!evidence.closeDownPending())
        m_warnings << QStringLiteral("the demo placement end did not start a close-down");
    both(QStringLiteral("today-placement-ended"), QStringLiteral("today"));

    invoke("homeShell", "openCloseDown");
    const QVariantList closeDowns = evidence.closeDowns();
    const QVariantList paper = closeDowns.value(0).toMap().value(QStringLiteral("paper")).toList();
    if (!paper.isEmpty())
        evidence.markReturned(paper.first().toMap().value(QStringLiteral("id")).toLongLong());
    else
        m_warnings << QStringLiteral("the demo close-down has no paper items");
    both(QStringLiteral("close-down"), {});
    invoke("homeShell", "closeOverlay");

    show(m_phone, QStringLiteral("documents"));
    invoke("documentsStack", "openPeopleRecords");
    both(QStringLiteral("people-records"), {});
    invoke("documentsStack", "closeDocument");
    invoke("documentsStack", "openPaperRegister");
    both(QStringLiteral("paper-register"), {});
    invoke("documentsStack", "closeDocument");
    invoke("documentsStack", "openWhatWeHold");
    both(QStringLiteral("what-we-hold"), {});
    invoke("documentsStack", "closeDocument");

    both(QStringLiteral("settings-training"), QStringLiteral("settings"));
}

} // namespace safehaven
