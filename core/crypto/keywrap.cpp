#include "keywrap.h"

#include "logging.h"
#include "sodiumruntime.h"

#include <QtEndian>

#include <sodium.h>

namespace safehaven {

namespace {
constexpr char kKekDomain[] = "safehaven.kek.v1";
constexpr quint32 kMinOps = 2, kMaxOps = 10;
constexpr quint32 kMinMemKiB = 16 * 1024, kMaxMemKiB = 1024 * 1024;
} // namespace

KdfParams KdfParams::withFreshSalt()
{
    ensureSodium();
    KdfParams params;
    randombytes_buf(params.salt.data(), params.salt.size());
    return params;
}

bool KdfParams::withinSaneBounds() const
{
    return opsLimit >= kMinOps && opsLimit <= kMaxOps && memLimitKiB >= kMinMemKiB &&
           memLimitKiB <= kMaxMemKiB;
}

QByteArray encodeKdfParams(const KdfParams &params)
{
    char bytes[kKdfParamsBytes];
    qToBigEndian(params.opsLimit, bytes);
    qToBigEndian(params.memLimitKiB, bytes + 4);
    memcpy(bytes + 8, params.salt.data(), params.salt.size());
    return QByteArray(bytes, kKdfParamsBytes);
}

Result<KdfParams> decodeKdfParams(const char *bytes)
{
    KdfParams params;
    params.opsLimit = qFromBigEndian<quint32>(bytes);
    params.memLimitKiB = qFromBigEndian<quint32>(bytes + 4);
    memcpy(params.salt.data(), bytes + 8, params.salt.size());
    if (!params.withinSaneBounds())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The key settings ask for an unreasonable cost."));
    return params;
}

Result<SecureBuffer> stretchSecret(std::span<const unsigned char> secret, const KdfParams &params,
                                   const QString &what)
{
    ensureSodium();
    if (!params.withinSaneBounds())
        return makeError(ErrorCode::Malformed,
                         QStringLiteral("The key settings ask for an unreasonable cost."));
    SecureBuffer key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(secret.data()),
                      secret.size(), params.salt.data(), params.opsLimit,
                      std::size_t(params.memLimitKiB) * 1024u, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcCrypto) << "Argon2id ran out of memory";
        return makeError(ErrorCode::CryptoFailure,
                         QStringLiteral("Not enough memory to check %1.").arg(what));
    }
    return key;
}

Result<SecureBuffer> deriveKeyEncryptionKey(std::span<const unsigned char> pin,
                                            const KdfParams &params,
                                            std::span<const unsigned char> deviceSecret)
{
    ensureSodium();
    if (!params.withinSaneBounds())
        return makeError(ErrorCode::CorruptKeyFile, QStringLiteral("Key settings are invalid."));
    if (deviceSecret.size() < crypto_generichash_KEYBYTES_MIN ||
        deviceSecret.size() > crypto_generichash_KEYBYTES_MAX)
        return makeError(ErrorCode::CryptoFailure, QStringLiteral("Device secret is invalid."));

    auto pinKey = stretchSecret(pin, params, QStringLiteral("the PIN"));
    if (!pinKey)
        return pinKey.error();

    SecureBuffer kek(kKeyBytes);
    crypto_generichash_state state;
    crypto_generichash_init(&state, deviceSecret.data(), deviceSecret.size(), kek.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(kKekDomain),
                              sizeof kKekDomain - 1);
    crypto_generichash_update(&state, pinKey->data(), pinKey->size());
    crypto_generichash_final(&state, kek.data(), kek.size());
    sodium_memzero(&state, sizeof state);
    return kek;
}

WrappedKey wrapKey(std::span<const unsigned char> key, std::span<const unsigned char> kek,
                   std::span<const unsigned char> context)
{
    ensureSodium();
    Q_ASSERT(key.size() == kKeyBytes && kek.size() == kKeyBytes);
    WrappedKey wrapped;
    randombytes_buf(wrapped.nonce.data(), wrapped.nonce.size());
    crypto_aead_xchacha20poly1305_ietf_encrypt(wrapped.sealed.data(), nullptr, key.data(),
                                               key.size(), context.data(), context.size(), nullptr,
                                               wrapped.nonce.data(), kek.data());
    return wrapped;
}

Result<SecureBuffer> unwrapKey(const WrappedKey &wrapped, std::span<const unsigned char> kek,
                               std::span<const unsigned char> context)
{
    ensureSodium();
    SecureBuffer key(kKeyBytes);
    if (kek.size() != kKeyBytes ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), nullptr, nullptr, wrapped.sealed.data(), wrapped.sealed.size(),
            context.data(), context.size(), wrapped.nonce.data(), kek.data()) != 0) {
        return makeError(ErrorCode::WrongPin, QStringLiteral("That PIN is not right."));
    }
    return key;
}

} // namespace safehaven
