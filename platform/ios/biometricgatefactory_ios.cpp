#include "biometricgatefactory.h"
#include "iosbiometricgate.h"

namespace safehaven {

std::unique_ptr<BiometricGate> makePlatformBiometricGate(SecretStore &)
{
    return std::make_unique<IosBiometricGate>(); // its secret is a BiometryCurrentSet item
}

} // namespace safehaven
