#include "androidbiometricgate.h"
#include "biometricgatefactory.h"

namespace safehaven {

std::unique_ptr<BiometricGate> makePlatformBiometricGate(SecretStore &)
{
    return std::make_unique<AndroidBiometricGate>(); // its secret lives in the Keystore
}

} // namespace safehaven
