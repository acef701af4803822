#pragma once

#include "result.h"
#include "securebuffer.h"

#include <QString>

namespace safehaven {

// A 32-byte secret that the platform releases only after its own biometric check: an Android
// Keystore key requiring user authentication and invalidated by new enrolments, an iOS
// Keychain item with BiometryCurrentSet, or fprintd plus the Secret Service on Linux.
// Implementations live in platform/. The core wraps the data key with the secret, so the
// prompt cannot be skipped by flipping a boolean: no secret, no data key.
class BiometricGate
{
public:
    enum class Availability
    {
        NoHardware,
        NotEnrolled,
        Ready
    };

    virtual ~BiometricGate() = default;

    virtual Availability availability() = 0;
    // Makes a new secret under `name` (replacing any old one) and returns it once, for
    // wrapping. May show the platform's prompt.
    [[nodiscard]] virtual Result<SecureBuffer> createSecret(const QString &name,
                                                            const QString &prompt) = 0;
    // Shows the platform's prompt; BiometricCancelled, BiometricInvalidated or
    // BiometricUnavailable when the secret is not released.
    [[nodiscard]] virtual Result<SecureBuffer> releaseSecret(const QString &name,
                                                             const QString &prompt) = 0;
    [[nodiscard]] virtual Status destroySecret(const QString &name) = 0;
};

// For platforms without biometrics: never available.
class NoBiometricGate final : public BiometricGate
{
public:
    Availability availability() override { return Availability::NoHardware; }
    Result<SecureBuffer> createSecret(const QString &, const QString &) override
    {
        return unavailable();
    }
    Result<SecureBuffer> releaseSecret(const QString &, const QString &) override
    {
        return unavailable();
    }
    Status destroySecret(const QString &) override { return success(); }

private:
    static Error unavailable()
    {
        return makeError(ErrorCode::BiometricUnavailable,
                         QStringLiteral("This device has no fingerprint or face unlock."));
    }
};

} // namespace safehaven
