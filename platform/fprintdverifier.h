#pragma once

#include "fingerprintverifier.h"

namespace safehaven {

// fprintd over the system D-Bus (net.reactivated.Fprint): claim the default reader, run
// VerifyStart("any"), wait for a final VerifyStatus, release the reader.
class FprintdVerifier final : public FingerprintVerifier
{
public:
    BiometricGate::Availability availability() override;
    Outcome verify() override;
    QByteArray enrolmentState() override;
};

} // namespace safehaven
