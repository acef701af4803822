#pragma once

#include "secretstore.h"

namespace safehaven {

// The platform keystore through QtKeychain: Secret Service on Linux, Keychain on iOS/macOS,
// Android Keystore-backed storage on Android. The insecure plaintext fallback stays off.
class QtKeychainSecretStore final : public SecretStore
{
public:
    explicit QtKeychainSecretStore(QString service = QStringLiteral("Safe Haven"));

    Result<std::optional<SecureBuffer>> read(const QString &name) override;
    Status write(const QString &name, std::span<const unsigned char> secret) override;
    Status remove(const QString &name) override;

private:
    QString m_service;
};

} // namespace safehaven
