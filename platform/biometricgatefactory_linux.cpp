#include "biometricgatefactory.h"

#include "fprintdverifier.h"
#include "secretstorebiometricgate.h"

namespace safehaven {

namespace {
// Owns the fprintd verifier the gate uses.
class FprintdGate final : public BiometricGate
{
public:
    explicit FprintdGate(SecretStore &keystore) : m_gate(m_verifier, keystore) {}
    Availability availability() override { return m_gate.availability(); }
    Result<SecureBuffer> createSecret(const QString &name, const QString &prompt) override
    {
        return m_gate.createSecret(name, prompt);
    }
    Result<SecureBuffer> releaseSecret(const QString &name, const QString &prompt) override
    {
        return m_gate.releaseSecret(name, prompt);
    }
    Status destroySecret(const QString &name) override { return m_gate.destroySecret(name); }

private:
    FprintdVerifier m_verifier;
    SecretStoreBiometricGate m_gate;
};
} // namespace

std::unique_ptr<BiometricGate> makePlatformBiometricGate(SecretStore &keystore)
{
    return std::make_unique<FprintdGate>(keystore);
}

} // namespace safehaven
