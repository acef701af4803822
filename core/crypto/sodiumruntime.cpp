#include "sodiumruntime.h"

#include "logging.h"

#include <QByteArray>

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace safehaven {

void ensureSodium()
{
    static const bool started = sodium_init() >= 0;
    if (!started)
        throw std::runtime_error("libsodium failed to initialise");
}

namespace {

bool matches(const unsigned char *actual, std::size_t size, const char *expectedHex)
{
    return QByteArray(reinterpret_cast<const char *>(actual), qsizetype(size)).toHex() ==
           QByteArray(expectedHex);
}

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}
const unsigned char *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// BLAKE2b-512 of the empty message (RFC 7693 reference output).
bool blake2bKnownAnswer()
{
    std::array<unsigned char, 64> out{};
    crypto_generichash(out.data(), out.size(), nullptr, 0, nullptr, 0);
    return matches(out.data(), out.size(),
                   "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
                   "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce");
}

// X25519, RFC 7748 section 6.1: Alice's public key from her private key.
bool x25519KnownAnswer()
{
    const QByteArray secret =
        fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    std::array<unsigned char, crypto_scalarmult_BYTES> pub{};
    crypto_scalarmult_base(pub.data(), u8(secret));
    return matches(pub.data(), pub.size(),
                   "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
}

// Ed25519, RFC 8032 section 7.1 test 1: public key and signature of the empty message.
bool ed25519KnownAnswer()
{
    const QByteArray seed =
        fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
    crypto_sign_seed_keypair(pk.data(), sk.data(), u8(seed));
    std::array<unsigned char, crypto_sign_BYTES> sig{};
    crypto_sign_detached(sig.data(), nullptr, nullptr, 0, sk.data());
    sodium_memzero(sk.data(), sk.size());
    return matches(pk.data(), pk.size(),
                   "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") &&
           matches(sig.data(), sig.size(),
                   "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                   "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
}

// XChaCha20-Poly1305: a round trip, and a flipped bit must be refused.
bool aeadRoundTrip()
{
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES> key{};
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce{};
    randombytes_buf(key.data(), key.size());
    randombytes_buf(nonce.data(), nonce.size());
    const std::array<unsigned char, 4> message{1, 2, 3, 4};
    std::array<unsigned char, 4 + crypto_aead_xchacha20poly1305_ietf_ABYTES> sealed{};
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &sealedLength, message.data(),
                                               message.size(), nullptr, 0, nullptr, nonce.data(),
                                               key.data());
    std::array<unsigned char, 4> opened{};
    const bool roundTrip = crypto_aead_xchacha20poly1305_ietf_decrypt(
                               opened.data(), nullptr, nullptr, sealed.data(), sealedLength,
                               nullptr, 0, nonce.data(), key.data()) == 0 &&
                           opened == message;
    sealed[0] ^= 1;
    const bool tamperRefused = crypto_aead_xchacha20poly1305_ietf_decrypt(
                                   opened.data(), nullptr, nullptr, sealed.data(), sealedLength,
                                   nullptr, 0, nonce.data(), key.data()) != 0;
    sodium_memzero(key.data(), key.size());
    return roundTrip && tamperRefused;
}

} // namespace

Status cryptoSelfTest()
{
    ensureSodium();
    struct Check
    {
        const char *name;
        bool (*run)();
    };
    static constexpr Check checks[] = {{"BLAKE2b", blake2bKnownAnswer},
                                       {"X25519", x25519KnownAnswer},
                                       {"Ed25519", ed25519KnownAnswer},
                                       {"XChaCha20-Poly1305", aeadRoundTrip}};
    for (const Check &check : checks) {
        if (!check.run()) {
            qCCritical(lcCrypto) << "crypto self-test failed:" << check.name;
            return makeError(
                ErrorCode::CryptoFailure,
                QStringLiteral("Crypto self-test failed: %1").arg(QString::fromLatin1(check.name)));
        }
    }
    return success();
}

} // namespace safehaven
