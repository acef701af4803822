// Runs against the real Secret Service (gnome-keyring) that scripts/lib/keyring-session starts
// on a private D-Bus session bus.
#include "datapaths.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "qtkeychainsecretstore.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace safehaven;
using safehaven::test::pin;

class TestKeychain : public QObject
{
    Q_OBJECT

    QString uniqueName() const
    {
        return QStringLiteral("safehaven-test/") +
               QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through scripts/test (it starts a private "
                  "gnome-keyring).");
    }

    void roundTripBinarySecret()
    {
        QtKeychainSecretStore store(QStringLiteral("Safe Haven tests"));
        const QString name = uniqueName();
        const unsigned char secret[] = {0x00, 0xff, 0x10, 0x00, 0x7f, 0x80, 0x01, 0x00};

        auto absent = store.read(name);
        QVERIFY2(absent.ok(), qPrintable(absent.ok() ? QString() : absent.error().message));
        QVERIFY(!absent.value().has_value());

        QVERIFY(store.write(name, secret).ok());
        auto read = store.read(name);
        QVERIFY(read.ok());
        QVERIFY(read.value().has_value());
        QVERIFY(read.value()->equals(secret));

        const unsigned char replacement[] = {1, 2, 3};
        QVERIFY(store.write(name, replacement).ok());
        QVERIFY(store.read(name).value()->equals(replacement));

        QVERIFY(store.remove(name).ok());
        QVERIFY(!store.read(name).value().has_value());
        QVERIFY(store.remove(name).ok()); // removing twice is fine
    }

    // The whole key hierarchy on the real keystore: set up, restart, unlock, erase.
    void lockMachineOnTheRealKeystore()
    {
        QTemporaryDir dir;
        QtKeychainSecretStore store;
        test::MockClock clock;
        const DataPaths paths(dir.path());
        {
            LockMachine machine(dir.path(), store, clock);
            machine.start();
            QCOMPARE(machine.state(), LockState::NeedsSetup);
            QVERIFY(machine.setUpPin(pin("246813"), pin("246813")).ok());
        }
        QVERIFY(store.read(paths.deviceSecretName).value().has_value());
        LockMachine machine(dir.path(), store, clock);
        machine.start();
        QCOMPARE(machine.state(), LockState::Locked);
        QCOMPARE(machine.unlock(pin("975318")).code(), ErrorCode::WrongPin);
        QVERIFY(machine.unlock(pin("246813")).ok());
        machine.lock(LockReason::UserRequest);

        for (int i = 0; i < machine.policy().attemptLimit; ++i) {
            clock.advance(machine.remainingWaitMs());
            (void)machine.unlock(pin("975318"));
        }
        QCOMPARE(machine.state(), LockState::Erased);
        QVERIFY(!store.read(paths.deviceSecretName).value().has_value());
        // The counter lives on in the keystore until the carer starts again.
        auto counter = store.read(paths.attemptsSecretName);
        QVERIFY(counter.ok() && counter.value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
