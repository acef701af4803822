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

    // Version 2 carries a check keyed by the device secret; version 1 (no check) still parses.
    void checkIsKeyedByTheDeviceSecret()
    {
        KeyFileRecord record = sample();
        const QByteArray secret(32, '\x5a');
        const QByteArray other(32, '\x5b');
        const auto bytes = [](const QByteArray &b) {
            return std::span<const unsigned char>(
                reinterpret_cast<const unsigned char *>(b.constData()), std::size_t(b.size()));
        };
        record.seal(bytes(secret));
        QVERIFY(record.checkMatches(bytes(secret)));
        QVERIFY(!record.checkMatches(bytes(other)));
        auto parsed = KeyFileRecord::parse(record.serialise());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->checkMatches(bytes(secret)));
        QCOMPARE(record.serialise().size(), qsizetype(132));

        KeyFileRecord old = sample();
        old.version = 1;
        QCOMPARE(old.serialise().size(), qsizetype(100));
        auto oldParsed = KeyFileRecord::parse(old.serialise());
        QVERIFY(oldParsed.ok());
        QCOMPARE(int(oldParsed->version), 1);
        QVERIFY(!oldParsed->checkMatches(bytes(secret))); // nothing to match: upgrade it
        // A version 1 header with a version 2 length (and the reverse) is refused.
        QVERIFY(!KeyFileRecord::parse(old.serialise() + QByteArray(32, '\0')).ok());
        QVERIFY(!KeyFileRecord::parse(record.serialise().left(100)).ok());
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
