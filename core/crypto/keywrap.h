#pragma once

#include "result.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <array>
#include <span>

namespace safehaven {

inline constexpr std::size_t kKeyBytes = 32;

// Argon2id cost and salt for one PIN. Defaults: 3 passes over 64 MiB (~130 ms on the
// reference machine), the unlock budget.
struct KdfParams
{
    quint32 opsLimit = 3;
    quint32 memLimitKiB = 64 * 1024;
    std::array<unsigned char, 16> salt{};

    static KdfParams withFreshSalt();
    bool withinSaneBounds() const; // refuses tampered costs that would hang or starve the device
};

// The cost and salt as bytes, for file headers: opsLimit u32 BE | memLimitKiB u32 BE | salt.
inline constexpr qsizetype kKdfParamsBytes = 4 + 4 + 16;
QByteArray encodeKdfParams(const KdfParams &params);
// Reads kKdfParamsBytes at `bytes`; refuses costs outside sane bounds before anyone runs them.
[[nodiscard]] Result<KdfParams> decodeKdfParams(const char *bytes);

// Argon2id(secret) into a 32-byte key: the one place a PIN, passphrase or code is stretched.
// `what` names the secret in the out-of-memory message ("the PIN").
[[nodiscard]] Result<SecureBuffer> stretchSecret(std::span<const unsigned char> secret,
                                                 const KdfParams &params, const QString &what);

struct WrappedKey
{
    std::array<unsigned char, 24> nonce{};
    std::array<unsigned char, kKeyBytes + 16> sealed{};
};

// The key-encryption key: BLAKE2b keyed by the device secret (held in the platform keystore)
// over Argon2id(PIN). Without the device secret the PIN alone cannot be tested offline.
[[nodiscard]] Result<SecureBuffer>
deriveKeyEncryptionKey(std::span<const unsigned char> pin, const KdfParams &params,
                       std::span<const unsigned char> deviceSecret);

// XChaCha20-Poly1305 with `context` as associated data, so a wrapped key cannot be moved
// between records or versions.
[[nodiscard]] WrappedKey wrapKey(std::span<const unsigned char> key,
                                 std::span<const unsigned char> kek,
                                 std::span<const unsigned char> context);
[[nodiscard]] Result<SecureBuffer> unwrapKey(const WrappedKey &wrapped,
                                             std::span<const unsigned char> kek,
                                             std::span<const unsigned char> context);

} // namespace safehaven
