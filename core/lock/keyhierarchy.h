#pragma once

#include "datapaths.h"
#include "result.h"
#include "secretstore.h"

#include <span>

namespace safehaven {

// The data key and what guards it: a device secret in the platform keystore plus the PIN,
// combined into the key that wraps the data key in the key file.
class KeyHierarchy
{
public:
    KeyHierarchy(SecretStore &store, const DataPaths &paths);

    bool isProvisioned() const;

    // New device secret, new data key, key file written. Returns the data key.
    [[nodiscard]] Result<SecureBuffer> provision(std::span<const unsigned char> pin);
    // Reads the key record and checks it against the device secret before any PIN is tried:
    // CorruptKeyFile when it is damaged or altered, Erased when the keys are gone,
    // SecretStoreUnavailable. Returns the record's version (1 has no check: upgrade it).
    [[nodiscard]] Result<int> checkIntact();
    // WrongPin, CorruptKeyFile, SecretStoreUnavailable, or Erased when the device secret is gone.
    [[nodiscard]] Result<SecureBuffer> unwrap(std::span<const unsigned char> pin);
    // Wraps the same data key under a new PIN (fresh salt); the store is not re-encrypted.
    [[nodiscard]] Status rewrap(std::span<const unsigned char> newPin,
                                std::span<const unsigned char> dataKey);
    // Crypto-shred: the key file and the device secret are destroyed.
    [[nodiscard]] Status destroy();

private:
    [[nodiscard]] Result<SecureBuffer> deviceSecret();
    [[nodiscard]] Status writeWrapped(std::span<const unsigned char> pin,
                                      std::span<const unsigned char> dataKey,
                                      std::span<const unsigned char> secret);

    SecretStore &m_store;
    const DataPaths &m_paths;
};

} // namespace safehaven
