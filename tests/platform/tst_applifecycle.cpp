// The app's state changes (what Android, iOS and Linux report through Qt) reach the lock.
#include "applifecycle.h"
#include "ephemeralsecretstore.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "testdata.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;

class TestAppLifecycle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EphemeralSecretStore m_store;
    test::MockClock m_clock;

    std::unique_ptr<LockMachine> unlockedMachine()
    {
        QDir(m_dir.path()).removeRecursively();
        auto machine = std::make_unique<LockMachine>(m_dir.path(), m_store, m_clock);
        machine->start();
        if (!machine->setUpPin(test::pin("246813"), test::pin("246813")).ok())
            return nullptr;
        return machine;
    }

    static void report(Qt::ApplicationState state) { emit qGuiApp->applicationStateChanged(state); }

private slots:
    void backgroundLocksAfterTheGrace()
    {
        auto machine = unlockedMachine();
        AppLifecycle lifecycle(*qGuiApp, *machine);
        report(Qt::ApplicationInactive);
        m_clock.advance(2'000);
        report(Qt::ApplicationActive); // back within the grace
        QCOMPARE(machine->state(), LockState::Unlocked);
        report(Qt::ApplicationHidden);
        m_clock.advance(LockPolicy{}.backgroundGraceMs);
        machine->poll();
        QCOMPARE(machine->state(), LockState::Locked);
    }

    void suspensionLocksAtOnce()
    {
        auto machine = unlockedMachine();
        AppLifecycle lifecycle(*qGuiApp, *machine);
        report(Qt::ApplicationSuspended);
        QCOMPARE(machine->state(), LockState::Locked);
    }
};

QTEST_MAIN(TestAppLifecycle)
#include "tst_applifecycle.moc"
