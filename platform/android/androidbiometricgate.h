#pragma once

#include "biometricgate.h"

namespace safehaven {

// Android: an AES-256-GCM key in the Android Keystore that requires user authentication for
// every use (BIOMETRIC_STRONG) and is invalidated when a new biometric is enrolled. The
// 32-byte secret is random, encrypted by that key, and the ciphertext kept in the app's
// private files; decrypting it needs a BiometricPrompt bound to the key (CryptoObject), so the
// prompt cannot be bypassed. Java side: android/src/org/safehaven/app/BiometricKeyHelper.java.
// Not built on the Linux reference machine (see docs/platforms.md).
class AndroidBiometricGate final : public BiometricGate
{
public:
    Availability availability() override;
    Result<SecureBuffer> createSecret(const QString &name, const QString &prompt) override;
    Result<SecureBuffer> releaseSecret(const QString &name, const QString &prompt) override;
    Status destroySecret(const QString &name) override;
};

} // namespace safehaven
