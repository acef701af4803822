// Run with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no Secret Service at all. Everything
// must fail closed, and nothing may fall back to a plaintext file.
#include "datapaths.h"
#include "lockmachine.h"
#include "mockclock.h"
#include "qtkeychainsecretstore.h"
#include "testdata.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;
using safehaven::test::pin;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // A HOME of our own, to prove no plaintext fallback file appears in it.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/.local/share")).toUtf8());
    }

    void everyOperationReportsUnavailable()
    {
        QtKeychainSecretStore store;
        const unsigned char secret[] = {1, 2, 3, 4};
        QCOMPARE(store.read(QStringLiteral("x")).code(), ErrorCode::SecretStoreUnavailable);
        QCOMPARE(store.write(QStringLiteral("x"), secret).code(),
                 ErrorCode::SecretStoreUnavailable);
        QCOMPARE(store.remove(QStringLiteral("x")).code(), ErrorCode::SecretStoreUnavailable);
    }

    void lockMachineFailsClosed()
    {
        QTemporaryDir dir;
        QtKeychainSecretStore store;
        test::MockClock clock;
        LockMachine machine(dir.path(), store, clock);
        machine.start();
        QCOMPARE(machine.state(), LockState::Unavailable);
        QVERIFY(machine.stateMessage().contains(QStringLiteral("locked")));
        QCOMPARE(machine.setUpPin(pin("246813"), pin("246813")).code(), ErrorCode::WrongState);
        QCOMPARE(machine.vault(), nullptr);
        const DataPaths paths(dir.path());
        QVERIFY(!QFile::exists(paths.keyFile));
        QVERIFY(!QFile::exists(paths.storeFile));
    }

    void nothingWrittenToHome()
    {
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList written;
        while (files.hasNext())
            written << files.next();
        QCOMPARE(written, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
