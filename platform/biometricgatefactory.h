#pragma once

#include "biometricgate.h"
#include "secretstore.h"

#include <memory>

namespace safehaven {

// This platform's biometric gate (one implementation file per platform). `keystore` is the
// platform keystore, which the Linux gate keeps its secret in; it must outlive the gate.
std::unique_ptr<BiometricGate> makePlatformBiometricGate(SecretStore &keystore);

} // namespace safehaven
