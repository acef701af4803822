#pragma once

#include "biometricgate.h"

#include <QByteArray>

namespace safehaven {

// A fingerprint reader that can say "this is an enrolled finger" but holds no keys itself
// (fprintd on Linux). SecretStoreBiometricGate turns it into a BiometricGate.
class FingerprintVerifier
{
public:
    enum class Outcome
    {
        Match,
        NoMatch,
        Unavailable
    };

    virtual ~FingerprintVerifier() = default;
    virtual BiometricGate::Availability availability() = 0;
    // Blocks until the reader answers (the platform shows its own "touch the sensor" cues).
    virtual Outcome verify() = 0;
    // Changes whenever the set of enrolled fingers changes.
    virtual QByteArray enrolmentState() = 0;
};

} // namespace safehaven
