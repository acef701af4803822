#pragma once

#include "biometricgate.h"
#include "datapaths.h"
#include "result.h"

#include <span>

namespace safehaven {

// The second way in: the data key wrapped by a secret that only the platform's biometric
// check releases. Stored as biometric.bin ("SHB", version 1, nonce, sealed key).
class BiometricSlot
{
public:
    explicit BiometricSlot(const DataPaths &paths) : m_paths(paths) {}

    void setGate(BiometricGate &gate) { m_gate = &gate; }
    BiometricGate &gate() const { return *m_gate; }

    bool isEnabled() const;
    [[nodiscard]] Status enable(std::span<const unsigned char> dataKey, const QString &prompt);
    // The data key, after the platform's prompt. Enrolment changes switch the slot off.
    [[nodiscard]] Result<SecureBuffer> release(const QString &prompt);
    [[nodiscard]] Status disable();

private:
    const DataPaths &m_paths;
    NoBiometricGate m_none;
    BiometricGate *m_gate = &m_none;
};

} // namespace safehaven
