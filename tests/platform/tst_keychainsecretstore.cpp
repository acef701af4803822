// The iOS keystore's rules, checked against an in-memory stand-in of the SecItem calls.
#include "ios/keychainsecretstore.h"

#include <QMap>
#include <QTest>

using namespace safehaven;
using namespace Qt::StringLiterals;

namespace {

// Behaves like the Keychain for generic passwords (add refuses duplicates) and records calls.
class FakeKeychain final : public KeychainBackend
{
public:
    struct Item
    {
        QByteArray data;
        KeychainProtection protection;
    };
    QMap<QString, Item> items; // "service/account"
    QStringList calls;
    int failWith = 0; // an OSStatus to return from every call, 0 for none

    KeychainReply copy(const QString &service, const QString &account,
                       SecureBuffer &secret) override
    {
        calls.append(u"copy"_s);
        if (failWith)
            return {KeychainStatus::Failed, failWith};
        const auto it = items.constFind(key(service, account));
        if (it == items.cend())
            return {KeychainStatus::NotFound, -25300};
        secret = SecureBuffer::copyOf(bytes(it->data));
        return {KeychainStatus::Ok, 0};
    }
    KeychainReply add(const QString &service, const QString &account,
                      std::span<const unsigned char> secret, KeychainProtection protection) override
    {
        calls.append(u"add"_s);
        if (failWith)
            return {KeychainStatus::Failed, failWith};
        if (items.contains(key(service, account)))
            return {KeychainStatus::Duplicate, -25299};
        items.insert(key(service, account), {toBytes(secret), protection});
        return {KeychainStatus::Ok, 0};
    }
    KeychainReply update(const QString &service, const QString &account,
                         std::span<const unsigned char> secret,
                         KeychainProtection protection) override
    {
        calls.append(u"update"_s);
        if (failWith)
            return {KeychainStatus::Failed, failWith};
        if (!items.contains(key(service, account)))
            return {KeychainStatus::NotFound, -25300};
        items.insert(key(service, account), {toBytes(secret), protection});
        return {KeychainStatus::Ok, 0};
    }
    KeychainReply remove(const QString &service, const QString &account) override
    {
        calls.append(u"remove"_s);
        if (failWith)
            return {KeychainStatus::Failed, failWith};
        return items.remove(key(service, account))
                   ? KeychainReply{KeychainStatus::Ok, 0}
                   : KeychainReply{KeychainStatus::NotFound, -25300};
    }

private:
    static QString key(const QString &service, const QString &account)
    {
        return service + u'/' + account;
    }
    static QByteArray toBytes(std::span<const unsigned char> secret)
    {
        return QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    }
    static std::span<const unsigned char> bytes(const QByteArray &data)
    {
        return {reinterpret_cast<const unsigned char *>(data.constData()),
                std::size_t(data.size())};
    }
};

constexpr unsigned char kSecret[] = {0x00, 0xff, 0x10, 0x00, 0x7f};
constexpr unsigned char kReplacement[] = {1, 2, 3};

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripThisDeviceOnly()
    {
        auto backend = std::make_unique<FakeKeychain>();
        auto *keychain = backend.get();
        KeychainSecretStore store(std::move(backend));

        auto absent = store.read(u"device-secret"_s);
        QVERIFY(absent.ok());
        QVERIFY(!absent.value().has_value());

        QVERIFY(store.write(u"device-secret"_s, kSecret).ok());
        const auto &item = keychain->items.value(u"Safe Haven/device-secret"_s);
        QCOMPARE(item.protection, KeychainProtection::WhenUnlockedThisDeviceOnly);

        auto read = store.read(u"device-secret"_s);
        QVERIFY(read.ok());
        QVERIFY(read.value().has_value());
        QVERIFY(read.value()->equals(kSecret));
    }

    void rewriteUpdatesInPlaceAndTightensProtection()
    {
        auto backend = std::make_unique<FakeKeychain>();
        auto *keychain = backend.get();
        // An item someone left at a weaker class (QtKeychain's default, say).
        keychain->items.insert(u"Safe Haven/device-secret"_s,
                               {QByteArray("old"), KeychainProtection(-1)});
        KeychainSecretStore store(std::move(backend));

        QVERIFY(store.write(u"device-secret"_s, kReplacement).ok());
        // Never delete-then-add: a failed add would lose the only copy of the secret.
        QCOMPARE(keychain->calls, (QStringList{u"add"_s, u"update"_s}));
        const auto &item = keychain->items.value(u"Safe Haven/device-secret"_s);
        QCOMPARE(item.protection, KeychainProtection::WhenUnlockedThisDeviceOnly);
        QVERIFY(store.read(u"device-secret"_s).value()->equals(kReplacement));
    }

    void removeIsIdempotent()
    {
        KeychainSecretStore store(std::make_unique<FakeKeychain>());
        QVERIFY(store.write(u"x"_s, kSecret).ok());
        QVERIFY(store.remove(u"x"_s).ok());
        QVERIFY(store.remove(u"x"_s).ok());
        QVERIFY(!store.read(u"x"_s).value().has_value());
    }

    void lockedDeviceFailsClosed()
    {
        auto backend = std::make_unique<FakeKeychain>();
        backend->failWith = -25308; // errSecInteractionNotAllowed: the device is locked
        KeychainSecretStore store(std::move(backend));
        QCOMPARE(store.read(u"x"_s).code(), ErrorCode::SecretStoreUnavailable);
        QCOMPARE(store.write(u"x"_s, kSecret).code(), ErrorCode::SecretStoreUnavailable);
        QCOMPARE(store.remove(u"x"_s).code(), ErrorCode::SecretStoreUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
