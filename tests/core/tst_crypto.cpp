#include "keywrap.h"
#include "securebuffer.h"
#include "sodiumruntime.h"
#include "testdata.h"

#include <QTest>

using namespace safehaven;
using safehaven::test::pin;

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void selfTestPasses() { QVERIFY(cryptoSelfTest().ok()); }

    void secureBufferMovesWithoutCopying()
    {
        SecureBuffer a = SecureBuffer::random(32);
        const unsigned char *where = a.data();
        SecureBuffer b = std::move(a);
        QVERIFY(a.empty());
        QCOMPARE(a.data(), nullptr);
        QCOMPARE(b.data(), where);
        QCOMPARE(b.size(), std::size_t(32));
        b.wipe();
        QVERIFY(b.empty());
    }

    void secureBufferComparesInConstantTimeHelper()
    {
        const SecureBuffer a = SecureBuffer::copyOf(pin("123456"));
        QVERIFY(a.equals(pin("123456")));
        QVERIFY(!a.equals(pin("123457")));
        QVERIFY(!a.equals(pin("12345")));
    }

    void wrapRoundTrip()
    {
        const SecureBuffer secret = SecureBuffer::random(32);
        const KdfParams params = KdfParams::withFreshSalt();
        auto kek = deriveKeyEncryptionKey(pin("246813"), params, secret.bytes());
        QVERIFY(kek.ok());
        const SecureBuffer dataKey = SecureBuffer::random(32);
        const QByteArray context("ctx");
        const auto ctx = std::span(reinterpret_cast<const unsigned char *>(context.data()), 3);
        const WrappedKey wrapped = wrapKey(dataKey.bytes(), kek->bytes(), ctx);
        auto opened = unwrapKey(wrapped, kek->bytes(), ctx);
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(dataKey.bytes()));
    }

    // The same PIN with another device secret gives another key: the PIN alone opens nothing.
    void deviceSecretChangesTheKey()
    {
        const KdfParams params = KdfParams::withFreshSalt();
        const SecureBuffer secretA = SecureBuffer::random(32);
        const SecureBuffer secretB = SecureBuffer::random(32);
        auto a = deriveKeyEncryptionKey(pin("246813"), params, secretA.bytes());
        auto a2 = deriveKeyEncryptionKey(pin("246813"), params, secretA.bytes());
        auto b = deriveKeyEncryptionKey(pin("246813"), params, secretB.bytes());
        auto c = deriveKeyEncryptionKey(pin("246814"), params, secretA.bytes());
        QVERIFY(a.ok() && a2.ok() && b.ok() && c.ok());
        QVERIFY(a->equals(a2->bytes()));
        QVERIFY(!a->equals(b->bytes()));
        QVERIFY(!a->equals(c->bytes()));
    }

    void wrongKeyOrContextIsRefused()
    {
        const SecureBuffer kek = SecureBuffer::random(32);
        const SecureBuffer other = SecureBuffer::random(32);
        const SecureBuffer dataKey = SecureBuffer::random(32);
        const unsigned char contextA[] = {'a'};
        const unsigned char contextB[] = {'b'};
        WrappedKey wrapped = wrapKey(dataKey.bytes(), kek.bytes(), contextA);
        QCOMPARE(unwrapKey(wrapped, other.bytes(), contextA).code(), ErrorCode::WrongPin);
        QCOMPARE(unwrapKey(wrapped, kek.bytes(), contextB).code(), ErrorCode::WrongPin);
        wrapped.sealed[5] ^= 0x01;
        QCOMPARE(unwrapKey(wrapped, kek.bytes(), contextA).code(), ErrorCode::WrongPin);
    }

    void absurdKdfCostsAreRefused()
    {
        const SecureBuffer secret = SecureBuffer::random(32);
        KdfParams params = KdfParams::withFreshSalt();
        params.memLimitKiB = 64u * 1024u * 1024u; // 64 GiB would hang or kill the device
        QCOMPARE(deriveKeyEncryptionKey(pin("246813"), params, secret.bytes()).code(),
                 ErrorCode::CorruptKeyFile);
        params = KdfParams::withFreshSalt();
        params.opsLimit = 1;
        QCOMPARE(deriveKeyEncryptionKey(pin("246813"), params, secret.bytes()).code(),
                 ErrorCode::CorruptKeyFile);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
