#include "datapaths.h"
#include "ephemeralsecretstore.h"
#include "fakebiometricgate.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using safehaven::test::FakeBiometricGate;
using safehaven::test::pin;

namespace {
const char *const kPin = "246813";
const char *const kWrong = "975318";
const QString kPrompt = QStringLiteral("Unlock Safe Haven");
} // namespace

class TestBiometrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EphemeralSecretStore m_store;
    test::MockClock m_clock;
    FakeBiometricGate m_gate;

    std::unique_ptr<LockMachine> startMachine()
    {
        auto machine = std::make_unique<LockMachine>(m_dir.path(), m_store, m_clock);
        machine->setBiometricGate(m_gate);
        machine->start();
        return machine;
    }

    // Set up, unlocked, fingerprint switched on, then locked.
    std::unique_ptr<LockMachine> lockedWithBiometrics()
    {
        auto machine = startMachine();
        if (!machine->setUpPin(pin(kPin), pin(kPin)).ok() ||
            !machine->vault()->setSetting(QStringLiteral("k"), "kept", 0).ok() ||
            !machine->enableBiometrics(pin(kPin), kPrompt).ok())
            return nullptr;
        machine->lock(LockReason::UserRequest);
        return machine;
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        m_store = EphemeralSecretStore();
        m_gate = FakeBiometricGate();
    }

    void unlocksWithAMatchingFinger()
    {
        auto machine = lockedWithBiometrics();
        QVERIFY(machine);
        QVERIFY(machine->biometricsEnabled());
        QVERIFY(machine->unlockWithBiometrics(kPrompt).ok());
        QCOMPARE(machine->state(), LockState::Unlocked);
        QCOMPARE(machine->vault()->setting(QStringLiteral("k")).value(), QByteArray("kept"));
    }

    void switchingOnNeedsThePin()
    {
        auto machine = startMachine();
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        QCOMPARE(machine->enableBiometrics(pin(kWrong), kPrompt).code(), ErrorCode::WrongPin);
        QCOMPARE(machine->failedAttempts(), 1);
        QVERIFY(!machine->biometricsEnabled());
        QVERIFY(machine->enableBiometrics(pin(kPin), kPrompt).ok());
        QCOMPARE(machine->failedAttempts(), 0);
        machine->lock(LockReason::UserRequest);
        QCOMPARE(machine->enableBiometrics(pin(kPin), kPrompt).code(), ErrorCode::WrongState);
    }

    void noHardwareMeansNoSlot()
    {
        m_gate.setAvailability(BiometricGate::Availability::NoHardware);
        auto machine = startMachine();
        QVERIFY(!machine->biometricsAvailable());
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        QCOMPARE(machine->enableBiometrics(pin(kPin), kPrompt).code(),
                 ErrorCode::BiometricUnavailable);
        QVERIFY(!QFile::exists(DataPaths(m_dir.path()).biometricFile));
    }

    void cancellingIsNotAWrongPin()
    {
        auto machine = lockedWithBiometrics();
        m_gate.answer = FakeBiometricGate::Answer::Cancel;
        QCOMPARE(machine->unlockWithBiometrics(kPrompt).code(), ErrorCode::BiometricCancelled);
        QCOMPARE(machine->state(), LockState::Locked);
        QCOMPARE(machine->failedAttempts(), 0);
        QVERIFY(machine->biometricsEnabled());
    }

    // A newly enrolled finger (someone else's?) switches fingerprint unlock off: PIN only.
    void enrolmentChangeNeedsThePinAgain()
    {
        auto machine = lockedWithBiometrics();
        const DataPaths paths(m_dir.path());
        m_gate.answer = FakeBiometricGate::Answer::EnrolmentChanged;
        QCOMPARE(machine->unlockWithBiometrics(kPrompt).code(), ErrorCode::BiometricInvalidated);
        QVERIFY(!machine->biometricsEnabled());
        QVERIFY(!m_gate.holds(paths.biometricSecretName));
        m_gate.answer = FakeBiometricGate::Answer::Match;
        QCOMPARE(machine->unlockWithBiometrics(kPrompt).code(), ErrorCode::BiometricUnavailable);
        QVERIFY(machine->unlock(pin(kPin)).ok());
    }

    // The slot file opens only with the secret it was sealed with.
    void replacedSecretOpensNothing()
    {
        auto machine = lockedWithBiometrics();
        m_gate.replaceSecret(DataPaths(m_dir.path()).biometricSecretName);
        QCOMPARE(machine->unlockWithBiometrics(kPrompt).code(), ErrorCode::BiometricInvalidated);
        QCOMPARE(machine->state(), LockState::Locked);
        QVERIFY(!machine->biometricsEnabled());
    }

    void aWrongPinWaitAppliesToo()
    {
        auto machine = lockedWithBiometrics();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(machine->unlock(pin(kWrong)).code(), ErrorCode::WrongPin);
        QVERIFY(machine->remainingWaitMs() > 0);
        const int prompts = m_gate.prompts;
        QCOMPARE(machine->unlockWithBiometrics(kPrompt).code(), ErrorCode::LockedOut);
        QCOMPARE(m_gate.prompts, prompts); // not even asked
        m_clock.advance(machine->remainingWaitMs());
        QVERIFY(machine->unlockWithBiometrics(kPrompt).ok());
        QCOMPARE(machine->failedAttempts(), 0);
    }

    void eraseDestroysTheSlot()
    {
        auto machine = lockedWithBiometrics();
        const DataPaths paths(m_dir.path());
        for (int i = 0; i < machine->policy().attemptLimit; ++i) {
            m_clock.advance(machine->remainingWaitMs());
            (void)machine->unlock(pin(kWrong));
        }
        QCOMPARE(machine->state(), LockState::Erased);
        QVERIFY(!QFile::exists(paths.biometricFile));
        QVERIFY(!m_gate.holds(paths.biometricSecretName));
    }

    void switchingOffRemovesBoth()
    {
        auto machine = lockedWithBiometrics();
        const DataPaths paths(m_dir.path());
        QVERIFY(machine->unlock(pin(kPin)).ok());
        QVERIFY(machine->disableBiometrics().ok());
        QVERIFY(!QFile::exists(paths.biometricFile));
        QVERIFY(!m_gate.holds(paths.biometricSecretName));
    }

    void damagedSlotFileSwitchesItOff()
    {
        auto machine = lockedWithBiometrics();
        QFile slot(DataPaths(m_dir.path()).biometricFile);
        QVERIFY(slot.open(QIODevice::WriteOnly));
        slot.write("garbage");
        slot.close();
        QCOMPARE(machine->unlockWithBiometrics(kPrompt).code(), ErrorCode::BiometricInvalidated);
        QVERIFY(!machine->biometricsEnabled());
        QVERIFY(machine->unlock(pin(kPin)).ok());
    }
};

QTEST_GUILESS_MAIN(TestBiometrics)
#include "tst_biometrics.moc"
