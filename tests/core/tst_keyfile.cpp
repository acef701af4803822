#include "keyfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;

namespace {
KeyFileRecord sample()
{
    KeyFileRecord record;
    record.kdf = KdfParams::withFreshSalt();
    record.wrapped.nonce.fill(0x11);
    record.wrapped.sealed.fill(0x22);
    return record;
}
} // namespace

class TestKeyFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const KeyFileRecord record = sample();
        auto parsed = KeyFileRecord::parse(record.serialise());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->serialise(), record.serialise());
        QCOMPARE(parsed->kdf.opsLimit, record.kdf.opsLimit);
        QCOMPARE(parsed->kdf.memLimitKiB, record.kdf.memLimitKiB);
    }

    void damagedRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = sample().serialise();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("extended") << good + "x";
        QByteArray magic = good;
        magic[0] = 'X';
        QTest::newRow("bad magic") << magic;
        QByteArray version = good;
        version[3] = 9;
        QTest::newRow("unknown version") << version;
        QByteArray ops = good;
        ops[4] = char(0x7f); // an absurd Argon2 pass count
        QTest::newRow("absurd cost") << ops;
        QTest::newRow("garbage") << QByteArray(good.size(), 'z');
    }
    void damagedRecordsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = KeyFileRecord::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::CorruptKeyFile);
    }

    void missingFileIsNotAnError()
    {
        QTemporaryDir dir;
        auto read = readKeyFile(dir.filePath(QStringLiteral("none.bin")));
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
    }

    void writtenFileReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.bin"));
        const KeyFileRecord record = sample();
        QVERIFY(writeKeyFile(path, record).ok());
        auto read = readKeyFile(path);
        QVERIFY(read.ok() && read.value().has_value());
        QCOMPARE(read.value()->serialise(), record.serialise());
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
