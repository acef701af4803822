#pragma once

// The iOS keystore, decided in plain C++ over a KeychainBackend (secretstore_ios.mm does the
// SecItem calls). Why not QtKeychain on iOS: its Apple backend (keychain_apple.mm, 0.13 and
// later) adds items without kSecAttrAccessible, so they get the default
// kSecAttrAccessibleWhenUnlocked. Those items travel in encrypted iTunes/Finder and iCloud
// backups to a new device, and the device secret must never leave this one.

#include "secretstore.h"

#include <memory>

namespace safehaven {

// kSecAttrAccessible values, as far as we use them. BiometryCurrentSet items are the
// biometric unlock's business (platform/biometric*), not this store's.
enum class KeychainProtection
{
    WhenUnlockedThisDeviceOnly, // readable only while unlocked; never backed up or migrated
};

enum class KeychainStatus
{
    Ok,
    NotFound,  // errSecItemNotFound
    Duplicate, // errSecDuplicateItem
    Failed,    // anything else, e.g. errSecInteractionNotAllowed while the device is locked
};

struct KeychainReply
{
    KeychainStatus status;
    int osStatus = 0; // the OSStatus, for the log
};

// Generic-password items (kSecClassGenericPassword) addressed by service and account.
class KeychainBackend
{
public:
    virtual ~KeychainBackend() = default;

    // SecItemCopyMatching with kSecReturnData; fills `secret` on Ok.
    virtual KeychainReply copy(const QString &service, const QString &account,
                               SecureBuffer &secret) = 0;
    // SecItemAdd with kSecValueData and kSecAttrAccessible.
    virtual KeychainReply add(const QString &service, const QString &account,
                              std::span<const unsigned char> secret,
                              KeychainProtection protection) = 0;
    // SecItemUpdate of kSecValueData and kSecAttrAccessible together, so an item left with a
    // weaker class is tightened when it is rewritten.
    virtual KeychainReply update(const QString &service, const QString &account,
                                 std::span<const unsigned char> secret,
                                 KeychainProtection protection) = 0;
    // SecItemDelete.
    virtual KeychainReply remove(const QString &service, const QString &account) = 0;
};

class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr KeychainProtection kProtection =
        KeychainProtection::WhenUnlockedThisDeviceOnly;

    explicit KeychainSecretStore(std::unique_ptr<KeychainBackend> backend,
                                 QString service = QStringLiteral("Safe Haven"));

    Result<std::optional<SecureBuffer>> read(const QString &name) override;
    Status write(const QString &name, std::span<const unsigned char> secret) override;
    Status remove(const QString &name) override;

private:
    std::unique_ptr<KeychainBackend> m_backend;
    QString m_service;
};

} // namespace safehaven
