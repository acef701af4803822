#include "datapaths.h"
#include "ephemeralsecretstore.h"
#include "keyfile.h"
#include "keywrap.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using safehaven::test::MockClock;
using safehaven::test::pin;

namespace {
const char *const kPin = "246813";
const char *const kWrong = "975318";
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
} // namespace

class TestLockMachine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EphemeralSecretStore m_store;
    MockClock m_clock;

    std::unique_ptr<LockMachine> startMachine(LockPolicy policy = {})
    {
        auto machine = std::make_unique<LockMachine>(m_dir.path(), m_store, m_clock, policy);
        machine->start();
        return machine;
    }

    // A machine with a PIN set up, then restarted: locked, as at every start.
    std::unique_ptr<LockMachine> lockedMachine(LockPolicy policy = {})
    {
        {
            auto first = startMachine(policy);
            if (!first->setUpPin(pin(kPin), pin(kPin)).ok())
                return nullptr;
        }
        return startMachine(policy);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // n wrong PINs, each after whatever wait is due.
    void failTimes(LockMachine &machine, int n)
    {
        for (int i = 0; i < n; ++i) {
            m_clock.advance(machine.remainingWaitMs());
            const ErrorCode code = machine.unlock(pin(kWrong)).code();
            QCOMPARE(code, machine.state() == LockState::Erased ? ErrorCode::Erased
                                                                : ErrorCode::WrongPin);
        }
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        m_store = EphemeralSecretStore();
    }

    void firstRunNeedsSetup()
    {
        auto machine = startMachine();
        QCOMPARE(machine->state(), LockState::NeedsSetup);
        QCOMPARE(machine->vault(), nullptr);
    }

    void setupRefusesWeakOrMismatchedPins()
    {
        auto machine = startMachine();
        QCOMPARE(machine->setUpPin(pin("123456"), pin("123456")).code(), ErrorCode::InvalidPin);
        QCOMPARE(machine->setUpPin(pin("12345"), pin("12345")).code(), ErrorCode::InvalidPin);
        QCOMPARE(machine->setUpPin(pin(kPin), pin("246814")).code(), ErrorCode::PinMismatch);
        QCOMPARE(machine->state(), LockState::NeedsSetup);
        QVERIFY(!QFile::exists(DataPaths(m_dir.path()).keyFile));
    }

    void setupUnlocksAndRestartLocks()
    {
        auto machine = startMachine();
        QVERIFY(machine->setUpPin(pin(kPin), pin(kPin)).ok());
        QCOMPARE(machine->state(), LockState::Unlocked);
        QVERIFY(machine->vault());
        QVERIFY(machine->vault()->setSetting(QStringLiteral("k"), "kept", 0).ok());
        machine.reset();

        auto restarted = startMachine();
        QCOMPARE(restarted->state(), LockState::Locked);
        QCOMPARE(restarted->vault(), nullptr);
        QVERIFY(restarted->unlock(pin(kPin)).ok());
        QCOMPARE(restarted->state(), LockState::Unlocked);
        QCOMPARE(restarted->vault()->setting(QStringLiteral("k")).value(), QByteArray("kept"));
    }

    // Owner-only folder, and nothing in it but the four files the contract names.
    void dataFolderHoldsOnlyKnownFiles()
    {
        auto machine = lockedMachine();
        QVERIFY(machine->unlock(pin(kPin)).ok());
        QVERIFY(machine->vault()->setSetting(QStringLiteral("k"), "v", 0).ok());
        machine->lock(LockReason::UserRequest);
        QCOMPARE(machine->unlock(pin(kWrong)).code(), ErrorCode::WrongPin);
        const QFileDevice::Permissions permissions = QFile::permissions(m_dir.path());
        QCOMPARE(permissions &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("attempts"), QStringLiteral("keys.bin"),
                                     QStringLiteral("vault.db")}));
    }

    void idleLocksAfterTwoMinutes()
    {
        auto machine = lockedMachine();
        QVERIFY(machine->unlock(pin(kPin)).ok());
        QSignalSpy aboutToLock(machine.get(), &LockMachine::aboutToLock);
        m_clock.advance(2 * kMinute - 1);
        machine->poll();
        QCOMPARE(machine->state(), LockState::Unlocked);
        machine->noteActivity(); // a tap pushes the lock back
        m_clock.advance(2 * kMinute - 1);
        machine->poll();
        QCOMPARE(machine->state(), LockState::Unlocked);
        m_clock.advance(1);
        machine->poll();
        QCOMPARE(machine->state(), LockState::Locked);
        QCOMPARE(machine->vault(), nullptr);
        QCOMPARE(aboutToLock.count(), 1);
        QCOMPARE(aboutToLock.first().first().value<LockReason>(), LockReason::Idle);
    }

    void idleTimeoutNeverExceedsPolicy()
    {
        LockPolicy policy;
        policy.idleTimeoutMaxMs = kMinute;
        auto machine = lockedMachine(policy);
        QVERIFY(machine->unlock(pin(kPin)).ok());
        machine->setIdleTimeoutMs(30 * kMinute); // asks for more than the council allows
        m_clock.advance(kMinute);
        machine->poll();
        QCOMPARE(machine->state(), LockState::Locked);
    }

    void idleChoiceIsKeptAcrossRestarts()
    {
        {
            auto machine = lockedMachine();
            QVERIFY(machine->unlock(pin(kPin)).ok());
            machine->setIdleTimeoutMs(30 * kSecond);
        }
        auto restarted = startMachine();
        QVERIFY(restarted->unlock(pin(kPin)).ok());
        QCOMPARE(restarted->policy().effectiveIdleTimeoutMs(), 30 * kSecond);
        m_clock.advance(30 * kSecond);
        restarted->poll();
        QCOMPARE(restarted->state(), LockState::Locked);
    }

    void backgroundLocksAfterGrace()
    {
        auto machine = lockedMachine();
        QVERIFY(machine->unlock(pin(kPin)).ok());
        // Back within the grace: still open.
        machine->setForeground(false);
        m_clock.advance(4 * kSecond);
        machine->setForeground(true);
        QCOMPARE(machine->state(), LockState::Unlocked);
        // Away longer than the grace: locked by the next poll, or on return at the latest.
        machine->setForeground(false);
        m_clock.advance(5 * kSecond);
        machine->poll();
        QCOMPARE(machine->state(), LockState::Locked);
    }

    void backgroundGraceIsCappedAtTenSeconds()
    {
        LockPolicy policy;
        policy.backgroundGraceMs = 10 * kMinute;
        auto machine = lockedMachine(policy);
        QVERIFY(machine->unlock(pin(kPin)).ok());
        machine->setForeground(false);
        m_clock.advance(10 * kSecond);
        machine->setForeground(true); // returning after the grace must not show the data
        QCOMPARE(machine->state(), LockState::Locked);
    }

    void lockNowClosesTheStore()
    {
        auto machine = lockedMachine();
        QVERIFY(machine->unlock(pin(kPin)).ok());
        machine->lock(LockReason::UserRequest);
        QCOMPARE(machine->state(), LockState::Locked);
        QCOMPARE(machine->vault(), nullptr);
    }

    void backoffSchedule()
    {
        auto machine = lockedMachine();
        failTimes(*machine, 4);
        QCOMPARE(machine->remainingWaitMs(), 0); // four free tries
        const qint64 expected[] = {30 * kSecond, kMinute, 5 * kMinute, 15 * kMinute, 15 * kMinute};
        for (qint64 wait : expected) {
            QCOMPARE(machine->unlock(pin(kWrong)).code(), ErrorCode::WrongPin);
            QCOMPARE(machine->remainingWaitMs(), wait);
            // During the wait even the right PIN is refused, and the refusal is not counted.
            const int failures = machine->failedAttempts();
            QCOMPARE(machine->unlock(pin(kPin)).code(), ErrorCode::LockedOut);
            QCOMPARE(machine->failedAttempts(), failures);
            m_clock.advance(wait - 1);
            QCOMPARE(machine->remainingWaitMs(), 1);
            m_clock.advance(1);
        }
        QCOMPARE(machine->failedAttempts(), 9);
        QCOMPARE(machine->attemptsLeft(), 1);
        // The right PIN still works on the last try, and resets the count.
        QVERIFY(machine->unlock(pin(kPin)).ok());
        QCOMPARE(machine->failedAttempts(), 0);
    }

    void settingTheClockBackDoesNotShortenTheWait()
    {
        auto machine = lockedMachine();
        failTimes(*machine, 5);
        QCOMPARE(machine->remainingWaitMs(), 30 * kSecond);
        m_clock.setWallClock(m_clock.nowMs() - 24 * 60 * kMinute);
        QCOMPARE(machine->remainingWaitMs(), 30 * kSecond);
    }

    // Moving the wall clock forward can end the wait that is running (the wait is measured on
    // the wall clock, which is all that survives a restart), but no more than that: the count
    // stays, the next wrong PIN waits longer, and the limit still erases.
    void movingTheClockForwardSkipsOnlyTheWaitNeverTheCount()
    {
        auto machine = lockedMachine();
        failTimes(*machine, 5);
        QCOMPARE(machine->remainingWaitMs(), 30 * kSecond);
        m_clock.setWallClock(m_clock.nowMs() + 365 * 24 * 60 * kMinute);
        QCOMPARE(machine->remainingWaitMs(), 0);
        QCOMPARE(machine->failedAttempts(), 5);
        QCOMPARE(machine->attemptsLeft(), 5);
        QCOMPARE(startMachine()->failedAttempts(), 5); // nor does a restart after the jump

        // The next wrong PIN is counted and starts the next, longer wait from the new time.
        QCOMPARE(machine->unlock(pin(kWrong)).code(), ErrorCode::WrongPin);
        QCOMPARE(machine->failedAttempts(), 6);
        QCOMPARE(machine->remainingWaitMs(), kMinute);
        QCOMPARE(machine->unlock(pin(kPin)).code(), ErrorCode::LockedOut);
        QCOMPARE(machine->failedAttempts(), 6);
        // Jumping again for every try: still exactly ten tries in all, then the keys go.
        for (int failures = 6; failures < 10; ++failures) {
            m_clock.setWallClock(m_clock.nowMs() + 24 * 60 * kMinute);
            QCOMPARE(machine->remainingWaitMs(), 0);
            const ErrorCode code = machine->unlock(pin(kWrong)).code();
            QCOMPARE(code, failures == 9 ? ErrorCode::Erased : ErrorCode::WrongPin);
        }
        QCOMPARE(machine->state(), LockState::Erased);
    }

    void councilPolicyTightensTheLimitAndSurvivesRestart()
    {
        {
            auto machine = lockedMachine();
            QVERIFY(machine->unlock(pin(kPin)).ok());
            QVERIFY(machine->applyCouncilPolicy({5, 5 * kMinute}).ok());
            QCOMPARE(machine->policy().attemptLimit, 5);
            QCOMPARE(machine->policy().idleTimeoutMaxMs, 5 * kMinute);
        }
        auto restarted = startMachine();
        QCOMPARE(restarted->policy().attemptLimit, 5);
        QCOMPARE(restarted->attemptsLeft(), 5);
        failTimes(*restarted, 5);
        QCOMPARE(restarted->state(), LockState::Erased);
    }

    void councilPolicyCannotLoosenTheAttemptLimit()
    {
        auto machine = lockedMachine();
        QVERIFY(machine->applyCouncilPolicy({50, 99 * 60 * kMinute}).ok());
        QCOMPARE(machine->policy().attemptLimit, 10);
        QCOMPARE(machine->policy().idleTimeoutMaxMs, 60 * kMinute); // an hour at most
        QVERIFY(machine->applyCouncilPolicy({1, 1}).ok());
        QCOMPARE(machine->policy().attemptLimit, 3);
        QCOMPARE(machine->policy().idleTimeoutMaxMs, 30'000);
    }

    void damagedCouncilPolicyFallsBackToTheBuiltInRules()
    {
        {
            auto machine = lockedMachine();
            QVERIFY(machine->applyCouncilPolicy({4, kMinute}).ok());
        }
        QFile file(DataPaths(m_dir.path()).councilPolicyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("attempt-limit lots\n");
        file.close();
        QCOMPARE(startMachine()->policy().attemptLimit, 10);
    }

    void limitErasesTheKeys()
    {
        auto machine = lockedMachine();
        const DataPaths paths(m_dir.path());
        QVERIFY(QFile::exists(paths.keyFile));
        QVERIFY(m_store.read(paths.deviceSecretName).value().has_value());
        // The lock screen's files (core/reports) go with the keys.
        QFile contact(paths.lockContactFile);
        QVERIFY(contact.open(QIODevice::WriteOnly));
        contact.write("contact");
        contact.close();
        QVERIFY(QDir().mkpath(paths.sealedReportsDir));
        QFile sealed(paths.sealedReportsDir + QStringLiteral("/00.sealed"));
        QVERIFY(sealed.open(QIODevice::WriteOnly));
        sealed.write("sealed");
        sealed.close();
        QSignalSpy states(machine.get(), &LockMachine::stateChanged);

        failTimes(*machine, 10);
        QCOMPARE(machine->state(), LockState::Erased);
        QVERIFY(!machine->stateMessage().isEmpty());
        QVERIFY(!QFile::exists(paths.keyFile));
        QVERIFY(!QFile::exists(paths.storeFile));
        QVERIFY(!QFile::exists(paths.lockContactFile));
        QVERIFY(!QDir(paths.sealedReportsDir).exists());
        QVERIFY(!m_store.read(paths.deviceSecretName).value().has_value());
        QCOMPARE(states.count(), 1);

        // Still erased after a restart; the right PIN opens nothing.
        auto restarted = startMachine();
        QCOMPARE(restarted->state(), LockState::Erased);
        QCOMPARE(restarted->unlock(pin(kPin)).code(), ErrorCode::WrongState);
        restarted->acknowledgeErasure();
        QCOMPARE(restarted->state(), LockState::NeedsSetup);
        QCOMPARE(restarted->failedAttempts(), 0);
    }

    void limitIsAPolicyValue()
    {
        LockPolicy policy;
        policy.attemptLimit = 6;
        auto machine = lockedMachine(policy);
        failTimes(*machine, 6);
        QCOMPARE(machine->state(), LockState::Erased);
    }

    void counterSurvivesRestart()
    {
        {
            auto machine = lockedMachine();
            failTimes(*machine, 7);
        }
        auto restarted = startMachine();
        QCOMPARE(restarted->failedAttempts(), 7);
        QCOMPARE(restarted->remainingWaitMs(), 5 * kMinute);
        failTimes(*restarted, 3);
        QCOMPARE(restarted->state(), LockState::Erased);
    }

    // Rolling the data folder back to a copy taken before the failures gains nothing: the
    // keystore's copy of the counter wins.
    void counterSurvivesRestoringOrDeletingTheFolderCopy()
    {
        const DataPaths paths(m_dir.path());
        QByteArray earlierCounter;
        {
            auto machine = lockedMachine();
            QVERIFY(machine->unlock(pin(kPin)).ok());
            machine->lock(LockReason::UserRequest);
            QFile counter(paths.attemptsFile);
            QVERIFY(counter.open(QIODevice::ReadOnly));
            earlierCounter = counter.readAll();
            failTimes(*machine, 8);
        }
        QVERIFY(QFile::remove(paths.attemptsFile));
        QCOMPARE(startMachine()->failedAttempts(), 8);

        QFile restored(paths.attemptsFile);
        QVERIFY(restored.open(QIODevice::WriteOnly));
        restored.write(earlierCounter);
        restored.close();
        QCOMPARE(startMachine()->failedAttempts(), 8);
    }

    // Deleting the whole data folder does not reset the count for this install: the keystore's
    // copy (named from the folder path) is still there. The device then asks for a new setup,
    // and only setting up again clears the count, by making a new device secret that the old
    // key file can never be opened with. Putting a copy of the folder back finds the same count.
    void deletingTheWholeFolderDoesNotResetTheCounter()
    {
        const DataPaths paths(m_dir.path());
        QTemporaryDir backup;
        {
            auto machine = lockedMachine();
            for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
                QVERIFY(QFile::copy(m_dir.filePath(name), backup.filePath(name)));
            failTimes(*machine, 8);
        }
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        {
            auto deleted = startMachine();
            QCOMPARE(deleted->state(), LockState::NeedsSetup); // no key file: nothing to open
            QCOMPARE(deleted->failedAttempts(), 8);
            QCOMPARE(deleted->remainingWaitMs(), 15 * kMinute);
        }
        // The folder as it was before the wrong PINs (attempts file saying 0) comes back.
        for (const QString &name : QDir(backup.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(backup.filePath(name), m_dir.filePath(name)));
        auto restored = startMachine();
        QCOMPARE(restored->state(), LockState::Locked);
        QCOMPARE(restored->failedAttempts(), 8);
        QCOMPARE(restored->attemptsLeft(), 2);
        QCOMPARE(restored->unlock(pin(kPin)).code(), ErrorCode::LockedOut);
        failTimes(*restored, 2);
        QCOMPARE(restored->state(), LockState::Erased);
    }

    // What someone holding only a copy of the data folder (a backup, a stolen SD card, no
    // keystore) can do: nothing. On a device with an empty keystore even the RIGHT PIN is
    // refused, plainly, and the copy's key file is shredded. Offline, without the app, the
    // key file cannot test PINs either: the key-encryption key mixes in the device secret,
    // so with any guessed secret the right PIN fails exactly like every wrong one.
    void dataFolderAloneCannotBeOpened()
    {
        const DataPaths paths(m_dir.path());
        {
            auto machine = lockedMachine();
            QVERIFY(machine->unlock(pin(kPin)).ok());
            QVERIFY(machine->vault()->setSetting(QStringLiteral("k"), "secret", 0).ok());
        }
        QTemporaryDir stolen;
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_dir.filePath(name), stolen.filePath(name)));
        const DataPaths stolenPaths(stolen.path());

        // Offline: the right PIN with a guessed device secret opens nothing, and neither does a
        // wrong PIN; the failures are the same, so no PIN can be told apart from another.
        auto record = readKeyFile(stolenPaths.keyFile);
        QVERIFY(record && record.value());
        const QByteArray header = record.value()->header();
        const std::span<const unsigned char> context{
            reinterpret_cast<const unsigned char *>(header.constData()),
            std::size_t(header.size())};
        // nullopt: the key came out (the PIN was right); else why it did not.
        auto tryPin = [&](const char *candidate,
                          std::span<const unsigned char> secret) -> std::optional<ErrorCode> {
            auto kek = deriveKeyEncryptionKey(pin(candidate), record.value()->kdf, secret);
            if (!kek)
                return kek.code();
            auto key = unwrapKey(record.value()->wrapped, kek->bytes(), context);
            return key ? std::nullopt : std::optional<ErrorCode>(key.code());
        };
        const SecureBuffer guessed = SecureBuffer::random(kKeyBytes);
        const SecureBuffer zeros(kKeyBytes);
        QCOMPARE(tryPin(kPin, guessed.bytes()), tryPin(kWrong, guessed.bytes()));
        QCOMPARE(tryPin(kPin, zeros.bytes()), tryPin(kWrong, zeros.bytes()));
        QVERIFY(tryPin(kPin, guessed.bytes()).has_value());
        // Control: with the real device secret the same calls do tell the right PIN.
        auto realSecret = m_store.read(paths.deviceSecretName);
        QVERIFY(realSecret && realSecret.value());
        QVERIFY(!tryPin(kPin, realSecret.value()->bytes()).has_value());
        QVERIFY(tryPin(kWrong, realSecret.value()->bytes()).has_value());

        // In the app, on another device (its own empty keystore): refused, clearly, and the
        // copy's keys are destroyed at the first try.
        EphemeralSecretStore attackerStore;
        {
            LockMachine machine(stolen.path(), attackerStore, m_clock);
            machine.start();
            QCOMPARE(machine.state(), LockState::Locked);
            QCOMPARE(machine.failedAttempts(), 0);
            const Status refused = machine.unlock(pin(kPin));
            QCOMPARE(refused.code(), ErrorCode::Erased);
            QVERIFY(!refused.error().message.isEmpty());
            QCOMPARE(machine.state(), LockState::Erased);
            QCOMPARE(machine.vault(), nullptr);
            QVERIFY(!QFile::exists(stolenPaths.keyFile));
            QVERIFY(!QFile::exists(stolenPaths.storeFile));
        }
        // The real device is untouched by all of this.
        auto original = startMachine();
        QCOMPARE(original->failedAttempts(), 0);
        QVERIFY(original->unlock(pin(kPin)).ok());
        QCOMPARE(original->vault()->setting(QStringLiteral("k")).value(), QByteArray("secret"));
    }

    // Deleting the whole folder and setting up again makes a new device secret, so a copy of
    // the old folder can no longer be opened, even with the right PIN.
    void oldFolderCopyIsUselessAfterReSetup()
    {
        const DataPaths paths(m_dir.path());
        QTemporaryDir backup;
        {
            auto machine = lockedMachine();
        }
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_dir.filePath(name), backup.filePath(name)));
        QDir(m_dir.path()).removeRecursively();
        {
            auto fresh = startMachine();
            QCOMPARE(fresh->state(), LockState::NeedsSetup);
            QVERIFY(fresh->setUpPin(pin("802417"), pin("802417")).ok());
        }
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        for (const QString &name : QDir(backup.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(backup.filePath(name), m_dir.filePath(name)));
        auto restored = startMachine();
        QCOMPARE(restored->state(), LockState::Locked);
        QVERIFY(!restored->unlock(pin(kPin)).ok());
        QCOMPARE(restored->state(), LockState::Locked);
    }

    void changePinRewrapsWithoutRewritingTheStore()
    {
        const DataPaths paths(m_dir.path());
        auto machine = lockedMachine();
        QVERIFY(machine->unlock(pin(kPin)).ok());
        QVERIFY(machine->vault()->setSetting(QStringLiteral("k"), "kept", 0).ok());
        for (int i = 0; i < 40; ++i) // fill a few dozen pages that a PIN change must not touch
            QVERIFY(machine->vault()
                        ->setSetting(QStringLiteral("bulk-%1").arg(i), QByteArray(3000, 'x'), 0)
                        .ok());
        machine->lock(LockReason::UserRequest);
        QVERIFY(machine->unlock(pin(kPin)).ok());
        const QByteArray before = readAll(paths.storeFile);

        QCOMPARE(machine->changePin(pin(kWrong), pin("802417"), pin("802417")).code(),
                 ErrorCode::WrongPin);
        QCOMPARE(machine->failedAttempts(), 1);
        QCOMPARE(machine->changePin(pin(kPin), pin("123456"), pin("123456")).code(),
                 ErrorCode::InvalidPin);
        QCOMPARE(machine->changePin(pin(kPin), pin("802417"), pin("802418")).code(),
                 ErrorCode::PinMismatch);
        QVERIFY(machine->changePin(pin(kPin), pin("802417"), pin("802417")).ok());
        QCOMPARE(machine->failedAttempts(), 0);
        machine->lock(LockReason::UserRequest);

        // Same data key, so the store is not re-encrypted: SQLCipher writes every page with a
        // fresh IV, so only pages the change touched (header, audit log) may differ.
        const QByteArray after = readAll(paths.storeFile);
        QCOMPARE(after.size(), before.size());
        constexpr qsizetype kPage = 4096;
        int identical = 0;
        for (qsizetype offset = 0; offset < before.size(); offset += kPage)
            identical += before.mid(offset, kPage) == after.mid(offset, kPage) ? 1 : 0;
        const int pages = int(before.size() / kPage);
        QVERIFY2(pages > 30 && identical >= pages - 4,
                 qPrintable(QStringLiteral("%1 of %2 pages unchanged").arg(identical).arg(pages)));

        QCOMPARE(machine->unlock(pin(kPin)).code(), ErrorCode::WrongPin);
        QVERIFY(machine->unlock(pin("802417")).ok());
        QCOMPARE(machine->vault()->setting(QStringLiteral("k")).value(), QByteArray("kept"));
    }

    void keystoreUnavailableFailsClosed()
    {
        m_store.setAvailable(false);
        auto machine = startMachine();
        QCOMPARE(machine->state(), LockState::Unavailable);
        QVERIFY(!machine->stateMessage().isEmpty());
        QCOMPARE(machine->setUpPin(pin(kPin), pin(kPin)).code(), ErrorCode::WrongState);
        QVERIFY(!QFile::exists(DataPaths(m_dir.path()).keyFile));
        QVERIFY(!QFile::exists(DataPaths(m_dir.path()).storeFile));

        m_store.setAvailable(true);
        machine->retry();
        QCOMPARE(machine->state(), LockState::NeedsSetup);
    }

    void keystoreLostWhileLockedFailsClosed()
    {
        auto machine = lockedMachine();
        m_store.setAvailable(false);
        QCOMPARE(machine->unlock(pin(kPin)).code(), ErrorCode::SecretStoreUnavailable);
        QCOMPARE(machine->state(), LockState::Unavailable);
        QCOMPARE(machine->vault(), nullptr);
    }

    void damagedKeyFileIsReportedAndKept()
    {
        const DataPaths paths(m_dir.path());
        auto machine = lockedMachine();
        QFile keys(paths.keyFile);
        QVERIFY(keys.open(QIODevice::ReadWrite));
        keys.seek(40);
        keys.write("\xff\xff");
        keys.close();
        // Found by the record's check before the PIN is tried: not counted as a wrong PIN
        // (every byte: tst_tamper keyRecordEveryByteIsCheckedBeforeThePin).
        QCOMPARE(machine->unlock(pin(kPin)).code(), ErrorCode::CorruptKeyFile);
        QCOMPARE(machine->failedAttempts(), 0);
        QCOMPARE(machine->state(), LockState::Locked);
        QVERIFY(QFile::exists(paths.keyFile));
    }
};

QTEST_GUILESS_MAIN(TestLockMachine)
#include "tst_lockmachine.moc"
