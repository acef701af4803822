// SyncViewModel's worker thread: a round runs off the GUI thread on its own connection, ends
// offline against a closed port, and locking in the middle of a round stops it and waits for
// it before the store closes.
#include "appversion.h"
#include "demoenrolment.h"
#include "deviceenrolment.h"
#include "ephemeralsecretstore.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "syncstore.h"
#include "syncviewmodel.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;

class tst_SyncViewModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundAgainstClosedPortEndsOffline();
    void lockDuringRoundWaitsAndClosesCleanly();
    void destroyingDuringRoundWaits();
    void notEnrolledDoesNothing();
    void updateRequiredFollowsTheCouncilsMinimum();

private:
    void enrol(quint16 relayPort);
    static quint16 closedPort();

    std::unique_ptr<QTemporaryDir> m_dir;
    EphemeralSecretStore m_store;
    test::MockClock m_clock;
    std::unique_ptr<LockMachine> m_lock;
};

void tst_SyncViewModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lock = std::make_unique<LockMachine>(m_dir->path(), m_store, m_clock);
    m_lock->start();
    QVERIFY(m_lock->setUpPin(test::pin("246813"), test::pin("246813")));
    QCOMPARE(m_lock->state(), LockState::Unlocked);
}

void tst_SyncViewModel::cleanup()
{
    m_lock.reset();
    m_dir.reset();
}

quint16 tst_SyncViewModel::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void tst_SyncViewModel::enrol(quint16 relayPort)
{
    auto identity = sync::enrolDevice(m_lock->vault()->database(),
                                      demoEnrolment(m_clock.nowMs(), relayPort), m_clock.nowMs());
    QVERIFY(identity.ok());
}

void tst_SyncViewModel::roundAgainstClosedPortEndsOffline()
{
    enrol(closedPort());
    SyncViewModel model(*m_lock, m_clock);
    model.setAutomatic(false);
    model.refresh();
    QVERIFY(model.enrolled());
    QCOMPARE(model.waitingCount(), 1); // the registration
    QCOMPARE(model.lastSynced(), QStringLiteral("Never"));

    QSignalSpy finished(&model, &SyncViewModel::roundFinished);
    model.syncNow();
    QVERIFY(model.isRunning());
    QCOMPARE(model.state(), SyncViewModel::State::Syncing);
    model.syncNow(); // a second request while one runs is ignored
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!model.isRunning());
    QCOMPARE(model.state(), SyncViewModel::State::Offline);
    QCOMPARE(model.waitingCount(), 1);
    QVERIFY2(model.message().contains(QStringLiteral("1 item will be sent")),
             qPrintable(model.message()));
    QVERIFY(!model.syncRequired());
}

void tst_SyncViewModel::lockDuringRoundWaitsAndClosesCleanly()
{
    // A relay that accepts the connection and then never answers: the round hangs in TLS.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    enrol(silent.serverPort());
    SyncViewModel model(*m_lock, m_clock);
    model.setAutomatic(false);
    model.setRelayTimeoutMs(30000);
    QSignalSpy finished(&model, &SyncViewModel::roundFinished);
    model.syncNow();
    QVERIFY(model.isRunning());
    QTest::qWait(300); // the worker is inside the relay call by now

    QElapsedTimer took;
    took.start();
    m_lock->lock(LockReason::UserRequest);
    QVERIFY2(took.elapsed() < 5000, "locking ends the relay wait instead of sitting it out");
    QVERIFY(!model.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_lock->state(), LockState::Locked);
    QVERIFY(m_lock->vault() == nullptr);
    QCOMPARE(model.state(), SyncViewModel::State::Idle);

    // The store closed cleanly and opens again with its outbox intact.
    QVERIFY(m_lock->unlock(test::pin("246813")));
    model.refresh();
    QVERIFY(model.enrolled());
    QCOMPARE(model.waitingCount(), 1);
    QTest::qWait(50); // nothing from the stopped round arrives late
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_lock->state(), LockState::Unlocked);
}

void tst_SyncViewModel::destroyingDuringRoundWaits()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    enrol(silent.serverPort());
    {
        SyncViewModel model(*m_lock, m_clock);
        model.setAutomatic(false);
        model.syncNow();
        QVERIFY(model.isRunning());
        QTest::qWait(200);
    } // the destructor stops the worker
    m_lock->lock(LockReason::UserRequest);
    QVERIFY(m_lock->unlock(test::pin("246813")));
}

void tst_SyncViewModel::notEnrolledDoesNothing()
{
    SyncViewModel model(*m_lock, m_clock);
    model.setAutomatic(false);
    model.syncNow();
    QVERIFY(!model.isRunning());
    QVERIFY(!model.enrolled());
    QCOMPARE(model.state(), SyncViewModel::State::Idle);
}

// Today's "Update Safe Haven" card follows the council's minimum app version.
void tst_SyncViewModel::updateRequiredFollowsTheCouncilsMinimum()
{
    enrol(closedPort());
    SyncViewModel model(*m_lock, m_clock);
    model.setAutomatic(false);
    model.refresh();
    QVERIFY(!model.updateRequired());
    sync::SyncStore store(m_lock->vault()->database());
    sync::EnrolmentPolicy policy = store.identity()->enrolment.policy;
    policy.minimumAppVersion = QStringLiteral("999.0.0");
    QVERIFY(store.applyPolicy(policy).ok());
    model.refresh();
    QVERIFY(model.updateRequired());
    policy.minimumAppVersion = sync::runningAppVersion();
    QVERIFY(store.applyPolicy(policy).ok());
    model.refresh();
    QVERIFY(!model.updateRequired());
}

QTEST_GUILESS_MAIN(tst_SyncViewModel)
#include "tst_syncviewmodel.moc"
