#pragma once

#include "lockmachine.h"
#include "securebuffer.h"

#include <memory>

namespace safehaven::cli {

// The device's lock for one CLI run: the real keystore and clock, the PIN from stdin, and the
// same attempt rules as the app (a wrong PIN here counts like one on the screen).
class CliSession
{
public:
    explicit CliSession(const QString &dataDir);
    ~CliSession();

    [[nodiscard]] Status start();
    // Reads one line from stdin into secure memory.
    [[nodiscard]] Result<SecureBuffer> readPin();
    [[nodiscard]] Status setUpPin(const SecureBuffer &pin);
    [[nodiscard]] Status unlock(const SecureBuffer &pin);

    LockMachine &lock() { return *m_lock; }
    Clock &clock();
    Vault *vault() { return m_lock->vault(); }

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
    std::unique_ptr<LockMachine> m_lock;
};

} // namespace safehaven::cli
