// Qt Quick Test over the real view-models and a real LockMachine (in-memory keystore, a
// temporary data folder). The QML tests reach them through the Fixture singleton.
#include "ephemeralsecretstore.h"
#include "fakebiometricgate.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "sessionviewmodel.h"
#include "testdata.h"

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
    Q_PROPERTY(safehaven::SessionViewModel *freshSession READ freshSession CONSTANT)
public:
    Fixture()
    {
        m_machine = std::make_unique<LockMachine>(m_dir.filePath(QStringLiteral("set-up")), m_store,
                                                  m_clock);
        m_machine->setBiometricGate(m_gate);
        m_machine->start();
        (void)m_machine->setUpPin(test::pin("246813"), test::pin("246813"));
        m_machine->lock(LockReason::Startup);
        m_session = std::make_unique<SessionViewModel>(*m_machine);
        resetFresh();
    }

    SessionViewModel *session() { return m_session.get(); }
    SessionViewModel *freshSession() { return m_freshSession.get(); }

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
        m_freshSession.reset();
        m_freshMachine.reset();
        QDir(m_dir.filePath(QStringLiteral("fresh"))).removeRecursively();
        m_freshMachine = std::make_unique<LockMachine>(m_dir.filePath(QStringLiteral("fresh")),
                                                       m_store, m_clock);
        m_freshMachine->start();
        m_freshSession = std::make_unique<SessionViewModel>(*m_freshMachine);
    }

private:
    QTemporaryDir m_dir;
    EphemeralSecretStore m_store;
    test::MockClock m_clock;
    test::FakeBiometricGate m_gate;
    std::unique_ptr<LockMachine> m_machine;
    std::unique_ptr<SessionViewModel> m_session;
    std::unique_ptr<LockMachine> m_freshMachine;
    std::unique_ptr<SessionViewModel> m_freshSession;
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
        qmlRegisterSingletonInstance("SafeHaven.Tests", 1, 0, "Fixture", m_fixture.get());
    }
    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<Fixture> m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(safehaven_qml, Setup)
#include "tst_qml.moc"
