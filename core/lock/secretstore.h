#pragma once

#include "result.h"
#include "securebuffer.h"

#include <QString>

#include <optional>
#include <span>

namespace safehaven {

// The platform keystore (Secret Service, Android Keystore, iOS Keychain), behind one small
// interface. Implementations live in platform/. Every failure is reported, never papered over:
// callers fail closed on SecretStoreUnavailable.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // std::nullopt when no item of that name exists.
    [[nodiscard]] virtual Result<std::optional<SecureBuffer>> read(const QString &name) = 0;
    [[nodiscard]] virtual Status write(const QString &name,
                                       std::span<const unsigned char> secret) = 0;
    // Removing an item that does not exist succeeds.
    [[nodiscard]] virtual Status remove(const QString &name) = 0;
};

} // namespace safehaven
