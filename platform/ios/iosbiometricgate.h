#pragma once

#include "biometricgate.h"

namespace safehaven {

// iOS: the 32-byte secret is a Keychain item whose access control is BiometryCurrentSet with
// kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly: the Keychain itself shows Face ID / Touch
// ID before releasing it, never syncs or backs it up, and invalidates it when the enrolled
// biometrics change. Not built on the Linux reference machine (see docs/platforms.md).
class IosBiometricGate final : public BiometricGate
{
public:
    Availability availability() override;
    Result<SecureBuffer> createSecret(const QString &name, const QString &prompt) override;
    Result<SecureBuffer> releaseSecret(const QString &name, const QString &prompt) override;
    Status destroySecret(const QString &name) override;
};

} // namespace safehaven
