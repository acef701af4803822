#pragma once

#include "biometricgate.h"
#include "fingerprintverifier.h"
#include "secretstore.h"

namespace safehaven {

// A BiometricGate for platforms whose reader holds no keys (Linux with fprintd): the secret
// lives in the platform keystore beside a digest of the enrolled fingers, and is handed out
// only after the reader reports a match. Weaker than Android's and iOS's hardware-bound keys:
// any program running as the same user can read the keystore item without touching the
// reader. docs/platforms.md says so.
class SecretStoreBiometricGate final : public BiometricGate
{
public:
    SecretStoreBiometricGate(FingerprintVerifier &verifier, SecretStore &store);

    Availability availability() override;
    Result<SecureBuffer> createSecret(const QString &name, const QString &prompt) override;
    Result<SecureBuffer> releaseSecret(const QString &name, const QString &prompt) override;
    Status destroySecret(const QString &name) override;

private:
    [[nodiscard]] Status verify();

    FingerprintVerifier &m_verifier;
    SecretStore &m_store;
};

} // namespace safehaven
